import NewsFacts

/// What qualifies a title (its `of`: the country, organization or place it is held in) and
/// where its holder is, from the words around it.
extension TitleExtractor {
    /// Entity types that qualify a descriptor ("an economist at the Asia Trade Research Institute").
    static let qualifierTypes: Set<String> = ["country", "organization", "place"]

    /// The entity qualifying a title from the words right before it: "Japanese", "U.S.",
    /// "Japan's", "Kyodo News".
    static func qualifierBefore(_ doc: Document, _ start: Int, _ sentenceStart: Int) -> Int {
        var k = start - 1
        guard k >= sentenceStart else { return -1 }
        // "Norway's fisheries and coastal minister": past lower-case words (at most four) to a possessive.
        var j = k
        while j >= sentenceStart && k - j < 4 && doc.tokens[j].kind == .word && !doc.tokens[j].isCapitalized
            && !doc.hasMention(at: j)
        { j -= 1 }
        if j < k, j >= sentenceStart, doc.tokens[j].kind == .possessive { k = j }
        if doc.tokens[k].kind == .possessive { k -= 1 }
        guard k >= sentenceStart, let m = doc.mention(at: k), m.entity >= 0 else { return -1 }
        let type = doc.entities[m.entity].type
        // A place qualifies a local office: "Celje mayor", "Ljubljana deputy mayor".
        let localOffice = type == "place" && start < doc.tokens.count && isLocalOffice(doc.tokens, from: start)
        // A name the text does not type, right before a title ("LibriVox founder X"), is the body
        // the title is held in.
        let untyped = type == "unknown" && m.kind == .name
        // A state or province before a title written as one ("former Pennsylvania Senator X",
        // "Ontario Premier Y"): the gazetteer lists it as a region.
        let stateOffice = type == "place" && m.kind == .name && start < doc.tokens.count
            && doc.tokens[start].isCapitalized && isRegion(doc.entities[m.entity].name)
        // A site a head word names, that no gazetteer lists as a town or a region, is a body with
        // officers ("Museum of Flight CEO X", "Louvre Museum director Y").
        let facility = type == "place" && m.kind == .name && isFacility(doc.entities[m.entity].name)
        guard
            type == "country" || type == "organization" || untyped
                || (type == "place" && (m.kind == .demonym || localOffice || stateOffice || facility))
        else { return -1 }
        if m.kind == .pronoun { return -1 }
        return m.entity
    }

    /// Whether a place's name is a site's that has officers: one of its words is the head of
    /// an institution's site (`title.siteBody`: "Museum", "Hospital", "Airport"; not "Street"
    /// or "Square": "Wall Street analyst") and the gazetteer does not list it.
    static func isFacility(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard Gazetteer.shared.place(lower) == nil else { return false }
        return lower.split(separator: " ").contains { siteBodies.contains(String($0)) }
    }

    /// Head words of sites an institution runs (`title.siteBody`).
    static let siteBodies = Set(Lexicon.shared.words(in: .titleSiteBody))

    /// Whether the gazetteer lists a name as a region (a state, a province).
    static func isRegion(_ name: String) -> Bool { Gazetteer.shared.place(name.lowercased())?.kind == "region" }

    /// A title at `k` whose head is an office of a place ("mayor", "deputy mayor", "governor").
    static func isLocalOffice(_ t: [Token], from k: Int) -> Bool {
        let lex = Lexicon.shared
        var j = k
        if j < t.count, t[j].word >= 0, lex.titlePrefixOf[Int(t[j].word)] != nil { j += 1 }
        return j < t.count && lex.classes(of: t[j]).contains(.placeNoun) && lex.classes(of: t[j]).contains(.titleStart)
    }

    /// "its", "their", "X's" or "the" right before a title (or the title opens the sentence);
    /// after a possessive, past at most two lower-case words ("South Korea's top nuclear envoy").
    static func possessedTitle(_ doc: Document, _ start: Int, _ sentenceStart: Int) -> Bool {
        var k = pastModifier(doc, start - 1, sentenceStart)
        var j = k
        while j > sentenceStart, k - j < 2, doc.tokens[j].kind == .word, !doc.tokens[j].isCapitalized,
            !doc.hasMention(at: j)
        { j -= 1 }
        if j < k, doc.tokens[j].kind == .possessive { k = j }
        while k >= sentenceStart, let m = doc.mention(at: k), m.kind == .demonym { k = m.tokens.lowerBound - 1 }
        guard k >= sentenceStart else { return true }
        let w = doc.tokens[k]
        let known = KnownWords.shared
        return w.kind == .possessive || w.word == known.its || w.word == known.their || w.word == known.the
            || w.word == known.his
            || w.word == known.her || w.kind == .quote
    }

