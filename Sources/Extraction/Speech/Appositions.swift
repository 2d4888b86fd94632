import NewsFacts

/// Speakers that do not stand right before their verb: past an apposition, a relative clause,
/// an affiliation, or in a list.
extension SpeechExtractor {
    /// "Otávio Brandão, Brazil's chief negotiator, said": the name before an apposition, and the
    /// token where its speaker starts.
    static func appositionSpeaker(_ doc: Document, verb: Int, limit: Int) -> (Int, Int)? {
        let w = Words.shared
        let t = doc.tokens
        let j = tokenBefore(doc, verb: verb, limit: limit, time: false)
        guard j > limit, t[j].word == w.comma else { return nil }
        // "Its chairman, Kazuo Tanemura, said": the name is the apposition to a title.
        // "The secretary general of KLF (Nordic Teachers Conference), X, said": the title may
        // name its body, which is then not the speaker.
        if let p = doc.mention(at: j - 1), p.kind == .name, p.entity >= 0, p.tokens.upperBound == j,
            doc.entities[p.entity].type == "person", p.tokens.lowerBound - 1 > limit,
            t[p.tokens.lowerBound - 1].word == w.comma,
            endsInTitle(doc, before: p.tokens.lowerBound - 1, limit: limit)
        {
            return (p.entity, p.tokens.lowerBound)
        }
        // "Weber's predecessor, Hans Roth, said": the name after a noun phrase opening the sentence.
        if let e = AppositionSubjects.person(doc, closingComma: j, sentenceStart: limit), let p = doc.mention(at: j - 1) {
            return (e, p.tokens.lowerBound)
        }
        // "X, curator at the University of Arkansas, Fayetteville, said": the person before the
        // apposition, across up to three commas; else a body right before the first one.
        var k = j - 1
        var commas = 0
        var body: (Int, Int)?
        while k > limit && j - k < SpeechWindows.appositionSpan && !isSpeechVerb(t, k) && t[k].kind != .quote {
            if t[k].word == w.comma {
                if let m = doc.mention(at: k - 1), m.kind == .name, m.entity >= 0, m.tokens.upperBound == k {
                    let type = doc.entities[m.entity].type
                    if type == "person" { return (m.entity, m.tokens.lowerBound) }
                    if commas == 0, j - k < SpeechWindows.appositionBodySpan,
                        type == "organization" || type == "country"
                    {
                        body = (m.entity, m.tokens.lowerBound)
                    }
                }
                commas += 1
                if commas == SpeechWindows.appositionCommas { break }
            }
            k -= 1
        }
        if body == nil, let p = affiliatedOpening(doc, limit: limit, comma: j) { return (p, limit) }
        return body
    }

    /// Whether the words before the comma at `comma` end in a title, or in a title and the body
    /// it is held in or to: "Its chairman", "The co-founder of Google", "The spokesman for the
    /// Italian Red Cross", "The secretary general of KLF (Nordic Teachers Conference)",
    /// "Taiwan's top envoy to Japan".
    static func endsInTitle(_ doc: Document, before comma: Int, limit: Int) -> Bool {
        let t = doc.tokens
        let known = KnownWords.shared
        var k = skipBracket(t, comma - 1, limit)
        guard k > limit, let m = doc.mention(at: k), m.tokens.upperBound == k + 1 else { return false }
        if m.kind == .title { return true }
        guard m.kind == .name, m.entity >= 0, doc.entities[m.entity].type != "person" else { return false }
        k = m.tokens.lowerBound - 1
        // "of the Italian Red Cross": a people's adjective before the body.
        if k > limit, let d = doc.mention(at: k), d.kind == .demonym, d.tokens.upperBound == k + 1 {
            k = d.tokens.lowerBound - 1
        }
        if k > limit, t[k].word == known.the { k -= 1 }
        // "Taiwan's top envoy to Japan": the country a title is held to.
        guard k > limit, [known.of, known.for_, known.at, known.to].contains(t[k].word) else { return false }
        guard let title = doc.mention(at: k - 1), title.kind == .title, title.tokens.upperBound == k else { return false }
        return true
    }

