import NewsFacts

/// A document speaks for whoever issued it: `A statement from the Red Cross read: "…"`, `The
/// Foreign Office letter reads "…"`, `a notice issued by the ministry said "…"` [quote-document],
/// and reported, `The Foreign Office letter says applicants …` (the rule `document`, facts
/// `reported-speech`). The document is a noun of `speech.documentNouns`; its issuer is the name
/// right before it ("the Foreign Office letter", one or two lower-case words such as "internal"
/// allowed between), its possessor ("the ministry's letter"), or the name after "from"/"by"
/// (`speech.sourceMarks`) that follows it, a participle of issuing allowed between ("a statement
/// released by X"); never after a participle of having the text (`speech.accessParticiples`: "a
/// letter seen by Sky News says": Sky News did not write it). A quote's verb is a speech verb or
/// one of `speech.documentVerbs` ("reads"), which report only what a document says.
enum DocumentIssuers {
    static let quoteRule = QuoteRule(
        name: "quote-document",
        pattern: "(a | the) (NAME 's?)? DOCUMENT (PARTICIPLE? (from | by) NAME)? (VERB | reads) (: | ,)? QUOTE",
        attribute: attributeQuote)

    static let reportedRule = ReportedSpeakerRule(
        name: "document", pattern: "(a | the) (NAME 's?)? DOCUMENT (PARTICIPLE? (from | by) NAME)? VERB CLAUSE",
        find: { c in
            guard let e = issuer(c.doc, verb: c.verb, limit: c.range.lowerBound) else { return nil }
            var found = ReportedSpeaker(speaker: e.entity, rule: "reported-speech", speakerStart: e.start)
            found.issued = true
            return found
        })

    /// Words the document phrase may hold between its article and its noun ("a leaked internal letter").
    static let maxModifiers = 2

    /// `… reads: "…"`: the quote's issuer, when a document phrase ends right before its verb.
    static func attributeQuote(_ c: QuoteContext) -> QuoteAttribution? {
        let doc = c.doc
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        let sStart = c.sentenceStart
        let k = c.wordBeforeQuote
        guard k > sStart, t[k].kind == .word, !t[k].isCapitalized,
              w.documentVerbs.contains(t[k]) || SpeechExtractor.isSpeechVerb(t, k),
              let e = issuer(doc, verb: k, limit: sStart) else { return nil }
        return QuoteAttribution(speaker: e.entity, verb: SpeechExtractor.isSpeechVerb(t, k) ? k : nil)
    }

    /// Who issued the document whose phrase ends right before the verb `k` (adverbs and words of
    /// time skipped), and where the phrase starts; nil when no document phrase ends there or it
    /// names no issuer that speaks (a person, an organization or a country).
    static func issuer(_ doc: Document, verb k: Int, limit: Int) -> (entity: Int, start: Int)? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        let j = SpeechExtractor.tokenBefore(doc, verb: k, limit: limit, time: true)
        guard j > limit else { return nil }
        // "a statement released by the Red Cross said": the name after "from"/"by".
        if let m = doc.mention(at: j), m.kind == .name, m.tokens.upperBound == j + 1 {
            var b = m.tokens.lowerBound - 1
            if b > limit, t[b].word == w.the { b -= 1 }
            guard b > limit, w.sourceMarks.contains(t[b]) else { return nil }
            var n = b - 1
            if n > limit, !w.accessParticiples.contains(t[n]), w.issuingParticiples.contains(t[n]) { n -= 1 }
            guard n >= limit, w.documentNouns.contains(t[n]), !w.accessParticiples.contains(t[b - 1]) else { return nil }
            guard m.entity >= 0, SpeechExtractor.isSpeakerType(doc, m.entity) else { return nil }
            return (m.entity, start(doc, noun: n, limit: limit))
        }
        // "the Foreign Office letter reads", "the ministry's statement said".
        guard t[j].kind == .word, !t[j].isCapitalized, w.documentNouns.contains(t[j]), doc.mention(at: j)?.kind != .name
        else { return nil }
        var p = j - 1
        while p > limit && j - p <= maxModifiers && t[p].kind == .word && !t[p].isCapitalized && doc.mention(at: p) == nil
            && !w.articles.contains(t[p]) { p -= 1 }
        if p > limit, t[p].kind == .possessive { p -= 1 }
        // "the KVB memo said": a name the text leaves untyped that issues a document is a body.
        guard p >= limit, let m = doc.mention(at: p), m.kind == .name, m.tokens.upperBound == p + 1, m.entity >= 0,
              SpeechExtractor.isSpeakerType(doc, m.entity) || doc.entities[m.entity].type == "unknown"
        else { return nil }
        var s = m.tokens.lowerBound
        if s > limit, w.articles.contains(t[s - 1]) { s -= 1 }
        return (m.entity, s)
    }

    /// The start of the phrase whose document noun is at `n`: its article, when there is one
    /// within `maxModifiers` words before it.
    static func start(_ doc: Document, noun n: Int, limit: Int) -> Int {
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        var s = n
        while s > limit && n - s < maxModifiers + 1 && t[s - 1].kind == .word && !t[s - 1].isCapitalized {
            s -= 1
            if w.articles.contains(t[s]) { return s }
        }
        return n
    }
}
