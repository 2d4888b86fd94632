/// "A lecturer at the Institute of Chile Santiago Tavo Quarnic said the fees would rise": a
/// body's name whose "of" part a listed place closes, then two capitalised words no list knows
/// (no ordinary word, place, listed name or head) closing the run before a verb people are the
/// subject of (`person-verbs.tsv`: "heard", "said", "wrote"), is two names: the body's, and the
/// person's the writer ran into it without a comma. "the Bank of Japan Governor Haruhiko Kuroda"
/// is a title's business, and "University of Texas Press said" (a head closing the run) keeps
/// its name.
extension MentionFinder {
    static func unlistedNameAfterPlacedBody(_ t: [Token], _ k: Int, _ start: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        guard end - k == 2, k - 3 >= start, end < t.count, t[end].kind == .word, !t[end].isCapitalized,
              lex.classes(of: t[end]).contains(.personVerb) || lex.shared.speechLemma[t[end].lower] != nil
        else { return false }
        let g = Gazetteer.shared
        for w in k..<end {
            guard t[w].kind == .word, t[w].isCapitalized, !t[w].has(.allCaps), !t[w].has(.hyphenated), !t[w].has(.dotted),
                  !g.isCommonWord(t[w].lower), g.place(t[w].lower) == nil, lex.phrase(at: w, in: t, end: w + 1) == nil,
                  lex.classes(of: t[w]).isDisjoint(with: [.orgHead, .placeHead, .docHead, .titleStart, .nonName])
            else { return false }
        }
        // The word before is a place the gazetteer or the lexicon lists, no ordinary word.
        let before = k - 1
        guard t[before].kind == .word, t[before].isCapitalized, !g.isCommonWord(t[before].lower) else { return false }
        let listedPlace = g.place(t[before].lower) != nil
            || lex.phrase(at: before, in: t, end: k).map { $0.kind == .place || $0.kind == .capital || $0.kind == .country } ?? false
        guard listedPlace else { return false }
        // A body's head word and its "of" before the place: "University of Texas Arlington".
        let of = KnownWords.shared.of
        return (start..<before - 1).contains { h in
            t[h + 1].word == of && lex.classes(of: t[h]).contains(.orgHead)
        }
    }
}
