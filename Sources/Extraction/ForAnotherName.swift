extension MentionFinder {
    /// Where a head's "for the" and a name of its own (`forTheOtherName`) open in `p..<limit`.
    static func forTheOtherNameStart(_ t: [Token], _ p: Int, _ limit: Int, _ lex: LexiconTables) -> Int? {
        let known = KnownWords.shared
        return (p + 1..<max(p + 1, limit - 3)).first { f in
            t[f].word == known.for_ && !lex.classes(of: t[f - 1]).isDisjoint(with: [.orgHead, .placeHead])
                && forTheOtherName(t, f + 2, limit, lex)
        }
    }

    /// "Cleveland Browns Stadium for the NFL Browns", "Wolstein Center for the Cleveland State
    /// University": after a head, "for the" and a name of its own (from `k`, the word after
    /// "the", to `limit`) says whom the site serves; it is no "for" part of the head's name. A
    /// name of its own opens with an acronym before more name words, or with a listed place
    /// before a head word of its own ("… State University Vikings"). "Centre for the Study of Religion", "Foundation for
    /// the Carolinas" and "Kennedy Center for the Performing Arts" keep their "for" part.
    static func forTheOtherName(_ t: [Token], _ k: Int, _ limit: Int, _ lex: LexiconTables) -> Bool {
        guard k + 1 < limit, t[k - 1].word == KnownWords.shared.the, isNameWord(t[k]), t[k].kind == .word else { return false }
        var stop = k
        while stop < limit && isNameWord(t[stop]) { stop += 1 }
        guard stop - k >= 2 else { return false }
        if t[k].has(.allCaps) && t[k].text.count >= 2 { return true }
        guard let place = placeLength(t, k, stop, lex), k + place < stop else { return false }
        return (k + place..<stop).contains { !lex.classes(of: t[$0]).isDisjoint(with: [.orgHead, .placeHead]) }
    }
}

extension MentionFinder {
    /// "the National Air and Space Museum Steven F. Udvar-Hazy Center": after a name closed by a
    /// place's head word (not a body's: "Port Authority George Washington Bus Station" is one
    /// name), a frequent first name (no ordinary word: not "Art", "Grace"), more name words and
    /// a head word closing the run open a second name, a site named after a person. Where it
    /// opens (`k`), if it does, in `p..<limit`.
    static func siteNamedForPersonStart(_ t: [Token], _ p: Int, _ limit: Int, _ lex: LexiconTables) -> Int? {
        let heads: WordClass = [.orgHead, .placeHead]
        guard limit - p >= 5, !lex.classes(of: t[limit - 1]).isDisjoint(with: heads) else { return nil }
        let g = Gazetteer.shared
        return (p + 2..<limit - 2).first { k in
            lex.classes(of: t[k - 1]).contains(.placeHead) && !lex.classes(of: t[k - 1]).contains(.orgHead)
                && t[k].kind == .word && t[k].isCapitalized
                && !t[k].has(.allCaps) && g.isFrequentGivenName(t[k].lower) && !g.isCommonWord(t[k].lower)
                && (k + 1..<limit - 1).allSatisfy { isNameWord(t[$0]) && lex.classes(of: t[$0]).isDisjoint(with: heads) }
                && lex.phrase(at: k, in: t, end: limit) == nil
        }
    }
}
