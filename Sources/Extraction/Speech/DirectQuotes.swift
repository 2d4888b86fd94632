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
    /// The last quote that made a statement, and its speaker.
    var previous: (quote: QuoteSpan, speaker: Int)? = nil

    /// Whether the quote opens a paragraph where `earlier`, left open at the end of the paragraph
    /// before, runs on (the convention for a quote of several paragraphs).
    func continues(_ earlier: QuoteSpan) -> Bool {
        earlier.close == quote.open && doc.tokens[quote.open].has(.paragraphBefore)
    }

    /// The first token of the quote's sentence.
    var sentenceStart: Int { doc.sentences[sentence].tokens.lowerBound }

    /// The token an attribution before the quote ends on: the one before the opening mark, or the
    /// one before that when it is a colon, "that" or a comma (`speech.beforeQuote`). It may lie
    /// before `sentenceStart` when the quote opens its sentence.
    var wordBeforeQuote: Int {
        var k = quote.open - 1
        if k >= sentenceStart, SpeechExtractor.Words.shared.beforeQuote.contains(doc.tokens[k]) { k -= 1 }
        return k
    }

    /// Whether the quote opens its sentence or its paragraph.
    var opensSentence: Bool {
        doc.sentences[sentence].tokens.lowerBound == quote.open || doc.tokens[quote.open].has(.paragraphBefore)
    }
}

/// Who a rule says speaks a quote, and the speech verb that says so (its qualifiers go on the fact).
struct QuoteAttribution {
    var speaker: Int
    var verb: Int?

    /// The attribution names a speaker that is no entity (`"…," a Japanese official told
    /// Reuters`): no later rule may give the quote to someone else.
    static func unnamed(verb: Int) -> QuoteAttribution { QuoteAttribution(speaker: unnamedSpeaker, verb: verb) }
    static let unnamedSpeaker = -2
}

/// One way of finding who speaks a direct quote: its name (the `rule` of the facts it makes), the
/// construction it reads, and the function that tries it (nil when it does not apply).
struct QuoteRule: Sendable {
    let name: String
    let pattern: String
    /// A guess from nearness ("the speaker quoted last"): an attribution written later in the
    /// same quote, run on over paragraphs, overrides it.
    var guessed = false
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
        var lastSpeaker: (entity: Int, sentence: Int)?
        var previous: (quote: QuoteSpan, speaker: Int)?
        /// Quotes no rule attributed (or only guessed), each running on into the next: the
        /// paragraphs of one quote whose attribution may come in a later paragraph; with the
        /// index of the guessed statement.
        var runOn: [(quote: QuoteSpan, statement: Int?)] = []
        var statements: [Statement] = []
        var verbs = Set<Int>()
        for q in quotes {
            if doc.cancellation.poll() { return nil }
            let s = Int(doc.sentenceOf[q.open])
            if doc.sentences[s].isExcluded { continue }
            // Scare quotes ("patience") say nothing, unless a verb characterizes with them.
            guard q.close - q.open - 1 >= SpeechWindows.minQuoteTokens || characterizes(doc, q, sentence: s) else {
                continue
            }
            var context = QuoteContext(doc: doc, quote: q, sentence: s, inQuote: inQuote, lastSpeaker: lastSpeaker)
            context.previous = previous
            let attribution = firstAttribution(context)
            if attribution == nil || attribution?.0.guessed == true {
                if let last = runOn.last, !context.continues(last.quote) { runOn = [] }
                runOn.append((q, attribution == nil ? nil : statements.count))
            }
            guard let (rule, found) = attribution else { continue }
            var qualifiers: [Qualifier] = [Qualifier("direct", .text("true"))]
            let factSentence = found.verb.map { Int(doc.sentenceOf[$0]) } ?? s
            if let verb = found.verb {
                verbs.insert(verb)
                qualifiers += SpeechExtractor.verbQualifiers(doc, verb: verb)
            }
            // "…\n\n"…," she said.": the paragraphs before, run on into this one, are hers too.
            if !rule.guessed, let last = runOn.last, context.continues(last.quote) {
                for earlier in runOn {
                    if let i = earlier.statement {
                        statements[i].speaker = found.speaker
                    } else {
                        statements.append(
                            statement(
                                doc, earlier.quote, speaker: found.speaker, qualifiers: [qualifiers[0]],
                                sentence: Int(doc.sentenceOf[earlier.quote.open]), rule: QuoteContinued.rule))
                    }
                }
            }
            if !rule.guessed { runOn = [] }
            statements.append(
                statement(
                    doc, q, speaker: found.speaker, qualifiers: qualifiers, sentence: factSentence,
                    rule: rule.name))
            lastSpeaker = (found.speaker, factSentence)
            previous = (q, found.speaker)
        }
        return (statements, verbs)
    }

    /// `X called the blockade "an act of piracy"`, `X described the levy as "pure theft"`: a
    /// short quote (`SpeechWindows.minCharacterizingTokens` tokens or more) that a characterizing
    /// verb (`speech.characterizing`) applies to its object is what the speaker called it, no
    /// scare quote.
    static func characterizes(_ doc: Document, _ q: QuoteSpan, sentence s: Int) -> Bool {
        guard q.close - q.open - 1 >= SpeechWindows.minCharacterizingTokens else { return false }
        let start = doc.sentences[s].tokens.lowerBound, k = q.open - 1
        guard k > start else { return false }
        return QuoteBefore.characterizedAs(doc, before: k, limit: start) != nil
            || QuoteBefore.characterizingVerb(doc, before: k, limit: start) != nil
    }

    /// The statement a quote makes: its text inside the marks (without a trailing comma).
    static func statement(
        _ doc: Document, _ q: QuoteSpan, speaker: Int, qualifiers: [Qualifier], sentence: Int,
        rule: String
    ) -> Statement {
        var text = doc.text((q.open + 1)..<q.close)
        while let last = text.last, last == "," || last == " " { text.removeLast() }
        return Statement(
            speaker: speaker, text: text, qualifiers: qualifiers, sentence: sentence,
            tokens: q.open..<(min(q.close, doc.tokens.count - 1) + 1), rule: rule)
    }

    /// The first rule of `SpeechExtractor.quoteRules` that names a speaker, and what it found;
    /// nil when none does or one finds the speaker unnamed.
    static func firstAttribution(_ context: QuoteContext) -> (QuoteRule, QuoteAttribution)? {
        for rule in SpeechExtractor.quoteRules {
            guard let found = rule.attribute(context) else { continue }
            if found.speaker == QuoteAttribution.unnamedSpeaker { return nil }
            if found.speaker >= 0 { return (rule, found) }
        }
        return nil
    }
}
