extension MentionFinder {
    /// "Squadron Officer School", "Bank Manager Training College": a title word inside a run
    /// whose name words after the title close with an organization's head word is part of the
    /// body's name, not the start of a person's title: no person's name follows the title (its
    /// first word is no first name). The name words end at the run's end or at the first word
    /// that is no name word, as in a list ("the Academy, Squadron Officer School and ROTC").
    static func titleWordInBody(_ t: [Token], _ title: TitleMatch?, _ end: Int, _ lex: LexiconTables) -> Bool {
        guard let title else { return false }
        let after = title.tokens.upperBound
        guard after < end, t[after].kind == .word, !Gazetteer.shared.isGivenName(t[after].lower) else { return false }
        var stop = after
        while stop < end && isNameWord(t[stop]) { stop += 1 }
        guard stop > after else { return false }
        return lex.classes(of: t[stop - 1]).contains(.orgHead)
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
                && lex.classes(of: t[i]).isDisjoint(with: [.orgHead, .placeHead, .docHead, .orgFirst, .placeFirst])
                // "National Air and Space Museum": a word that may open a title ("National Security
                // Adviser") but opens none here.
                && (!lex.classes(of: t[i]).contains(.titleStart) || TitleMatcher.match(t, at: i, end: and) == nil)
        }
    }
}

extension MentionFinder {
    /// "The Grand Lake Theater", "Silver Lake Park": a place's opening word (`place.first`: "Lake",
    /// "Fort") inside a run, then one head word closing the run, is a word of the site's name, not
    /// the start of a place of its own ("Visit Lake Merritt" opens one).
    static func placeFirstBeforeClosingHead(_ t: [Token], _ q: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        q + 2 == end && t[q + 1].kind == .word && !lex.classes(of: t[q + 1]).isDisjoint(with: [.orgHead, .placeHead])
    }
}

extension MentionFinder {
    /// "Tang Teaching Museum and Art Gallery", "Bristol Museum and Art Gallery": after a place's
    /// head word, "and", ordinary capitalised words (no listed name, place, first name or head)
    /// and a different place's head word closing the name words name one site with two parts.
    /// The same head again ("the Science Museum and Natural History Museum") or a body's head
    /// ("Museum and Royal Academy") makes two names.
    static func secondHeadOfOneSite(_ t: [Token], _ and: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        guard and > 0, and + 2 < end + 1 else { return false }
        let before = lex.classes(of: t[and - 1])
        guard before.contains(.placeHead), !before.contains(.orgHead) else { return false }
        var stop = and + 1
        while stop < end && isNameWord(t[stop]) { stop += 1 }
        guard stop - (and + 1) >= 2, stop - (and + 1) <= 3 else { return false }
        let head = t[stop - 1], headClasses = lex.classes(of: head)
        guard head.kind == .word, headClasses.contains(.placeHead), !headClasses.contains(.orgHead),
              head.lower != t[and - 1].lower else { return false }
        let g = Gazetteer.shared
        return (and + 1..<stop - 1).allSatisfy { i in
            t[i].kind == .word && !t[i].has(.allCaps) && g.isCommonWord(t[i].lower) && g.place(t[i].lower) == nil
                && !g.isGivenName(t[i].lower, uncommonOnly: true) && lex.phrase(at: i, in: t, end: stop) == nil
                && lex.classes(of: t[i]).isDisjoint(with: [.orgHead, .placeHead, .docHead, .orgFirst, .placeFirst, .titleStart])
        }
    }
}
