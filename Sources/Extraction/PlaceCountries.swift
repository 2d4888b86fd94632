import NewsFacts

/// The country each place lies in, as far as this article and the lexicons tell: the one place
/// every rule asks whether a person is away from home.
///
///     "Echeverry speaks in Cuenca, Ecuador, on March 10"   Cuenca → Ecuador (named right after it)
///     "the fisheries office in Cuenca in Ecuador"           Cuenca → Ecuador ("in" a country)
///     "talks in Lima"                                       Lima → Peru (a listed capital)
///
/// The lexicons first (a listed place's home country, a capital's country): a list or an opening
/// phrase may set a country right after a place it does not hold ("The tour takes in Berlin,
/// Poland, Hungary and Austria", "In Geneva, Iran, Russia and Turkey agreed"). For a place they do
/// not know, what the text says: a country named right after a mention of the place, after a
/// comma and followed by the end of the clause (`relation.sentenceEnds`: "Cuenca, Ecuador," but
/// not "Lima, Peru's capital"), and not by more names of a list ("Cuenca, Peru, Chile and
/// Bolivia") nor after a sentence-opening "In X," ("In Cuenca, Peru and Chile agreed"), or after
/// "in" ("Cuenca in Ecuador"). One pass over the name mentions, made the first time a rule asks
/// (`Document.placeCountries`). No `located_in` fact is read: the relation stage that writes them
/// runs after the event stage that asks.
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
            if t[k].word == w.comma, listContinues(doc, after: c.tokens.upperBound, r) { continue }
            // "In Geneva, Iran, Russia and Turkey agreed": the comma closes an opening phrase.
            if t[k].word == w.comma, m.tokens.lowerBound == r.lowerBound + 1, t[r.lowerBound].word == w.in { continue }
            out[doc.entities[m.entity].name] = doc.entities[c.entity].name
        }
        return out
    }

    /// Whether more places of a list follow a country ending at `j` ("Berlin, Poland, Hungary and
    /// Austria": after "Poland", a comma or "and" and another place or country).
    static func listContinues(_ doc: Document, after j: Int, _ r: Range<Int>) -> Bool {
        let w = RelationExtractor.Words.shared
        let t = doc.tokens
        guard j + 1 < r.upperBound, t[j].word == w.comma || t[j].word == KnownWords.shared.and else { return false }
        let next = t[j + 1].word == KnownWords.shared.and && j + 2 < r.upperBound ? j + 2 : j + 1
        guard let m = doc.mention(at: next), m.kind == .name, m.entity >= 0 else { return false }
        return ["place", "country"].contains(doc.entities[m.entity].type)
    }

    /// The country of place or country entity `e`: itself for a country, else the lexicons'
    /// (a listed place's home country, a capital's country), else what the article says
    /// (`find`); nil when none tells.
    static func country(_ doc: Document, _ e: Int) -> String? {
        let name = doc.entities[e].name
        if doc.entities[e].type == "country" { return name }
        if let c = Lexicon.shared.homeCountry[name] { return c }
        if let p = Lexicon.shared.phrases[Tokenizer.tokenize(name).map(\.lower).joined(separator: " ")], p.kind == .capital { return p.canonical }
        return doc.placeCountries[name]
    }
}
