import NewsFacts

/// What a title rule sees: the title mention, its sentence, what qualifies it, and where its
/// holder's name may start.
struct TitleContext {
    let doc: Document
    let mention: Mention
    let title: TitleMatch
    let sStart: Int
    let sEnd: Int
    /// The body or country named right before the title ("Japanese", "Kyodo News"), or -1.
    let ofBefore: Int
    /// `ofBefore`, else the one named by "of" right after the title, or -1.
    let of: Int
    /// Where the holder's name may start: after the title, past "of BODY" when it qualifies it.
    let holderEnd: Int

    /// The context of a title mention, or nil when it has no title or its sentence is excluded.
    init?(_ doc: Document, _ m: Mention) {
        guard var title = m.title else { return nil }
        let span = doc.sentences[m.sentence]
        if span.isExcluded { return nil }
        let sStart = span.tokens.lowerBound, sEnd = span.tokens.upperBound
        var ofBefore = TitleExtractor.qualifierBefore(doc, title.tokens.lowerBound, sStart)
        if ofBefore < 0 { ofBefore = TitleContext.coordinatedQualifier(doc, title.tokens.lowerBound, sStart) }
        if title.modifier == nil, ofBefore >= 0 {
            title.modifier = TitleContext.modifierBeforeBody(doc, title.tokens.lowerBound, ofBefore, sStart)
        }
        var of = ofBefore
        if of < 0 { of = TitleExtractor.qualifierAfter(doc, title.tokens.upperBound, sEnd) }
        if of < 0 { of = TitleContext.peopleInBody(doc, title.tokens) }
        self.doc = doc
        mention = m
        self.title = title
        (self.sStart, self.sEnd, self.ofBefore, self.of) = (sStart, sEnd, ofBefore, of)
        let end = TitleContext.pastEditorBracket(
            doc, TitleContext.pastPosting(doc, TitleContext.holderEnd(doc, title, of: of, sEnd), sEnd), sStart, sEnd)
        holderEnd = TitleStacks.pastStyleTitle(doc, TitleContext.pastHonorific(doc, end, sEnd), sEnd)
    }

    /// "Minister of Trade and Norwegians Abroad": a people the title's body names is its country's
    /// (when the article names that country); -1 when none is.
    static func peopleInBody(_ doc: Document, _ r: Range<Int>) -> Int {
        guard r.count > 3 else { return -1 }
        for k in r where doc.tokens[k].isCapitalized {
            guard let p = Lexicon.shared.phrase(at: k, in: doc.tokens, end: r.upperBound), p.kind == .demonym,
                p.type == "country"
            else { continue }
            return doc.entityIndex[doc.cachedKey(p.canonical)] ?? -1
        }
        return -1
    }

    /// "Velmora's Minister of Water and Energy Minister X": the country qualifying the first of two
    /// titles "and" joins qualifies the second too (the coordination shares its determiner); -1
    /// when none does.
    static func coordinatedQualifier(_ doc: Document, _ start: Int, _ sStart: Int) -> Int {
        let and = start - 1
        guard and - 1 >= sStart, doc.tokens[and].word == KnownWords.shared.and, let m = doc.mention(at: and - 1),
            m.kind == .title, m.tokens.upperBound == and
        else { return -1 }
        return TitleExtractor.qualifierBefore(doc, m.tokens.lowerBound, sStart)
    }

    /// "Quarnish Ambassador to Velmora Ana Berg", "the Ambassador of Quarnia to Velmora, Ana
    /// Berg": "to", "the" at most and the country, place or body a title's holder is posted to,
    /// before a person's name or a comma, are part of the title, not its `of` (the title's
    /// country is the one that sends); past them to where the holder's name may start, else `k`.
    static func pastPosting(_ doc: Document, _ k: Int, _ sEnd: Int) -> Int {
        let t = doc.tokens
        guard k + 2 < sEnd, t[k].word == KnownWords.shared.to else { return k }
        var j = k + 1
        if t[j].word == KnownWords.shared.the { j += 1 }
        guard j < sEnd, let q = doc.mention(at: j), q.kind == .name, q.tokens.lowerBound == j, q.entity >= 0,
            TitleExtractor.qualifierTypes.contains(doc.entities[q.entity].type), q.tokens.upperBound < sEnd
        else { return k }
        let after = q.tokens.upperBound
        let holderAfter =
            TitleExtractor.personMention(doc, at: TitleStacks.pastStyleTitle(doc, pastHonorific(doc, after, sEnd), sEnd)) >= 0
            || t[after].word == KnownWords.shared.comma && after + 1 < sEnd
                && TitleExtractor.personMention(doc, at: after + 1) >= 0
        return holderAfter ? after : k
    }

