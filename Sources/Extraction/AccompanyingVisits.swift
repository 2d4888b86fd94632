import NewsFacts

extension EventExtractor {
    /// "Swedish Defence Minister Erik Lindahl accompanied King Gustav to Helsinki on Monday":
    /// going somewhere with someone (`event.escortVerbs`) takes both there. The companion is
    /// the verb's object, a person named or a pronoun standing for one (past titles and
    /// people's adjectives), with "to" right after it; `to` is that "to". Nil when no person
    /// is the object or no "to" follows ("accompanied by his wife", "accompanied the
    /// delegation"); the visit needs a named place after "to" as well.
    static func companion(_ doc: Document, _ k: Int, _ r: Range<Int>) -> (person: Int, to: Int)? {
        let w = Words.shared
        let t = doc.tokens
        guard w.escortVerbs.contains(t[k]) else { return nil }
        var a = k + 1
        while a < r.upperBound && a <= k + maxCompanionWords, let m = doc.mention(at: a) {
            if m.kind == .title || m.kind == .demonym {
                a = max(a + 1, m.tokens.upperBound)
                continue
            }
            guard m.kind == .name || m.kind == .pronoun, isPerson(doc, m.entity), m.tokens.upperBound < r.upperBound,
                t[m.tokens.upperBound].word == w.to
            else { return nil }
            return (m.entity, m.tokens.upperBound)
        }
        return nil
    }

    /// Most tokens from the escort verb to its companion's name ("accompanied visiting Czech
    /// Prime Minister Jan Novak": titles and adjectives first).
    static let maxCompanionWords = 8
}
