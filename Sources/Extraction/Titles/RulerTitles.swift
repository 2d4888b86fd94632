import NewsFacts

/// "Sultan" and "Emir" are given names as well as titles (`title.lowerCaseHead`): capitalised
/// alone before a name they open the name ("Sultan Al Varek", "Pakistan's Sultan Mahmood"). They
/// are the ruler's title when the text says whose ruler:
///
///     "the Sultan of Quarnia Sultan Idris Rahman"   the same head and "of" just before
///     "Oman's Sultan Idris Rahman"                  a country whose ruler bears that title
///
/// The countries are `title.rulerOfCountry` pairs ("brunei sultan", "kuwait emir"): monarchies
/// whose reigning ruler's title is that head, written by hand from common knowledge.
enum RulerTitles {
    /// "country head" pairs, lower case.
    static let pairs: Set<String> = Set(Lexicon.shared.words(in: .titleRulerOfCountry))

    /// Whether the head at `h` is a title by what stands before it.
    static func ruledBefore(_ t: [Token], _ h: Int) -> Bool {
        let known = KnownWords.shared
        let lex = Lexicon.shared
        // "Sultan of Quarnia Sultan X": the same head and "of" at most four words back.
        var k = h - 1
        while k >= 1, h - k <= 4, t[k].kind == .word, t[k].isCapitalized { k -= 1 }
        if k >= 1, k < h - 1, t[k].word == known.of, t[k - 1].word == t[h].word, t[k - 1].isCapitalized { return true }
        // "Oman's Sultan X", "Kuwait's Emir X": a listed country's possessive (of one word or more).
        guard h >= 2, t[h - 1].kind == .possessive else { return false }
        for start in max(0, h - 4)..<h - 1 {
            guard let p = lex.phrase(at: start, in: t, end: h - 1), start + p.tokenCount == h - 1, p.kind == .country
            else { continue }
            return pairs.contains(p.canonical.lowercased() + " " + t[h].lower)
        }
        return false
    }
}