    /// "[former Museum of Flight CEO] Bonnie Dunbar": an editor's square bracket closing right
    /// after the title, one opening before it in the sentence, is read through to the name the
    /// title goes with; else `k`.
    /// Tokens an editor's bracket holding a title spans at most ("[former Museum of Flight CEO]").
    static let maxBracketedTitle = 16

    static func pastEditorBracket(_ doc: Document, _ k: Int, _ sStart: Int, _ sEnd: Int) -> Int {
        let t = doc.tokens
        guard k + 1 < sEnd, t[k].text == "]", TitleExtractor.personMention(doc, at: k + 1) >= 0 else { return k }
        var j = k - 1
        while j >= sStart, k - j <= maxBracketedTitle, t[j].text != "[" { j -= 1 }
        return j >= sStart && t[j].text == "[" ? k + 1 : k
    }

    /// "former Google engineer X", "the former Northern Anglers Union chairman": a holder
    /// modifier (`modifier` in `titles.tsv`) written before the body that qualifies the title right
    /// after it (past its possessive: "former Microsoft's …" is rare, but "ex-Labour" is not) is the
    /// title's, or nil.
    static func modifierBeforeBody(_ doc: Document, _ titleStart: Int, _ body: Int, _ sStart: Int) -> String? {
        let t = doc.tokens
        var k = titleStart - 1
        if k >= sStart, t[k].kind == .possessive { k -= 1 }
        guard k >= sStart, let q = doc.mention(at: k), q.entity == body else { return nil }
        let before = q.tokens.lowerBound - 1
        guard before >= sStart, t[before].kind == .word, t[before].word >= 0 else { return nil }
        return Lexicon.shared.titleModifierOf[Int(t[before].word)]
    }

    /// "Foreign Minister Mr. Luis Brenner", "President Dr. Ana Ortiz": past one honorific
    /// (`typer.honorific`) right before a person's name; else `k`.
    static func pastHonorific(_ doc: Document, _ k: Int, _ sEnd: Int) -> Int {
        // "Finance Minister Tan Sri Aminah Yusof": past a style of address (`HonorificStyles.swift`).
        if let n = HonorificStyles.length(doc.tokens, k, sEnd), TitleExtractor.personMention(doc, at: k + n) >= 0 {
            return k + n
        }
        // "President His Highness Sheikh Rashid Al Marri": a style, then a title of address.
        if let n = HonorificStyles.length(doc.tokens, k, sEnd) {
            let past = TitleStacks.pastStyleTitle(doc, k + n, sEnd)
            if past > k + n, TitleExtractor.personMention(doc, at: past) >= 0 { return k + n }
        }
        guard k + 1 < sEnd, doc.tokens[k].kind == .word, EntityTyper.honorifics.contains(doc.tokens[k].lower),
            TitleExtractor.personMention(doc, at: k + 1) >= 0
        else { return k }
        return k + 1
    }

    /// Past "of Japan" to reach the holder: "President of Russia Vladimir Putin", "the president
    /// of the Lombardy region, X," (past the place noun), "The secretary general of CEI (Italian
    /// Episcopal Conference), X," (past the bracket), "the chairman of the Italian Red Cross, X,".
    static func holderEnd(_ doc: Document, _ title: TitleMatch, of: Int, _ sEnd: Int) -> Int {
        let t = doc.tokens
        let known = KnownWords.shared
        var holderEnd = title.tokens.upperBound
        guard of >= 0, holderEnd < sEnd, t[holderEnd].word == known.of || t[holderEnd].word == known.for_ else {
            return holderEnd
        }
        var k = holderEnd + 1
        if k < sEnd && t[k].word == known.the { k += 1 }
        if let q = doc.mention(at: k) { holderEnd = q.tokens.upperBound }
        // "of the Italian Red Cross, X,": past the body a people's adjective opens.
        if doc.mention(at: k)?.kind == .demonym, let body = doc.mention(at: holderEnd), body.kind == .name,
            body.entity == of
        {
            holderEnd = body.tokens.upperBound
        }
        if holderEnd + 1 < sEnd, t[holderEnd + 1].word == known.comma, t[holderEnd].kind == .word,
            !t[holderEnd].isCapitalized, Lexicon.shared.classes(of: t[holderEnd]).contains(.placeNoun)
        {
            holderEnd += 1
        }
        if holderEnd + 1 < sEnd, t[holderEnd].word == known.open,
            let close = (holderEnd + 1..<min(sEnd, holderEnd + 10)).first(where: { t[$0].word == known.close })
        {
            holderEnd = close + 1
        }
        return holderEnd
    }
}