    /// "Marta Quillon for Food Standards Norway, says …": the person opening
    /// the clause at `limit`, then an affiliation ("for", "of", "at", "from" and a capitalised
    /// name) that runs to the one comma before the verb.
    static func affiliatedOpening(_ doc: Document, limit: Int, comma: Int) -> Int? {
        let t = doc.tokens
        let known = KnownWords.shared
        guard limit < comma, let m = doc.mention(at: limit), m.kind == .name, m.entity >= 0,
            doc.entities[m.entity].type == "person", m.tokens.lowerBound == limit
        else { return nil }
        let link = m.tokens.upperBound
        guard link + 1 < comma, [known.for_, known.of, known.at, known.from].contains(t[link].word),
            t[link + 1].isCapitalized || t[link + 1].word == known.the
        else { return nil }
        // The affiliation is one name: no comma, quote or lower-case word but "the", "of", "and".
        for k in (link + 1)..<comma {
            if t[k].kind == .quote || t[k].word == Words.shared.comma { return nil }
            if t[k].kind == .word, !t[k].isCapitalized, ![known.the, known.of, known.and].contains(t[k].word) {
                return nil
            }
        }
        return m.entity
    }

    /// "The Offshore Workers' Union (OWU), which represents …, said", "Duarte, who launched …
    /// in Tokyo in September, said": the name before a relative clause that ends at the verb.
    static func relativeSpeaker(_ doc: Document, verb: Int, limit: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        let j = tokenBefore(doc, verb: verb, limit: limit, time: true)
        guard j > limit, t[j].word == w.comma else { return nil }
        var k = j - 1
        while k > limit + 1 && j - k < SpeechWindows.relativeClauseSpan {
            if t[k].kind == .quote || t[k].word == w.semicolon || t[k].word == w.colon { return nil }
            if (t[k].word == w.who || t[k].word == w.which) && t[k - 1].word == w.comma {
                let e = skipBracket(t, k - 2, limit)
                guard e >= limit, let m = doc.mention(at: e), m.kind == .name, m.entity >= 0,
                    m.tokens.upperBound == e + 1, isSpeakerType(doc, m.entity)
                else { return nil }
                return m.entity
            }
            k -= 1
        }
        return nil
    }

    /// "Halvorsen and Brightwater said", "Peru, Chile and Ecuador said", "Both the district and
    /// the police have asserted": the names joined with the speaker (`last`, starting at `first`)
    /// that open the clause, or none. An article may open each name, and "both", "either" or
    /// "neither" the list.
    static func coordinatedSpeakers(_ doc: Document, first: Int, limit: Int, last: Int) -> [Int] {
        let w = Words.shared
        let t = doc.tokens
        guard doc.entities[last].type != "place" else { return [] }
        let person = doc.entities[last].type == "person"
        func skipArticle(_ k: Int) -> Int { k >= limit && w.articles.contains(t[k]) ? k - 1 : k }
        var k = skipArticle(skipTitles(doc, first - 1, limit))
        guard k > limit, t[k].word == w.and else { return [] }
        var out = [last]
        k -= 1
        while k >= limit {
            guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, m.tokens.upperBound == k + 1,
                isSpeakerType(doc, m.entity), (doc.entities[m.entity].type == "person") == person,
                !out.contains(m.entity)
            else { return [] }
            out.insert(m.entity, at: 0)
            k = skipArticle(skipTitles(doc, m.tokens.lowerBound - 1, limit))
            if k > limit, t[k].word == w.comma, doc.mention(at: k - 1)?.kind == .name {
                k -= 1
                continue
            }
            break
        }
        if k >= limit, w.listOpeners.contains(t[k]) { k -= 1 }
        // The list opens its clause: "…, while Japan and Korea said", not "officials of X and Y said".
        if k >= limit, !w.clauseOpeners.contains(t[k]), !w.classes(of: t[k]).contains(.subordinator),
            t[k].kind != .quote
        {
            return []
        }
        return out.count >= 2 ? out : []
    }

