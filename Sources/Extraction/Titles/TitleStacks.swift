import NewsFacts

/// An office written right before a title of address that stands before a name is the
/// holder's too:
///
///     "Qatari Foreign Minister Sheikh Farouk Al Marri"   Al Marri: Foreign Minister, Sheikh
///     "Prime Minister Sheikh Amina held talks"            Amina: Prime Minister, Sheikh
///     "the visiting Emir Sheikh Rashid Al Marri"          Al Marri: Emir, Sheikh
///
/// The title of address is one word of `title.styleOfAddress` ("Sheikh"): after a head, any
/// other one-word title is not split off as a second title ("Surgeon General X" gives "General"
/// alone, as before). A title of address is no office of a country: it takes no `of`, and the
/// office before it only the country the text writes with it ("Qatari Emir Sheikh X"), never
/// the article's (in a story of a visiting ruler that is often the guest's). A head that is also a given name (`title.lowerCaseHead`: "Emir", "Sultan") opens a
/// name when written alone before one ("Sultan Al Jaber", "Pakistan's Sultan Mahmood"), but is
/// a title when a title of address follows it ("Emir Sheikh Rashid").
enum TitleStacks {
    /// Titles of address that may follow an office before the holder's name.
    static let styles = WordSet(.titleStyleOfAddress)

    /// Past a title of address at `k` that stands right before a person's name, or before an
    /// honorific and the name ("Minister of Oil Sheikh Dr Fahad Al-Rashid"); else `k`.
    static func pastStyleTitle(_ doc: Document, _ k: Int, _ sEnd: Int) -> Int {
        guard k + 1 < sEnd, styles.contains(doc.tokens[k]), doc.tokens[k].isCapitalized,
            let m = doc.mention(at: k), m.kind == .title, m.tokens == k..<k + 1
        else { return k }
        if TitleExtractor.personMention(doc, at: k + 1) >= 0 { return k + 1 }
        let h = doc.tokens[k + 1]
        guard k + 2 < sEnd, h.kind == .word, EntityTyper.honorifics.contains(h.lower),
            TitleExtractor.personMention(doc, at: k + 2) >= 0
        else { return k }
        return k + 2
    }

    /// Whether the capitalised head at `start` (ending at `k`) is a title although it may be a
    /// given name: a title of address follows it.
    static func headTitlesName(_ t: [Token], _ start: Int, _ k: Int, _ end: Int) -> Bool {
        k < end && t[k].isCapitalized && styles.contains(t[k])
    }

    /// A title of address takes no `of`; it and an office written right before one take only
    /// the country the text gives them (`Found.explicitOnly`).
    static func limitCountry(_ doc: Document, _ f: inout TitleExtractor.Found) {
        let t = doc.tokens
        let r = f.title.tokens
        if r.count == 1, styles.contains(t[r.lowerBound]) {
            f.of = -1
            f.explicitOnly = true
        } else if r.upperBound < t.count, styles.contains(t[r.upperBound]), t[r.upperBound].isCapitalized {
            f.explicitOnly = true
        } else if let n = HonorificStyles.length(t, r.upperBound, t.count), r.upperBound + n < t.count,
            styles.contains(t[r.upperBound + n])
        {
            // "President His Highness Sheikh X": a style, then a title of address.
            f.explicitOnly = true
        }
    }
}
