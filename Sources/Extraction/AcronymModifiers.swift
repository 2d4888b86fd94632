/// An acronym no list knows, every mention of which qualifies a common noun right after a
/// determiner ("is that shine in the ROV lights their own?", "changed from the QIX system to the
/// QRS system"): the article never speaks of it on its own, as it speaks of a body (a subject, an
/// object, a name after a preposition), so it names a kind of thing or a scheme, not a body or a
/// place, and is typed `unknown`. A mention after a singular thing's noun, "of" and "the" that
/// nothing else around it types, no verb after it, says nothing against the modifier ("the ZQX
/// arm … the camera of the ZQX": a thing); one after a plural or a person's noun, a verb's
/// subject, after a possessive or with any cue the typer reads ("Fighters of the FDLR attacked",
/// "Britain's CMA", "a spokesman for the KNU") is a body's. One mention on its own ("USI said …")
/// keeps the typer's reading for all of them, and so does a body's or a place's head word after
/// it ("the KORA group", "the BART station"); an acronym that is the short form of a longer name is
/// that name's, and a road's or a model's letters and digits ("the A1M northbound") are no acronym.
extension ThingNames {
    static func acronymModifiers(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        let lex = Lexicon.shared
        // For each entity named by one acronym: whether every mention so far is such a modifier or
        // a neutral object, and whether one was a modifier.
        // Arrays by entity index, not a dictionary and a set: hashing the index of every name
        // mention was most of this rule's time. `modifierOnly` is nil until a mention is read.
        var modifierOnly = [Bool?](repeating: nil, count: doc.entities.count)
        var modifierSeen = [Bool](repeating: false, count: doc.entities.count)
        var tagsBySentence = [Int: [PartOfSpeech]]()
        // The mentions' plain fields (`MentionSpots`); the whole mention is copied only for the
        // few `neutralObject` weighs.
        for (i, m) in doc.mentionSpots.enumerated() where m.kind == .name && m.entity >= 0 && modifierOnly[m.entity] != false {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            var modifier = m.tokens.count == 1 && !m.fromLexicon && t[start].kind == .word && t[start].has(.allCaps)
                && (2...5).contains(t[start].text.count) && t[start].text.allSatisfy(\.isLetter)
                && doc.entities[m.entity].name == t[start].text
                && start > span.lowerBound && EntityTyper.tokenWords.determiners.contains(t[start - 1])
                && end < span.upperBound && t[end].kind == .word && !t[end].isCapitalized
                && !lex.orgHeads.contains(t[end].lower) && !lex.placeHeads.contains(t[end].lower)
                // "the QWB series": a programme's noun names its maker (`BroadcasterNames.swift`).
                && !EntityTyper.broadcasterWords.programmes.contains(t[end])
                // "a QPO statement": what a body issues names its issuer (`typer.bodyStatement`).
                && !EntityTyper.tokenWords.bodyStatements.contains(t[end])
            if modifier {
                let tags = tagsBySentence[m.sentence] ?? PartOfSpeechTagger.shared.tag(t, span)
                tagsBySentence[m.sentence] = tags
                modifier = tags[end - span.lowerBound] == .noun
            }
            if modifier {
                modifierSeen[m.entity] = true
            } else if neutralObject(doc, doc.mentions[i], span, &tagsBySentence) {
                modifier = true
            }
            modifierOnly[m.entity] = modifier
        }
        for e in modifierOnly.indices where modifierOnly[e] == true && modifierSeen[e] { cue[e] = EntityTyper.unknown }
    }

    /// The nouns before "of the" that name a person, whose "of" is a body.
    private struct NeutralWords {
        let persons = WordSet(ids: [WordList.typerPersonNoun, .speechSpokespeople, .relationMember, .typerOrganizationOfNoun]
            .flatMap { Lexicon.shared.words(in: $0) }.map { Lexicon.shared.vocabulary.id(of: $0) })
    }
    private static let neutralWords = NeutralWords()

    /// "the camera of the ZQX": one acronym after a singular thing's noun, "of" and "the", no verb
    /// after it, and no word around it the typer reads as a cue for any type (`EntityTyper.Evidence`).
    private static func neutralObject(
        _ doc: Document, _ m: Mention, _ span: Range<Int>, _ tagsBySentence: inout [Int: [PartOfSpeech]]
    ) -> Bool {
        let t = doc.tokens
        let start = m.tokens.lowerBound, end = m.tokens.upperBound
        guard m.tokens.count == 1, !m.fromLexicon, t[start].has(.allCaps), start - 2 >= span.lowerBound,
              t[start - 1].word == KnownWords.shared.the, !t[start - 1].isCapitalized,
              doc.entities[m.entity].name == t[start].text else { return false }
        let tags = tagsBySentence[m.sentence] ?? PartOfSpeechTagger.shared.tag(t, span)
        tagsBySentence[m.sentence] = tags
        // "of" after one singular thing's noun: a part or a property of the thing ("the camera of");
        // a plural before it counts members ("fighters of the FDLR"), and a person's noun, a title
        // or a spokesperson is one ("a spokesman of", "a member of"): a body's. A final "s" is
        // read as a plural, so "the lens of" keeps the body: the safe side.
        let noun = start - 3
        guard noun >= span.lowerBound, t[start - 2].word == KnownWords.shared.of,
              tags[noun - span.lowerBound] == .noun, t[noun].kind == .word, !t[noun].isCapitalized,
              !t[noun].lower.hasSuffix("s"), doc.mention(at: noun) == nil,
              !neutralWords.persons.contains(t[noun]) else { return false }
        if end < span.upperBound, [.verb, .auxiliary].contains(tags[end - span.lowerBound]) { return false }
        var evidence = EntityTyper.Evidence()
        evidence.add(context: doc, sentence: m.sentence, tokens: m.tokens)
        return evidence.person == 0 && evidence.place == 0 && evidence.organization == 0 && evidence.work == 0
            && !evidence.notName
    }
}
