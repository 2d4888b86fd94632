import NewsFacts

/// Title facts: `PERSON title "Foreign Minister" [of: Japan]`.
///
/// Patterns (rule names in brackets):
/// - [title-before-name] `(COUNTRY | DEMONYM | COUNTRY's | ORG)? TITLE PERSON`:
///   "Japanese Foreign Minister Toshimitsu Motegi", "U.S. Secretary of State Antony Blinken".
/// - [title-apposition] `PERSON, (the)? (COUNTRY's | DEMONYM)? TITLE (of X)?`:
///   "Toshimitsu Motegi, Japan's foreign minister", "X, the prime minister of Y".
/// - [title-as] `PERSON … as (the)? COUNTRY? TITLE`: "Blinken won confirmation as the U.S. secretary of state".
/// - [title-counterpart] (derived) "Austin … his Japanese counterpart Nobuo Kishi": Kishi holds
///   the title that covers the same portfolio in Japan ("Defense Minister").
/// A title without a country takes one from the same person's other titles, from "the Biden
/// administration" matching "the U.S. administration", or from the titled people named with
/// it [title-country-context].
enum TitleExtractor {
    struct Found {
        var person: Int
        var title: TitleMatch
        var of: Int
        var sentence: Int
        var tokens: Range<Int>
        var rule: String
        var derived = false
    }

    /// The entity qualifying a title from the words right before it: "Japanese", "U.S.",
    /// "Japan's", "Kyodo News".
    static func qualifierBefore(_ doc: Document, _ start: Int, _ sentenceStart: Int) -> Int {
        var k = start - 1
        guard k >= sentenceStart else { return -1 }
        if doc.tokens[k].kind == .possessive { k -= 1 }
        guard k >= sentenceStart, let m = doc.mention(at: k), m.entity >= 0 else { return -1 }
        let type = doc.entities[m.entity].type
        guard type == "country" || type == "organization" || (type == "place" && m.kind == .demonym) else { return -1 }
        return m.entity
    }

    /// "of Japan", "of the United States" right after a title.
    static func qualifierAfter(_ doc: Document, _ end: Int, _ sentenceEnd: Int) -> Int {
        var k = end
        guard k + 1 < sentenceEnd, doc.tokens[k].lower == "of" else { return -1 }
        k += 1
        if doc.tokens[k].lower == "the" { k += 1 }
        guard k < sentenceEnd, let m = doc.mention(at: k), m.entity >= 0 else { return -1 }
        let type = doc.entities[m.entity].type
        return type == "country" || type == "organization" ? m.entity : -1
    }

    static func personMention(_ doc: Document, at k: Int) -> Int {
        guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "person" else { return -1 }
        return m.entity
    }

