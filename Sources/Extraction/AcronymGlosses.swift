/// An acronym glossed in brackets right after it ("ingesting ROS [Reactive Oxygen Species, the
/// group of chemicals …]", "the ROV (Remotely Operated Vehicle) lights"): the writer explains a
/// term the reader may not know. When the gloss is made only of ordinary words or words no list
/// knows as a name, none an organization's or a place's head word, and its capitalised words'
/// initials spell the acronym, the two name a thing of the subject, no body: both are typed
/// `unknown`. A body is introduced the other way round, its name first ("the Quarnby Research
/// Council (QRC)"), or carries a head word ("… [National Democratic Party]"), and is left to the
/// typer.
extension ThingNames {
    static func acronymGlosses(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        let lex = Lexicon.shared, gazetteer = Gazetteer.shared
        for m in doc.mentions where m.kind == .name && m.entity >= 0 {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            guard start - 2 >= span.lowerBound, t[start - 1].text == "(" || t[start - 1].text == "[",
                  end < span.upperBound, [",", ")", "]", ";"].contains(t[end].text)
            else { continue }
            let acronym = t[start - 2]
            guard acronym.kind == .word, acronym.has(.allCaps), (2...6).contains(acronym.text.count),
                  acronym.text.allSatisfy(\.isLetter)
            else { continue }
            let words = m.tokens.filter { t[$0].kind == .word }
            guard words.allSatisfy({ isTermWord(t[$0].lower, lex, gazetteer) }) else { continue }
            let initials = String(words.filter { t[$0].isCapitalized }.compactMap { t[$0].text.first })
            guard initials == acronym.text else { continue }
            cue[m.entity] = EntityTyper.unknown
            if let a = doc.mention(at: start - 2), a.kind == .name, a.entity >= 0 { cue[a.entity] = EntityTyper.unknown }
        }
    }

    /// A word of a term's gloss: an ordinary word, or one no list knows as a name (no first or
    /// family name, no place: "Reactive", "Oxygen"); never an organization's or a place's head.
    private static func isTermWord(_ w: String, _ lex: Lexicon, _ g: Gazetteer) -> Bool {
        guard !lex.orgHeads.contains(w), !lex.placeHeads.contains(w) else { return false }
        return g.isCommonWord(w) || !g.isGivenName(w) && !g.isFamilyName(w) && g.place(w) == nil
    }
}
