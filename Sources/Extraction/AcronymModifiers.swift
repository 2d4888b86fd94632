/// An acronym no list knows, every mention of which qualifies a common noun right after a
/// determiner ("is that glow in the ROV lights their own?", "changed from the ICI system to the
/// IMU system"): the article never speaks of it on its own, as it speaks of a body (a subject, an
/// object, a name after a preposition), so it names a kind of thing or a scheme, not a body or a
/// place, and is typed `unknown`. One mention on its own ("USI said …") keeps the typer's reading
/// for all of them, and so does a body's or a place's head word after it ("the ARES group", "the
/// BART station"); an acronym that is the short form of a longer name is that name's, and a road's
/// or a model's letters and digits ("the A1M northbound") are no acronym.
extension ThingNames {
    static func acronymModifiers(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        let lex = Lexicon.shared
        // For each entity named by one acronym: whether every mention so far is such a modifier.
        var modifierOnly = [Int: Bool]()
        var tagsBySentence = [Int: [PartOfSpeech]]()
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && modifierOnly[m.entity] != false {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            var modifier = m.tokens.count == 1 && !m.fromLexicon && t[start].kind == .word && t[start].has(.allCaps)
                && (2...5).contains(t[start].text.count) && t[start].text.allSatisfy(\.isLetter)
                && doc.entities[m.entity].name == t[start].text
                && start > span.lowerBound && EntityTyper.tokenWords.determiners.contains(t[start - 1])
                && end < span.upperBound && t[end].kind == .word && !t[end].isCapitalized
                && !lex.orgHeads.contains(t[end].lower) && !lex.placeHeads.contains(t[end].lower)
                // "the WB series": a programme's noun names its maker (`BroadcasterNames.swift`).
                && !EntityTyper.broadcasterWords.programmes.contains(t[end])
            if modifier {
                let tags = tagsBySentence[m.sentence] ?? PartOfSpeechTagger.shared.tag(t, span)
                tagsBySentence[m.sentence] = tags
                modifier = tags[end - span.lowerBound] == .noun
            }
            modifierOnly[m.entity] = modifier
        }
        for (e, only) in modifierOnly where only { cue[e] = EntityTyper.unknown }
    }
}
