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

extension EventExtractor {
    /// Most tokens between talks and the "with" that names who holds them ("talks on trade with").
    static let maxOwnTalksWithGap = 4

    /// "Before meeting German Chancellor Karl Weber in Berlin, Moreau toured a school", "Moreau
    /// spoke to reporters ahead of talks with Weber in Berlin": talks the subject holds, not a
    /// gathering the subject is only near. Talks at `k` are the subject's own when a verb form
    /// ("meeting") follows "before" right away, or when "with"/"between" and a person follow the
    /// talks within `maxOwnTalksWithGap` tokens, no comma between; `aheadOf` then places no one
    /// away from them.
    static func ownTalks(_ doc: Document, gathering k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        if k > r.lowerBound, w.beforeGathering.contains(t[k - 1]), t[k].lower.hasSuffix("ing") { return true }
        var j = k + 1
        while j < r.upperBound && j - k <= maxOwnTalksWithGap && t[j].kind != .punct {
            if t[j].word == w.with || t[j].lower == "between" {
                var p = j + 1
                while p < r.upperBound && p - j <= maxAheadOfGap && t[p].kind != .punct {
                    if let m = doc.mention(at: p), m.kind == .name, isPerson(doc, m.entity) { return true }
                    p += 1
                }
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether entity `e` is named in sentence `s` at token `k` or after it.
    static func named(_ doc: Document, _ e: Int, _ s: Int, from k: Int) -> Bool {
        doc.mentionRange(sentence: s).contains { doc.mentions[$0].entity == e && doc.mentions[$0].tokens.lowerBound >= k }
    }

    /// `aheadOf`, unless the talks are the subject's own (`ownTalks`).
    static func aheadOfOthers(_ doc: Document, gathering k: Int, _ r: Range<Int>) -> Bool {
        aheadOf(doc, gathering: k, r) && !ownTalks(doc, gathering: k, r)
    }
}
