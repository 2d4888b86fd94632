import NewsFacts

/// Relations between named things:
/// - `located_in`: "PLACE in (the) PLACE|COUNTRY" ("Senkaku Islands in the East China Sea"),
///   "CITY, (the) COUNTRY" ending its phrase, no list's item (`PlaceCountries.countryAfterComma`)
///   and the lexicon's home country of a city or region or a capital's country
///   (`Lexicon.listedCountry`) [located-in].
/// - `claims`: "COUNTRY claims (sovereignty (of|over))? PLACE" [claims].
/// - `member_of`: "X, a member of ORG", "X is a member of ORG", "ORG, which includes A, B and C"
///   (with "the two countries" read as the two countries the article names most) [member-of].
enum RelationExtractor {
    /// The words the rules below test tokens against, by id (see `WordSet`), looked up once.
    final class Words: Sendable {
        static let shared = Words()
        let the, `in`, comma, of, two, which, that: Int32
        let sentenceEnds = WordSet(.relationSentenceEnds)
        let claimVerbs = WordSet(.relationClaimVerbs)
        let claimNouns = WordSet(.relationClaimNouns)
        let claimPrepositions = WordSet(.relationClaimPrepositions)
        /// Between a name and "a member of": ", a", "is a", "are the".
        let beforeArticle = WordSet(.relationBeforeArticle)
        let articles = WordSet(.relationArticles)
        let member = WordSet(.relationMember)
        let includeVerbs = WordSet(.relationIncludeVerbs)
        let countriesNoun = WordSet(.relationCountriesNoun)
        let listSeparators = WordSet(.relationListSeparators)

        private init() {
            let id: (KnownWord) -> Int32 = Lexicon.shared.id
            (the, `in`, comma, of, two, which, that) = (id(.the), id(.in), id(.comma), id(.of), id(.two), id(.which), id(.that))
        }
    }

    static func extract(_ doc: Document) {
        let w = Words.shared
        let t = doc.tokens
        let lex = Lexicon.shared
        let mentions = doc.mentions
        func entity(at k: Int, _ types: [String]) -> (e: Int, end: Int)? {
            var j = k
            if j < t.count, t[j].word == w.the { j += 1 }
            guard j < t.count, let m = doc.mention(at: j), m.kind == .name, m.entity >= 0, types.contains(doc.entities[m.entity].type) else { return nil }
            return (m.entity, m.tokens.upperBound)
        }
        func roleOrName(at k: Int, _ types: [String]) -> Int? {
            var j = k
            if j < t.count, t[j].word == w.the, let m = doc.mention(at: j), m.kind == .role { return m.entity >= 0 && types.contains(doc.entities[m.entity].type) ? m.entity : nil }
            if j < t.count, t[j].word == w.the { j += 1 }
            if let m = doc.mention(at: j), m.entity >= 0, types.contains(doc.entities[m.entity].type) { return m.entity }
            // "the uninhabited islands": a role noun after an adjective.
            if j + 1 < t.count, let m = doc.mention(at: j + 1), m.kind == .role, m.entity >= 0, types.contains(doc.entities[m.entity].type) { return m.entity }
            return nil
        }
        var countryCounts: [Int: Int] = [:]
        for m in mentions.indices where mentions[m].entity >= 0 && doc.entities[mentions[m].entity].type == "country" { countryCounts[mentions[m].entity, default: 0] += 1 }
        let topTwo = countryCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2).map(\.key)

