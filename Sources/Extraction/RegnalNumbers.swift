extension MentionFinder {
    /// "Pope Damasus I", "under Tsar Ilvar II,": a capital "I" closing a run right after a
    /// capitalised name word is a regnal number, not the pronoun, when no word follows it in its
    /// sentence (a comma, a bracket, a full stop or the sentence's end: the pronoun would go on
    /// with its verb), or, when a title stands before the name (the title mention ends at `p`,
    /// `titled`), when "of" follows ("Emperor Charles I of Austria": never the pronoun's word).
    /// "Charles I met Francis I at the field" and "Senator Quarnby I think" keep the pronoun's
    /// reading: a verb could follow either.
    static func regnalOneCloses(_ t: [Token], _ q: Int, _ p: Int, _ end: Int, _ span: SentenceSpan, titled: Bool) -> Bool {
        guard q == end - 1, q > p, t[q].kind == .word, t[q].text == "I",
              t[q - 1].kind == .word, t[q - 1].isCapitalized, !t[q - 1].has(.allCaps) else { return false }
        if end == span.tokens.upperBound { return true }
        if titled && t[end].word == KnownWords.shared.of { return true }
        return t[end].kind == .punct && t[end].text != "'" && t[end].text != "\u{2019}"
    }
}
