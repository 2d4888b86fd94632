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
/// comma and followed by the end of the clause (`countryAfterComma`: "Cuenca, Ecuador," but
/// not "Lima, Peru's capital"), and not by more names of a list ("Cuenca, Peru, Chile and
/// Bolivia") nor after a sentence-opening "In X," ("In Cuenca, Peru and Chile agreed"), or after
/// "in" ("Cuenca in Ecuador"; `located-in` reads any place there, this only a country). One pass over the name mentions, made the first time a rule asks
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
            if let c = countryAfterComma(doc, place: m, r) {
                out[doc.entities[m.entity].name] = doc.entities[c.country].name
                continue
            }
            guard k + 1 < r.upperBound, t[k].word == w.in else { continue }
            var j = k + 1
            if t[j].word == w.the { j += 1 }
            guard j < r.upperBound, let c = doc.mention(at: j), c.kind == .name, c.entity >= 0, c.entity != m.entity,
                  doc.entities[c.entity].type == "country" else { continue }
            out[doc.entities[m.entity].name] = doc.entities[c.entity].name
        }
        return out
    }

    /// "Cuenca, Ecuador,", "Leiden, the Netherlands.": the country named after the place
    /// mention `m` and a comma (past "the"), and where its name ends; nil unless the country
    /// ends its phrase (`relation.sentenceEnds`: not "Lima, Peru's capital"), is no item of a
    /// list ("Berlin, Poland, Hungary and Austria") and the comma does not close a sentence's
    /// opening "In X," ("In Geneva, Iran, Russia and Turkey agreed"). The one reading of the
    /// construction: `find` and the relation stage's `located-in-apposition` both use it.
    static func countryAfterComma(_ doc: Document, place m: Mention, _ r: Range<Int>) -> (country: Int, end: Int)? {
        let t = doc.tokens
        let w = RelationExtractor.Words.shared
        let k = m.tokens.upperBound
        guard k + 1 < r.upperBound, t[k].word == w.comma else { return nil }
        var j = k + 1
        if t[j].word == w.the { j += 1 }
        guard j < r.upperBound, let c = doc.mention(at: j), c.kind == .name, c.entity >= 0, c.entity != m.entity,
              doc.entities[c.entity].type == "country" else { return nil }
        let end = c.tokens.upperBound
        if end < r.upperBound, !w.sentenceEnds.contains(t[end]) { return nil }
        if listContinues(doc, after: end, r) { return nil }
        if m.tokens.lowerBound == r.lowerBound + 1, t[r.lowerBound].word == w.in { return nil }
        return (c.entity, end)
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
        if let listed = Lexicon.shared.listedCountry(of: name) { return listed.country }
        return doc.placeCountries[name]
    }
}
