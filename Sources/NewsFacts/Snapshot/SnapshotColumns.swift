/// The fact columns, qualifiers and rule names of a snapshot's payload as decoded (read in
/// place when the snapshot is mapped), before the store keeps them: `check` makes sure they
/// hold together, since the payload's checksum is not read at open and no damaged value may
/// trap later.
struct SnapshotColumns {
    private(set) var subjects: Column<TermID>, predicates: Column<TermID>, objects: Column<TermID>
    private(set) var articleOf: Column<UInt32>
    let sentenceOf: CompactColumn
    let spanStart: Column<UInt32>
    let spanLength: CompactColumn
    private(set) var ruleOf: Column<UInt16>
    let qualifierFact: Column<FactID>
    private(set) var qualifierKey: Column<TermID>, qualifierValue: Column<TermID>
    let rules: [String]

    /// Reads the columns in the order `FactStore.snapshotPayload()` writes them.
    ///
    /// - Throws: `SnapshotError.malformed` when a length does not fit or there are too many rules.
    init(reading r: inout SnapshotReader) throws {
        subjects = try r.array(TermID.self)
        predicates = try r.array(TermID.self)
        objects = try r.array(TermID.self)
        articleOf = try r.array(UInt32.self)
        sentenceOf = try r.column()
        spanStart = try r.array(UInt32.self)
        spanLength = try r.column()
        ruleOf = try r.array(UInt16.self)
        qualifierFact = try r.array(FactID.self)
        qualifierKey = try r.array(TermID.self)
        qualifierValue = try r.array(TermID.self)
        var rules: [String] = []
        let ruleCount = try r.count(atLeast: 8)
        // Rule numbers are two bytes, and loading more facts may add a rule or two.
        guard ruleCount < Int(UInt16.max) else { throw r.damaged("\(ruleCount) rule names (at most 65,534)") }
        for _ in 0..<ruleCount { rules.append(try r.string()) }
        self.rules = rules
    }

    var factCount: Int { subjects.count }

    /// Checks that the columns name only terms, rules and articles that exist: now, in a
    /// streaming pass each, or, given a `log`, as their values are read (`ColumnBound`: a
    /// one-shot query then reads only the rows it needs). Either way a bound of 0 for a column
    /// that holds values is refused now.
    ///
    /// - Throws: what `damaged` makes of the first column that does not hold.
    mutating func checkIDs(
        termCount: Int, articleCount: Int, onRead log: SnapshotDamageLog?, damaged: (String) -> SnapshotError
    ) throws {
        let noTerm = "a fact names a term that does not exist"
        let noArticle = "a fact names an article that does not exist"
        let noRule = "a fact names a rule that does not exist"
        if let log {
            guard subjects.isEmpty || termCount > 0 else { throw damaged(noTerm) }
            guard articleOf.isEmpty || articleCount > 0 else { throw damaged(noArticle) }
            guard ruleOf.isEmpty || !rules.isEmpty else { throw damaged(noRule) }
            func terms(_ c: Column<TermID>) -> Column<TermID> {
                c.checkedOnRead(ColumnBound(below: termCount, what: noTerm, log: log))
            }
            subjects = terms(subjects)
            predicates = terms(predicates)
            objects = terms(objects)
            qualifierKey = terms(qualifierKey)
            qualifierValue = terms(qualifierValue)
            articleOf = articleOf.checkedOnRead(ColumnBound(below: articleCount, what: noArticle, log: log))
            ruleOf = ruleOf.checkedOnRead(ColumnBound(below: rules.count, what: noRule, log: log))
            return
        }
        for column in [subjects, predicates, objects, qualifierKey, qualifierValue]
        where !SnapshotReader.all(column, below: UInt32(clamping: termCount)) {
            throw damaged(noTerm)
        }
        guard SnapshotReader.all(articleOf, below: UInt32(clamping: articleCount)) else { throw damaged(noArticle) }
        let topRule = ruleOf.withUnsafeBufferPointer { r in r.reduce(UInt16(0)) { max($0, $1) } }
        if !ruleOf.isEmpty, Int(topRule) >= rules.count { throw damaged(noRule) }
    }

