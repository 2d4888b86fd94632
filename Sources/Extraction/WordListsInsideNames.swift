extension MentionFinder {
    /// "Environment, Food and Rural Affairs Committee": a comma list inside a name that a body's
    /// head closes holds the ordinary words of the body's remit. A list of words no dictionary
    /// knows before "and" and a club's name ("nightclubs: L'instant, Caraibes and Latin Club")
    /// lists names, each one of its own: the comma ends the name. Whether every word of
    /// `i..<k` (the items before "and", commas between) is an ordinary word.
    static func remitWords(_ t: [Token], _ i: Int, _ k: Int) -> Bool {
        let g = Gazetteer.shared
        return (i..<k).allSatisfy { j in
            t[j].kind != .word || Lexicon.shared.classes(of: t[j]).contains(.connector) || g.isCommonWord(t[j].lower)
        }
    }

    /// "nightclubs: L'instant, Caraibes and Latin Club": a run opening right after a name and a
    /// comma is a list's item, so its "and" lists a last name ("Latin Club") rather than joining
    /// two words of one body's name ("Competition and Markets Authority").
    static func closesCommaList(_ t: [Token], _ i: Int) -> Bool {
        i >= 2 && t[i - 1].word == KnownWords.shared.comma && t[i - 2].kind == .word && t[i - 2].isCapitalized
    }
}
