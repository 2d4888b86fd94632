import NewsFacts

/// What a quote rule sees: the document, the quote, its sentence, and who was quoted last.
struct QuoteContext {
    let doc: Document
    let quote: QuoteSpan
    /// The sentence the quote opens in.
    let sentence: Int
    let inQuote: [Bool]
    /// The speaker of the last statement made from a quote, and its sentence.
    let lastSpeaker: (entity: Int, sentence: Int)?

    /// Whether the quote opens its sentence or its paragraph.
    var opensSentence: Bool {
        doc.sentences[sentence].tokens.lowerBound == quote.open || doc.tokens[quote.open].has(.paragraphBefore)
    }
}

/// Who a rule says speaks a quote, and the speech verb that says so (its qualifiers go on the fact).
struct QuoteAttribution {
    var speaker: Int
    var verb: Int?
}

/// One way of finding who speaks a direct quote: its name (the `rule` of the facts it makes), the
/// construction it reads, and the function that tries it (nil when it does not apply).
struct QuoteRule: Sendable {
    let name: String
    let pattern: String
    let attribute: @Sendable (QuoteContext) -> QuoteAttribution?
}

/// Direct quotes: each quote of the article, in order, given to `SpeechExtractor.quoteRules`.
enum DirectQuotes {
    /// The statements the quotes make, and the speech verbs that attributed them (reported speech
    /// leaves those alone); nil when cancelled.
    static func attribute(
        _ doc: Document, quotes: [QuoteSpan], inQuote: [Bool]
    )
        -> (statements: [Statement], verbs: Set<Int>)?
    {
        let t = doc.tokens
        var lastSpeaker: (entity: Int, sentence: Int)?
        var statements: [Statement] = []
        var verbs = Set<Int>()
        for q in quotes {
            if doc.cancellation.poll() { return nil }
            let s = Int(doc.sentenceOf[q.open])
            if doc.sentences[s].isExcluded { continue }
            let inner = (q.open + 1)..<q.close
            guard inner.count >= SpeechWindows.minQuoteTokens else { continue } // scare quotes: "patience"
            let context = QuoteContext(doc: doc, quote: q, sentence: s, inQuote: inQuote, lastSpeaker: lastSpeaker)
            guard let (rule, found) = firstAttribution(context) else { continue }
            var text = doc.text(inner)
            while let last = text.last, last == "," || last == " " { text.removeLast() }
            var qualifiers: [Qualifier] = [Qualifier("direct", .text("true"))]
            let factSentence = found.verb.map { Int(doc.sentenceOf[$0]) } ?? s
            if let verb = found.verb {
                verbs.insert(verb)
                qualifiers += SpeechExtractor.verbQualifiers(doc, verb: verb)
            }
            statements.append(
                Statement(
                    speaker: found.speaker, text: text, qualifiers: qualifiers,
                    sentence: factSentence, tokens: q.open..<(min(q.close, t.count - 1) + 1),
                    rule: rule))
            lastSpeaker = (found.speaker, factSentence)
        }
        return (statements, verbs)
    }

    /// The first rule of `SpeechExtractor.quoteRules` that names a speaker, and what it found.
    static func firstAttribution(_ context: QuoteContext) -> (String, QuoteAttribution)? {
        for rule in SpeechExtractor.quoteRules {
            if let found = rule.attribute(context), found.speaker >= 0 { return (rule.name, found) }
        }
        return nil
    }
}
