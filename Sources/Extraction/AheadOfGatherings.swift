import NewsFacts

extension EventExtractor {
    /// Most tokens between "ahead of" and its gathering noun ("ahead of next week's NATO summit":
    /// four).
    static let maxAheadOfGap = 5

    /// "X spoke to reporters ahead of the summit in Brussels", "prior to the talks in Geneva",
    /// "on the eve of the summit", "before the summit": a gathering named after these words
    /// (`event.aheadOf`, then "of" or "to"; `event.beforeGathering` alone) only dates what the
    /// clause tells of.
    /// It puts no one at the gathering, so its place is no one's visit [event-presence]. Between
    /// the words and the gathering noun at `k`: at most `maxAheadOfGap` tokens, none a comma, a
    /// pronoun or a verb ending in "-ed" ("before they attended the summit" is about attending).
    static func aheadOf(_ doc: Document, gathering k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared, known = KnownWords.shared
        let t = doc.tokens
        var a = k - 1
        while a >= r.lowerBound && k - a <= maxAheadOfGap {
            if w.beforeGathering.contains(t[a]) { return true }
            // "ahead of", "prior to", "eve of": only with their preposition right after them.
            if w.aheadOf.contains(t[a]) { return a + 1 < k && (t[a + 1].word == known.of || t[a + 1].word == w.to) }
            if t[a].kind == .punct { return false }
            if t[a].kind == .word && !t[a].isCapitalized && t[a].endsInEd(longerThan: 3) { return false }
            if let m = doc.mention(at: a), m.kind == .pronoun { return false }
            a -= 1
        }
        return false
    }
}
