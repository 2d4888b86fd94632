import NewsFacts

/// "the premier boarded Air Force Two", "flew in on Marine One": an armed service's name and a capitalised
/// number word closing the run are the call sign of the aircraft carrying a head of state or
/// government, a thing, no body: the air force is no organization the story names.
///
/// The service words are `name.callSignService` (the last word of the service's name:
/// "Force", "Marine", "Army", "Navy", "Guard"), the numbers "One" and "Two"; every word before
/// the number is capitalised and the number closes the run ("Air Force One"; not "Air Force
/// One's crew" either, which names the same plane: the possessive closes the run as well).
enum CallSignNames {
    static let services = WordSet(.nameCallSignService)
    static let one = Lexicon.shared.id(of: "one"), two = Lexicon.shared.id(of: "two")

    /// Where a call sign opening at `p` ends (at `end`, the run's end); else nil.
    static func end(_ t: [Token], _ p: Int, _ end: Int) -> Int? {
        guard end - p >= 2, end - p <= 4, t[end - 1].kind == .word, t[end - 1].isCapitalized,
            t[end - 1].word == one || t[end - 1].word == two, services.contains(t[end - 2]), t[end - 2].isCapitalized,
            (p..<end - 1).allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized })
        else { return nil }
        return end
    }
}