    /// "a Scientology attorney, X," / "Pacific Standard owner, X," / "the Crown prosecutor, X,":
    /// the organization before the title (`of`, found by `qualifierBefore`; a name the text
    /// does not type counts, as there) opens its noun phrase (after "a", "an", "the" or at the
    /// sentence start), so the name after the comma is the title's holder. Not after "as"
    /// ("… won confirmation as the U.S. secretary of state, Motegi said": someone else's).
    static func bodyOpensPhrase(_ doc: Document, _ start: Int, _ sentenceStart: Int, _ of: Int) -> Bool {
        guard of >= 0, doc.entities[of].type == "organization" || doc.entities[of].type == "unknown" else { return false }
        var k = start - 1
        if k >= sentenceStart, doc.tokens[k].kind == .possessive { k -= 1 }
        guard k >= sentenceStart, let m = doc.mention(at: k), m.entity == of, m.kind == .name else { return false }
        let before = m.tokens.lowerBound - 1
        guard before >= sentenceStart else { return true }
        let known = KnownWords.shared
        let w = doc.tokens[before].word
        if before - 1 >= sentenceStart, doc.tokens[before - 1].word == known.as_ { return false }
        return w == known.a || w == known.an || w == known.the
    }

    /// "of Japan", "of the United States", "for the ministry" right after a title; "of Norwegian utility Halvorsen
    /// Energy": past a demonym and a common noun to the organization; "the research director of the
    /// state-run Quarnby Institute": past lower-case words describing it (`describedBody`).
    static func qualifierAfter(_ doc: Document, _ end: Int, _ sentenceEnd: Int) -> Int {
        var k = end
        let known = KnownWords.shared
        guard k + 1 < sentenceEnd, doc.tokens[k].word == known.of || doc.tokens[k].word == known.for_ else { return -1 }
        k += 1
        if doc.tokens[k].word == known.the { k += 1 }
        // "the research director of the state-run Quarnby Institute": past the body's lower-case
        // description to the organization it describes.
        if k < sentenceEnd, !doc.hasMention(at: k), let described = describedBody(doc, k, sentenceEnd) {
            return described.entity
        }
        guard k < sentenceEnd, var m = doc.mention(at: k), m.entity >= 0 else { return -1 }
        // "of Spain's el Diario": the possessed name is the body, not the country.
        // "of the University of Tromsø's school of dentistry": an organization owning an unnamed part.
        if m.tokens.upperBound + 1 < sentenceEnd, doc.tokens[m.tokens.upperBound].kind == .possessive {
            if let owned = doc.mention(at: m.tokens.upperBound + 1), owned.entity >= 0, owned.kind == .name {
                m = owned
            } else if let described = describedBody(doc, m.tokens.upperBound + 1, sentenceEnd) {
                m = described
            } else if doc.entities[m.entity].type != "organization" {
                return -1
            }
        }
        if m.kind == .demonym {
            var j = m.tokens.upperBound
            while j < sentenceEnd && j - m.tokens.upperBound < 3 && doc.tokens[j].kind == .word
                && !doc.tokens[j].isCapitalized
            { j += 1 }
            // "of the Italian Red Cross": the body may follow the adjective at once.
            if j < sentenceEnd, let o = doc.mention(at: j), o.kind == .name, o.entity >= 0,
                doc.entities[o.entity].type == "organization"
            {
                return o.entity
            }
        }
        let type = doc.entities[m.entity].type
        // "musician X of Duran Duran": a name the text does not type is the body too.
        return type == "country" || type == "organization" || type == "place" || (type == "unknown" && m.kind == .name)
            ? m.entity : -1
    }

    /// "of Russia's state nuclear agency Rosatom", "of China's biggest lender ICBC": past at
    /// most `maxBodyDescriptionWords` lower-case words (the owner's description of its body) to
    /// the organization named right after them; nil when no organization closes the words.
    static func describedBody(_ doc: Document, _ k: Int, _ end: Int) -> Mention? {
        let t = doc.tokens
        var j = k
        while j < end && j - k < maxBodyDescriptionWords && t[j].kind == .word && !t[j].isCapitalized && !doc.hasMention(at: j) {
            j += 1
        }
        guard j > k, j < end, let m = doc.mention(at: j), m.kind == .name, m.entity >= 0,
            doc.entities[m.entity].type == "organization"
        else { return nil }
        return m
    }

    /// Most lower-case words describing a body between its owner's possessive and its name.
    static let maxBodyDescriptionWords = 4

