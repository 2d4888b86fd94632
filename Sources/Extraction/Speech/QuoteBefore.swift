import NewsFacts

/// `Motegi said: "…"`, `Motegi said that "…"`, `X called the decision "…"`, `X described it as
/// "…"`, `He characterized the conflict between A and B as "…"`: the attribution before the
/// quote, in its sentence.
enum QuoteBefore {
    static let rule = QuoteRule(
        name: "quote-before",
        pattern: "SPEAKER (VERB | CHARACTERIZING-VERB OBJECT | CHARACTERIZING-VERB … as …) (:|that|as|,)? QUOTE",
        attribute: attribute)

    static func attribute(_ c: QuoteContext) -> QuoteAttribution? {
        let doc = c.doc, q = c.quote
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        let sStart = c.sentenceStart
        var k = c.wordBeforeQuote
        if k >= sStart, !SpeechExtractor.isSpeechVerb(t, k), !w.beforeQuote.contains(t[q.open - 1]),
            let v = characterizingVerb(doc, before: k, limit: sStart)
        {
            k = v
        } else if k >= sStart, !SpeechExtractor.isSpeechVerb(t, k), !w.characterizing.contains(t[k]),
            let v = characterizedAs(doc, before: k, limit: sStart)
        {
            k = v
        } else if k >= sStart, !SpeechExtractor.isSpeechVerb(t, k), let v = verbBeforeAddressee(doc, k, sStart) {
            k = v
        }
        guard k >= sStart,
            SpeechExtractor.isSpeechVerb(t, k) || w.characterizing.contains(t[k]) && !t[k].isCapitalized
        else { return nil }
        var subject = SpeechExtractor.speakerBefore(doc, verb: k, limit: sStart)
        if subject < 0, let e = SpeechExtractor.relativeSpeaker(doc, verb: k, limit: sStart) { subject = e }
        if subject < 0, let (e, _) = SpeechExtractor.appositionSpeaker(doc, verb: k, limit: sStart) { subject = e }
        return subject >= 0 ? QuoteAttribution(speaker: subject, verb: k) : nil
    }

    /// `X called the decision "…"`: the characterizing verb a few words before `k` (the end of
    /// its object), or nil.
    static func characterizingVerb(_ doc: Document, before k: Int, limit: Int) -> Int? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        var v = k
        while v >= limit && k - v < SpeechWindows.characterizedObject && t[v].kind == .word
            && !w.characterizing.contains(t[v])
        { v -= 1 }
        guard v >= limit, v < k, w.characterizing.contains(t[v]), t[v].kind == .word, !t[v].isCapitalized else {
            return nil
        }
        return v
    }

    /// `X told the BBC: "…"`: the verb whose addressee ends at `k` (a verb of
    /// `ReportedClause.addresseeLemmas`), or nil.
    static func verbBeforeAddressee(_ doc: Document, _ k: Int, _ limit: Int) -> Int? {
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        let end = doc.sentences[Int(doc.sentenceOf[k])].tokens.upperBound
        var v = k - 1
        while v >= limit && k - v <= SpeechWindows.addresseeTokens {
            if SpeechExtractor.isSpeechVerb(t, v) {
                guard ReportedClause.addresseeLemmas.contains(w.lemma(of: t[v])),
                    SpeechExtractor.addresseeEnd(doc, v + 1, end) == k + 1
                else { return nil }
                return v
            }
            v -= 1
        }
        return nil
    }

    /// `He characterized the conflict between A and B as "…"`, `He described Montalvo as an
    /// individual, "…"`: "as" a few tokens before the quote (`k` ends what comes between), and a
    /// characterizing verb before it in the same clause (no quote, colon, semicolon or speech
    /// verb between), or nil.
    static func characterizedAs(_ doc: Document, before k: Int, limit: Int) -> Int? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        let known = KnownWords.shared
        let from = max(limit, k - SpeechWindows.asBeforeQuote)
        guard from <= k, let at = (from...k).last(where: { t[$0].word == known.as_ }) else { return nil }
        var v = at - 1
        while v >= limit && at - v <= SpeechWindows.characterizedAsObject {
            if t[v].kind == .quote || t[v].word == w.colon || t[v].word == w.semicolon { return nil }
            if t[v].kind == .word, !t[v].isCapitalized, w.characterizing.contains(t[v]) { return v }
            if SpeechExtractor.isSpeechVerb(t, v) { return nil }
            v -= 1
        }
        return nil
    }
}