/// Titles written next to their holder's name: before it, set off by commas after it, in
/// apposition, or after "as".
enum TitleNextToName {
    typealias Found = TitleExtractor.Found

    /// "Japanese Foreign Minister Toshimitsu Motegi", "guitarist Nick Hallam of Duran Duran".
    static let beforeName = TitleRule(
        name: "title-before-name",
        pattern: "(COUNTRY | DEMONYM | COUNTRY's | ORG)? TITLE (of BODY)? PERSON (,? of BODY)?",
        find: { c in
            let doc = c.doc, t = c.doc.tokens, known = KnownWords.shared
            let p = TitleExtractor.personMention(doc, at: c.holderEnd)
            // A lower-case "leader" is a title only after whom it leads: "CRP leader X", "Russian leader X".
            guard c.holderEnd < c.sEnd, p >= 0,
                c.title.head != "Leader" || t[c.title.tokens.lowerBound].isCapitalized || c.ofBefore >= 0
            else { return nil }
            let nameEnd = doc.mention(at: c.holderEnd)?.tokens.upperBound ?? c.holderEnd + 1
            // "guitarist Nick Hallam of Duran Duran", "researcher X, of the University of Y": the body
            // named right after the holder.
            var of = c.of
            if of < 0 { of = TitleExtractor.qualifierAfter(doc, nameEnd, c.sEnd) }
            if of < 0, nameEnd + 1 < c.sEnd, t[nameEnd].word == known.comma {
                of = TitleExtractor.qualifierAfter(doc, nameEnd + 1, c.sEnd)
            }
            return Found(
                person: p, title: c.title, of: of, sentence: c.mention.sentence,
                tokens: c.title.tokens.lowerBound..<nameEnd, rule: "title-before-name")
        })

    /// "Its chairman, Kazuo Tanemura, said": a possessed title, then the name set off by commas.
    static let possessedBeforeName = TitleRule(
        name: "title-before-name", pattern: "(its | X's | the | ORG) TITLE , PERSON (, | ; | – | VERB | .)",
        find: { c in
            let doc = c.doc, t = c.doc.tokens, known = KnownWords.shared
            let start = c.title.tokens.lowerBound, at = c.holderEnd + 1
            let national = nationalTitle(doc, start, c.sStart, c.ofBefore)
            let possessedOrBody =
                TitleExtractor.possessedTitle(doc, start, c.sStart)
                || TitleExtractor.bodyOpensPhrase(doc, start, c.sStart, c.ofBefore)
            let holderFollows = possessedOrBody || national
            // "In talks with Quarnia President, Ana Berg said …": a country's name (no people's
            // adjective) may end an opening phrase whose clause the name then opens.
            let byCountryName = national && !possessedOrBody && doc.mention(at: start - 1)?.kind == .name
            guard at < c.sEnd, t[c.holderEnd].word == known.comma, start > c.sStart || t[start].isCapitalized,
                holderFollows
            else { return nil }
            let p = TitleExtractor.personMention(doc, at: at)
            guard p >= 0, let pm = doc.mention(at: at), pm.tokens.upperBound < c.sEnd else { return nil }
            let after = t[pm.tokens.upperBound]
            guard
                after.word == known.comma || after.word == known.semicolon || after.kind == .dash
                    || !byCountryName && SpeechExtractor.isSpeechVerb(t, pm.tokens.upperBound) || after.word == known.period
                    // "a call to Quarnish President, Ana Berg on Monday": the one holder of a
                    // country's office, then a preposition or "and" (`title.holderGoesOn`; not a
                    // verb: "Asked about the Quarnish President, Ana Berg declined …").
                    || national && TitleWords.shared.holderGoesOn.contains(after)
                    // "the Minister of Water, Ana Berg and the Governor …", "the Ambassador of
                    // Quarnia to Velmora, Ana Berg and …": an office with a body, a country or a
                    // posting has one holder, the apposition goes on with "and" (not a bare head:
                    // "He thanked the President, Ana Berg and the ministers" may list those thanked).
                    || after.word == known.and && possessedOrBody
                        && (hasBody(t, c.title.tokens) || c.holderEnd > c.title.tokens.upperBound)
                        && opensSecondOffice(doc, pm.tokens.upperBound + 1, c.sEnd)
            else { return nil }
            return Found(
                person: p, title: c.title, of: c.of, sentence: c.mention.sentence,
                tokens: start..<pm.tokens.upperBound, rule: "title-before-name")
        })

