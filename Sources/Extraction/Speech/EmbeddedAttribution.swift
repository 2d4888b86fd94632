import NewsFacts

/// An attribution set inside its statement between commas, speaker first: "The company's
/// shares, Anna Berg said, rose after the report." The statement is the sentence without the
/// attribution ("The company's shares rose after the report"), not the subject before it.
enum EmbeddedAttribution {
    /// The statement's part after the attribution of the verb `k`, when the clause before the
    /// speaker (`before`) has no verb of its own and the words after the comma that follows the
    /// verb (past its time and adjuncts) open with its verb ("rose"; not "citing", "and",
    /// "which"); else nil.
    static func continuation(
        _ doc: Document, verb k: Int, before: Range<Int>, _ r: Range<Int>, _ inQuote: [Bool]
    ) -> Range<Int>? {
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        let c = SpeechExtractor.skipAdjuncts(doc, k + 1, r.upperBound)
        guard c + 1 < r.upperBound, t[c].word == w.comma, !inQuote[c + 1], t[c + 1].kind == .word,
            !t[c + 1].isCapitalized, !t[c + 1].lower.hasSuffix("ing"), !before.isEmpty
        else { return nil }
        let first = r.lowerBound
        let tags = PartOfSpeechTagger.shared.tag(t, r)
        let isVerb = { (x: Int) in tags[x - first] == .verb || tags[x - first] == .auxiliary }
        guard isVerb(c + 1), !before.contains(where: isVerb) else { return nil }
        let rest = SpeechExtractor.trim(doc, (c + 1)..<SpeechExtractor.statementEnd(doc, from: c + 1, r, inQuote))
        return rest.isEmpty ? nil : rest
    }
}
