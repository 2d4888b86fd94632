import NewsFacts

/// An office written right before a title of address that stands before a name is the
/// holder's too:
///
///     "Qatari Foreign Minister Sheikh Farouk Al Marri"   Al Marri: Foreign Minister, Sheikh
///     "Prime Minister Sheikh Amina held talks"            Amina: Prime Minister, Sheikh
///     "the visiting Emir Sheikh Rashid Al Marri"          Al Marri: Emir, Sheikh
///
/// The title of address is one word of `title.styleOfAddress` ("Sheikh"): any other one-word
/// title after a head makes one office with it ("Surgeon General X", "Governor General X"),
/// no two. A head that is also a given name (`title.lowerCaseHead`: "Emir", "Sultan") opens a
/// name when written alone before one ("Sultan Al Jaber", "Pakistan's Sultan Mahmood"), but is
/// a title when a title of address follows it ("Emir Sheikh Rashid").
enum TitleStacks {
    /// Titles of address that may follow an office before the holder's name.
    static let styles = WordSet(.titleStyleOfAddress)

    /// Past a title of address at `k` that stands right before a person's name; else `k`.
    static func pastStyleTitle(_ doc: Document, _ k: Int, _ sEnd: Int) -> Int {
        guard k + 1 < sEnd, styles.contains(doc.tokens[k]), doc.tokens[k].isCapitalized,
            let m = doc.mention(at: k), m.kind == .title, m.tokens == k..<k + 1,
            TitleExtractor.personMention(doc, at: k + 1) >= 0
        else { return k }
        return k + 1
    }

    /// Whether the capitalised head at `start` (ending at `k`) is a title although it may be a
    /// given name: a title of address follows it.
    static func headTitlesName(_ t: [Token], _ start: Int, _ k: Int, _ end: Int) -> Bool {
        k < end && t[k].isCapitalized && styles.contains(t[k])
    }
}
