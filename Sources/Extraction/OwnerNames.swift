/// A one-word name that owns something: "Piaget's stages of development", "Freud's libido", "the
/// Psalmist's words". People own ideas, works and words far more often than the things a body or
/// a place has, which `typer.personPossession` and `typer.organizationPossession` list; so a
/// possessive and a lower-case noun after a name no list knows is weak evidence of a person
/// (1 point, which decides only for a name made of no ordinary word, as `Evidence.decision`
/// weighs it); after an article, of a body ("the Confederacy's staunch hope": people's names
/// take none). A name of several words ("Sky One's series") is as often a body's and gets none,
/// and so do a title's, a role's, a head's or a local body's word (`name.localBody`: "the
/// Sheriff's detective"), a word a capitalised one stands right before ("Internet Explorer's
/// market share": the run was cut), and an owner of an office or a role ("Veloria's envoy").
extension EntityTyper {
    static let localBodyWords = ListedWords(Lexicon.shared.words(in: .nameLocalBody))

    /// Whether the name at `start..<end` is one word, then a possessive and a lower-case word.
    static func ownsUnlistedThing(_ t: [Token], start: Int, end: Int, span: Range<Int>) -> Bool {
        guard end - start == 1, t[start].kind == .word, !t[start].has(.allCaps),
              end + 1 < span.upperBound, t[end].kind == .possessive,
              Lexicon.shared.titleHeads[t[start].lower] == nil, !localBodyWords.contains(t[start].lower),
              Lexicon.shared.classes(of: t[start]).isDisjoint(with: [.orgHead, .placeHead, .docHead, .role, .titleStart])
        else { return false }
        // "Internet Explorer's market share": a word cut from a longer capitalised run is no name alone.
        if start > span.lowerBound, t[start - 1].kind == .word, t[start - 1].isCapitalized { return false }
        let next = t[end + 1]
        guard next.kind == .word, !next.isCapitalized else { return false }
        // "Veloria's envoy", "Quarnia's new trade minister": what holds an office or a role is a
        // country or a body as often as a person.
        var j = end + 1
        while j < min(span.upperBound, end + 4), t[j].kind == .word, !t[j].isCapitalized {
            if Lexicon.shared.titleHeads[t[j].lower] != nil || Lexicon.shared.classes(of: t[j]).contains(.role) { return false }
            j += 1
        }
        return true
    }
}
