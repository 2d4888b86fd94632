/// A word that is both a title and a family name ("Dean", "Bishop", "Prince", "Pope") right after
/// another title names a person: "as Congresswoman Bishop said", "Mr. Bishop told the court". Read
/// as a second title, the run held two titles and no name, and the person was lost. After an
/// article the two words are one office ("the Cardinal Dean", "the Archbishop Prince").
extension MentionFinder {
    /// Whether the one-word title `one` at `p` is a family name here: it closes the run (`end`)
    /// right after another title (`titled`: the mention before it is a title ending at `p`, one
    /// no article opens: it starts at `titleStart`), and the word is a family name at least 1 in
    /// 20,000 people of the census bear that is no ordinary English word ("Dean", "Bishop",
    /// "Prince"; not "King", "Judge" or "Justice", which are, nor "Mayor", which is rarer). A
    /// two-word title the matcher reads whole ("Crown Prince", "Associate Dean") never comes here
    /// as two.
    static func titleWordSurname(_ t: [Token], _ one: TitleMatch, _ p: Int, _ end: Int, titled: Bool, titleStart: Int,
                                 _ lex: LexiconTables) -> Bool {
        guard titled, one.tokens == p..<p + 1, p + 1 == end, t[p].kind == .word, t[p].isCapitalized,
              !t[p].has(.allCaps) else { return false }
        if titleStart > 0, lex.classes(of: t[titleStart - 1]).contains(.article) { return false }
        let g = Gazetteer.shared
        return g.isFrequentFamilyName(t[p].lower) && g.isFamilyName(t[p].lower, uncommonOnly: true)
    }
}
