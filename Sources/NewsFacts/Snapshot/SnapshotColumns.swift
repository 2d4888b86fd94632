/// The fact columns, qualifiers and rule names of a snapshot's payload as decoded (read in
/// place when the snapshot is mapped), before the store keeps them: `check` makes sure they
/// hold together, since the payload's checksum is not read at open and no damaged value may
/// trap later.
struct SnapshotColumns {
    let subjects: Column<TermID>, predicates: Column<TermID>, objects: Column<TermID>
    let articleOf: Column<UInt32>
    let sentenceOf: CompactColumn
    let spanStart: Column<UInt32>
    let spanLength: CompactColumn
    let ruleOf: Column<UInt16>
    let qualifierFact: Column<FactID>, qualifierKey: Column<TermID>, qualifierValue: Column<TermID>
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

    /// Checks that the columns have one row a fact, name only terms and rules that exist, keep
    /// qualifiers in fact order, and that every date and number term parses.
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
        let termCount = UInt32(kinds.count)
        for column in [subjects, predicates, objects, qualifierKey, qualifierValue]
        where !SnapshotReader.all(column, below: termCount) {
            throw damaged("a fact names a term that does not exist")
        }
        let topRule = ruleOf.withUnsafeBufferPointer { r in r.reduce(UInt16(0)) { max($0, $1) } }
        if !ruleOf.isEmpty, Int(topRule) >= rules.count {
            throw damaged("a fact names a rule that does not exist")
        }
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
            var next = 0
            while next < kinds.count {
                // Eight kinds a step while none is a date (2) or a number (3): most terms are
                // entities and texts.
                if next + 8 <= kinds.count, let base = kinds.baseAddress,
                    UnsafeRawPointer(base + next).loadUnaligned(as: UInt64.self) & 0x0202_0202_0202_0202 == 0
                {
                    next += 8
                    continue
                }
                let i = next
                next += 1
                guard kinds[i] == date || kinds[i] == number else { continue }
                let parses = table.withUTF8(TermID(i)) { bytes in
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

    /// Checks that every fact's article exists and, when `full`, that each article's fact
    /// count is the number of facts that name it (a wrong count misreports a removal, never
    /// more: checked on demand, `FactStore.verifySnapshot`).
    ///
    /// - Throws: what `damaged` makes of the first article that does not agree.
    func check(articles: ArticleRecords, full: Bool, damaged: (String) -> SnapshotError) throws {
        if !full {
            guard SnapshotReader.all(articleOf, below: UInt32(clamping: articles.count)) else {
                throw damaged("a fact names an article that does not exist")
            }
            return
        }
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
