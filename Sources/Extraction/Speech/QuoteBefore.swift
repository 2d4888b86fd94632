import NewsFacts

/// `Motegi said: "…"`, `Motegi said that "…"`, `X called the decision "…"`, `X described it as
/// "…"`: the attribution before the quote, in its sentence.
enum QuoteBefore {
    static let rule = QuoteRule(
        name: "quote-before", pattern: "SPEAKER (VERB | CHARACTERIZING-VERB OBJECT) (:|that|as)? QUOTE",
        attribute: attribute)

    static func attribute(_ c: QuoteContext) -> QuoteAttribution? {
        let doc = c.doc, q = c.quote
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        let sStart = doc.sentences[c.sentence].tokens.lowerBound
        var k = q.open - 1
        if k >= sStart, w.beforeQuote.contains(t[k]) { k -= 1 }
        if k >= sStart, !SpeechExtractor.isSpeechVerb(t, k), !w.beforeQuote.contains(t[q.open - 1]),
           let v = characterizingVerb(doc, before: k, limit: sStart) {
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
            && !w.characterizing.contains(t[v]) { v -= 1 }
        guard v >= limit, v < k, w.characterizing.contains(t[v]), t[v].kind == .word, !t[v].isCapitalized else {
            return nil
        }
        return v
    }
}
