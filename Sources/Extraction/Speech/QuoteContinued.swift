import NewsFacts

/// A quote with no attribution of its own continues a speaker named before it.
enum QuoteContinued {
    static let rule = "quote-continued"

    /// A quote opening the paragraph where the last attributed quote, left open at the end of
    /// the paragraph before, runs on, is the same speaker's.
    static let runOnRule = QuoteRule(
        name: rule, pattern: "¶ \" … SPEAKER VERB … (no closing mark) ¶ \" …",
        attribute: { c in
            guard let previous = c.previous, c.continues(previous.quote) else { return nil }
            return QuoteAttribution(speaker: previous.speaker)
        })

    /// `Heald noted the findings show … . "An air-quality cleanup …"`, `X issued a statement
    /// regarding … . "Like many Texans, …"`: a quote opening the sentence after a reported
    /// statement, or after one that says its speaker issued a statement, continues that speaker
    /// (unless a quote was attributed in the sentence before).
    static let afterReportedRule = QuoteRule(
        name: "quote-continued", pattern: "SPEAKER (VERB CLAUSE | ISSUED a? STATEMENT …) . QUOTE",
        guessed: true,
        attribute: { c in
            guard c.opensSentence, c.sentence > 0, c.lastSpeaker.map({ $0.sentence < c.sentence - 1 }) ?? true,
                let e = reportedSpeaker(c.doc, sentence: c.sentence - 1, c.inQuote)
                    ?? statementIssuer(c.doc, sentence: c.sentence - 1)
            else { return nil }
            return QuoteAttribution(speaker: e)
        })

    /// A quote opening its sentence or paragraph, shortly after a quote was attributed, is that
    /// speaker's.
    static let nearbyRule = QuoteRule(
        name: "quote-continued", pattern: "SPEAKER VERB QUOTE . (…) . QUOTE",
        guessed: true,
        attribute: { c in
            guard let last = c.lastSpeaker, c.sentence - last.sentence <= SpeechWindows.continuedQuoteSentences,
                c.opensSentence
            else { return nil }
            return QuoteAttribution(speaker: last.entity)
        })

    /// `"…", she added; and, soon after, "…"`: a quote with no attribution of its own in the sentence
    /// of an attributed one is the same speaker's.
    static let sameSentenceRule = QuoteRule(
        name: "quote-continued", pattern: "QUOTE , SPEAKER VERB … QUOTE",
        guessed: true,
        attribute: { c in
            guard let last = c.lastSpeaker, last.sentence == c.sentence else { return nil }
            return QuoteAttribution(speaker: last.entity)
        })

    /// `Jan Veld, of the University of Helsinki, studies … . In a new paper Veld and
    /// colleagues describe … ¶ "We are quite sure that …"`: a quote opening a paragraph, that no
    /// other rule attributes, is the one person the paragraph before names (by name, outside
    /// quotes: no one else, and not a headline or a caption).
    static let paragraphSubjectRule = QuoteRule(
        name: "quote-continued", pattern: "¶ … PERSON … (no other person) ¶ QUOTE",
        guessed: true,
        attribute: { c in
            let doc = c.doc
            guard doc.tokens[c.quote.open].has(.paragraphBefore), c.sentence > 0 else { return nil }
            guard let found = onePersonNamed(c, limit: SpeechWindows.paragraphSubjectSentences + 1),
                let person = found.person, found.sentences <= SpeechWindows.paragraphSubjectSentences
            else { return nil }
            return QuoteAttribution(speaker: person)
        })

