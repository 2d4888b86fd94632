import NewsFacts

/// A sentence opening with "in", a possessive pronoun and "words" (`speech.ownWordsNoun`) and a
/// comma reports the clause after the comma as the speech of the one the pronoun stands for:
///
///     "Ilse Marrow toured the docks on Monday. In her words, the cranes are past saving."
///                                                          Marrow: "the cranes are past saving"
///
/// The pronoun is the speaker of the last statement, reported or quoted, of the sentences just
/// before (`SpeechWindows.continuedQuoteSentences`) when it fits that speaker, as a continuing
/// "he added" is (`ContinuingSpeakers`), and no one when another person it fits is named since;
/// else the person anaphora gave it; else no one.
enum InTheirWords {
    static let rule = "reported-speech"
    static let pattern = "^ in (his | her | their) words , CLAUSE"

    /// The statement the sentence `s` (tokens `r`) makes this way, or nil.
    static func statement(
        _ doc: Document, sentence s: Int, _ r: Range<Int>, _ inQuote: [Bool],
        lastSpoken: (entity: Int, sentence: Int)?
    ) -> Statement? {
        let t = doc.tokens
        let k = r.lowerBound
        guard k + 4 < r.upperBound, t[k].word == inWord, ownWordsNouns.contains(t[k + 2]),
            t[k + 3].word == SpeechExtractor.Words.shared.comma, !inQuote[k + 4],
            let m = doc.mention(at: k + 1), m.kind == .pronoun, m.type == "person",
            SpeechExtractor.isPossessivePronoun(t[k + 1])
        else { return nil }
        var speaker = -1
        if let last = lastSpoken, last.sentence < s, s - last.sentence <= SpeechWindows.continuedQuoteSentences,
            SpeechExtractor.isPerson(doc, last.entity), Document.genderAgrees(m.name, doc.entities[last.entity].name)
        {
            // Two people the pronoun fits: the text is ambiguous, and no one is given the words.
            if namesAnother(doc, m, since: last, before: s, inQuote) { return nil }
            speaker = last.entity
        } else if SpeechExtractor.isPerson(doc, m.entity) {
            speaker = m.entity
        }
        guard speaker >= 0 else { return nil }
        let clause = SpeechExtractor.trim(doc, (k + 4)..<SpeechExtractor.statementEnd(doc, from: k + 4, r, inQuote))
        guard clause.count >= SpeechWindows.minStatementTokens else { return nil }
        return Statement(
            speaker: speaker, text: doc.text(clause), qualifiers: [Qualifier("direct", .text("false"))], sentence: s,
            tokens: k..<clause.upperBound, rule: rule)
    }

    /// Whether a person other than the last speaker whom the pronoun fits is named (outside
    /// quotes) in the sentences after the last statement and before `s`: "Marrow said the quay
    /// was old. Her deputy Anna Renn toured the docks. In her words, …" may be either's.
    static func namesAnother(
        _ doc: Document, _ m: Mention, since last: (entity: Int, sentence: Int), before s: Int, _ inQuote: [Bool]
    ) -> Bool {
        ((last.sentence + 1)..<s).contains { x in
            doc.mentionRange(sentence: x).contains { i in
                let o = doc.mentions[i]
                return o.kind == .name && o.entity >= 0 && o.entity != last.entity && !inQuote[o.tokens.lowerBound]
                    && SpeechExtractor.isPerson(doc, o.entity) && Document.genderAgrees(m.name, doc.entities[o.entity].name)
            }
        }
    }

    /// Nouns of `speech.ownWordsNoun` ("words").
    static let ownWordsNouns = WordSet(.speechOwnWordsNoun)
    static let inWord = Lexicon.shared.id(.in)
}
