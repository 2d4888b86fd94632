/// A one-word name that owns what a person makes or thinks: "Piaget's stages of development",
/// "Tessaly's sonnets", "Vardelli's conjecture". `typer.personPossession` lists what only people
/// have ("X's wife", "X's theory", 3 points for any name); `typer.ownedWork` lists what people
/// make or think far more often than a body or a product does ("stages", "novel", "ideas"), in the
/// first three lower-case words after the possessive: weak evidence of a person (1 point, which
/// decides only for a name made of no ordinary word, as `Evidence.decision` weighs it). Any
/// lower-case noun would not do: a company, a product or a virus owns things too ("Ukrenergo's
/// engineers", "Wegovy's supply", "Omicron's spread"). None after an article (people's names
/// take none), for a name of several words ("Sky One's series" is as often a body's), a title's,
/// a role's, a head's or a local body's word (`name.localBody`: "the Sheriff's detective"), a
/// word a capitalised one stands right before ("Internet Navigator's market share": the run was
/// cut), nor an owner of an office or a role ("Veloria's envoy").
extension EntityTyper {
    static let localBodyWords = ListedWords(Lexicon.shared.words(in: .nameLocalBody))
    static let ownedWorks = WordSet(.typerOwnedWork)

    /// Whether the name at `start..<end` is one word, then a possessive and, within three
    /// lower-case words, a word of `typer.ownedWork` that no office or role comes before.
    static func ownsUnlistedThing(
        _ t: [Token], start: Int, end: Int, span: Range<Int>, determiners: WordSet
    ) -> Bool {
        guard end - start == 1, t[start].kind == .word, !t[start].has(.allCaps),
              end + 1 < span.upperBound, t[end].kind == .possessive,
              Lexicon.shared.titleHeads[t[start].lower] == nil, !localBodyWords.contains(t[start].lower),
              Lexicon.shared.classes(of: t[start]).isDisjoint(with: [.orgHead, .placeHead, .docHead, .role, .titleStart])
        else { return false }
        if start > span.lowerBound {
            // "Internet Navigator's market share": a word cut from a longer capitalised run is no name alone.
            if t[start - 1].kind == .word, t[start - 1].isCapitalized { return false }
            // "the Vessarine's sonnets": people's names take no article.
            if determiners.contains(t[start - 1]) { return false }
        }
        // "Veloria's envoy", "Quarnia's new trade minister": what holds an office or a role is a
        // country or a body as often as a person.
        var j = end + 1
        while j < min(span.upperBound, end + 4), t[j].kind == .word, !t[j].isCapitalized {
            if Lexicon.shared.titleHeads[t[j].lower] != nil || Lexicon.shared.classes(of: t[j]).contains(.role) { return false }
            if ownedWorks.contains(t[j]) { return true }
            j += 1
        }
        return false
    }
}
