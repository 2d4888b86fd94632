/// The room the store takes: giving spare capacity back after a load, and counting its bytes.
extension FactStore {
    /// Gives the fact columns back the room they grew into while loading (arrays double as
    /// they grow, so up to half of each can be spare). Call it once a load is over; the next
    /// load grows them again.
    public func shrinkToFit() {
        subjects = subjects.fitted()
        predicates = predicates.fitted()
        objects = objects.fitted()
        articleOf = articleOf.fitted()
        sentenceOf = sentenceOf.fitted()
        spanStart = spanStart.fitted()
        spanLength = spanLength.fitted()
        ruleOf = ruleOf.fitted()
        qualifierFact = qualifierFact.fitted()
        qualifierKey = qualifierKey.fitted()
        qualifierValue = qualifierValue.fitted()
        articles.shrinkToFit()
    }

    /// Bytes held by terms, fact columns, qualifiers and indexes (article texts excluded),
    /// whether owned or read in place from a mapped snapshot (counted whole: they are resident
    /// once a query has read them, and the bytes a fact figure stays comparable).
    public var memoryBytes: Int {
        // The name index counts once a name lookup has built it; the names map kept for
        // completion (the REPL) and the article texts do not.
        let columns =
            subjects.memoryBytes + predicates.memoryBytes + objects.memoryBytes + articleOf.memoryBytes
            + sentenceOf.memoryBytes + spanStart.memoryBytes + spanLength.memoryBytes + ruleOf.memoryBytes
        let quals = qualifierFact.memoryBytes + qualifierKey.memoryBytes + qualifierValue.memoryBytes
        return terms.memoryBytes + columns + quals + (indexes?.memoryBytes ?? 0) + (names?.memoryBytes ?? 0)
    }
}
