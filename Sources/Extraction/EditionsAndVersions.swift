/// Names of editions and versions, which are occasions and products rather than the people,
/// bodies and places the typer weighs them as:
///
/// - a name followed right by a year that closes the phrase is that year's edition of an
///   occasion or a product ("Herrick at RecentChangesCamp 2008 Image: …", "during San Diego
///   Comic-Con 2015,"); not a citation in brackets ("(Fillmore 1968)"), a person, a place the
///   lists know ("London 2012"), a year qualifying a noun ("the Quarnby Holdings 2012 annual
///   report") or a name its own head word types ("the Varnsby Alliance 2014 manifesto");
/// - a name after an article and a word that only products take ("a newer ZQ", "the latest
///   Windows": `thing.versionWord`) where it ends its phrase is a product (not where another name
///   joins it: "the latest Quarnby / Vostrel poll");
/// - capitals run together with a version number ("IE6", "IE9") name a version of the product
///   the capitals name in the same article.
///
/// Each gives the cue `work` to `ThingNames.retype`, which keeps a listed name's type.
extension ThingNames {
    static func editionsAndVersions(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        let lex = Lexicon.shared
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 && !m.fromLexicon {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            let type = doc.entities[m.entity].type
            guard type != "person" && type != "country" else { continue }
            // The year closes the phrase ("at RecentChangesCamp 2008.", "San Diego Comic-Con 2015,"),
            // not qualifying a noun after it ("the Quarnby Holdings 2012 annual report"); a name its
            // own head word types ("Holdings", "Alliance") is that body's whatever year follows it.
            if end < span.upperBound, isYear(t[end]), t[end].has(.spaceBefore),
               start == span.lowerBound || t[start - 1].text != "(",
               endsPhrase(doc, end + 1, span) || MentionFinder.isCreditLabel(t, end + 1, span.upperBound),
               !m.tokens.contains(where: { !lex.classes(of: t[$0]).isDisjoint(with: [.orgHead, .placeHead]) }),
               Gazetteer.shared.place(doc.entities[m.entity].name.lowercased()) == nil {
                cue[m.entity] = "work"
            }
            if start - 2 >= span.lowerBound, versionWords.contains(t[start - 1]),
               PredicateDescriptions.words.articles.contains(t[start - 2]) || t[start - 2].word == KnownWords.shared.the,
               endsPhrase(doc, end, span) {
                cue[m.entity] = "work"
            }
        }
        // "IE6" after "a newer ZQ" made "IE" a product.
        var products = Set<String>()
        for e in doc.entities.indices where cue[e] == "work" || doc.entities[e].type == "work" {
            products.insert(doc.entities[e].name)
        }
        guard !products.isEmpty else { return }
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 && m.tokens.count == 1 && !m.fromLexicon {
            if let product = versionOf(t[m.tokens.lowerBound].text), products.contains(product) { cue[m.entity] = "work" }
        }
    }

    /// Whether a phrase ends before token `k`: the sentence ends, a word that ends a phrase follows,
    /// or a mark that no name comes right after ("a newer ZQ.", not "the latest Quarnby / Vostrel poll").
    private static func endsPhrase(_ doc: Document, _ k: Int, _ span: Range<Int>) -> Bool {
        let t = doc.tokens
        guard k < span.upperBound else { return true }
        if EntityTyper.tokenWords.phraseEnders.contains(t[k]) { return true }
        guard t[k].kind == .punct || t[k].kind == .dash else { return false }
        return k + 1 >= span.upperBound || doc.mention(at: k + 1)?.kind != .name
    }

    /// A four-digit year of the last two centuries and this one.
    private static func isYear(_ token: Token) -> Bool {
        guard token.kind == .number, token.text.utf8.count == 4, let n = Int(token.text) else { return false }
        return n >= 1800 && n <= 2099
    }

    /// The capitals of a version written as one word, capitals then at most two digits ("IE6": "IE").
    /// Read as bytes: it is asked of every one-word name once an article has a product.
    static func versionOf(_ word: String) -> String? {
        let bytes = word.utf8
        let letters = bytes.prefix { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }.count
        let digits = bytes.dropFirst(letters)
        guard letters >= 2, !digits.isEmpty, digits.count <= 2,
            digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return String(word.prefix(letters))
    }

    /// `thing.versionWord` in `Lexicons/wordlists.tsv`.
    static let versionWords = WordSet(.thingVersionWord)
}
