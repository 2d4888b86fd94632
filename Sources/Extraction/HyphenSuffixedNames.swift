/// A listed name of two or more words written against a lower-case suffix ("the first New
/// York-born majority leader", "a Hong Kong-based charity", "the Sri Lanka-led talks"): the
/// run's last word holds the name's last word and the suffix, so the run read as a name of its
/// own ("New York-born") that no list knows, and the place went unnamed. One-word names before
/// a suffix ("Glasgow-based", "Kremlin-backed") are split where hyphenated words are.
extension MentionFinder {
    /// The mention of the listed name the run's words from `p` to its `end` make when the last
    /// one's lower-case suffix (`name.originSuffix`: "born", "based", "led" …) is cut off, if the
    /// run is two or more words and that name is a place, a country or an organization the
    /// lexicons list whole ("New York", "Hong Kong"; not a people's adjective: "Latin
    /// American-born" stays as it was). The mention covers the suffixed word; its surface and
    /// name stop before the suffix.
    static func suffixedListedName(_ t: [Token], _ p: Int, _ end: Int, sentence s: Int, _ lex: LexiconTables) -> Mention? {
        guard end - p >= 2, t[end - 1].has(.hyphenated), t[end - 1].kind == .word else { return nil }
        let word = t[end - 1].text
        guard let cut = word.lastIndex(of: "-") else { return nil }
        let suffix = word[word.index(after: cut)...]
        guard let first = suffix.first, first.isLowercase, originSuffixes.contains(suffix.lowercased()) else { return nil }
        let stem = String(word[..<cut])
        guard let initial = stem.first, initial.isUppercase, !stem.contains("-") else { return nil }
        let written = surface(t, p..<end - 1) + " " + stem
        let sub = Tokenizer.tokenize(written)
        guard sub.count >= 2 else { return nil }
        guard let phrase = lex.phrase(at: 0, in: sub, end: sub.count), phrase.tokenCount == sub.count else {
            // "San Diego-based": a town of two or more words the gazetteer lists.
            guard lex.phrase(at: 0, in: sub, end: sub.count) == nil, Gazetteer.shared.place(written.lowercased()) != nil else { return nil }
            return Mention(kind: .name, tokens: p..<end, sentence: s, type: "place", name: written, surface: written)
        }
        guard phrase.kind != .demonym else { return nil }
        let type = phrase.kind == .capital ? "place" : phrase.type
        guard ["place", "country", "organization"].contains(type) else { return nil }
        let name = phrase.kind == .capital ? written : phrase.canonical
        return Mention(kind: .name, tokens: p..<end, sentence: s, type: type, name: name, surface: written, fromLexicon: true)
    }

    private static let originSuffixes = Set(Lexicon.shared.words(in: .nameOriginSuffix))
}
