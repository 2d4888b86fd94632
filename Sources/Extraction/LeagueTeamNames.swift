extension MentionFinder {
    /// "the NBA Cavaliers", "the Major League Baseball Indians": after "the", a body the lexicon
    /// lists (a league, an association) and one capitalised plural closing the run name a team
    /// that plays in it: one organization's name, the body nested in it, as a place before a
    /// plural is ("Tampa Bay Rays", `placeThenPluralEnd`). The plural may be a people's word
    /// ("Indians"), never a head, a title or a word that is no name ("the UN Secretaries",
    /// "the EU Ministers" stay the body and a title). Where the name starting at `p` ends, if
    /// the run (before `end`) is one.
    static func listedBodyThenPluralEnd(_ t: [Token], _ p: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        // Cheap test first: the run must end in a capitalised plural, "the" before the body.
        guard end - p >= 2, p > 0, t[p - 1].word == KnownWords.shared.the, t[end - 1].kind == .word,
              t[end - 1].isCapitalized, !t[end - 1].has(.allCaps), !t[end - 1].has(.hyphenated),
              let body = lex.phrase(at: p, in: t, end: end), body.kind == .organization,
              p + body.tokenCount == end - 1 else { return nil }
        let last = t[end - 1].lower
        guard last.count >= 5, last.hasSuffix("s"), !["ss", "us", "is"].contains(where: { last.hasSuffix($0) }),
              lex.classes(of: t[end - 1]).isDisjoint(with: [.nonName, .orgHead, .placeHead, .titleStart]),
              !EntityTyper.isPluralTitleHead(last) else { return nil }
        if let own = lex.phrase(at: end - 1, in: t, end: end), own.kind != .demonym { return nil }
        return end
    }
}