    /// `Tamara Selby, a third year music student, said she was ready to miss a lecture … . Why
    /// did she want to go so much? "It's Corvalli. Nobody plays like him."`: a quote opening the
    /// sentence right after the writer's own question, inside the paragraph, answers it, and is
    /// the one person the paragraph names up to there (by name, outside quotes; no one else).
    static let answersQuestionRule = QuoteRule(
        name: "quote-continued", pattern: "¶ … PERSON … (no other person) … ? QUOTE",
        guessed: true,
        attribute: { c in
            let doc = c.doc, t = doc.tokens
            let open = c.quote.open
            guard c.sentence > 0, doc.sentences[c.sentence].tokens.lowerBound == open,
                !t[open].has(.paragraphBefore), open > 0, t[open - 1].text == "?", !c.inQuote[open - 1]
            else { return nil }
            guard let person = onePersonNamed(c, limit: SpeechWindows.paragraphSubjectSentences)?.person
            else { return nil }
            return QuoteAttribution(speaker: person)
        })

    /// The one person named in the sentences before the quote's, back to the paragraph's first and
    /// at most `limit` of them (by name, outside quotes), and how many sentences were read; the
    /// person is nil when none is named, and the whole is nil when a second person, a headline, a
    /// caption or an excluded sentence comes first. Shared by `paragraphSubjectRule` and
    /// `answersQuestionRule`.
    static func onePersonNamed(_ c: QuoteContext, limit: Int) -> (person: Int?, sentences: Int)? {
        let doc = c.doc
        var s = c.sentence - 1
        var person: Int?
        var sentences = 0
        while s >= 0 && sentences < limit {
            let span = doc.sentences[s]
            if span.isExcluded || span.isHeadline || span.isCaption { return nil }
            for i in doc.mentionRange(sentence: s) {
                let m = doc.mentions[i]
                guard m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "person",
                    !c.inQuote[m.tokens.lowerBound]
                else { continue }
                if let p = person, p != m.entity { return nil }
                person = m.entity
            }
            sentences += 1
            if doc.tokens[span.tokens.lowerBound].has(.paragraphBefore) || s == 0 { break }
            s -= 1
        }
        return (person, sentences)
    }

    /// Who a sentence says issued a statement ("Senator X, Republican from Texas, issued a
    /// statement regarding …", "the ministry released a brief statement"): the speaker before
    /// the verb, or before an apposition that ends at it; nil if none.
    static func statementIssuer(_ doc: Document, sentence s: Int) -> Int? {
        let span = doc.sentences[s]
        guard !span.isExcluded, !span.isHeadline else { return nil }
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        let r = span.tokens
        for k in w.issueVerbs.positions(in: t, r) where t[k].kind == .word && !t[k].isCapitalized {
            // The statement noun right after the verb, past an article and at most two adjectives.
            let object = (k + 1)..<min(r.upperBound, k + 5)
            guard
                let noun = object.first(where: {
                    !(t[$0].kind == .word && !t[$0].isCapitalized)
                        || w.issueNouns.contains(t[$0])
                }), w.issueNouns.contains(t[noun])
            else { continue }
            var e = SpeechExtractor.speakerBefore(doc, verb: k, limit: r.lowerBound)
            if e < 0, let (a, _) = SpeechExtractor.appositionSpeaker(doc, verb: k, limit: r.lowerBound) { e = a }
            if e >= 0, SpeechExtractor.isSpeakerType(doc, e) { return e }
        }
        return nil
    }

    /// The speaker of the first reported statement of a sentence (a speech verb outside quotes
    /// with its speaker right before it), or nil.
    static func reportedSpeaker(_ doc: Document, sentence s: Int, _ inQuote: [Bool]) -> Int? {
        let span = doc.sentences[s]
        guard !span.isExcluded, !span.isHeadline else { return nil }
        let r = span.tokens
        let t = doc.tokens
        for k in r where SpeechExtractor.isSpeechVerb(t, k) && !inQuote[k] {
            guard !SpeechExtractor.isNounAfterPossessive(t, k, r), SpeechExtractor.introducesQuote(t, k, r) else {
                continue
            }
            let e = SpeechExtractor.speakerBefore(doc, verb: k, limit: r.lowerBound)
            if e >= 0 { return e }
        }
        return nil
    }
}
