extension MentionFinder {
    /// "Squadron Officer School", "Bank Manager Training College": a title word inside a run
    /// whose words after the title are name words closing with an organization's head word is
    /// part of the body's name, not the start of a person's title: no person's name follows the
    /// title (its first word is no first name). The name words end where the capitalised words
    /// do, also before an "and" that joins another name ("the Academy, Squadron Officer School and
    /// ROTC").
    static func titleWordInBody(_ t: [Token], _ title: TitleMatch?, _ end: Int, _ lex: LexiconTables) -> Bool {
        guard let title else { return false }
        let after = title.tokens.upperBound
        guard after < end, t[after].kind == .word, !Gazetteer.shared.isGivenName(t[after].lower) else { return false }
        var k = after
        while k < end && isNameWord(t[k]) { k += 1 }
        return k > after && lex.classes(of: t[k - 1]).contains(.orgHead)
    }
}

extension MentionFinder {
    /// "National Air and Space Museum", "Rock and Roll Hall of Fame": "and" inside a name whose
    /// words after it close with a place's head word ("Museum", "Hall"), when the words before
    /// it (`start..<and`) are ordinary capitalised words: no lexicon name, gazetteer place, first
    /// name or head word, which would make them a name of their own ("Oakland and Alameda
    /// County", "Mary and Leigh Block Museum", "Bank and Tower Bridge").
    static func plainWordsJoinPlaceHead(_ t: [Token], _ start: Int, _ and: Int, _ k: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        guard start < and, k < end, isNameWord(t[k]), t[k].kind == .word else { return false }
        var j = k
        while j < end && isNameWord(t[j]) { j += 1 }
        guard lex.classes(of: t[j - 1]).contains(.placeHead), lex.phrase(at: start, in: t, end: and) == nil else { return false }
        let g = Gazetteer.shared
        return (start..<and).allSatisfy { i in
            t[i].kind == .word && isNameWord(t[i]) && !t[i].has(.allCaps) && g.isCommonWord(t[i].lower)
                && g.place(t[i].lower) == nil && !g.isGivenName(t[i].lower)
                && lex.classes(of: t[i]).isDisjoint(with: [.orgHead, .placeHead, .docHead, .titleStart, .orgFirst, .placeFirst])
        }
    }
}
