/// A person or place written together with what it belongs to, as one run of names: "Claudia
/// Mo of the Civic Party", "Hilary of Poitiers", "Marstal on Ærø". The run as written is a name
/// the text uses for the person or place, so it becomes an alias of it; the body or place after
/// "of" stays an entity of its own, and the person keeps the name the finder gave it. A body
/// located by a country or place after its name ("Colorado State University of the US") is
/// known by that run too.
///
/// The run is the person's (or place's) mention, "of" (a place also "on"), an optional "the" and
/// a name mention starting right there, all in one sentence. A title's "of" ("Minister of
/// Education") is no such run: the mention before it must be a person's or a place's name.
enum AffiliatedNames {
    private static let on = Lexicon.shared.id(.on)

    static func find(_ doc: Document) {
        let t = doc.tokens
        let known = KnownWords.shared
        for m in doc.mentions.indices {
            let mention = doc.mentions[m]
            guard mention.kind == .name, mention.entity >= 0 else { continue }
            let type = doc.entities[mention.entity].type
            guard type == "person" || type == "place" || type == "organization" else { continue }
            let range = doc.sentences[mention.sentence].tokens
            var k = mention.tokens.upperBound
            guard k + 1 < range.upperBound, t[k].word == known.of || type == "place" && t[k].word == on else { continue }
            k += 1
            if t[k].word == known.the && k + 1 < range.upperBound { k += 1 }
            // The name after "of" must start there: "Smith of the party's youth wing" has none.
            let n = doc.mentionIndex(at: k)
            guard n >= 0, n != m, doc.mentions[n].kind == .name, doc.mentions[n].tokens.lowerBound == k,
                  doc.mentions[n].tokens.upperBound <= range.upperBound else { continue }
            // A body is located, not affiliated: "University of Sheffield of the UK", never "X of Y Party".
            if type == "organization" {
                let tail = doc.mentions[n].entity >= 0 ? doc.entities[doc.mentions[n].entity].type : doc.mentions[n].type
                guard tail == "country" || tail == "place" else { continue }
            }
            let alias = MentionFinder.surface(t, mention.tokens.lowerBound..<doc.mentions[n].tokens.upperBound)
            doc.entities[mention.entity].addAlias(alias)
        }
    }
}
