import NewsFacts

/// A pronoun opening a speech verb's clause continues the speaker of the statement before:
///
///     "Over lunch with Ana Petrov, Ilse Varga said the plan was sound. She added that …"
///                                                                      She: Varga, not Petrov
///     "…, the Danish minister said. / She stressed that …"              the minister
///
/// A reporter writes "he added", "she stressed", "he further noted" for one more statement of
/// the person just quoted, whoever else the sentence before names: anaphora's guess, the first
/// person of that sentence, is often someone the speaker met or spoke about. Only a verb that goes
/// on with a statement (`speech.continuingLemmas`: "added", "stressed", "noted", "pointed out",
/// "further revealed", "reaffirmed") continues it;
/// one that may answer ("replied", "insisted", "denied") is often the other side's, and anaphora
/// keeps it. "he"/"she"
/// (or "it" for a body) right before the verb, no name before it in its sentence, stands for the
/// speaker of the last statement, reported or quoted, made at most
/// `SpeechWindows.continuedQuoteSentences` sentences before, when the pronoun fits that speaker
/// and no other that it could stand for is named (outside quotes) in the sentences since. It
/// names a speaker only where anaphora chose another one.
enum ContinuingSpeakers {
    static let rule = ReportedSpeakerRule(
        name: "continuing-speaker", pattern: "STATEMENT(SPEAKER) . (he | she | it) ADVERB* VERB",
        find: { c in
            let doc = c.doc, j = c.before, lower = c.range.lowerBound
            let sentence = Int(doc.sentenceOf[c.verb])
            guard continuingLemmas.contains(SpeechExtractor.Words.shared.lemma(of: doc.tokens[c.verb])),
                let last = c.lastSpoken, last.sentence < sentence,
                sentence - last.sentence <= SpeechWindows.continuedQuoteSentences,
                j >= lower, let m = doc.mention(at: j), m.kind == .pronoun, m.tokens.upperBound == j + 1,
                m.type == "person" || m.type == "thing",
                SpeechExtractor.pronounFits(m, doc.entities[last.entity].type),
                m.type != "person" || Document.genderAgrees(m.name, doc.entities[last.entity].name),
                m.entity != last.entity
            else { return nil }
            // A name before the pronoun in its sentence is what anaphora rightly takes.
            if doc.mentionRange(sentence: sentence).contains(where: {
                doc.mentions[$0].kind == .name && doc.mentions[$0].tokens.lowerBound < m.tokens.lowerBound
            }) {
                return nil
            }
            let other = ((last.sentence + 1)..<sentence).contains { s in
                doc.mentionRange(sentence: s).contains { i in
                    let o = doc.mentions[i]
                    return o.kind == .name && o.entity >= 0 && o.entity != last.entity
                        && !(c.inQuote.indices.contains(o.tokens.lowerBound) && c.inQuote[o.tokens.lowerBound])
                        && SpeechExtractor.pronounFits(m, doc.entities[o.entity].type)
                }
            }
            return other ? nil : ReportedSpeaker(speaker: last.entity, rule: "reported-speech")
        })

    /// Lemmas of verbs that go on with the statement before (`speech.continuingLemmas`).
    static let continuingLemmas = Set(Lexicon.shared.words(in: .speechContinuingLemmas))
}
