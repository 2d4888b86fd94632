import NewsFacts

extension EventExtractor {
    /// "During a visit to Kyiv on Tuesday, Dutch Prime Minister Pieter Jansen pledged more aid",
    /// "On a trip to Nairobi last week, Foreign Secretary James Hollis announced …": a visit noun
    /// in a phrase opening the sentence, an opening preposition (`event.openingPrepositions`)
    /// and only lower-case words before it (`maxOpeningWords` tokens at most), is the trip of
    /// the person the main clause opens with (`forwardSubject`, which also leaves out a host:
    /// "…, President Ruto hosted …").
    /// Not "Ahead of a visit" nor "Before his trip": those words plan, and are no openers here.
    /// The phrase may follow a dateline's dash ("KYIV, March 15 (Reuters) - During a visit …").
    static func opensWithVisitPhrase(_ doc: Document, trigger k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        while j > r.lowerBound && k - j < maxOpeningWords && t[j].kind == .word && !t[j].isCapitalized && !doc.hasMention(at: j) {
            j -= 1
        }
        guard j < k - 1, w.openingPrepositions.contains(t[j]), !doc.hasMention(at: j) else { return false }
        return j == r.lowerBound || t[j - 1].kind == .dash
    }

    /// Most tokens from the opening preposition to the visit noun ("During his first official
    /// state visit": five).
    static let maxOpeningWords = 5
}