    /// Whether the words after an apposition's "and" at `k` open a second office of a list ("the",
    /// "his", "her" or a title: "… , Ana Berg and the Governor …", "… and his counterpart"), not
    /// a bare name, which may be a third person ("… , Ana Berg and Tomas Vos").
    static func opensSecondOffice(_ doc: Document, _ k: Int, _ sEnd: Int) -> Bool {
        guard k < sEnd else { return false }
        let known = KnownWords.shared, w = doc.tokens[k].word
        return w == known.the || w == known.his || w == known.her || doc.mention(at: k)?.kind == .title
    }

    /// Whether a title holds an "of" or "for" body ("Minister of Water", "Minister for Trade").
    static func hasBody(_ t: [Token], _ r: Range<Int>) -> Bool {
        r.contains { t[$0].word == KnownWords.shared.of || t[$0].word == KnownWords.shared.for_ }
    }

    /// "talks with Quarnish Prime Minister, Ana Berg, on …": a people's adjective or a country's
    /// name ("and Quarnia President, Ana Berg") (the title's `of`) opening a capitalised title
    /// after a lower-case word: a country has one holder of the office, so the name set off by
    /// a comma after it is the holder.
    static func nationalTitle(_ doc: Document, _ start: Int, _ sStart: Int, _ of: Int) -> Bool {
        let t = doc.tokens
        guard of >= 0, t[start].isCapitalized, start - 1 > sStart, let d = doc.mention(at: start - 1),
            d.kind == .demonym || d.kind == .name && d.entity == of && doc.entities[of].type == "country",
            d.tokens.upperBound == start
        else { return false }
        let before = d.tokens.lowerBound - 1
        return before >= sStart && t[before].kind == .word && !t[before].isCapitalized && !doc.hasMention(at: before)
    }

    /// "Toshimitsu Motegi, Japan's foreign minister", "X, the former Democratic National Committee
    /// chairman", "Kim, a researcher at the Seoul-based Hanbit Institute".
    static let apposition = TitleRule(
        name: "title-apposition",
        pattern: "PERSON , (the | a)? (X's | DEMONYM | COUNTRY)? TITLE ((of | at | for) BODY)?",
        find: { c in
            let (k, of) = appositionStart(c)
            let doc = c.doc, t = c.doc.tokens
            guard k >= c.sStart, t[k].word == KnownWords.shared.comma, k - 1 >= c.sStart else { return nil }
            let p = TitleExtractor.personMention(doc, at: k - 1)
            guard p >= 0 else { return nil }
            // "Kim, a researcher at the Seoul-based Hanbit Institute": the body after "at"/"for".
            let body = of >= 0 ? of : TitleExtractor.chainBody(doc, c.title.tokens.upperBound, c.sEnd)
            return Found(
                person: p, title: c.title, of: body, sentence: c.mention.sentence,
                tokens: k - 1..<c.title.tokens.upperBound, rule: "title-apposition")
        })

