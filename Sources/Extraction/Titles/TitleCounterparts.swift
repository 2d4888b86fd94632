import NewsFacts

/// "his Japanese counterpart Nobuo Kishi": the title a counterpart holds [title-counterpart].
extension TitleExtractor {
    /// "his Japanese counterpart Nobuo Kishi": the counterpart holds the same portfolio.
    static func counterparts(_ doc: Document) -> [Found] {
        var out: [Found] = []
        let t = doc.tokens
        let known = KnownWords.shared
        for k in WordSet(ids: [known.counterpart, known.counterparts]).positions(in: t, t.indices) {
            let s = Int(doc.sentenceOf[k])
            let span = doc.sentences[s]
            guard !span.isExcluded, k + 1 < span.tokens.upperBound else { continue }
            var holderAt = k + 1
            if t[holderAt].word == known.comma { holderAt += 1 }
            guard holderAt < span.tokens.upperBound else { continue }
            let holder = personMention(doc, at: holderAt)
            guard holder >= 0 else { continue }
            // Whose counterpart: "his"/"her" or "X's", before the optional adjectives and country.
            var j = k - 1
            var country = -1
            while j >= span.tokens.lowerBound && k - j <= 4 {
                if let m = doc.mention(at: j), m.entity >= 0,
                    m.kind == .demonym || doc.entities[m.entity].type == "country"
                {
                    country = m.entity
                    j = m.tokens.lowerBound - 1
                    continue
                }
                if t[j].kind == .word && !t[j].isCapitalized && t[j].word != known.his && t[j].word != known.her
                    && t[j].word != known.their
                {
                    j -= 1
                    continue
                }
                break
            }
            var owner = -1
            if j >= span.tokens.lowerBound {
                if t[j].word == known.his || t[j].word == known.her, let m = doc.mention(at: j) {
                    owner = m.entity
                } else if t[j].kind == .possessive {
                    owner = personMention(doc, at: j - 1)
                }
            }
            guard owner >= 0, owner != holder else { continue }
            guard let ownerTitle = doc.entities[owner].titles.first(where: { $0.title.portfolio != nil })?.title,
                let portfolio = ownerTitle.portfolio
            else { continue }
            let holderCountry = country >= 0 ? doc.entities[country].name : doc.entities[holder].country
            let canonical = counterpartTitle(portfolio: portfolio, country: holderCountry, ownerTitle: ownerTitle)
            let match = TitleMatch(
                tokens: k..<k + 1, canonical: canonical, portfolio: portfolio, modifier: nil, head: canonical)
            var of = -1
            if let c = holderCountry { of = doc.entityIndex[doc.cachedKey(c)] ?? -1 }
            out.append(
                Found(
                    person: holder, title: match, of: of, sentence: s, tokens: j..<holderAt + 1,
                    rule: "title-counterpart", derived: true))
            doc.entities[holder].addTitle(match, of: holderCountry)
            if doc.entities[holder].country == nil, let c = holderCountry { doc.entities[holder].country = c }
        }
        return out
    }

    /// The title covering `portfolio` in `country`, as that country's news usually writes it.
    static func counterpartTitle(portfolio: String, country: String?, ownerTitle: TitleMatch) -> String {
        let name = portfolio.prefix(1).uppercased() + portfolio.dropFirst()
        if country != "United States" && country != "United Kingdom" && ownerTitle.canonical.hasSuffix("Minister")
            && !ownerTitle.canonical.hasPrefix("Prime")
        {
            return ownerTitle.canonical // same style of government: the same title ("Defence Minister")
        }
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
