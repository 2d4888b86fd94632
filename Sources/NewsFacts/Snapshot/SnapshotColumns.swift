/// The fact columns, qualifiers and rule names of a snapshot's payload as decoded, before the
/// store keeps them: `check` makes sure they hold together, since decoding runs before the
/// payload's checksum is known and no damaged value may trap later.
struct SnapshotColumns {
    let subjects: [TermID], predicates: [TermID], objects: [TermID]
    let articleOf: [UInt32]
    let sentenceOf: CompactColumn
    let spanStart: [UInt32]
    let spanLength: CompactColumn
    let ruleOf: [UInt16]
    let qualifierFact: [FactID], qualifierKey: [TermID], qualifierValue: [TermID]
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
        if ruleOf.contains(where: { Int($0) >= rules.count }) {
            throw damaged("a fact names a rule that does not exist")
        }
        if !SnapshotReader.all(qualifierFact, below: UInt32(clamping: n)) {
            throw damaged("a qualifier names a fact that does not exist")
        }
        // `qualifiers(_:)` finds a fact's qualifiers by binary search.
        if zip(qualifierFact, qualifierFact.dropFirst()).contains(where: { $0 > $1 }) {
            throw damaged("qualifiers are not in fact order")
        }
        // Dates and numbers are parsed again when a query compares them.
        for i in 0..<kinds.count where kinds[i] == TermKind.date.rawValue || kinds[i] == TermKind.number.rawValue {
            let text = table.text(TermID(i))
            let parses = kinds[i] == TermKind.date.rawValue ? DateValue(iso: text) != nil : Double(text) != nil
            let kind = kinds[i] == TermKind.date.rawValue ? "date" : "number"
            guard parses else { throw damaged("term \(i) is not a \(kind): '\(text)'") }
        }
    }

    /// Checks that every fact's article exists and that each article's fact count is the
    /// number of facts that name it.
    ///
    /// - Throws: what `damaged` makes of the first article that does not agree.
    func check(articles: [StoredArticle], damaged: (String) -> SnapshotError) throws {
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
