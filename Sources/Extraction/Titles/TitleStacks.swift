import NewsFacts

/// Two titles written one after the other before a name are both the holder's:
///
///     "Qatari Foreign Minister Sheikh Farouk Al Marri"   Al Marri: Foreign Minister, Sheikh
///     "Prime Minister Sheikh Amina held talks"            Amina: Prime Minister, Sheikh
///     "the visiting Emir Sheikh Rashid Al Marri"          Al Marri: Emir, Sheikh
///     "Oman's Sultan Harith bin Salem"                   Harith bin Salem: Sultan (of Oman)
///
/// The second is a one-word title of address ("Sheikh", "General") right before the name; the
/// first would otherwise find no name after it and be lost. A head that is also a given name
/// (`title.lowerCaseHead`: "Emir", "Sultan") opens a name when written alone before one ("Sultan
/// Al Jaber"), but is a title when another title's head follows it ("Emir Sheikh Rashid") or a
/// listed country's possessive precedes it ("Oman's Sultan Harith"): a country's sultan is its
/// ruler, no given name.
enum TitleStacks {
    /// Past a one-word title mention at `k` that stands right before a person's name; else `k`.
    static func pastStyleTitle(_ doc: Document, _ k: Int, _ sEnd: Int) -> Int {
        guard k + 1 < sEnd, let m = doc.mention(at: k), m.kind == .title, let title = m.title,
            title.tokens == k..<k + 1, m.tokens.upperBound == k + 1, doc.tokens[k].isCapitalized,
            TitleExtractor.personMention(doc, at: k + 1) >= 0
        else { return k }
        return k + 1
    }

    /// Whether the capitalised head at `start` (ending at `k`) is a title although it may be a
    /// given name: another title's head follows it, or a listed country's possessive precedes it.
    static func headTitlesName(_ t: [Token], _ start: Int, _ k: Int, _ end: Int) -> Bool {
        if k < end, t[k].kind == .word, t[k].isCapitalized, Lexicon.shared.titleHeadTrie.longest(t, from: k, end: end) != nil {
            return true
        }
        return start >= 2 && t[start - 1].kind == .possessive && Lexicon.shared.countries[t[start - 2].text] != nil
    }
}
