extension MentionFinder {
    /// "the Housing, Transport and Local Government Committee": a comma list inside a name that a
    /// body's head closes holds the ordinary words of the body's remit. A list of words no
    /// dictionary knows before "and" and a club's name ("three venues: Quarnelle, Vostabi and
    /// Harbour Club") lists names, each one of its own: the comma ends the name. Whether every
    /// word of `i..<k` (the items before "and", commas between) is an ordinary word.
    static func remitWords(_ t: [Token], _ i: Int, _ k: Int) -> Bool {
        let g = Gazetteer.shared
        return (i..<k).allSatisfy { j in
            t[j].kind != .word || Lexicon.shared.classes(of: t[j]).contains(.connector) || g.isCommonWord(t[j].lower)
        }
    }

    /// "three venues: Quarnelle, Vostabi and Harbour Club": a run `i..<j` opening right after a
    /// name and a comma is a list's item, so its "and" lists a last name ("Harbour Club") rather
    /// than joining two words of one body's name ("Competition and Markets Authority"). Only
    /// with evidence of a list: every item (`i..<j` and those before it) words no dictionary
    /// knows, none a weekday or month ("On Tuesday, Competition and …"), and a colon before the
    /// first item or two commas or more in a list that opens inside the sentence (not "In
    /// Washington, Fish and Wildlife Service …").
    static func closesCommaList(_ t: [Token], _ i: Int, _ j: Int) -> Bool {
        let known = KnownWords.shared
        guard i >= 2, t[i - 1].word == known.comma, t[i - 2].kind == .word, t[i - 2].isCapitalized,
              (i..<j).allSatisfy({ unknownListWord(t[$0]) }) else { return false }
        // Back over the earlier items, each a run of name words closed by a comma.
        var comma = i - 1, commas = 0
        while comma > 0, t[comma].word == known.comma, i - comma <= listReach {
            commas += 1
            var s = comma
            while s > 0, comma - s < maxItemWords, isNameWord(t[s - 1]) {
                guard unknownListWord(t[s - 1]) else { return false }
                s -= 1
            }
            guard s < comma else { return false }
            if s > 0 && t[s - 1].word == known.colon { return true }
            if s == 0 || t[s - 1].word != known.comma {
                return commas >= 2 && s > 0 && t[s - 1].kind == .word && !t[s - 1].isCapitalized
            }
            comma = s - 1
        }
        return false
    }

    /// A word of a listed name: no ordinary word, weekday or month.
    private static func unknownListWord(_ t: Token) -> Bool {
        t.kind != .word || !isCalendarWord(t) && !Gazetteer.shared.isCommonWord(t.lower)
    }

    /// How far back from the last item a list's colon may stand, and how many words an item has.
    private static let listReach = 24
    private static let maxItemWords = 4
}
