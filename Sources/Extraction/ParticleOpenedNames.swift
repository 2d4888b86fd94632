/// A name opened by the Arabic article in lower case, with no name before it: "the left-liberal
/// al-Ahali group", "in remarks to al-Ikhbariya television". Runs of names open on a capital, so
/// the article's word, joined to a name only after another name word ("Suleiman al-Amr"), was
/// never read and the name was lost.
extension MentionFinder {
    /// Where the name the word at `i` opens ends (the word and the name words right after it,
    /// "al-Aqsa Mosque"), if the word is the Arabic article (`name.arabicArticle`) joined by a
    /// hyphen to a capitalised name of two letters or more and the word before it is no name word
    /// (that name's run took it). English prefixes ("de-Stalinization", "anti-American") are no
    /// such article.
    static func particleOpenedNameEnd(_ t: [Token], _ i: Int, _ first: Int, _ end: Int) -> Int? {
        guard opensWithArabicArticle(t[i]), i == first || !isNameWord(t, i - 1) && !isParticleJoined(t, i - 1) else { return nil }
        var j = i + 1
        while j < end && !t[j].has(.newlineBefore) && isNameWord(t, j) { j += 1 }
        return j
    }

    /// Whether a word is the Arabic article in lower case joined by a hyphen to a capitalised
    /// name of two letters or more ("al-Ahali"; not "al-" alone nor "al-Jazeera-style").
    static func opensWithArabicArticle(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized, t.has(.hyphenated) else { return false }
        let text = t.text
        guard let cut = text.firstIndex(of: "-"), arabicArticles.contains(String(text[..<cut])) else { return false }
        let rest = text[text.index(after: cut)...]
        guard let initial = rest.first, initial.isUppercase, rest.count >= 2, !rest.contains("-") else { return false }
        return true
    }

    private static let arabicArticles = Set(Lexicon.shared.words(in: .nameArabicArticle))
}