    /// Checks that the columns have one row a fact, keep qualifiers in fact order and name
    /// facts that exist, and that every date and number term parses (what the term ids name
    /// is `checkIDs`).
    ///
    /// - Throws: what `damaged` makes of the first thing that does not hold.
    func check(terms table: TermTable, damaged: (String) -> SnapshotError) throws {
        let n = subjects.count
        guard predicates.count == n, objects.count == n, articleOf.count == n, sentenceOf.count == n, ruleOf.count == n,
            spanStart.count == spanLength.count, spanStart.isEmpty || spanStart.count == n,
            qualifierKey.count == qualifierFact.count, qualifierValue.count == qualifierFact.count
        else {
            throw damaged("fact columns differ in length")
        }
        let kinds = table.kinds
        if !SnapshotReader.all(qualifierFact, below: UInt32(clamping: n)) {
            throw damaged("a qualifier names a fact that does not exist")
        }
        // `qualifiers(_:)` finds a fact's qualifiers by binary search.
        if qualifierFact.withUnsafeBufferPointer({ q in zip(q, q.dropFirst()).contains { $0 > $1 } }) {
            throw damaged("qualifiers are not in fact order")
        }
        // Dates and numbers are parsed again when a query compares them. Read on their bytes:
        // a string a term made this a twentieth of a one-shot query's time at 1M facts.
        let date = TermKind.date.rawValue, number = TermKind.number.rawValue
        try kinds.withUnsafeBufferPointer { kinds in
            guard let base = kinds.baseAddress else { return }
            let raw = UnsafeRawPointer(base), n = kinds.count
            @inline(__always) func word(_ offset: Int) -> UInt64 {
                raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            }
            var next = 0
            while next < n {
                // Sixty-four kinds a step, then eight, while none is a date (2) or a number (3):
                // most terms are entities and texts, and the dates few (eight a step took 0.74
                // million instructions over 360,000 terms, a tenth of a one-shot query).
                if next + 64 <= n {
                    let any =
                        (word(next) | word(next + 8) | word(next + 16) | word(next + 24))
                        | (word(next + 32) | word(next + 40) | word(next + 48) | word(next + 56))
                    if any & 0x0202_0202_0202_0202 == 0 {
                        next += 64
                        continue
                    }
                }
                if next + 8 <= n, word(next) & 0x0202_0202_0202_0202 == 0 {
                    next += 8
                    continue
                }
                let i = next
                next += 1
                guard kinds[i] == date || kinds[i] == number else { continue }
                let parses = table.withOwnUTF8(TermID(i)) { bytes in
                    kinds[i] == date
                        ? DateValue.parse(bytes) != nil
                        : SnapshotColumns.isPlainDecimal(bytes) || Double(String(decoding: bytes, as: UTF8.self)) != nil
                }
                guard parses else {
                    let text = table.text(TermID(i))
                    throw damaged("term \(i) is not a \(kinds[i] == date ? "date" : "number"): '\(text)'")
                }
            }
        }
    }

    /// Whether `bytes` are `-?DIGITS(.DIGITS)?`, a form `Double(_:)` always reads (anything
    /// else is left to it).
    static func isPlainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = bytes.first == UInt8(ascii: "-") ? 1 : 0
        func digits() -> Bool {
            let from = i
            while i < bytes.count, bytes[i] &- 48 < 10 { i += 1 }
            return i > from
        }
        guard digits() else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() else { return false }
        }
        return i == bytes.count
    }

    /// Checks that each article's fact count is the number of facts that name it (a wrong
    /// count misreports a removal, never more: checked on demand, `FactStore.verifySnapshot`).
    ///
    /// - Throws: what `damaged` makes of the first article that does not agree.
    func checkFactCounts(of articles: ArticleRecords, damaged: (String) -> SnapshotError) throws {
        var counted = [Int](repeating: 0, count: articles.count)
        for a in articleOf {
            guard Int(a) < articles.count else { throw damaged("a fact names an article that does not exist") }
            counted[Int(a)] += 1
        }
        for (a, stored) in articles.enumerated() where stored.factCount != counted[a] {
            throw damaged("article '\(stored.article.id)' claims \(stored.factCount) facts and has \(counted[a])")
        }
    }
}
