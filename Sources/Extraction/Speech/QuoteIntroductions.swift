import NewsFacts

/// Quotes a clause introduces without a speech verb right at them: a colon
/// (`Sunak defended … whilst promising …: "…"`) or "in the words of X".
enum QuoteIntroductions {
    static let colonRule = QuoteRule(
        name: "quote-colon", pattern: "(, | TITLE | ^) PERSON … : QUOTE",
        attribute: { c in colonSpeaker(c.doc, quoteOpen: c.quote.open).map { QuoteAttribution(speaker: $0) } })

    static let wordsOfRule = QuoteRule(
        name: "quote-words-of", pattern: "in the words of (TITLE | ROLE | ,)* SPEAKER … QUOTE",
        attribute: { c in inTheWordsOf(c.doc, quoteOpen: c.quote.open).map { QuoteAttribution(speaker: $0) } })

    /// The speaker of a quote a colon introduces: the colon right before the quote, or ending the
    /// sentence before a quote that opens its paragraph. The speaker is the introducing sentence's
    /// first person (name or pronoun) that opens it or follows a comma or a title ("…, Sunak
    /// defended", "The secretary general of CEI, Nunzio Galantino, has called"); nil if none.
    static func colonSpeaker(_ doc: Document, quoteOpen k: Int) -> Int? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        guard k >= 1, t[k - 1].word == w.colon else { return nil }
        let colon = k - 1
        let r = doc.sentences[Int(doc.sentenceOf[colon])].tokens
        var j = r.lowerBound
        var inQuote = false
        while j < colon {
            if t[j].kind == .quote { inQuote.toggle() }
            if !inQuote, let m = doc.mention(at: j), m.tokens.lowerBound == j {
                let before = j == r.lowerBound || t[j - 1].word == w.comma || doc.mention(at: j - 1)?.kind == .title
                if before, m.kind == .name || m.kind == .pronoun, let e = SpeechExtractor.resolved(doc, m, at: j),
                    e >= 0, SpeechExtractor.isPerson(doc, e)
                {
                    return e
                }
                j = max(j + 1, m.tokens.upperBound)
                continue
            }
            j += 1
        }
        return nil
    }

    /// `in the words of the Crown prosecutor, Mark Tedeschi, QC, "…"`: the person named after
    /// "words of", past titles and role nouns, before the quote opens (`SpeechWindows.wordsOfReach`).
    static func inTheWordsOf(_ doc: Document, quoteOpen k: Int) -> Int? {
        let t = doc.tokens
        let r = doc.sentences[Int(doc.sentenceOf[k])].tokens
        let from = max(r.lowerBound + 1, k - SpeechWindows.wordsOfReach)
        guard from < k,
            let of = (from..<k).last(where: {
                t[$0].word == KnownWords.shared.of && t[$0 - 1].lower == "words"
            })
        else { return nil }
        var j = of + 1
        while j < k {
            if let m = doc.mention(at: j) {
                if m.kind == .name || m.kind == .pronoun, let e = SpeechExtractor.resolved(doc, m, at: j), e >= 0,
                    SpeechExtractor.isSpeakerType(doc, e)
                {
                    return e
                }
                j = max(j + 1, m.tokens.upperBound)
                continue
            }
            j += 1
        }
        return nil
    }
}
