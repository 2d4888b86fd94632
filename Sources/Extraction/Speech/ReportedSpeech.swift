import NewsFacts

/// Reported speech, sentence by sentence: "according to" (`AccordingTo`), and each speech verb
/// outside quotes with the speaker `SpeechExtractor.reportedSpeakerRules` finds and the clause
/// `ReportedClause` finds.
enum ReportedSpeech {
    /// The statements of every sentence but headlines and excluded ones, in order; stops early
    /// (with what it has) when cancelled.
    static func find(
        _ doc: Document, inQuote: [Bool], handledVerbs: Set<Int>, quoteSpeakers: [Int: Int] = [:]
    ) -> [Statement] {
        var out: [Statement] = []
        /// Who issued the last statement the text names ("a statement from X", "X said in a
        /// statement"): "the statement said" is theirs.
        var lastStatement = -1
        /// The speaker of the last statement, reported or quoted, and its sentence.
        var lastSpoken: (entity: Int, sentence: Int)?
        let t = doc.tokens
        let words = SpeechExtractor.Words.shared
        let lexiconClasses = Lexicon.shared.classes
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline {
            if doc.cancellation.poll() { return out }
            let r = span.tokens
            var previousSpeaker = -1
            var spokenHere: Int?
            // "In her words, CLAUSE" [InTheirWords].
            if let said = InTheirWords.statement(doc, sentence: s, r, inQuote, lastSpoken: lastSpoken) {
                out.append(said)
                spokenHere = said.speaker
            }
            // Only "according" and the speech verbs start anything: the scan passes the rest by.
            for k in WordClass.speechVerb.positions(in: t, r, classes: lexiconClasses, orWord: words.according) {
                if AccordingTo.opens(doc, at: k, r) {
                    let found = AccordingTo.find(doc, at: k, sentence: s, r, inQuote)
                    if let issuer = found.issuer { lastStatement = issuer }
                    out += found.statements
                    continue
                }
                // `isReportingVerb`'s first test, on the token in place: most words are no speech
                // verb, and the call (which looks the speech words up anew) cost some fifty
                // instructions a word of every sentence.
                guard t[k].kind == .word, words.classes(of: t[k]).contains(.speechVerb),
                    isReportingVerb(doc, k, r, inQuote, handledVerbs)
                else { continue }
                // "welcomed Portuguese President Ana Costa": a guest received, nothing said.
                if ReceivingVerbs.isReceivingVerb(doc.tokens, k), ReceivingVerbs.hasPersonObject(doc, k, r) { continue }
                var context = ReportedContext(
                    doc: doc, verb: k, range: r,
                    before: SpeechExtractor.tokenBefore(doc, verb: k, limit: r.lowerBound, time: true),
                    previousSpeaker: previousSpeaker, lastStatement: lastStatement,
                    quoteSpeaker: quoteSpeakers[s] ?? -1)
                context.lastSpoken = lastSpoken
                context.inQuote = inQuote
                guard let found = firstSpeaker(context) else { continue }
                previousSpeaker = found.speaker
                guard let reported = ReportedClause.find(doc, verb: k, found, r, inQuote) else { continue }
                var qualifiers = qualifiers(doc, verb: k, reported)
                if found.via >= 0 { qualifiers.append(Qualifier("via", .entity(doc.entities[found.via].name))) }
                if found.issued || qualifiers.contains(where: { $0.key == "medium" && $0.value == .text("statement") }) {
                    lastStatement = found.speaker
                }
                if found.group.isEmpty { spokenHere = found.speaker }
                let text = reported.text(doc)
                let tokens = reported.tokens(verb: k)
                for who in found.group.isEmpty ? [found.speaker] : found.group {
                    out.append(
                        Statement(
                            speaker: who, text: text, qualifiers: qualifiers, sentence: s, tokens: tokens,
                            rule: reported.rule))
                }
            }
            if let e = spokenHere ?? quoteSpeakers[s] { lastSpoken = (e, s) }
        }
        return out
    }

    /// Whether the token at `k` is a speech verb reporting speech here: outside quotes, not
    /// already a quote's attribution, not a participle ("the so-called") or a noun ("her claims").
    static func isReportingVerb(
        _ doc: Document, _ k: Int, _ r: Range<Int>, _ inQuote: [Bool],
        _ handledVerbs: Set<Int>
    ) -> Bool {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        guard t[k].kind == .word, !t[k].isCapitalized, w.classes(of: t[k]).contains(.speechVerb),
            !inQuote[k], !handledVerbs.contains(k)
        else { return false }
        // "said" as a participle ("the so-called", "the said") is not speech.
        if k > r.lowerBound, w.participleBefore.contains(t[k - 1]) { return false }
        if isPassive(t, k, r) { return false }
        return !SpeechExtractor.isNounAfterPossessive(t, k, r) && SpeechExtractor.introducesQuote(t, k, r)
    }

    /// "Lopez was confirmed by the Senate", "they were told to leave": a speech verb's
    /// participle (no "-ing", no "-s" form) after a form of "be" (past speech adverbs: "was
    /// later told") is passive, and its subject is no speaker.
    static func isPassive(_ t: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        let w = SpeechExtractor.Words.shared
        let lower = t[k].lower
        guard !lower.hasSuffix("ing"), !lower.hasSuffix("s") else { return false }
        var j = k - 1
        while j >= r.lowerBound {
            if w.passiveAuxiliaries.contains(t[j]) { return true }
            guard w.isSpeechAdverb(t[j]) else { return false }
            j -= 1
        }
        return false
    }

    /// The first rule of `SpeechExtractor.reportedSpeakerRules` that names a speaker.
    static func firstSpeaker(_ context: ReportedContext) -> ReportedSpeaker? {
        for rule in SpeechExtractor.reportedSpeakerRules {
            if let found = rule.find(context), found.speaker >= 0 { return found }
        }
        return nil
    }

    /// The statement's qualifiers: `direct` (a quote inside the clause), `to`, `date`, `medium`
    /// and `verb` (the lemma, when not say or tell).
    static func qualifiers(_ doc: Document, verb k: Int, _ reported: ReportedClause.Found) -> [Qualifier] {
        let t = doc.tokens
        let direct = (reported.clause.lowerBound..<(reported.continuation?.upperBound ?? reported.clause.upperBound))
            .contains(where: { t[$0].kind == .quote })
        var qs: [Qualifier] = [Qualifier("direct", .text(direct ? "true" : "false"))]
        if let addressee = reported.addressee { qs.append(Qualifier("to", .text(addressee))) }
        qs += SpeechExtractor.verbQualifiers(doc, verb: k, dateBefore: !reported.inverted).filter { $0.key != "to" }
        let lemma = SpeechExtractor.Words.shared.lemma(of: t[k])
        if lemma != "say" && lemma != "tell" { qs.append(Qualifier("verb", .text(lemma))) }
        return qs
    }
}
