/// "The UNC Greensboro exhibit … the museum in Greensboro", "Triple-A Indianapolis … 24 games
/// for Indianapolis", "the town of Julfa … called New Julfa": a place with evidence of its own is
/// not the surname of a two-word "person" that only the shape of its words made one.
///
/// `EntityResolver.mergeLocativeShortNames` reads a place that only a preposition typed ("a stake
/// in Halvorsen", "confidence in Ekdahl") as the short name of a body or person the article names
/// in full. When the place has evidence beyond the preposition (the gazetteer lists it, not as an
/// ordinary word, or a place noun and "of" introduce it: "the town of Julfa") and the person's
/// name opens with no first name the census lists, the place keeps its own entity: the strong
/// evidence is not outweighed by a guess. A person named with a listed first name ("Anna Paris …
/// in Paris"), or whose other words are all ordinary words ("Space Shuttle Enterprise … the place
/// of Enterprise": a thing named after the place), is merged as before.
extension EntityResolver {
    /// Whether the place entity `place`, all of whose mentions are locative guesses, stays apart
    /// from the person entity `person` whose last word it equals.
    static func placeKeepsItsOwnEntity(_ doc: Document, place: Int, person: Int, mentions: [Int]) -> Bool {
        let name = doc.entities[person].name
        guard doc.entities[person].type == "person", !opensWithGivenName(name), hasUnlistedWordBeforeLast(name) else { return false }
        if let listed = Gazetteer.shared.place(doc.entities[place].name.lowercased()), !listed.isCommonWord { return true }
        return mentions.contains { afterPlaceNounOf(doc, doc.mentions[$0].tokens.lowerBound, doc.mentions[$0].sentence) }
    }

    /// Whether a person's name opens with a first name the census lists ("Anna Paris"), an
    /// initial ("J. Smith") counting as one.
    static func opensWithGivenName(_ name: String) -> Bool {
        let first = NameWords(name).first
        if first.hasSuffix(".") || first.count == 1 { return true }
        return Gazetteer.shared.isGivenName(first.lowercased())
    }

    /// Whether a word before the last of `name` is no ordinary English word ("UNC", "Triple-A",
    /// "Tulsa"): a name of ordinary words closing with a place's ("Space Shuttle Enterprise",
    /// "New Julfa") is a thing named after the place, whose short form the place's name may be
    /// ("took the place of Enterprise").
    static func hasUnlistedWordBeforeLast(_ name: String) -> Bool {
        var words = name.split(separator: " ")
        guard words.count >= 2 else { return false }
        words.removeLast()
        return words.contains { !Gazetteer.shared.isCommonWord($0.lowercased()) }
    }

    /// "the town of Julfa", "the city of Greensboro": a place noun (`placeNoun` in the word
    /// lists) and "of" right before token `k`.
    static func afterPlaceNounOf(_ doc: Document, _ k: Int, _ sentence: Int) -> Bool {
        let t = doc.tokens
        let lower = doc.sentences[sentence].tokens.lowerBound
        guard k - 2 >= lower, t[k - 1].lower == "of" else { return false }
        return Lexicon.shared.classes(of: t[k - 2]).contains(.placeNoun)
    }
}
