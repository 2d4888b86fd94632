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
        // "France's interior and overseas minister": past lower-case words (at most four) to a possessive.
        var j = k
        while j >= sentenceStart && k - j < 4 && doc.tokens[j].kind == .word && !doc.tokens[j].isCapitalized
            && doc.mention(at: j) == nil { j -= 1 }
        if j < k, j >= sentenceStart, doc.tokens[j].kind == .possessive { k = j }
        if doc.tokens[k].kind == .possessive { k -= 1 }
        guard k >= sentenceStart, let m = doc.mention(at: k), m.entity >= 0 else { return -1 }
        let type = doc.entities[m.entity].type
        // A place qualifies a local office: "Celje mayor", "Ljubljana deputy mayor".
        let localOffice = type == "place" && start < doc.tokens.count && isLocalOffice(doc.tokens, from: start)
        // A name the text does not type, right before a title ("LibriVox founder X"), is the body
        // the title is held in.
        let untyped = type == "unknown" && m.kind == .name
        guard type == "country" || type == "organization" || untyped || (type == "place" && (m.kind == .demonym || localOffice))
        else { return -1 }
        if m.kind == .pronoun { return -1 }
        return m.entity
    }

    /// A title at `k` whose head is an office of a place ("mayor", "deputy mayor", "governor").
    static func isLocalOffice(_ t: [Token], from k: Int) -> Bool {
        let lex = Lexicon.shared
        var j = k
        if j < t.count, t[j].word >= 0, lex.titlePrefixOf[Int(t[j].word)] != nil { j += 1 }
        return j < t.count && lex.classes(of: t[j]).contains(.placeNoun) && lex.classes(of: t[j]).contains(.titleStart)
    }

    /// "its", "their", "X's" or "the" right before a title (or the title opens the sentence).
    static func possessedTitle(_ doc: Document, _ start: Int, _ sentenceStart: Int) -> Bool {
        var k = start - 1
        while k >= sentenceStart, let m = doc.mention(at: k), m.kind == .demonym { k = m.tokens.lowerBound - 1 }
        guard k >= sentenceStart else { return true }
        let w = doc.tokens[k]
        let known = KnownWords.shared
        return w.kind == .possessive || w.word == known.its || w.word == known.their || w.word == known.the || w.word == known.his
            || w.word == known.her || w.kind == .quote
    }

    /// "a Scientology attorney, X," / "Pacific Standard owner, X,": the organization before the
    /// title (`of`, found by `qualifierBefore`) opens its noun phrase (after "a", "an", "the" or
    /// at the sentence start), so the name after the comma is the title's holder. Not after
    /// "as" ("… won confirmation as the U.S. secretary of state, Motegi said": someone else's).
    static func bodyOpensPhrase(_ doc: Document, _ start: Int, _ sentenceStart: Int, _ of: Int) -> Bool {
        guard of >= 0, doc.entities[of].type == "organization" else { return false }
        var k = start - 1
        if k >= sentenceStart, doc.tokens[k].kind == .possessive { k -= 1 }
        guard k >= sentenceStart, let m = doc.mention(at: k), m.entity == of else { return false }
        let before = m.tokens.lowerBound - 1
        guard before >= sentenceStart else { return true }
        let known = KnownWords.shared
        let w = doc.tokens[before].word
        if before - 1 >= sentenceStart, doc.tokens[before - 1].word == known.as_ { return false }
        return w == known.a || w == known.an || w == known.the
    }

    /// "of Japan", "of the United States" right after a title; "of Norwegian utility Halvorsen
    /// Energy": past a demonym and a common noun to the organization.
    static func qualifierAfter(_ doc: Document, _ end: Int, _ sentenceEnd: Int) -> Int {
        var k = end
        let known = KnownWords.shared
        guard k + 1 < sentenceEnd, doc.tokens[k].word == known.of else { return -1 }
        k += 1
        if doc.tokens[k].word == known.the { k += 1 }
        guard k < sentenceEnd, var m = doc.mention(at: k), m.entity >= 0 else { return -1 }
        // "of Italy's la Repubblica": the possessed name is the body, not the country.
        // "of the University of NSW's school of public health": an organization owning an unnamed part.
        if m.tokens.upperBound + 1 < sentenceEnd, doc.tokens[m.tokens.upperBound].kind == .possessive {
            if let owned = doc.mention(at: m.tokens.upperBound + 1), owned.entity >= 0, owned.kind == .name {
                m = owned
            }
            else if doc.entities[m.entity].type != "organization" { return -1 }
        }
        if m.kind == .demonym {
            var j = m.tokens.upperBound
            while j < sentenceEnd && j - m.tokens.upperBound < 3 && doc.tokens[j].kind == .word && !doc.tokens[j].isCapitalized { j += 1 }
            if j > m.tokens.upperBound, j < sentenceEnd, let o = doc.mention(at: j), o.kind == .name, o.entity >= 0,
               doc.entities[o.entity].type == "organization" { return o.entity }
        }
        let type = doc.entities[m.entity].type
        // "musician X of Duran Duran": a name the text does not type is the body too.
        return type == "country" || type == "organization" || type == "place" || (type == "unknown" && m.kind == .name)
            ? m.entity : -1
    }

    static func personMention(_ doc: Document, at k: Int) -> Int {
        guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "person" else { return -1 }
        return m.entity
    }

    /// Finds titles written next to their holders; records them on the entities.
    static func extractDirect(_ doc: Document) -> [Found] {
        var found: [Found] = []
        let t = doc.tokens
        let known = KnownWords.shared
        for (mi, m) in doc.mentions.enumerated() where m.kind == .title {
            if doc.cancellation.poll() { break }
            guard let title = m.title else { continue }
            let span = doc.sentences[m.sentence]
            if span.isExcluded { continue }
            let sStart = span.tokens.lowerBound, sEnd = span.tokens.upperBound
            let ofBefore = qualifierBefore(doc, title.tokens.lowerBound, sStart)
            var of = ofBefore
            if of < 0 { of = qualifierAfter(doc, title.tokens.upperBound, sEnd) }
            var holderEnd = title.tokens.upperBound
            if of >= 0, holderEnd < sEnd, t[holderEnd].word == known.of {
                // Skip "of Japan" to reach the holder: "President of Russia Vladimir Putin".
                var k = holderEnd + 1
                if k < sEnd && t[k].word == known.the { k += 1 }
                if let q = doc.mention(at: k) { holderEnd = q.tokens.upperBound }
                // "the president of the Lombardy region, X,": past the place noun.
                if holderEnd + 1 < sEnd, t[holderEnd + 1].word == known.comma, t[holderEnd].kind == .word,
                   !t[holderEnd].isCapitalized, Lexicon.shared.classes(of: t[holderEnd]).contains(.placeNoun) {
                    holderEnd += 1
                }
                // "The secretary general of CEI (Italian Episcopal Conference), X,": past the bracket.
                if holderEnd + 1 < sEnd, t[holderEnd].word == known.open,
                   let close = (holderEnd + 1..<min(sEnd, holderEnd + 10)).first(where: { t[$0].word == known.close }) {
                    holderEnd = close + 1
                }
            }
            // 1. Title before the name.
            // A lower-case "leader" is a title only after whom it leads: "CRP leader X", "Russian leader X".
            if holderEnd < sEnd, personMention(doc, at: holderEnd) >= 0,
               m.title?.head != "Leader" || t[title.tokens.lowerBound].isCapitalized || ofBefore >= 0 {
                let p = personMention(doc, at: holderEnd)
                let nameEnd = doc.mention(at: holderEnd)?.tokens.upperBound ?? holderEnd + 1
                // "musician Nick Rhodes of Duran Duran", "researcher X, of the University of Y": the body
                // named right after the holder.
                if of < 0 { of = qualifierAfter(doc, nameEnd, sEnd) }
                if of < 0, nameEnd + 1 < sEnd, t[nameEnd].word == known.comma {
                    of = qualifierAfter(doc, nameEnd + 1, sEnd)
                }
                found.append(Found(person: p, title: title, of: of, sentence: m.sentence, tokens: title.tokens.lowerBound..<nameEnd, rule: "title-before-name"))
                continue
            }
            // 1b. "Its chairman, Kazuo Tanemura, said": a possessed title, then the name set off by commas.
            let holderFollows = possessedTitle(doc, title.tokens.lowerBound, sStart)
                || bodyOpensPhrase(doc, title.tokens.lowerBound, sStart, ofBefore)
            if holderEnd + 1 < sEnd, t[holderEnd].word == known.comma, title.tokens.lowerBound > sStart || t[title.tokens.lowerBound].isCapitalized,
               holderFollows {
                let p = personMention(doc, at: holderEnd + 1)
                if p >= 0, let pm = doc.mention(at: holderEnd + 1), pm.tokens.upperBound < sEnd,
                   t[pm.tokens.upperBound].word == known.comma || t[pm.tokens.upperBound].word == known.semicolon
                    || t[pm.tokens.upperBound].kind == .dash || SpeechExtractor.isSpeechVerb(t, pm.tokens.upperBound)
                    || t[pm.tokens.upperBound].word == known.period {
                    found.append(Found(person: p, title: title, of: of, sentence: m.sentence, tokens: title.tokens.lowerBound..<pm.tokens.upperBound, rule: "title-before-name"))
                    continue
                }
            }
            // 2. Apposition: PERSON , (the|a)? (X's|DEMONYM|COUNTRY)? TITLE
            var k = title.tokens.lowerBound - 1
            // "the new trade minister", "Y, the former minister": the holder modifier is not part of the title.
            if k > sStart, t[k].word >= 0, Lexicon.shared.titleModifierOf[Int(t[k].word)] != nil { k -= 1 }
            var possessed = false
            if k >= sStart, t[k].kind == .possessive { k -= 1; possessed = true }
            if k >= sStart, let q = doc.mention(at: k), q.entity >= 0, q.entity == of { k = q.tokens.lowerBound - 1 }
            // "X, Virginia's Attorney General": a place owning the title qualifies it in an apposition.
            else if possessed, k >= sStart, let q = doc.mention(at: k), q.kind == .name, q.entity >= 0,
                    qualifierTypes.contains(doc.entities[q.entity].type) {
                if of < 0 { of = q.entity }
                k = q.tokens.lowerBound - 1
            }
            // "X, an Ottawa New Democrat MP": a place or a people's adjective before the body.
            if k >= sStart, let q = doc.mention(at: k), q.entity >= 0, q.kind == .name || q.kind == .demonym,
               q.tokens.upperBound == k + 1, ["place", "country"].contains(doc.entities[q.entity].type) {
                k = q.tokens.lowerBound - 1
            }
            // "X, the former Democratic National Committee chairman": a modifier before the body.
            if k > sStart, t[k].word >= 0, Lexicon.shared.titleModifierOf[Int(t[k].word)] != nil { k -= 1 }
            // "Walt Whitman, the first great American poet": a few adjectives after the article and
            // before a body or a people's adjective ("a marine biologist" stays a descriptor).
            if k + 1 < title.tokens.lowerBound, doc.mention(at: k + 1) != nil { k = pastAdjectives(doc, k, sStart) }
            if k >= sStart, t[k].word == known.the || t[k].word == known.a || t[k].word == known.an { k -= 1 }
            if k >= sStart, t[k].word == known.comma, k - 1 >= sStart {
                let p = personMention(doc, at: k - 1)
                if p >= 0 {
                    // "Kim, a researcher at the Seoul-based Hanbit Institute": the body after "at"/"for".
                    let of = of >= 0 ? of : chainBody(doc, title.tokens.upperBound, sEnd)
                    found.append(Found(person: p, title: title, of: of, sentence: m.sentence, tokens: k - 1..<title.tokens.upperBound, rule: "title-apposition"))
                    continue
                }
            }
            // 3. "as (the)? TITLE": the holder is the nearest person before, in the sentence.
            if k >= sStart, t[k].word == known.as_ || (k + 1 < sEnd && t[k + 1].word == known.as_ && t[k].word == known.comma) {
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
        found += chainedTitles(doc, found)
        found += coordinatedBefore(doc, found)
        found += pluralLists(doc)
        found += copulas(doc)
        found += ledBy(doc)
        found += descriptors(doc, skipping: Set(found.map { $0.person * 100_000 + $0.sentence }))
        found += relativeRoles(doc)
        for f in found {
            doc.entities[f.person].addTitle(f.title, of: f.of >= 0 ? doc.entities[f.of].name : nil)
            // A city's mayor is not from a country called after the city.
            if f.of >= 0, doc.entities[f.of].type == "country" || doc.entities[f.of].type == "place" && !isLocalOffice(t, from: f.title.tokens.lowerBound),
               doc.entities[f.person].country == nil {
                doc.entities[f.person].country = doc.entities[f.of].name
            }
        }
        return found
    }

    /// `k` moved back over at most three lower-case words that are no verbs, pronouns or links
    /// when an article and a comma after a person come right before them ("Walt Whitman, the
    /// first great American poet"); else `k`.
    static func pastAdjectives(_ doc: Document, _ k: Int, _ sStart: Int) -> Int {
        let t = doc.tokens
        let known = KnownWords.shared
        var a = k
        while a >= sStart && k - a < 3 && t[a].kind == .word && !t[a].isCapitalized && doc.mention(at: a) == nil
            && !descriptorStops.contains(t[a].lower) && t[a].word != known.a && t[a].word != known.an
            && t[a].word != known.the && Lexicon.shared.speechLemma[t[a].lower] == nil { a -= 1 }
        guard a < k, a - 2 >= sStart, t[a].word == known.the || t[a].word == known.a || t[a].word == known.an,
              t[a - 1].word == known.comma, personMention(doc, at: a - 2) >= 0 else { return k }
        return a
    }

    /// "X, the finance minister and deputy prime minister," / "as finance minister and deputy prime
    /// minister": a second title joined by "and" after one found after its holder is the holder's
    /// too, unless a name follows it ("the minister and Deputy Prime Minister Y").
    static func chainedTitles(_ doc: Document, _ found: [Found]) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Found] = []
        let foundTitles = Set(found.map { $0.title.tokens })
        for f in found where f.rule == "title-apposition" || f.rule == "title-as" {
            let span = doc.sentences[f.sentence].tokens
            var k = pastOfBody(doc, f.title.tokens.upperBound, span.upperBound)
            // "Director of the X study, and Chairman of Y": a comma may close the first title's body.
            if k > f.title.tokens.upperBound, k + 1 < span.upperBound, t[k].word == known.comma { k += 1 }
            guard k + 1 < span.upperBound, t[k].word == known.and else { continue }
            k += 1
            if t[k].word == known.the { k += 1 }
            if k < span.upperBound, t[k].word >= 0, Lexicon.shared.titleModifierOf[Int(t[k].word)] != nil { k += 1 }
            guard k < span.upperBound, let m = doc.mention(at: k), m.kind == .title, let title = m.title,
                  m.tokens.lowerBound == k, title.tokens.lowerBound == k else { continue }
            let next = title.tokens.upperBound
            if next < span.upperBound, personMention(doc, at: next) >= 0 { continue }
            if foundTitles.contains(title.tokens) { continue }
            var of = qualifierAfter(doc, next, span.upperBound)
            if of < 0 { of = f.of }
            out.append(Found(person: f.person, title: title, of: of, sentence: f.sentence, tokens: f.tokens.lowerBound..<next, rule: f.rule))
        }
        return out
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
            j += 1; words += 1
        }
        return j
    }

    /// "The Civic Renewal Party (CRP), led by Matej Rozman," and "the IML, a group of local
    /// politicians led by Celje mayor Bojan Kralj,": the person leads the organization named
    /// right before (or before a short apposition) [title-led-by].
    static func ledBy(_ doc: Document) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Found] = []
        for k in t.indices where t[k].word == known.led {
            let s = Int(doc.sentenceOf[k])
            let span = doc.sentences[s]
            guard !span.isExcluded, k + 2 < span.tokens.upperBound, t[k + 1].word == known.by else { continue }
            // The leader: a person, maybe after a title ("led by former deputy mayor X").
            var j = k + 2
            // "led by former Ljubljana deputy mayor X": a modifier, a place, a title before the name.
            if j < span.tokens.upperBound, t[j].word >= 0, Lexicon.shared.titleModifierOf[Int(t[j].word)] != nil { j += 1 }
            if j + 1 < span.tokens.upperBound, t[j].isCapitalized, personMention(doc, at: j) < 0, doc.mention(at: j)?.kind != .title,
               let tm = doc.mention(at: j + 1), tm.kind == .title { j += 1 }
            if let m = doc.mention(at: j), m.kind == .title { j = m.tokens.upperBound }
            guard j < span.tokens.upperBound else { continue }
            let person = personMention(doc, at: j)
            guard person >= 0, let pm = doc.mention(at: j) else { continue }
            // The organization: "ORG (ACR), led by" or "ORG, a group of … led by".
            var b = k - 1
            if b >= span.tokens.lowerBound, t[b].word == known.comma { b -= 1 }
            else {
                var n = 0
                while b >= span.tokens.lowerBound, n < 8, t[b].kind == .word, !t[b].isCapitalized { b -= 1; n += 1 }
                guard n > 0, b >= span.tokens.lowerBound, t[b].word == known.comma else { continue }
                let article = t[b + 1].word
                guard article == known.a || article == known.an || article == known.the else { continue }
                b -= 1
            }
            if b >= span.tokens.lowerBound, t[b].word == known.close, let m = doc.mention(at: b - 1), m.tokens.lowerBound - 1 >= span.tokens.lowerBound,
               t[m.tokens.lowerBound - 1].word == known.open { b = m.tokens.lowerBound - 2 }
            guard b >= span.tokens.lowerBound, let o = doc.mention(at: b), o.kind == .name, o.entity >= 0,
                  doc.entities[o.entity].type == "organization" else { continue }
            let match = TitleMatch(tokens: k..<k + 2, canonical: "Leader", portfolio: nil, modifier: nil, head: "Leader")
            out.append(Found(person: person, title: match, of: o.entity, sentence: s, tokens: o.tokens.lowerBound..<pm.tokens.upperBound, rule: "title-led-by"))
        }
        return out
    }

    static let descriptorStops: Set<String> = ["who", "which", "that", "is", "was", "are", "were", "will", "would", "has", "have", "had",
                                               "and", "but", "said", "says", "told", "to", "in", "on", "as", "by", "from", "after", "before",
                                               "he", "she", "they", "it", "his", "her", "its", "their", "not", "also", "been", "being"]

    /// Entity types that qualify a descriptor ("an economist at the Asia Trade Research Institute").
    static let qualifierTypes: Set<String> = ["country", "organization", "place"]

    /// "who chairs", "who heads": the verb → the role it gives.
    static let relativeVerbs = ["chairs": "chair", "heads": "head", "leads": "leader", "runs": "head", "founded": "founder", "co-founded": "co-founder"]

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
                        && t[n].word != known.at && t[n].word != known.for_ {
                    n += 1
                }
                if n > j + 1, n < sEnd, t[n].word == known.at || t[n].word == known.for_ { j = n }
                break
            }
            break
        }
        let body = bodyAfterLink(doc, j, sEnd)
        guard body < 0, j + 2 < sEnd, t[j].word == known.at || t[j].lower == "in" else { return body }
        // "editor at large at the Saudi Gazette", "editor in chief of …": a complement of the title
        // (one or two lower-case words) before the link.
        var n = j + 1
        while n < sEnd && n - j <= 2 && t[n].kind == .word && !t[n].isCapitalized && t[n].word != known.the
            && t[n].word != known.at && t[n].word != known.for_ && t[n].word != known.with { n += 1 }
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
        while j < end, t[j].has(.hyphenated), t[j].text.split(separator: "-").last?.first?.isLowercase == true { j += 1 }
        guard j < end, let q = doc.mention(at: j), q.entity >= 0, qualifierTypes.contains(doc.entities[q.entity].type) else { return -1 }
        return q.entity
    }

    /// "Tomoko Sendai, an economist at the Asia Trade Research Institute," and "Tomas Ekdahl,
    /// Halvorsen's chief financial officer,": what a person is, said in an apposition
    /// [title-descriptor]. The title is the descriptor as written.
    static func descriptors(_ doc: Document, skipping: Set<Int>) -> [Found] {
        var out: [Found] = []
        let t = doc.tokens
        let known = KnownWords.shared
        let lex = Lexicon.shared
        /// "of", "at", "for", "with": a descriptor stops before them and may name its organization after.
        func isLink(_ w: Int32) -> Bool { w == known.of || w == known.at || w == known.for_ || w == known.with }
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && doc.entities[m.entity].type == "person" {
            let span = doc.sentences[m.sentence]
            if span.isExcluded || span.isHeadline { continue }
            let end = span.tokens.upperBound
            var k = m.tokens.upperBound
            guard k + 1 < end, t[k].word == known.comma else { continue }
            k += 1
            if t[k].kind == .number, k + 1 < end, t[k + 1].word == known.comma { k += 2 }  // an age: "Quintela, 57,"
            if k < end, t[k].word == known.the || t[k].word == known.a || t[k].word == known.an { k += 1 }
            var of = -1
            if k < end, let q = doc.mention(at: k), q.entity >= 0, q.kind == .name || q.kind == .demonym,
               doc.entities[q.entity].type == "country" || doc.entities[q.entity].type == "organization" {
                of = q.entity
                k = q.tokens.upperBound
                if k < end, t[k].kind == .possessive { k += 1 }
            }
            if k < end, doc.mention(at: k)?.kind == .title { continue }  // a known title: handled directly
            let start = k
            while k < end && k - start < 6 && t[k].kind == .word && !t[k].isCapitalized && !descriptorStops.contains(t[k].lower)
                    && !isLink(t[k].word) && lex.speechLemma[t[k].lower] == nil {
                k += 1
            }
            guard k > start, k < end else { continue }
            let last = t[k - 1].lower
            if last.hasSuffix("ed") || last.hasSuffix("ing") || last.hasSuffix("ly") { continue }
            var after = k
            if isLink(t[k].word) {
                var j = k + 1
                if j < end, t[j].word == known.the { j += 1 }
                while j < end, t[j].has(.hyphenated), t[j].text.split(separator: "-").last?.first?.isLowercase == true { j += 1 }  // "the Tokyo-based"
                guard j < end, let q = doc.mention(at: j), q.entity >= 0,
                      TitleExtractor.qualifierTypes.contains(doc.entities[q.entity].type) else { continue }
                if of < 0 { of = q.entity }
                after = q.tokens.upperBound
            }
            guard after >= end || t[after].word == known.comma || t[after].word == known.period || t[after].word == known.semicolon
                    || t[after].word == known.close || t[after].kind == .dash else { continue }
            if skipping.contains(m.entity * 100_000 + m.sentence) { continue }
            let text = doc.text(start..<k)
            let match = TitleMatch(tokens: start..<k, canonical: text, portfolio: nil, modifier: nil, head: text)
            out.append(Found(person: m.entity, title: match, of: of, sentence: m.sentence, tokens: m.tokens.lowerBound..<after, rule: "title-descriptor"))
        }
        return out
    }

    /// "Helen Carradine, who chairs the committee," / "X, who heads the CMA's inquiry group":
    /// a role said with a verb [title-relative]: "chair of the committee", of the organization.
    static func relativeRoles(_ doc: Document) -> [Found] {
        let verbs = TitleExtractor.relativeVerbs
        let known = KnownWords.shared
        var out: [Found] = []
        let t = doc.tokens
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && doc.entities[m.entity].type == "person" {
            let span = doc.sentences[m.sentence]
            let end = span.tokens.upperBound
            var k = m.tokens.upperBound
            guard k + 3 < end, t[k].word == known.comma, t[k + 1].word == known.who, let role = verbs[t[k + 2].lower] else { continue }
            k += 3
            let objectStart = k
            var of = -1
            if t[k].word == known.the, k + 1 < end { k += 1 }
            if let q = doc.mention(at: k), q.entity >= 0 || q.kind == .role {
                let e = q.entity >= 0 ? q.entity : doc.antecedent(of: Int(doc.mentionAt[k]))
                if e >= 0, doc.entities[e].type == "organization" || doc.entities[e].type == "country" { of = e }
                k = q.tokens.upperBound
                if k < end, t[k].kind == .possessive { k += 1 }
            }
            while k < end && t[k].kind == .word && !t[k].isCapitalized && k - objectStart < 6 { k += 1 }
            guard of >= 0, k < end, t[k].word == known.comma || t[k].word == known.period || t[k].kind == .dash else { continue }
            // "who chairs the committee" names the body itself: "chair"; otherwise "chair of the inquiry group".
            var object = doc.text(objectStart..<k)
            let objectName = objectStart + (t[objectStart].word == known.the ? 1 : 0)
            if let q = doc.mention(at: objectName), q.tokens.upperBound == k { object = "" }
            else if let q = doc.mention(at: objectName), q.entity == of {
                let rest = q.tokens.upperBound + (q.tokens.upperBound < k && t[q.tokens.upperBound].kind == .possessive ? 1 : 0)
                object = "the " + doc.text(rest..<k)
            }
            let text = object.isEmpty ? role : "\(role) of \(object)"
            let match = TitleMatch(tokens: objectStart..<k, canonical: text, portfolio: nil, modifier: nil, head: role)
            out.append(Found(person: m.entity, title: match, of: of, sentence: m.sentence, tokens: m.tokens.lowerBound..<k, rule: "title-relative"))
        }
        return out
    }

    /// Counterparts, missing countries, and the facts.
    static func finish(_ doc: Document, _ direct: [Found]) {
        var all = direct
        all += counterparts(doc)
        // Country of a person from titles elsewhere; "X administration" ↔ "COUNTRY administration".
        var administrationCountry: [Int: Int] = [:]
        var countryAdministrations: [Int] = []
        let t = doc.tokens
        let known = KnownWords.shared
        for m in doc.mentions where m.kind == .name && m.entity >= 0 {
            let e = m.entity
            var k = m.tokens.upperBound
            if k < t.count, t[k].kind == .possessive { k += 1 }
            guard k < t.count, t[k].word == known.administration || t[k].word == known.government else { continue }
            if doc.entities[e].type == "person" { administrationCountry[e] = -1 }
            else if doc.entities[e].type == "country" && !countryAdministrations.contains(e) { countryAdministrations.append(e) }
        }
        // The titles of each sentence, and the article's country (asked at most once).
        var bySentence: [Int: [Int]] = [:]
        for i in all.indices { bySentence[all[i].sentence, default: []].append(i) }
        var dominant: Int??
        for i in all.indices where all[i].of < 0 {
            if doc.cancellation.poll() { return }
            let p = all[i].person
            var rule = all[i].rule
            // "its spokeswoman Ingrid Halle": a possessive pronoun, resolved by now.
            let before = all[i].title.tokens.lowerBound - 1
            if before >= 0, let m = doc.mention(at: before), m.kind == .pronoun, m.name == "its" || m.name == "their", m.entity >= 0,
               doc.entities[m.entity].type == "country" || doc.entities[m.entity].type == "organization" {
                all[i].of = m.entity
                continue
            }
            if let c = doc.entities[p].country, let e = doc.entityIndex[doc.cachedKey(c)] {
                all[i].of = e
            } else if administrationCountry[p] != nil, countryAdministrations.count == 1 {
                all[i].of = countryAdministrations[0]
                rule = "title-country-administration"
            } else {
                // Titled people named in the same sentence, all of one country.
                var countries = Set<String>()
                for j in bySentence[all[i].sentence] ?? [] where all[j].person != p {
                    if let c = doc.entities[all[j].person].country { countries.insert(c) }
                }
                if countries.count == 1, let c = countries.first, let e = doc.entityIndex[doc.cachedKey(c)] {
                    all[i].of = e
                    rule = "title-country-context"
                }
            }
            if dominant == nil, all[i].of < 0, isGovernmentTitle(all[i].title) { dominant = dominantCountry(doc) }
            if all[i].of < 0, isGovernmentTitle(all[i].title), let c = dominant ?? nil {
                all[i].of = c
                rule = "title-country-article"
            }
            // The country a government office is of is the one its holder serves ("Home Secretary"
            // in an article about the UK: away from it, she visits).
            let of = all[i].of
            if of >= 0, doc.entities[p].country == nil, isGovernmentTitle(all[i].title), doc.entities[of].type == "country" {
                doc.entities[p].country = doc.entities[of].name
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

    static let governmentTitleWords = ["minister", "president", "premier", "chancellor", "secretary of state", "ambassador", "negotiator",
                                       "home secretary", "foreign secretary", "defence secretary", "defense secretary",
                                       "interior secretary", "treasury secretary"]

    static func isGovernmentTitle(_ t: TitleMatch) -> Bool {
        let c = t.canonical.lowercased()
        return governmentTitleWords.contains { c.contains($0) }
            && !c.contains("vice president of") && t.portfolio != "company"
    }

    /// The country an article is about: the one country its lead sentence names, or one named at
    /// least twice and twice as often as any other.
    static func dominantCountry(_ doc: Document) -> Int? {
        var counts: [Int: Int] = [:]
        for m in doc.mentions where m.entity >= 0 && (m.kind == .name || m.kind == .demonym) && doc.entities[m.entity].type == "country" {
            counts[m.entity, default: 0] += 1
        }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if let lead = leadCountry(doc) { return lead }
        if let top = sorted.first, top.value >= 2, sorted.count == 1 || sorted[1].value * 2 <= top.value { return top.key }
        return nil
    }

    /// The one country the lead sentence names ("Slovenia's National Assembly on Thursday elected …"):
    /// wire stories name the country they are about first.
    static func leadCountry(_ doc: Document) -> Int? {
        guard let lead = doc.sentences.firstIndex(where: { !$0.isExcluded && !$0.isHeadline && !$0.isCaption }) else { return nil }
        var country: Int?
        for m in doc.mentions where m.sentence == lead && m.entity >= 0 && (m.kind == .name || m.kind == .demonym)
            && doc.entities[m.entity].type == "country" {
            if let c = country, c != m.entity { return nil }
            country = m.entity
        }
        return country
    }

    /// "his Japanese counterpart Nobuo Kishi": the counterpart holds the same portfolio.
    static func counterparts(_ doc: Document) -> [Found] {
        var out: [Found] = []
        let t = doc.tokens
        let known = KnownWords.shared
        for k in t.indices where t[k].word == known.counterpart || t[k].word == known.counterparts {
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
                if let m = doc.mention(at: j), m.entity >= 0, m.kind == .demonym || doc.entities[m.entity].type == "country" { country = m.entity; j = m.tokens.lowerBound - 1; continue }
                if t[j].kind == .word && !t[j].isCapitalized && t[j].word != known.his && t[j].word != known.her && t[j].word != known.their { j -= 1; continue }
                break
            }
            var owner = -1
            if j >= span.tokens.lowerBound {
                if t[j].word == known.his || t[j].word == known.her, let m = doc.mention(at: j) { owner = m.entity }
                else if t[j].kind == .possessive { owner = personMention(doc, at: j - 1) }
            }
            guard owner >= 0, owner != holder else { continue }
            guard let ownerTitle = doc.entities[owner].titles.first(where: { $0.title.portfolio != nil })?.title,
                  let portfolio = ownerTitle.portfolio else { continue }
            let holderCountry = country >= 0 ? doc.entities[country].name : doc.entities[holder].country
            let canonical = counterpartTitle(portfolio: portfolio, country: holderCountry, ownerTitle: ownerTitle)
            let match = TitleMatch(tokens: k..<k + 1, canonical: canonical, portfolio: portfolio, modifier: nil, head: canonical)
            var of = -1
            if let c = holderCountry { of = doc.entityIndex[doc.cachedKey(c)] ?? -1 }
            out.append(Found(person: holder, title: match, of: of, sentence: s, tokens: j..<holderAt + 1, rule: "title-counterpart", derived: true))
            doc.entities[holder].addTitle(match, of: holderCountry)
            if doc.entities[holder].country == nil, let c = holderCountry { doc.entities[holder].country = c }
        }
        return out
    }

    /// The title covering `portfolio` in `country`, as that country's news usually writes it.
    static func counterpartTitle(portfolio: String, country: String?, ownerTitle: TitleMatch) -> String {
        let name = portfolio.prefix(1).uppercased() + portfolio.dropFirst()
        if country != "United States" && country != "United Kingdom" && ownerTitle.canonical.hasSuffix("Minister") && !ownerTitle.canonical.hasPrefix("Prime") {
            return ownerTitle.canonical  // same style of government: the same title ("Defence Minister")
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
