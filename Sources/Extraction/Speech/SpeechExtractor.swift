import NewsFacts

/// Statements: `SPEAKER said "TEXT" [direct: true|false, to: …, date: …]`.
///
/// - Direct quotes, attributed after (`"…," Motegi told reporters`, `"…," said the minister`)
///   or before (`Motegi said: "…"`) [quote-after, quote-before]; a quote with no attribution
///   right after a statement continues that speaker [quote-continued].
/// - Reported speech: `SPEAKER (also)? VERB (on Twitter)? (that)? CLAUSE` for speech verbs
///   (said, told X, stressed, pledged, vowed, welcomed, highlighted…) [reported-speech];
///   `CLAUSE, SPEAKER said.` [reported-postposed]; `…, according to SPEAKER` [according-to];
///   `SPEAKER, who has said CLAUSE` [reported-relative]; and coordinated verbs
///   ("highlighted … and stressed …") share the speaker.
/// The speaker is a name, or a pronoun or role noun ("he", "the ministry") resolved to one.
///
/// The stage runs in the order this file states: quote marks are paired (`QuoteSpans`), each
/// quote is given to the rules of `quoteRules` in turn until one names its speaker
/// (`DirectQuotes`), then each sentence is read for reported speech (`ReportedSpeech`), whose
/// speakers come from `reportedSpeakerRules` in turn. Each part reads the document and returns
/// `Statement` values; only this function adds them to the document, in the order found.
enum SpeechExtractor {
    static func extract(_ doc: Document) {
        let quotes = QuoteSpans.find(doc.tokens)
        let inQuote = QuoteSpans.mask(quotes, tokenCount: doc.tokens.count)
        guard let direct = DirectQuotes.attribute(doc, quotes: quotes, inQuote: inQuote) else { return }
        for statement in direct.statements { statement.add(to: doc) }
        var quoteSpeakers: [Int: Int] = [:]
        for statement in direct.statements { quoteSpeakers[statement.sentence] = statement.speaker }
        let reported = ReportedSpeech.find(
            doc, inQuote: inQuote, handledVerbs: direct.verbs, quoteSpeakers: quoteSpeakers)
        for statement in reported { statement.add(to: doc) }
    }

    /// Who speaks a direct quote, tried in this order; the first rule that names a speaker wins
    /// and its name is the `rule` of the fact.
    static let quoteRules: [QuoteRule] = [
        QuoteAfter.rule,
        QuoteBefore.rule,
        DocumentIssuers.quoteRule,
        QuoteIntroductions.colonRule,
        QuoteIntroductions.wordsOfRule,
        QuoteContinued.runOnRule,
        QuoteContinued.afterReportedRule,
        QuoteContinued.nearbyRule,
        QuoteContinued.sameSentenceRule,
        QuoteContinued.answersQuestionRule,
        QuoteContinued.paragraphSubjectRule,
    ]

    /// Who speaks a reported statement (the speech verb known), tried in this order; the first
    /// that names a speaker wins.
    static let reportedSpeakerRules: [ReportedSpeakerRule] = [
        ReportedSpeakers.quotedAs,
        ContinuingSpeakers.rule,
        ReportedSpeakers.subject,
        ReportedSpeakers.pluralAntecedents,
        ReportedSpeakers.relativeClause,
        ReportedSpeakers.apposition,
        ReportedSpeakers.appositionList,
        ReportedSpeakers.coordinatedVerb,
        ReportedSpeakers.coordinatedClause,
        ReportedSpeakers.theStatement,
        DocumentIssuers.reportedRule,
        ReportedSpeakers.whoSaid,
        ReportedSpeakers.participle,
        ReportedSpeakers.inverted,
    ]
}