    /// Finds titles written next to their holders; records them on the entities.
    static func extractDirect(_ doc: Document) -> [Found] {
        var found: [Found] = []
        let t = doc.tokens
        for (mi, m) in doc.mentions.enumerated() where m.kind == .title {
            guard let title = m.title else { continue }
            let span = doc.sentences[m.sentence]
            if span.isExcluded { continue }
            let sStart = span.tokens.lowerBound, sEnd = span.tokens.upperBound
            var of = qualifierBefore(doc, title.tokens.lowerBound, sStart)
            if of < 0 { of = qualifierAfter(doc, title.tokens.upperBound, sEnd) }
            var holderEnd = title.tokens.upperBound
            if of >= 0, holderEnd < sEnd, t[holderEnd].lower == "of" {
                // Skip "of Japan" to reach the holder: "President of Russia Vladimir Putin".
                var k = holderEnd + 1
                if k < sEnd && t[k].lower == "the" { k += 1 }
                if let q = doc.mention(at: k) { holderEnd = q.tokens.upperBound }
            }
            // 1. Title before the name.
            if holderEnd < sEnd, personMention(doc, at: holderEnd) >= 0, m.title?.head != "Leader" || t[title.tokens.lowerBound].isCapitalized {
                let p = personMention(doc, at: holderEnd)
                found.append(Found(person: p, title: title, of: of, sentence: m.sentence, tokens: title.tokens.lowerBound..<holderEnd + 1, rule: "title-before-name"))
                continue
            }
            // 2. Apposition: PERSON , (the|a)? (X's|DEMONYM|COUNTRY)? TITLE
            var k = title.tokens.lowerBound - 1
            if k >= sStart, t[k].kind == .possessive { k -= 1 }
            if k >= sStart, let q = doc.mention(at: k), q.entity >= 0, q.entity == of { k = q.tokens.lowerBound - 1 }
            if k >= sStart, ["the", "a", "an"].contains(t[k].lower) { k -= 1 }
            if k >= sStart, t[k].lower == "," , k - 1 >= sStart {
                let p = personMention(doc, at: k - 1)
                if p >= 0 {
                    found.append(Found(person: p, title: title, of: of, sentence: m.sentence, tokens: k - 1..<title.tokens.upperBound, rule: "title-apposition"))
                    continue
                }
            }
            // 3. "as (the)? TITLE": the holder is the nearest person before, in the sentence.
            if k >= sStart, t[k].lower == "as" || (k + 1 < sEnd && t[k + 1].lower == "as" && t[k].lower == ",") {
                var j = k - 1
                while j >= sStart {
                    let p = personMention(doc, at: j)
                    if p >= 0 {
                        found.append(Found(person: p, title: title, of: of, sentence: m.sentence, tokens: j..<title.tokens.upperBound, rule: "title-as"))
                        break
                    }
                    j -= 1
                }
            }
            _ = mi
        }
        for f in found {
            doc.entities[f.person].titles.append((f.title, f.of >= 0 ? doc.entities[f.of].name : nil))
            if f.of >= 0, doc.entities[f.of].type == "country" || doc.entities[f.of].type == "place", doc.entities[f.person].country == nil {
                doc.entities[f.person].country = doc.entities[f.of].name
            }
        }
        return found
    }

    /// Counterparts, missing countries, and the facts.
    static func finish(_ doc: Document, _ direct: [Found]) {
        var all = direct
        all += counterparts(doc)
        // Country of a person from titles elsewhere; "X administration" ↔ "COUNTRY administration".
        var administrationCountry: [Int: Int] = [:]
        var countryAdministrations: [Int] = []
        let t = doc.tokens
        for m in doc.mentions where m.kind == .name && m.entity >= 0 {
            let e = m.entity
            var k = m.tokens.upperBound
            if k < t.count, t[k].kind == .possessive { k += 1 }
            guard k < t.count, ["administration", "government"].contains(t[k].lower) else { continue }
            if doc.entities[e].type == "person" { administrationCountry[e] = -1 }
            else if doc.entities[e].type == "country" && !countryAdministrations.contains(e) { countryAdministrations.append(e) }
        }
        for i in all.indices where all[i].of < 0 {
            let p = all[i].person
            var rule = all[i].rule
            if let c = doc.entities[p].country, let e = doc.entityIndex[Document.key(c)] {
                all[i].of = e
            } else if administrationCountry[p] != nil, countryAdministrations.count == 1 {
                all[i].of = countryAdministrations[0]
                rule = "title-country-administration"
            } else {
                // Titled people named in the same sentence, all of one country.
                var countries = Set<String>()
                for f in all where f.sentence == all[i].sentence && f.person != p {
                    if let c = doc.entities[f.person].country { countries.insert(c) }
                }
                if countries.count == 1, let c = countries.first, let e = doc.entityIndex[Document.key(c)] {
                    all[i].of = e
                    rule = "title-country-context"
                }
            }
            all[i].rule = rule
        }
        for f in all {
            var q: [Qualifier] = []
            if f.of >= 0 { q.append(Qualifier("of", .entity(doc.entities[f.of].name))) }
            if let mod = f.title.modifier, mod == "former" || mod == "late" { q.append(Qualifier("former", .text("true"))) }
            if f.derived { q.append(Qualifier("derived", .text("true"))) }
            doc.addFact(.entity(doc.entities[f.person].name), "title", .text(f.title.canonical), q,
                        sentence: f.sentence, tokens: f.tokens, rule: f.rule)
        }
    }

