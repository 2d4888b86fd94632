import NewsFacts

extension EventExtractor {
    /// "During a visit to Kyiv on Tuesday, Dutch Prime Minister Pieter Jansen pledged more aid",
    /// "On a trip to Nairobi last week, Foreign Secretary James Hollis announced …": a visit noun
    /// in a phrase opening the sentence, an opening preposition (`event.openingPrepositions`)
    /// and only lower-case words before it, is the trip of the person the main clause opens
    /// with (`forwardSubject`, which also leaves out a host: "…, President Ruto hosted …").
    /// Not "Ahead of a visit" nor "Before his trip": those words plan, and are no openers here.
    static func opensWithVisitPhrase(_ doc: Document, trigger k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        guard k - r.lowerBound >= 2, k - r.lowerBound <= maxOpeningWords, w.openingPrepositions.contains(t[r.lowerBound])
        else { return false }
        for j in (r.lowerBound + 1)..<k {
            guard t[j].kind == .word, !t[j].isCapitalized, !doc.hasMention(at: j) else { return false }
        }
        return true
    }

    /// Most tokens from the opening preposition to the visit noun ("During his first official
    /// state visit": five).
    static let maxOpeningWords = 5
}