    /// "Two candidates, former minister X and lawmaker Y, have announced": the people of an
    /// apposition of two or more names, after a noun phrase that is not a name.
    static func appositionGroup(_ doc: Document, verb: Int, limit: Int) -> [Int] {
        let w = Words.shared
        let t = doc.tokens
        let j = tokenBefore(doc, verb: verb, limit: limit, time: false)
        guard j > limit, t[j].word == w.comma else { return [] }
        var people: [Int] = []
        var joined = false
        var k = j - 1
        while k > limit && j - k < SpeechWindows.appositionListSpan && t[k].word != w.comma {
            if t[k].kind == .quote || t[k].word == w.semicolon || isSpeechVerb(t, k) { return [] }
            if let m = doc.mention(at: k) {
                if m.kind == .name, isPerson(doc, m.entity), !people.contains(m.entity) {
                    people.insert(m.entity, at: 0)
                }
                k = m.tokens.lowerBound - 1
                continue
            }
            if t[k].word == w.and { joined = true }
            k -= 1
        }
        guard k > limit, t[k].word == w.comma, joined, people.count >= 2,
            doc.mention(at: k - 1)?.kind != .name
        else { return [] }
        return people
    }

    /// The subject a sentence opens with, after its titles: "Halvorsen Chairman Per Arne
    /// Vindheim thanked …" → Vindheim; nil when the sentence opens otherwise. An opening adjunct
    /// set off by a comma is passed over ("On the trade dispute, Vindheim conveyed …",
    /// "However, Norway rejected …": `openingAdjunctEnd`), and so is an honorific ("Ms. Marrow
    /// thanked …"). A subject described by "the", a people's adjective and a title ("The
    /// Icelandic Prime Minister thanked …") is the one person so named before (`DescribedTitleSpeakers`).
    static func clauseSubject(_ doc: Document, _ r: Range<Int>, before end: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        var k = openingAdjunctEnd(doc, r, before: end) ?? r.lowerBound
        while k < end {
            guard let m = doc.mention(at: k) else {
                if w.articles.contains(t[k]) || w.honorifics.contains(t[k]) {
                    k += 1
                    continue
                }
                if k > r.lowerBound, doc.mention(at: k - 1)?.kind == .title {
                    return DescribedTitleSpeakers.person(doc, before: k - 1, limit: r.lowerBound)
                }
                return nil
            }
            let next = m.tokens.upperBound
            if m.kind == .title || m.kind == .demonym {
                k = next
                continue
            }
            // A name that qualifies a title ("Halvorsen Chairman") or a possessor ("Japan's").
            if m.kind == .name, next < end, doc.mention(at: next)?.kind == .title {
                k = next
                continue
            }
            if next < end, t[next].kind == .possessive {
                k = next + 1
                continue
            }
            guard m.kind == .name || m.kind == .pronoun || m.kind == .role, let e = resolved(doc, m, at: k), e >= 0,
                isSpeakerType(doc, e)
            else { return nil }
            // Not a list of subjects ("X and Y thanked …"), which `coordinatedSpeakers` would need.
            if next < end, t[next].word == w.and { return nil }
            return e
        }
        return nil
    }

    /// "On the trade dispute, …", "However, …": the token after the comma closing an adverb or a
    /// prepositional phrase that opens the sentence (a lower-case word no mention starts, then at
    /// most `SpeechWindows.openingAdjunct` tokens with no verb of speech or quotation mark), or
    /// nil when the sentence opens otherwise.
    static func openingAdjunctEnd(_ doc: Document, _ r: Range<Int>, before end: Int) -> Int? {
        let t = doc.tokens
        let first = r.lowerBound
        guard first < end, t[first].kind == .word, doc.mention(at: first) == nil,
            !Words.shared.articles.contains(t[first])
        else { return nil }
        var k = first + 1
        while k < min(end, first + SpeechWindows.openingAdjunct) {
            if t[k].kind == .quote || isSpeechVerb(t, k) { return nil }
            if t[k].word == Words.shared.comma { return k + 1 < end ? k + 1 : nil }
            k += 1
        }
        return nil
    }
}
