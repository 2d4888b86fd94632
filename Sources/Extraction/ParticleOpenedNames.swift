/// A name opened by the Arabic article in lower case, with no name before or after it: "the
/// left-liberal al-Ahali group", "in remarks to al-Qarawi television", "from al-Shabaab".
/// Runs of names open on a capital, so the article's word, joined to a name only after another
/// name word ("Suleiman al-Amr"), was never read and the name was lost.
extension MentionFinder {
    /// The mention of the name the word at `i` is, if the word is the Arabic article
    /// (`name.arabicArticle`) joined by a hyphen to a capitalised name that is no ordinary
    /// English word ("al-Ahali"; not "an at-Large member"), with no name word before it (that
    /// name's run took it: "Suleiman al-Amr") nor after it ("an-Najah National University" is
    /// read as before, its head typing the run). A name the lexicons list keeps its canonical
    /// name and type ("al-Shabaab": an organization); any other is a name the typer types from
    /// the words around it ("the al-Ahali group": an organization). English prefixes
    /// ("de-Stalinization", "anti-American") are no such article.
    static func particleOpenedName(_ t: [Token], _ i: Int, _ first: Int, _ end: Int, sentence s: Int,
                                   _ lex: LexiconTables) -> Mention? {
        guard opensWithArabicArticle(t[i]), i == first || !isNameWord(t, i - 1) && !isParticleJoined(t, i - 1),
              i + 1 == end || !isNameWord(t, i + 1) || t[i + 1].has(.newlineBefore) else { return nil }
        let written = t[i].text
        if let phrase = lex.shared.phrases[t[i].lower], phrase.tokenCount == 1, phrase.kind != .demonym {
            let type = phrase.kind == .capital ? "place" : phrase.type
            return Mention(kind: .name, tokens: i..<i + 1, sentence: s, type: type, name: phrase.kind == .capital ? written : phrase.canonical,
                           surface: written, fromLexicon: true)
        }
        var m = Mention(kind: .name, tokens: i..<i + 1, sentence: s, type: "person", name: written, surface: written)
        m.guessed = true
        return m
    }

    /// Whether a word is the Arabic article in lower case joined by a hyphen to a capitalised
    /// name of two letters or more that is no ordinary English word ("al-Ahali"; not "al-"
    /// alone, "al-Jazeera-style" or "at-Large").
    static func opensWithArabicArticle(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized, t.has(.hyphenated) else { return false }
        let text = t.text
        guard let cut = text.firstIndex(of: "-"), arabicArticles.contains(String(text[..<cut])) else { return false }
        let rest = text[text.index(after: cut)...]
        guard let initial = rest.first, initial.isUppercase, rest.count >= 2, !rest.contains("-") else { return false }
        return !Gazetteer.shared.isCommonWord(rest.lowercased())
    }

    private static let arabicArticles = Set(Lexicon.shared.words(in: .nameArabicArticle))
}
