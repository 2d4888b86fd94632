extension MentionFinder {
    private static let paperWords = WordSet(.namePaperAlone)
    private static let paperVerbs = WordSet(.namePaperVerb)
    private static let paperAdverbs = WordSet(.namePaperAdverb)
    private static let paperTellVerbs = WordSet(.namePaperTellVerb)

    /// "The Independent reported …", "the Herald only quoted one verse", "The Guardian cited …",
    /// "he told the Guardian": one capitalised word a newspaper is known by alone
    /// (`name.paperAlone`), after "the", that reports, quotes or publishes (a speech verb or a
    /// verb of `name.paperVerb`, past at most one adverb of `name.paperAdverb`) or is told
    /// something (`name.paperTellVerb`) where the word ends its phrase, names the newspaper: an
    /// organization, although the word alone is an ordinary one ("the independent candidate",
    /// "the guardian of …" are lower case, a capitalised "Guardian" before a noun is no run of
    /// its own, and "told the Independent councillors" qualifies a lower-case noun: `modifiesNoun`).
    static func newspaperAlone(_ t: [Token], _ start: Int, _ stop: Int, _ span: SentenceSpan) -> Bool {
        let first = span.tokens.lowerBound, end = span.tokens.upperBound
        guard stop - start == 1, start > first, t[start].kind == .word, t[start].isCapitalized,
              !t[start].has(.allCaps), !t[start].has(.hyphenated), paperWords.contains(t[start]),
              t[start - 1].lower == "the" else { return false }
        // "told the Guardian", "tells the Times that".
        if start - 2 >= first, paperTellVerbs.contains(t[start - 2]), !modifiesNoun(t, start, stop, span) { return true }
        var k = stop
        if k < end, t[k].kind == .word, !t[k].isCapitalized, paperAdverbs.contains(t[k]) { k += 1 }
        guard k < end, t[k].kind == .word, !t[k].isCapitalized else { return false }
        return paperVerbs.contains(t[k]) || Lexicon.shared.classes(of: t[k]).contains(.speechVerb)
    }
}
