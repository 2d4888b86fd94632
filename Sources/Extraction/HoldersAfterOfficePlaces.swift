/// "talks with the President of the Republic of Velmoria Tavo Rinnek", "Head of Republic of Tuva
/// Oleg Varnov, …": an office's "of" (a title word, "of", maybe "the"), then a place's or a
/// body's head and its own "of" part, one word or a name the lexicon or the gazetteer lists, then
/// two capitalised words no list knows (no ordinary word, place, listed name, head or title word)
/// closing the run, is the office's place and its holder's name, which the writer ran together
/// without a comma. The office before the run is the evidence that a holder follows, as a
/// person's verb after it is for a body (`UnlistedNamesAfterBodies.swift`); "the Republic of
/// Velmoria Quarnel Dabsk" with no office before it keeps its one name. So too a one-word place
/// that is also a first name ("India", "Jordan") right after an office's "to" or "of" is the
/// office's place, not the first word of its holder's name ("High Commissioner to India Rashid
/// Qamar": India, then Rashid Qamar; "Paris Hilton" elsewhere stays a person).
extension MentionFinder {
    static func holderAfterOfficePlace(_ t: [Token], _ k: Int, _ start: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        let known = KnownWords.shared
        guard end - k == 2, k - 3 >= start, start >= 2, t[start + 1].word == known.of,
              !lex.classes(of: t[start]).isDisjoint(with: [.placeHead, .orgHead])
        else { return false }
        // The head's "of" part: one word, or a name listed whole ("Republic of South Sudan").
        let part = start + 2..<k
        guard part.allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized }),
              part.count == 1 || lex.phrase(at: part.lowerBound, in: t, end: k)?.tokenCount == part.count
        else { return false }
        // The office: a title word, "of" or "to", maybe "the", right before the run.
        var b = start - 1
        if t[b].word == known.the { b -= 1 }
        guard b >= 1, t[b].word == known.of || t[b].word == known.to,
              lex.classes(of: t[b - 1]).contains(.titleHeadWord) else { return false }
        let g = Gazetteer.shared
        for w in k..<end {
            guard t[w].kind == .word, t[w].isCapitalized, !t[w].has(.allCaps), !t[w].has(.dotted),
                  !g.isCommonWord(t[w].lower), g.place(t[w].lower) == nil, lex.phrase(at: w, in: t, end: w + 1) == nil,
                  lex.classes(of: t[w]).isDisjoint(with: [.orgHead, .placeHead, .docHead, .titleStart, .nonName])
            else { return false }
        }
        return true
    }

    /// Whether `p` comes right after an office's "to" or "of" (a title word, "to" or "of", maybe
    /// "the").
    static func followsOfficePreposition(_ t: [Token], _ p: Int, _ lex: LexiconTables) -> Bool {
        let known = KnownWords.shared
        var b = p - 1
        if b >= 0, t[b].word == known.the { b -= 1 }
        return b >= 1 && (t[b].word == known.of || t[b].word == known.to) && lex.classes(of: t[b - 1]).contains(.titleHeadWord)
    }
}