        // Name mentions sentence by sentence, each sentence's in their order.
        let names = mentions.indices.filter { mentions[$0].kind == .name && mentions[$0].entity >= 0 }
            .sorted { mentions[$0].sentence != mentions[$1].sentence ? mentions[$0].sentence < mentions[$1].sentence : $0 < $1 }
        for m in names {
            if doc.cancellation.poll() { return }
            let s = mentions[m].sentence
            guard s >= 0 && s < doc.sentences.count, !doc.sentences[s].isExcluded else { continue }
            let r = doc.sentences[s].tokens
            let e = mentions[m].entity
            let mentionTokens = mentions[m].tokens
            let end = mentionTokens.upperBound
            let type = doc.entities[e].type
            // PLACE in PLACE
            if type == "place", end + 1 < r.upperBound, t[end].word == w.in, let o = entity(at: end + 1, ["place", "country"]), o.e != e {
                doc.addFact(.entity(doc.entities[e].name), "located_in", .entity(doc.entities[o.e].name), sentence: s, tokens: mentionTokens.lowerBound..<o.end, rule: "located-in")
            }
            // CITY, COUNTRY
            // (read as `PlaceCountries` reads it: no item of a list, no opening "In X,")
            if type == "place", let o = PlaceCountries.countryAfterComma(doc, place: mentions[m], r) {
                doc.addFact(.entity(doc.entities[e].name), "located_in", .entity(doc.entities[o.country].name), sentence: s, tokens: mentionTokens.lowerBound..<o.end, rule: "located-in-apposition")
            }
            // COUNTRY claims X
            if type == "country" || type == "organization", end < r.upperBound, w.claimVerbs.contains(t[end]) {
                var k = end + 1
                if k + 1 < r.upperBound, w.claimNouns.contains(t[k]), w.claimPrepositions.contains(t[k + 1]) { k += 2 }
                if let o = roleOrName(at: k, ["place", "country"]), o != e {
                    doc.addFact(.entity(doc.entities[e].name), "claims", .entity(doc.entities[o].name), sentence: s, tokens: mentionTokens.lowerBound..<min(k + 3, r.upperBound), rule: "claims")
                }
            }
            // X, a member of ORG / X is a member of ORG
            var k = end
            if k < r.upperBound, w.beforeArticle.contains(t[k]) { k += 1 }
            if k < r.upperBound, w.articles.contains(t[k]) { k += 1 }
            if k + 1 < r.upperBound, w.member.contains(t[k]), t[k + 1].word == w.of, let o = entity(at: k + 2, ["organization"]) {
                doc.addFact(.entity(doc.entities[e].name), "member_of", .entity(doc.entities[o.e].name), sentence: s, tokens: mentionTokens.lowerBound..<o.end, rule: "member-of")
            }
            // ORG (…) which includes A, B and C
            if type == "organization" {
                var j = end
                while j < r.upperBound && j < end + 4 && t[j].word != w.which && t[j].word != w.that { j += 1 }
                if j + 1 < r.upperBound, t[j].word == w.which || t[j].word == w.that, w.includeVerbs.contains(t[j + 1]) {
                    var k2 = j + 2
                    var members: [Int] = []
                    if k2 + 2 < r.upperBound, t[k2].word == w.the, t[k2 + 1].word == w.two, w.countriesNoun.contains(t[k2 + 2]) {
                        members = topTwo
                    } else {
                        while k2 < r.upperBound {
                            if let o = entity(at: k2, ["country", "organization"]) { members.append(o.e); k2 = o.end; continue }
                            if w.listSeparators.contains(t[k2]) { k2 += 1; continue }
                            break
                        }
                    }
                    for a in members where a != e {
                        doc.addFact(.entity(doc.entities[a].name), "member_of", .entity(doc.entities[e].name), sentence: s, tokens: mentionTokens.lowerBound..<min(j + 4, r.upperBound), rule: "member-of-includes")
                    }
                }
            }
        }
        // Lexicon knowledge: a named city or region lies in its country.
        for e in doc.entities.indices where doc.entities[e].type == "place" {
            let name = doc.entities[e].name, sentence = doc.entities[e].sentence
            if let listed = lex.listedCountry(of: name) {
                doc.addFact(.entity(name), "located_in", .entity(listed.country), sentence: sentence, tokens: nil, rule: listed.rule)
            }
        }
    }
}
