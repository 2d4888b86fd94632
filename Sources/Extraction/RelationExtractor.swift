import NewsFacts

/// Relations between named things:
/// - `located_in`: "PLACE in (the) PLACE|COUNTRY" ("Senkaku Islands in the East China Sea"),
///   "CITY, COUNTRY" and the lexicon's home country of a city or region [located-in].
/// - `claims`: "COUNTRY claims (sovereignty (of|over))? PLACE" [claims].
/// - `member_of`: "X, a member of ORG", "X is a member of ORG", "ORG, which includes A, B and C"
///   (with "the two countries" read as the two countries the article names most) [member-of].
enum RelationExtractor {
    static func extract(_ doc: Document) {
        let t = doc.tokens
        let lex = Lexicon.shared
        func entity(at k: Int, _ types: Set<String>) -> (e: Int, end: Int)? {
            var j = k
            if j < t.count, t[j].lower == "the" { j += 1 }
            guard j < t.count, let m = doc.mention(at: j), m.kind == .name, m.entity >= 0, types.contains(doc.entities[m.entity].type) else { return nil }
            return (m.entity, m.tokens.upperBound)
        }
        func roleOrName(at k: Int, _ types: Set<String>) -> Int? {
            var j = k
            if j < t.count, t[j].lower == "the" , let m = doc.mention(at: j), m.kind == .role { return m.entity >= 0 && types.contains(doc.entities[m.entity].type) ? m.entity : nil }
            if j < t.count, t[j].lower == "the" { j += 1 }
            if let m = doc.mention(at: j), m.entity >= 0, types.contains(doc.entities[m.entity].type) { return m.entity }
            // "the uninhabited islands": a role noun after an adjective.
            if j + 1 < t.count, let m = doc.mention(at: j + 1), m.kind == .role, m.entity >= 0, types.contains(doc.entities[m.entity].type) { return m.entity }
            return nil
        }
        var countryCounts: [Int: Int] = [:]
        for m in doc.mentions where m.entity >= 0 && doc.entities[m.entity].type == "country" { countryCounts[m.entity, default: 0] += 1 }
        let topTwo = countryCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2).map(\.key)

        for (s, span) in doc.sentences.enumerated() where !span.isExcluded {
            let r = span.tokens
            for m in doc.mentions where m.sentence == s && m.kind == .name && m.entity >= 0 {
                let e = m.entity
                let end = m.tokens.upperBound
                let type = doc.entities[e].type
                // PLACE in PLACE
                if type == "place", end + 1 < r.upperBound, t[end].lower == "in", let o = entity(at: end + 1, ["place", "country"]), o.e != e {
                    doc.addFact(.entity(doc.entities[e].name), "located_in", .entity(doc.entities[o.e].name), sentence: s, tokens: m.tokens.lowerBound..<o.end, rule: "located-in")
                }
                // CITY, COUNTRY
                if type == "place", end + 1 < r.upperBound, t[end].lower == ",", let o = entity(at: end + 1, ["country"]), o.e != e,
                   o.end >= r.upperBound || [",", ".", ";"].contains(t[o.end].lower) {
                    doc.addFact(.entity(doc.entities[e].name), "located_in", .entity(doc.entities[o.e].name), sentence: s, tokens: m.tokens.lowerBound..<o.end, rule: "located-in-apposition")
                }
                // COUNTRY claims X
                if ["country", "organization"].contains(type), end < r.upperBound, ["claims", "claimed", "claim"].contains(t[end].lower) {
                    var k = end + 1
                    if k + 1 < r.upperBound, ["sovereignty", "ownership", "control"].contains(t[k].lower), ["of", "over", "to"].contains(t[k + 1].lower) { k += 2 }
                    if let o = roleOrName(at: k, ["place", "country"]), o != e {
                        doc.addFact(.entity(doc.entities[e].name), "claims", .entity(doc.entities[o].name), sentence: s, tokens: m.tokens.lowerBound..<min(k + 3, r.upperBound), rule: "claims")
                    }
                }
                // X, a member of ORG / X is a member of ORG
                var k = end
                if k < r.upperBound, [",", "is", "are", "was"].contains(t[k].lower) { k += 1 }
                if k < r.upperBound, ["a", "an", "the"].contains(t[k].lower) { k += 1 }
                if k + 1 < r.upperBound, ["member", "members"].contains(t[k].lower), t[k + 1].lower == "of", let o = entity(at: k + 2, ["organization"]) {
                    doc.addFact(.entity(doc.entities[e].name), "member_of", .entity(doc.entities[o.e].name), sentence: s, tokens: m.tokens.lowerBound..<o.end, rule: "member-of")
                }
                // ORG (…) which includes A, B and C
                if type == "organization" {
                    var j = end
                    while j < r.upperBound && j < end + 4 && t[j].lower != "which" && t[j].lower != "that" { j += 1 }
                    if j + 1 < r.upperBound, ["which", "that"].contains(t[j].lower), ["includes", "include", "comprises", "groups"].contains(t[j + 1].lower) {
                        var k2 = j + 2
                        var members: [Int] = []
                        if k2 + 2 < r.upperBound, t[k2].lower == "the", t[k2 + 1].lower == "two", ["countries", "nations"].contains(t[k2 + 2].lower) {
                            members = topTwo
                        } else {
                            while k2 < r.upperBound {
                                if let o = entity(at: k2, ["country", "organization"]) { members.append(o.e); k2 = o.end; continue }
                                if [",", "and"].contains(t[k2].lower) { k2 += 1; continue }
                                break
                            }
                        }
                        for a in members where a != e {
                            doc.addFact(.entity(doc.entities[a].name), "member_of", .entity(doc.entities[e].name), sentence: s, tokens: m.tokens.lowerBound..<min(j + 4, r.upperBound), rule: "member-of-includes")
                        }
                    }
                }
            }
        }
        // Lexicon knowledge: a named city or region lies in its country.
        for ent in doc.entities where ent.type == "place" {
            if let c = lex.homeCountry[ent.name] {
                doc.addFact(.entity(ent.name), "located_in", .entity(c), sentence: ent.sentence, tokens: nil, rule: "located-in-lexicon")
            } else if let country = lex.phrases[Tokenizer.tokenize(ent.name).map(\.lower).joined(separator: " ")], country.kind == .capital {
                doc.addFact(.entity(ent.name), "located_in", .entity(country.canonical), sentence: ent.sentence, tokens: nil, rule: "located-in-capital")
            }
        }
    }
}
