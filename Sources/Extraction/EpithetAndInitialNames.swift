/// Two shapes of a name that only people's names take, for `EntityTyper`:
///
/// - an epithet after "the" (`name.epithet`): "Constantine the Great", "Pliny the Elder",
///   "Tsar Peter the Great". `MentionFinder.epithetEnd` keeps the epithet in the name; its words
///   ("the", "great") are ordinary English, so the name's shape alone said nothing.
/// - initials opening it before a word that is no initial: "W. W. Rouse Ball", "J. K. Rowling",
///   "T. S. Eliot". A letter and a dot stand for a given name; "Ball" and "Rowling" need not be
///   listed. One initial needs two words after it ("S. Denver" is a street, "A. Anasazi" a
///   question's choice), and weighs less than two ("T. Rowe Price" names a company too); "St."
///   and "Mt." are no initials, nor are initials alone ("U. S."). Neither shape counts when the
///   words around the name spoke of a body ("shares of X", "X cut its forecast").
extension EntityTyper {
    static let epithetWords = ListedWords(Lexicon.shared.words(in: .nameEpithet))

    /// Whether the name's lower-case words hold "the" and then an epithet, after a first word.
    static func takesEpithet(_ lower: [String]) -> Bool {
        guard lower.count >= 3 else { return false }
        for i in 1..<(lower.count - 1) where lower[i] == "the" && epithetWords.contains(lower[i + 1]) { return true }
        return false
    }

    /// How much the initials opening the name's words as written say of a person: 3 for two or
    /// more initials (a capital letter and a dot) before capitalised words of two letters or more
    /// that are no initials ("W. W. Rouse Ball"), 1 for one initial before two such words ("T.
    /// Rowe Price" is a fund manager as often as "J. Robert Vantmoor" a man), 0 otherwise. One
    /// initial before one word is as often a list's label ("A. Anasazi", "B. Cherokee": a
    /// question's choices) or a street's compass letter ("S. Denver").
    static func initialsWeight(_ parts: [Substring]) -> Int {
        var initials = 0
        for (i, part) in parts.enumerated() {
            let u = Array(part.utf8)
            if u.count == 2, u[1] == 46, u[0] >= 65, u[0] <= 90 {
                initials += 1
                continue
            }
            guard initials > 0, u.count >= 2, let first = u.first, first >= 65, first <= 90 else { return 0 }
            return initials >= 2 ? 3 : parts.count - i >= 2 ? 1 : 0
        }
        return 0
    }
}
