/// "the Society for General Systems Research", "the Institute of General Practice": a word that
/// may open a title ("General"), right after the "for" or "of" of a body's head word and before
/// more name words that are no person's (the word after the title no first name), opens the
/// topic of the body's name, not a person's title: the name runs on past it. "the Department for
/// Education Secretary Jane Quarnby" stays a title before a person.
extension MentionFinder {
    /// Whether the title matched at `k` (before `end`) opens a body's "for" or "of" part.
    static func titleOpensBodysTopic(_ t: [Token], _ k: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        let known = KnownWords.shared
        var connector = k - 1
        if connector > 0, t[connector].word == known.the, !t[connector].isCapitalized { connector -= 1 }
        guard connector >= 1, t[connector].word == known.for_ || t[connector].word == known.of,
              !t[connector].isCapitalized, lex.classes(of: t[connector - 1]).contains(.orgHead),
              let title = TitleMatcher.match(t, at: k, end: end), title.tokens.lowerBound == k
        else { return false }
        let after = title.tokens.upperBound
        return after < end && t[after].kind == .word && isNameWord(t[after]) && !t[after].has(.allCaps)
            && !Gazetteer.shared.isGivenName(t[after].lower)
    }

    /// "Society for General Systems Research": the head word found last (`q`: "Systems") lies
    /// inside the "for" or "of" part of an earlier head (`Society for`), name words only between,
    /// and more name words follow it before `limit` ("Research"): the earlier head owns the name,
    /// whose part runs to the run's end. Nil when the last head closes the words (no name word
    /// after it: "Department of Health and Human Services") or no earlier head takes a part.
    static func earlierHeadOwningPart(_ t: [Token], _ p: Int, _ q: Int, _ limit: Int, _ lex: LexiconTables) -> Int? {
        guard q + 1 < limit, t[q + 1].kind == .word, isNameWord(t[q + 1]),
              (q + 1..<limit).allSatisfy({ t[$0].kind == .word && isNameWord(t[$0])
                  && lex.classes(of: t[$0]).isDisjoint(with: [.orgHead, .placeHead, .docHead]) })
        else { return nil }
        let known = KnownWords.shared
        var h = q - 1
        while h >= p {
            if t[h].word == known.for_ || t[h].word == known.of, !t[h].isCapitalized {
                guard h - 1 >= p, lex.classes(of: t[h - 1]).contains(.orgHead) else { return nil }
                return h - 1
            }
            guard t[h].kind == .word, isNameWord(t[h]) || t[h].word == known.the && !t[h].isCapitalized else { return nil }
            h -= 1
        }
        return nil
    }
}
