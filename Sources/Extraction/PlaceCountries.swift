import NewsFacts

/// The country each place lies in, as far as this article and the lexicons tell: the one place
/// every rule asks whether a person is away from home.
///
///     "Echeverry speaks in Cuenca, Ecuador, on March 10"   Cuenca → Ecuador (named right after it)
///     "the fisheries office in Cuenca in Ecuador"           Cuenca → Ecuador ("in" a country)
///     "talks in Lima"                                       Lima → Peru (a listed capital)
///
/// What the text says first: a country named right after a mention of the place, after a comma
/// and followed by the end of the clause (`relation.sentenceEnds`: "Cuenca, Ecuador," but not
/// "Lima, Peru's capital"), or after "in" ("Cuenca in Ecuador"); then a `located_in` fact found so
/// far; then the lexicons (a listed place's home country, a capital's country). One pass over
/// the name mentions, made the first time a rule asks (`Document.placeCountries`).
enum PlaceCountries {
    /// Each place the article itself locates in a country, by entity name → that country's name.
    static func find(_ doc: Document) -> [String: String] {
        let t = doc.tokens
        let w = RelationExtractor.Words.shared
        var out: [String: String] = [:]
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && out[doc.entities[m.entity].name] == nil {
            guard doc.entities[m.entity].type == "place", m.sentence >= 0, m.sentence < doc.sentences.count else { continue }
            let r = doc.sentences[m.sentence].tokens
            let k = m.tokens.upperBound
            guard k + 1 < r.upperBound, t[k].word == w.comma || t[k].word == w.in else { continue }
            var j = k + 1
            if t[k].word == w.in, t[j].word == w.the { j += 1 }
            guard j < r.upperBound, let c = doc.mention(at: j), c.kind == .name, c.entity >= 0, c.entity != m.entity,
                  doc.entities[c.entity].type == "country" else { continue }
            // "Lima, Peru's capital": only a country that ends its phrase.
            if t[k].word == w.comma, c.tokens.upperBound < r.upperBound, !w.sentenceEnds.contains(t[c.tokens.upperBound]) { continue }
            out[doc.entities[m.entity].name] = doc.entities[c.entity].name
        }
        for f in doc.facts where f.predicate == "located_in" {
            guard case .entity(let subject) = f.subject, out[subject] == nil else { continue }
            out[subject] = f.object.lexical
        }
        return out
    }

    /// The country of place or country entity `e`: itself for a country, else what the article
    /// says (`find`, then its `located_in` facts), else the lexicons'; nil when none tells.
    static func country(_ doc: Document, _ e: Int) -> String? {
        let name = doc.entities[e].name
        if doc.entities[e].type == "country" { return name }
        if let c = doc.placeCountries[name] { return c }
        if let c = Lexicon.shared.homeCountry[name] { return c }
        if let p = Lexicon.shared.phrases[Tokenizer.tokenize(name).map(\.lower).joined(separator: " ")], p.kind == .capital { return p.canonical }
        return nil
    }
}
