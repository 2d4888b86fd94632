import NewsFacts

/// `"…," Motegi told reporters.`, `"…," said Motegi.`, `"…," said Ambassador Mohib.`,
/// `"…", it added`: the attribution after the quote, in its sentence; `"…" – Matthew Ingram`
/// (a quote set apart and signed, the name ending the paragraph or followed by a comma and what
/// the quote answers: `"…" — Peres, on whether …`).
enum QuoteAfter {
    static let rule = QuoteRule(
        name: "quote-after",
        pattern: "QUOTE ,? (SPEAKER (, APPOSITION ,)? VERB | VERB TITLE? SPEAKER) | QUOTE – SPEAKER ¶",
        attribute: attribute)

    /// Lemmas whose object is always the one spoken to ("told Reuters").
    static let addresseeOnlyLemmas = Set(Lexicon.shared.words(in: .speechAddresseeOnlyLemmas))

    static func attribute(_ c: QuoteContext) -> QuoteAttribution? {
        let doc = c.doc, q = c.quote
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        guard q.close < t.count else { return nil }
        if let e = signature(c) { return QuoteAttribution(speaker: e) }
        let end = doc.sentences[Int(doc.sentenceOf[q.close])].tokens.upperBound
        var k = q.close + 1
        if k < end, t[k].word == w.comma { k += 1 }
        // `"…" and said X`: a new clause of the sentence's subject, not an attribution.
        let joined = k < end && (t[k].word == w.and || t[k].word == w.but)
        let closedAsAttributed =
            t[q.close - 1].word == w.comma || t[q.close - 1].lower == "?"
            || t[q.close - 1].lower == "!" || t[q.close].text != ","
        guard k < end, !joined, closedAsAttributed, let v = verb(c, from: k, end: end) else { return nil }
        // `Pressed on the "reset," Minister Ana Costa said that talks would resume`: a quoted term
        // (`SpeechWindows.quotedTerm` tokens at most) inside an adjunct that opens the sentence
        // is no quotation of the sentence's speaker when the verb takes a that-clause of its own
        // ("that" opening a clause, not "that evening": `speech.thatTime`).
        if q.open > c.sentenceStart, q.close - q.open - 1 <= SpeechWindows.quotedTerm, v + 2 < end,
            t[v + 1].word == w.that, !w.thatTime.contains(t[v + 2])
        {
            return nil
        }
        if let subject = subject(c, verb: v, from: k) { return QuoteAttribution(speaker: subject, verb: v) }
        // `," a Japanese official told Reuters`: who is told (`speech.addresseeOnlyLemmas`) is
        // the addressee, never a speaker set after the verb as in `," said X`; the speaker is
        // the one before the verb, whom the text does not name.
        if addresseeOnlyLemmas.contains(w.lemma(of: t[v])) { return .unnamed(verb: v) }
        // `," said union leader Petra Schulz.`: the person a description leads to.
        if let p = DescribedSpeakers.person(doc, from: v + 1, end: end) { return QuoteAttribution(speaker: p.entity, verb: v) }
        // `," said Ambassador Mohib.`: a title between the verb and the name.
        var after = v + 1
        if let title = doc.mention(at: after), title.kind == .title { after = title.tokens.upperBound }
        if after < end, let m = doc.mention(at: after), let e = SpeechExtractor.resolved(doc, m, at: after), e >= 0 {
            return QuoteAttribution(speaker: e, verb: v)
        }
        return nil
    }

