/// "Chinatown", "Midtown", "Koreatown": one word that a place-forming suffix closes
/// (`typer.placeSuffix`: "town"), at least three letters before it, no first or family name the
/// census lists ("Newtown" as a surname), names a place: an ordinary word with the suffix
/// ("midtown") is still a district's name when written with a capital.
extension EntityTyper {
    static func endsWithPlaceSuffix(_ word: String) -> Bool {
        placeSuffixes.contains { suffix in word.count >= suffix.count + 3 && word.hasSuffix(suffix) }
    }

    private static let placeSuffixes = Lexicon.shared.words(in: .typerPlaceSuffix)
}
