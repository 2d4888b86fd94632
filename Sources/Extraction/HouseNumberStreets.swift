/// "Rover Tours, Kirkevej 9 (Tranekær), ☏ …", "Strynø Brovej 12": a street named in one
/// word by a street's suffix (`name.streetSuffix`: Danish "-vej", German "-straße", Dutch
/// "-straat", Swedish "-gatan" …), then its house number, as addresses are written in much of
/// Europe and in a travel guide's listings. The number is part of the address's name (as in
/// "Route 66"), and the name is a place's whatever its other words are ("Strynø", the island,
/// is no first name). A suffixed word alone is not typed by this ("Image: Friedrichstrasse." is
/// a photographer's user name), nor is an ordinary or listed word that happens to end so
/// ("Golani Brigade 2" ends in "gade").
enum HouseNumberStreets {
    static let suffixes = Lexicon.shared.words(in: .nameStreetSuffix)

    /// Whether a word, as written or in lower case, is a street's name by its suffix: at least
    /// three letters before a listed suffix, and no ordinary English word, no word of a class of
    /// the lexicon.
    static func isSuffixedStreet(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard let suffix = suffixes.first(where: { lower.hasSuffix($0) }), lower.count >= suffix.count + 3,
              !Gazetteer.shared.isCommonWord(lower), Lexicon.shared.phrases[lower] == nil
        else { return false }
        return true
    }

    /// Whether a token is a house number: one to four digits, perhaps one letter after them ("12", "4b").
    static func isHouseNumber(_ t: Token) -> Bool {
        guard t.kind == .number else { return false }
        let u = Array(t.text.utf8)
        var digits = 0
        while digits < u.count && u[digits] >= 0x30 && u[digits] <= 0x39 { digits += 1 }
        guard (1...4).contains(digits) else { return false }
        return u.count == digits || u.count == digits + 1 && (u[digits] | 0x20) >= 0x61 && (u[digits] | 0x20) <= 0x7A
    }

    /// Whether token `k` is a house number completing the street's name just before it.
    static func completesStreet(_ t: [Token], _ k: Int) -> Bool {
        k > 0 && isHouseNumber(t[k]) && t[k - 1].kind == .word && t[k - 1].isCapitalized && !t[k].has(.newlineBefore)
            && Lexicon.shared.classes(of: t[k - 1]).isEmpty && isSuffixedStreet(t[k - 1].text)
    }
}
