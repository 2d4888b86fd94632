/// The room the store takes: giving spare capacity back after a load, and counting its bytes.
extension FactStore {
    /// Gives the fact columns back the room they grew into while loading (arrays double as
    /// they grow, so up to half of each can be spare). Call it once a load is over; the next
    /// load grows them again.
    public func shrinkToFit() {
        func fitted<T>(_ a: [T]) -> [T] {
            a.capacity > a.count + a.count / 16 ? a.withUnsafeBufferPointer { Array($0) } : a
        }
        subjects = fitted(subjects)
        predicates = fitted(predicates)
        objects = fitted(objects)
        articleOf = fitted(articleOf)
        sentenceOf = sentenceOf.fitted()
        spanStart = fitted(spanStart)
        spanLength = spanLength.fitted()
        ruleOf = fitted(ruleOf)
        qualifierFact = fitted(qualifierFact)
        qualifierKey = fitted(qualifierKey)
        qualifierValue = fitted(qualifierValue)
        articles = fitted(articles)
    }

    /// Bytes held by terms, fact columns, qualifiers and indexes (article texts excluded).
    public var memoryBytes: Int {
        // The name index counts once a name lookup has built it; the names map kept for
        // completion (the REPL) and the article texts do not.
        let columns =
            subjects.capacity * 4 + predicates.capacity * 4 + objects.capacity * 4 + articleOf.capacity * 4
            + sentenceOf.memoryBytes + spanStart.capacity * 4 + spanLength.memoryBytes + ruleOf.capacity * 2
        let quals = qualifierFact.capacity * 12
        return terms.memoryBytes + columns + quals + (indexes?.memoryBytes ?? 0) + (names?.memoryBytes ?? 0)
    }
}