    /// "his Japanese counterpart Nobuo Kishi": the counterpart holds the same portfolio.
    static func counterparts(_ doc: Document) -> [Found] {
        var out: [Found] = []
        let t = doc.tokens
        for (k, tok) in t.enumerated() where tok.lower == "counterpart" || tok.lower == "counterparts" {
            let s = Int(doc.sentenceOf[k])
            let span = doc.sentences[s]
            guard !span.isExcluded, k + 1 < span.tokens.upperBound else { continue }
            var holderAt = k + 1
            if t[holderAt].lower == "," { holderAt += 1 }
            guard holderAt < span.tokens.upperBound else { continue }
            let holder = personMention(doc, at: holderAt)
            guard holder >= 0 else { continue }
            // Whose counterpart: "his"/"her" or "X's", before the optional adjectives and country.
            var j = k - 1
            var country = -1
            while j >= span.tokens.lowerBound && k - j <= 4 {
                if let m = doc.mention(at: j), m.entity >= 0, m.kind == .demonym || doc.entities[m.entity].type == "country" { country = m.entity; j = m.tokens.lowerBound - 1; continue }
                if t[j].kind == .word && !t[j].isCapitalized && !["his", "her", "their"].contains(t[j].lower) { j -= 1; continue }
                break
            }
            var owner = -1
            if j >= span.tokens.lowerBound {
                if ["his", "her"].contains(t[j].lower), let m = doc.mention(at: j) { owner = m.entity }
                else if t[j].kind == .possessive { owner = personMention(doc, at: j - 1) }
            }
            guard owner >= 0, owner != holder else { continue }
            guard let ownerTitle = doc.entities[owner].titles.first(where: { $0.title.portfolio != nil })?.title,
                  let portfolio = ownerTitle.portfolio else { continue }
            let holderCountry = country >= 0 ? doc.entities[country].name : doc.entities[holder].country
            let canonical = counterpartTitle(portfolio: portfolio, country: holderCountry, ownerTitle: ownerTitle)
            let match = TitleMatch(tokens: k..<k + 1, canonical: canonical, portfolio: portfolio, modifier: nil, head: canonical)
            var of = -1
            if let c = holderCountry { of = doc.entityIndex[Document.key(c)] ?? -1 }
            out.append(Found(person: holder, title: match, of: of, sentence: s, tokens: j..<holderAt + 1, rule: "title-counterpart", derived: true))
            doc.entities[holder].titles.append((match, holderCountry))
            if doc.entities[holder].country == nil, let c = holderCountry { doc.entities[holder].country = c }
        }
        return out
    }

    /// The title covering `portfolio` in `country`, as that country's news usually writes it.
    static func counterpartTitle(portfolio: String, country: String?, ownerTitle: TitleMatch) -> String {
        let name = portfolio.prefix(1).uppercased() + portfolio.dropFirst()
        switch country {
        case "United States":
            switch portfolio {
            case "foreign": return "Secretary of State"
            case "finance": return "Treasury Secretary"
            case "interior": return "Homeland Security Secretary"
            case "state", "government": return "President"
            default: return "\(name) Secretary"
            }
        case "United Kingdom":
            switch portfolio {
            case "foreign": return "Foreign Secretary"
            case "defense": return "Defence Secretary"
            case "finance": return "Chancellor of the Exchequer"
            case "interior": return "Home Secretary"
            case "government": return "Prime Minister"
            default: return "\(name) Secretary"
            }
        default:
            switch portfolio {
            case "government": return "Prime Minister"
            case "state": return "President"
            default: return "\(name) Minister"
            }
        }
    }
}