    static func personMention(_ doc: Document, at k: Int) -> Int {
        guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "person" else {
            return -1
        }
        return m.entity
    }

    /// The body of an apposition's titles: after "at"/"for"/"with" ("a researcher at X"), past
    /// more titles joined by "and" and a lower-case "of" phrase ("curator and director of
    /// exhibits at X", "chief financial officer and treasurer at X"), or -1.
    static func chainBody(_ doc: Document, _ end: Int, _ sEnd: Int) -> Int {
        let t = doc.tokens
        let known = KnownWords.shared
        var j = end
        var steps = 0
        while j + 1 < sEnd && steps < 3 {
            steps += 1
            if t[j].word == known.and {
                var n = j + 1
                if t[n].word == known.the, n + 1 < sEnd { n += 1 }
                if let m = doc.mention(at: n), m.kind == .title, m.tokens.lowerBound == n {
                    j = m.tokens.upperBound
                    continue
                }
                break
            }
            if t[j].word == known.of {
                var n = j + 1
                while n < sEnd && n - j <= 3 && t[n].kind == .word && !t[n].isCapitalized && t[n].word != known.the
                    && t[n].word != known.at && t[n].word != known.for_
                {
                    n += 1
                }
                if n > j + 1, n < sEnd, t[n].word == known.at || t[n].word == known.for_ { j = n }
                break
            }
            break
        }
        let body = bodyAfterLink(doc, j, sEnd)
        guard body < 0, j + 2 < sEnd, t[j].word == known.at || t[j].lower == "in" else { return body }
        // "editor at large at the Quarnby Herald", "editor in chief of …": a complement of the title
        // (one or two lower-case words) before the link.
        var n = j + 1
        while n < sEnd && n - j <= 2 && t[n].kind == .word && !t[n].isCapitalized && t[n].word != known.the
            && t[n].word != known.at && t[n].word != known.for_ && t[n].word != known.with
        { n += 1 }
        return n > j + 1 ? bodyAfterLink(doc, n, sEnd) : -1
    }

    /// The organization, country or place named after "at", "for" or "with" at `k` ("at the
    /// Tokyo-based X"), or -1.
    static func bodyAfterLink(_ doc: Document, _ k: Int, _ end: Int) -> Int {
        let t = doc.tokens
        let known = KnownWords.shared
        guard k < end, t[k].word == known.at || t[k].word == known.for_ || t[k].word == known.with else { return -1 }
        var j = k + 1
        if j < end, t[j].word == known.the { j += 1 }
        while j < end, t[j].has(.hyphenated), t[j].text.split(separator: "-").last?.first?.isLowercase == true {
            j += 1
        }
        guard j < end, let q = doc.mention(at: j), q.entity >= 0, qualifierTypes.contains(doc.entities[q.entity].type)
        else { return -1 }
        return q.entity
    }

    /// Past "of (the) BODY (and at most two lower-case words)" at `k` ("of the National Iodine
    /// Nutrition study"), or `k` when no named body follows "of".
    static func pastOfBody(_ doc: Document, _ k: Int, _ end: Int) -> Int {
        let t = doc.tokens
        let known = KnownWords.shared
        guard k + 1 < end, t[k].word == known.of else { return k }
        var j = k + 1
        if t[j].word == known.the, j + 1 < end { j += 1 }
        guard let m = doc.mention(at: j), m.kind == .name, m.entity >= 0 else { return k }
        j = m.tokens.upperBound
        var words = 0
        while j < end && words < 2 && t[j].kind == .word && !t[j].isCapitalized && t[j].word != known.and {
            j += 1
            words += 1
        }
        return j
    }

    /// `k` moved back over at most three lower-case words that are no verbs, pronouns or links
    /// when an article and a comma after a person come right before them ("Ezra Hollis, the
    /// first true American poet"); else `k`.
    static func pastAdjectives(_ doc: Document, _ k: Int, _ sStart: Int) -> Int {
        let t = doc.tokens
        let known = KnownWords.shared
        var a = k
        while a >= sStart && k - a < 3 && t[a].kind == .word && !t[a].isCapitalized && !doc.hasMention(at: a)
            && !descriptorStops.contains(t[a].lower) && t[a].word != known.a && t[a].word != known.an
            && t[a].word != known.the && Lexicon.shared.speechLemma[t[a].lower] == nil
        { a -= 1 }
        guard a < k, a - 2 >= sStart, t[a].word == known.the || t[a].word == known.a || t[a].word == known.an,
            t[a - 1].word == known.comma, personMention(doc, at: a - 2) >= 0
        else { return k }
        return a
    }
}
