import NewsFacts

/// "Rasmussen held talks with Kenyan President Otieno on Friday as part of his visit to Kenya":
/// a visit's possessive pronoun stands for the guest, and no one visits the country they serve.
/// When the person found for "his visit" serves the country the visit goes to (a place there or
/// the country itself), the visitor is the sentence's first person named before the noun who
/// serves another country; with none, the person found stays.
enum GuestVisitors {
    /// The guest to put in place of `found`, or nil.
    static func guest(_ doc: Document, found p: Int, destination d: Int, trigger k: Int) -> Int? {
        guard let home = doc.entities[p].country, countryOf(doc, d) == home else { return nil }
        let mentions = doc.mentions
        for i in doc.mentionRange(sentence: Int(doc.sentenceOf[k])) where mentions[i].tokens.upperBound <= k {
            let e = mentions[i].entity
            guard mentions[i].kind == .name, e != p, EventExtractor.isPerson(doc, e) else { continue }
            if let c = doc.entities[e].country, c != home { return e }
        }
        return nil
    }

    /// The country a destination is or lies in, as far as the article and the lexicons tell.
    static func countryOf(_ doc: Document, _ d: Int) -> String? {
        doc.entities[d].type == "country" ? doc.entities[d].name : PlaceCountries.country(doc, d)
    }
}
