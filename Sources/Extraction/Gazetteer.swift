import Foundation

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
    private let familyNames: [String: Bool]
    private let commonWords: Set<String>

    private init() {
        var places: [String: Place] = [:]
        for row in Gazetteer.rows("gazetteer-places") where row.count >= 4 {
            places[row[0].lowercased()] = Place(kind: row[1], population: Int(row[3]) ?? 0,
                                                isCommonWord: row.count > 4 && row[4] == "common")
        }
        var given: [String: Bool] = [:]
        for row in Gazetteer.rows("given-names") where row.count >= 2 {
            given[row[0].lowercased()] = row.count > 2 && row[2] == "common"
        }
        var family: [String: Bool] = [:]
        for row in Gazetteer.rows("family-names") where row.count >= 2 {
            family[row[0].lowercased()] = row.count > 2 && row[2] == "common"
        }
        self.places = places
        self.givenNames = given
        self.familyNames = family
        self.commonWords = Set(Gazetteer.rows("common-words").compactMap { $0.first })
    }

    /// The place a whole name (lower case) names, if the gazetteer lists it.
    func place(_ key: String) -> Place? { places[key] }

    /// Whether a word (lower case) is a first name; `uncommonOnly` leaves out ordinary words.
    func isGivenName(_ word: String, uncommonOnly: Bool = false) -> Bool {
        guard let common = givenNames[word] else { return false }
        return !(uncommonOnly && common)
    }

    /// Whether a word (lower case) is a family name; `uncommonOnly` leaves out ordinary words.
    func isFamilyName(_ word: String, uncommonOnly: Bool = false) -> Bool {
        guard let common = familyNames[word] else { return false }
        return !(uncommonOnly && common)
    }

    /// Whether a word (lower case) is an ordinary English word.
    func isCommonWord(_ word: String) -> Bool { commonWords.contains(word) }

    private static func rows(_ name: String) -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Lexicons")
                ?? Bundle.module.url(forResource: name, withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [[String]] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            out.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
        return out
    }
}