    /// `"So far, it's the Press: 2, Orvalism: 0." – Tom Varley`: a dash after the
    /// closing mark, then a person's or an organization's name that ends the paragraph (a full
    /// stop may close it).
    static func signature(_ c: QuoteContext) -> Int? {
        let doc = c.doc, close = c.quote.close
        let t = doc.tokens
        guard close + 2 < t.count, t[close + 1].kind == .dash, !t[close + 1].has(.paragraphBefore),
            let m = doc.mention(at: close + 2), m.kind == .name, m.tokens.lowerBound == close + 2,
            m.entity >= 0, SpeechExtractor.isSpeakerType(doc, m.entity)
        else { return nil }
        var end = m.tokens.upperBound
        if end < t.count, t[end].word == KnownWords.shared.period { end += 1 }
        if end >= t.count || t[end].has(.paragraphBefore) { return m.entity }
        // `"…" — Peres, on whether the Arab states' oil wealth will eclipse …`: the signature's
        // comma opens what the quote answers, lower case, to the paragraph's end with no quote.
        guard t[end].word == KnownWords.shared.comma, end + 1 < t.count, t[end + 1].kind == .word,
            !t[end + 1].isCapitalized
        else { return nil }
        var k = end + 1
        while k < t.count && !t[k].has(.paragraphBefore) {
            if t[k].kind == .quote { return nil }
            k += 1
        }
        return m.entity
    }

    /// The speech verb after the quote (outside quotes), within a few tokens or past an
    /// apposition that closes with a comma.
    static func verb(_ c: QuoteContext, from k: Int, end: Int) -> Int? {
        let doc = c.doc
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        let window = k..<min(end, k + SpeechWindows.verbAfterQuote)
        if let v = window.first(where: { SpeechExtractor.isSpeechVerb(t, $0) && !c.inQuote[$0] }) { return v }
        // `," Karim Al-Nasser, editor at large at the Quarnby Herald, said.`: the verb after an
        // apposition that closes with a comma.
        guard let m = doc.mention(at: k), m.kind == .name, m.tokens.upperBound < end,
            t[m.tokens.upperBound].word == w.comma
        else { return nil }
        let from = m.tokens.upperBound + 1
        guard
            let close = (from..<min(end, m.tokens.upperBound + SpeechWindows.appositionAfterQuote))
                .first(where: { t[$0].word == w.comma }),
            close + 1 < end, SpeechExtractor.isSpeechVerb(t, close + 1), !c.inQuote[close + 1]
        else { return nil }
        return close + 1
    }

    /// The speaker before the verb: a name or a pronoun standing for the speaker quoted last,
    /// a name before an apposition, or the name right after the quote and its comma.
    static func subject(_ c: QuoteContext, verb v: Int, from k: Int) -> Int? {
        let doc = c.doc
        let t = doc.tokens
        var subject = SpeechExtractor.speakerBefore(doc, verb: v, limit: k)
        if let last = pronounForLastSpeaker(c, verb: v, from: k) { subject = last }
        if subject < 0, let (e, _) = SpeechExtractor.appositionSpeaker(doc, verb: v, limit: k) { subject = e }
        if subject < 0, let m = doc.mention(at: k), m.kind == .name, let e = SpeechExtractor.resolved(doc, m, at: k),
            e >= 0, v > m.tokens.upperBound, t[m.tokens.upperBound].word == SpeechExtractor.Words.shared.comma
        {
            subject = e
        }
        return subject >= 0 ? subject : nil
    }

    /// `"…", it added`, `"…," he added`: the pronoun is the speaker quoted last, when it fits and
    /// no one else it could stand for is named since (outside quotes).
    static func pronounForLastSpeaker(_ c: QuoteContext, verb v: Int, from k: Int) -> Int? {
        let doc = c.doc, s = c.sentence
        guard let m = doc.mention(at: k), m.kind == .pronoun, m.tokens.upperBound == v, let last = c.lastSpeaker,
            s - last.sentence <= SpeechWindows.continuedQuoteSentences,
            SpeechExtractor.pronounFits(m, doc.entities[last.entity].type)
        else { return nil }
        let since = min(last.sentence + 1, s + 1)..<(s + 1)
        let other = since.contains { ss in
            doc.mentionRange(sentence: ss).contains { i in
                let o = doc.mentions[i]
                return o.kind == .name && o.entity >= 0 && o.entity != last.entity && o.tokens.lowerBound < c.quote.open
                    && !c.inQuote[o.tokens.lowerBound] && SpeechExtractor.pronounFits(m, doc.entities[o.entity].type)
            }
        }
        return other ? nil : last.entity
    }
}