    /// "Blinken won confirmation as the U.S. secretary of state": the holder is the nearest
    /// person before, in the sentence.
    static let asTitle = TitleRule(
        name: "title-as", pattern: "PERSON … ,? as (the)? COUNTRY? TITLE",
        find: { c in
            let (k, of) = appositionStart(c)
            let t = c.doc.tokens, known = KnownWords.shared
            guard k >= c.sStart,
                t[k].word == known.as_ || (k + 1 < c.sEnd && t[k + 1].word == known.as_ && t[k].word == known.comma)
            else { return nil }
            var j = k - 1
            while j >= c.sStart {
                let p = TitleExtractor.personMention(c.doc, at: j)
                if p >= 0 {
                    return Found(
                        person: p, title: c.title, of: of, sentence: c.mention.sentence,
                        tokens: j..<c.title.tokens.upperBound, rule: "title-as")
                }
                j -= 1
            }
            return nil
        })

    /// Back from the title over what may stand between it and an apposition's comma (a holder
    /// modifier, a possessive, the body, a place or a people's adjective, adjectives, an
    /// article): the token there, and the title's `of` (a place owning the title gives it).
    static func appositionStart(_ c: TitleContext) -> (Int, Int) {
        let doc = c.doc, t = c.doc.tokens, known = KnownWords.shared, sStart = c.sStart
        var of = c.of
        var k = c.title.tokens.lowerBound - 1
        // "the new trade minister", "Y, the former minister": the holder modifier is not part of the title.
        if k > sStart, t[k].word >= 0, Lexicon.shared.titleModifierOf[Int(t[k].word)] != nil { k -= 1 }
        // "X, South Korea's top nuclear envoy,": past at most two lower-case words to a possessive.
        var j = k
        while j > sStart, k - j < 2, t[j].kind == .word, !t[j].isCapitalized, !doc.hasMention(at: j) { j -= 1 }
        if j < k, t[j].kind == .possessive { k = j }
        var possessed = false
        if k >= sStart, t[k].kind == .possessive {
            k -= 1
            possessed = true
        }
        if k >= sStart, let q = doc.mention(at: k), q.entity >= 0, q.entity == of {
            k = q.tokens.lowerBound - 1
        }
        // "X, the company's chief financial officer,": a body's role noun owning the title (its
        // body, known after anaphora, is the title's `of`: `TitleExtractor.ownerBefore`).
        else if possessed, k >= sStart, let q = doc.mention(at: k), TitleExtractor.isBodyRole(q) {
            k = q.tokens.lowerBound - 1
        }
        // "X, Virginia's Attorney General": a place owning the title qualifies it in an apposition.
        else if possessed, k >= sStart, let q = doc.mention(at: k), q.kind == .name, q.entity >= 0,
            TitleExtractor.qualifierTypes.contains(doc.entities[q.entity].type)
        {
            if of < 0 { of = q.entity }
            k = q.tokens.lowerBound - 1
        }
        // "X, an Ottawa New Democrat MP": a place or a people's adjective before the body.
        if k >= sStart, let q = doc.mention(at: k), q.entity >= 0, q.kind == .name || q.kind == .demonym,
            q.tokens.upperBound == k + 1, ["place", "country"].contains(doc.entities[q.entity].type)
        {
            k = q.tokens.lowerBound - 1
        }
        // "X, the former Northern Anglers Union chairman": a modifier before the body.
        if k > sStart, t[k].word >= 0, Lexicon.shared.titleModifierOf[Int(t[k].word)] != nil { k -= 1 }
        // "Ezra Hollis, the first true American poet": a few adjectives after the article and
        // before a body or a people's adjective ("a marine biologist" stays a descriptor).
        if k + 1 < c.title.tokens.lowerBound, doc.hasMention(at: k + 1) {
            k = TitleExtractor.pastAdjectives(doc, k, sStart)
        }
        if k >= sStart, t[k].word == known.the || t[k].word == known.a || t[k].word == known.an { k -= 1 }
        // "Kenichiro Yoshida, its chief executive,": the body "its" stands for is the title's
        // once anaphora has run (`TitleExtractor.ownerBefore`).
        else if k >= sStart, t[k].word == known.its || t[k].word == known.their { k -= 1 }
        // "Lena Dahl, 54, a professor at …": past an age set off by commas after the name.
        if k - 3 >= sStart, t[k].word == known.comma, t[k - 1].kind == .number, t[k - 2].word == known.comma,
            TitleExtractor.personMention(doc, at: k - 3) >= 0
        {
            k -= 2
        }
        return (k, of)
    }
}
