/// The room the store takes: giving spare capacity back after a load, and counting its bytes.
extension FactStore {
    /// Gives the fact columns and the term table back the room they grew into while loading
    /// (arrays double as they grow, so up to half of each can be spare). Call it once a load is over; the next
    /// load grows them again. The columns queries read at random move into 2 MB pages
    /// (`Column.inLargePages`). What the load freed goes back to the system
    /// (`releaseFreePages`).
    public func shrinkToFit() {
        subjects = subjects.inLargePages().fitted()
        predicates = predicates.inLargePages().fitted()
        objects = objects.inLargePages().fitted()
        articleOf = articleOf.fitted()
        sentenceOf = sentenceOf.fitted()
        spanStart = spanStart.fitted()
        spanLength = spanLength.fitted()
        ruleOf = ruleOf.fitted()
        qualifierFact = qualifierFact.fitted()
        qualifierKey = qualifierKey.fitted()
        qualifierValue = qualifierValue.fitted()
        articles.shrinkToFit()
        terms.fit()
        releaseFreePages()
    }

    /// Bytes held by terms, fact columns, qualifiers and indexes (article texts excluded),
    /// whether owned or read in place from a mapped snapshot (counted whole: they are resident
    /// once a query has read them, and the bytes a fact figure stays comparable).
    public var memoryBytes: Int { memoryBreakdown.reduce(0) { $0 + $1.bytes } }

    /// `memoryBytes` part by part (what each part is named, and its bytes), in a fixed order:
    /// where the bytes a fact go.
    public var memoryBreakdown: [(part: String, bytes: Int)] {
        // The name index counts once a name lookup has built it, or while a snapshot's is read
        // in place (`storedNames`: mapped, counted whole as the other parts); the names map kept
        // for completion (the REPL) and the article texts do not.
        var parts: [(part: String, bytes: Int)] = [
            ("term text", terms.textBytes), ("term offsets, kinds, hashes", terms.metadataBytes),
            ("term hash table", terms.tableBytes),
            ("subjects", subjects.memoryBytes), ("predicates", predicates.memoryBytes),
            ("objects", objects.memoryBytes), ("articles of facts", articleOf.memoryBytes),
            ("sentences", sentenceOf.memoryBytes), ("span starts", spanStart.memoryBytes),
            ("span lengths", spanLength.memoryBytes), ("rules", ruleOf.memoryBytes),
            ("qualifiers", qualifierFact.memoryBytes + qualifierKey.memoryBytes + qualifierValue.memoryBytes),
        ]
        if let indexes { parts += indexes.memoryBreakdown }
        parts.append(("name index", names?.memoryBytes ?? storedNames?.memoryBytes ?? 0))
        return parts
    }
}
