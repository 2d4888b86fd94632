/// Large open name lists, read as evidence about a name the text itself does not type:
/// place names (GeoNames cities, ISO 3166-2 subdivisions, US states and counties, continents),
/// first and family names (US Census), and ordinary English words (UD English EWT).
///
/// Knowing a name is never enough alone: "Austin" is a city and a family name, "Reading" a
/// town and a word. `EntityTyper` weighs these entries with what the sentence says around the
/// name. For example:
///
///     Gazetteer.shared.place("jiangsu")?.kind    // "region"
///     Gazetteer.shared.isGivenName("jack")       // true
///     Gazetteer.shared.isCommonWord("revisited") // true: "Brideshead Revisited" is not name-shaped
///
/// Keys are lower case. Loaded once, never changed: safe to read from every thread.
final class Gazetteer: Sendable {
    static let shared = Gazetteer()

    struct Place: Sendable {
        /// "city", "region", "county" or "continent".
        var kind: String
        var population: Int
        /// Also an ordinary English word ("Mobile", "Reading").
        var isCommonWord: Bool
    }

    private let places: [String: Place]
    /// First names, and whether each is also an ordinary word ("Will", "May").
    private let givenNames: [String: Bool]
    /// First names borne by at least 1 in 20,000 people of the census ("Ann", not "Ming").
    private let frequentGivenNames: Set<String>
    private let familyNames: [String: Bool]
    private let commonWords: Set<String>

    private init() {
        var places: [String: Place] = [:]
        places.reserveCapacity(LexiconData.gazetteerPlaces.count)
        for row in LexiconData.gazetteerPlaces {
            places[row.name.lowercased()] = Place(kind: row.kind, population: row.population, isCommonWord: row.common != nil)
        }
        var given: [String: Bool] = [:]
        var frequent = Set<String>()
        for row in LexiconData.givenNames {
            given[row.name.lowercased()] = row.common != nil
            if (Double(row.frequency) ?? 0) >= 0.005 { frequent.insert(row.name.lowercased()) }
        }
        self.frequentGivenNames = frequent
        var family: [String: Bool] = [:]
        family.reserveCapacity(LexiconData.familyNames.count)
        for row in LexiconData.familyNames { family[row.name.lowercased()] = row.common != nil }
        self.places = places
        self.givenNames = given
        self.familyNames = family
        self.commonWords = Set(LexiconData.commonWords.map(\.word))
    }

    /// The place a whole name (lower case) names, if the gazetteer lists it.
    func place(_ key: String) -> Place? { places[key] }

    /// Whether a word (lower case) is a first name; `uncommonOnly` leaves out ordinary words.
    func isGivenName(_ word: String, uncommonOnly: Bool = false) -> Bool {
        guard let common = givenNames[word] else { return false }
        return !(uncommonOnly && common)
    }

    /// Whether a word (lower case) is a first name at least 1 in 20,000 people of the census bear
    /// ("ann", "lee"; not "ming" or "yi", which are first names mostly in Chinese-order names).
    func isFrequentGivenName(_ word: String) -> Bool { frequentGivenNames.contains(word) }

    /// Whether a word (lower case) is a family name; `uncommonOnly` leaves out ordinary words.
    func isFamilyName(_ word: String, uncommonOnly: Bool = false) -> Bool {
        guard let common = familyNames[word] else { return false }
        return !(uncommonOnly && common)
    }

    /// Whether a word (lower case) is an ordinary English word.
    func isCommonWord(_ word: String) -> Bool { commonWords.contains(word) }
}
