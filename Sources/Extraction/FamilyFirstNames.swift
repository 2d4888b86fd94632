/// Names written family name first, as Chinese and Korean names are in English news: "Moon
/// Jae-in", "Kim Jong Un", "Li Keqiang", "Wang Yi", "Leung Kwok-hung". Their short form is the
/// first word ("Moon", "Kim", "Li"), never the last ("Jae-in", "Un", "Keqiang").
///
/// A name is read so when its last word is a hyphenated given name of romanised syllables with
/// a lower-case second part ("Jae-in", "Dae-jung"; not "York-born"), or when its first word is a common Chinese or Korean family
/// name (`name.familyFirstSurname`) and every later word is one or two romanised syllables
/// (`name.syllableInitial` + `name.syllableFinal`: "Jong", "Keqiang", "Jinping"), in a name of
/// two words one that is no frequent English first name. "Kim Kardashian", "Lee Ann Womack" and "Jack Ma" stay given name first.
///
/// For example, `FamilyFirstNames.isFamilyFirst("Kim Jong Un")` is true, and
/// `FamilyFirstNames.isFamilyFirst("Kim Novak")` is false.
enum FamilyFirstNames {
    private static let surnames = Set(Lexicon.shared.words(in: .nameFamilyFirstSurname))
    /// Every romanised syllable: an initial (or none) and a final. The inventory over-generates
    /// (it is the union of pinyin, Korean and Cantonese spellings), which the surname gate allows.
    private static let syllables: Set<String> = {
        let initials = [""] + Lexicon.shared.words(in: .nameSyllableInitial)
        let finals = Lexicon.shared.words(in: .nameSyllableFinal)
        var all = Set<String>()
        for i in initials { for f in finals { all.insert(i + f) } }
        return all
    }()

    /// Whether `name` (two or three words) puts the family name first.
    static func isFamilyFirst(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count), let last = words.last else { return false }
        let hyphenParts = last.split(separator: "-")
        if hyphenParts.count == 2, hyphenParts[1].first?.isLowercase == true {
            return hyphenParts.allSatisfy { isSyllables($0.lowercased()) }
        }
        guard surnames.contains(words[0].lowercased()) else { return false }
        // Two words may be an English first name after a surname-like one ("Kim Young", "Lee
        // Dan"); three syllable words are not ("Kim Il Sung", "Lee Chong Wei").
        return words.dropFirst().allSatisfy { word in
            let parts = word.split(separator: "-")
            return (1...2).contains(parts.count) && parts.allSatisfy { isSyllables($0.lowercased()) }
                && (words.count == 3 || !Gazetteer.shared.isFrequentGivenName(word.lowercased()))
        }
    }

    /// Whether `word` is one or two syllables of the inventory ("jong", "keqiang", "jinping").
    static func isSyllables(_ word: String) -> Bool {
        guard word.count >= 1, word.count <= 9, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if syllables.contains(word) { return true }
        let chars = Array(word)
        for cut in 1..<chars.count where syllables.contains(String(chars[..<cut])) && syllables.contains(String(chars[cut...])) {
            return true
        }
        return false
    }
}
