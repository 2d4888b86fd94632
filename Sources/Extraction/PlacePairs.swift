/// "China-US relations", "the India-Pakistan talks": a hyphenated word whose parts are each a
/// country or a place the lexicons list names those places, each a mention of its own, never one
/// name "China-US" (the word is read part by part, as "U.S.-Japan" is). A word the lexicons list
/// whole ("Guinea-Bissau") is that one name.
///
/// For example, "He warned of a red line in China-US relations." yields China and the United
/// States, and no entity "China-US".
enum PlacePairs {
    /// Whether every part of the hyphenated word `t` (two or more) is a listed country or place.
    static func joinsListedPlaces(_ t: Token) -> Bool {
        let parts = t.text.split(separator: "-")
        guard parts.count >= 2 else { return false }
        let lex = Lexicon.shared
        return parts.allSatisfy { part in
            let sub = Tokenizer.tokenize(String(part))
            guard sub.count == 1, let phrase = lex.phrase(at: 0, in: sub, end: 1) else { return false }
            return phrase.kind == .country || phrase.kind == .place || phrase.kind == .capital
        }
    }
}
