/// A class of things written with capitals, not a name: after a copula or "as", an indefinite
/// article and at most two lower-case words, a run of two or more capitalised words, none a first
/// name, a family name or a place, that ends its phrase ("Quillon is a self-described Radical Mutualist.", "The firm is run
/// as a Hybrid Cooperative - a company owned by its staff"). "a"/"an" says there are others of the kind;
/// a name made of such words takes "the" ("the Hybrid Cooperative said"), and a name with
/// capitals, a place or a person's name in it ("a UNESCO World Heritage Site", "a Virginia that",
/// "an Edward Steichen") is left alone, as is one word ("a Democrat").
///
/// A name all of whose mentions are such descriptions refers to nothing: its mentions are dropped,
/// as the typer drops "an economic partnership agreement (EPA)".
enum PredicateDescriptions {
    static func drop(_ doc: Document) {
        let t = doc.tokens
        var described = [Int](repeating: 0, count: doc.entities.count)
        var named = [Int](repeating: 0, count: doc.entities.count)
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 {
            named[m.entity] += 1
            if isDescription(t, m.tokens, doc.sentences[m.sentence].tokens), !m.fromLexicon { described[m.entity] += 1 }
        }
        for i in doc.mentions.indices where doc.mentions[i].kind == .name {
            let e = doc.mentions[i].entity
            if e >= 0, described[e] > 0, described[e] == named[e] { doc.mentions[i].entity = -1 }
        }
    }

    /// Whether the name at `name` is a described class: capitalised words that name nothing, after
    /// "is a", "as an", "became a self-described", closing the phrase.
    static func isDescription(_ t: [Token], _ name: Range<Int>, _ span: Range<Int>) -> Bool {
        let g = Gazetteer.shared
        guard name.count >= 2, name.allSatisfy({
            t[$0].kind == .word && t[$0].isCapitalized && !t[$0].has(.allCaps) && !t[$0].has(.dotted)
                && !g.isGivenName(t[$0].lower) && !g.isFamilyName(t[$0].lower) && g.place(t[$0].lower) == nil
        }) else { return false }
        // The phrase ends with the name: a mark, a dash, the sentence's end or a word that ends a phrase.
        let end = name.upperBound
        guard end >= span.upperBound || t[end].kind == .punct || t[end].kind == .dash || t[end].kind == .quote
            || words.phraseEnders.contains(t[end]) else { return false }
        // At most two lower-case words ("self-described", "new") back to the article.
        var k = name.lowerBound - 1
        var between = 0
        while k > span.lowerBound, between < 2, t[k].kind == .word, !t[k].isCapitalized,
              !words.articles.contains(t[k]) {
            k -= 1; between += 1
        }
        guard k > span.lowerBound, words.articles.contains(t[k]) else { return false }
        return words.links.contains(t[k - 1])
    }

    /// `describe.article` ("a", "an"), `describe.link` (copulas and "as") and the typer's phrase
    /// enders in `Lexicons/wordlists.tsv`.
    struct Words {
        let articles = WordSet(.describeArticle), links = WordSet(.describeLink)
        let phraseEnders = WordSet(.typerPhraseEnder)
    }
    static let words = Words()
}
