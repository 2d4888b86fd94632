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
        places.reserveCapacity(50_000)
        Gazetteer.forEachRow("gazetteer-places") { row in
            guard row.count >= 4 else { return }
            places[row.key(0)] = Place(kind: row.text(1), population: Int(row.text(3)) ?? 0,
                                       isCommonWord: row.count > 4 && row.text(4) == "common")
        }
        var given: [String: Bool] = [:]
        Gazetteer.forEachRow("given-names") { row in
            guard row.count >= 2 else { return }
            given[row.key(0)] = row.count > 2 && row.text(2) == "common"
        }
        var family: [String: Bool] = [:]
        family.reserveCapacity(40_000)
        Gazetteer.forEachRow("family-names") { row in
            guard row.count >= 2 else { return }
            family[row.key(0)] = row.count > 2 && row.text(2) == "common"
        }
        var common = Set<String>()
        common.reserveCapacity(7_000)
        Gazetteer.forEachRow("common-words") { row in common.insert(row.key(0)) }
        self.places = places
        self.givenNames = given
        self.familyNames = family
        self.commonWords = common
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

    /// One row of a lexicon file: its tab-separated fields as byte ranges of the file.
    struct Row {
        let bytes: UnsafeBufferPointer<UInt8>
        var fields: [Range<Int>]
        var count: Int { fields.count }

        func text(_ i: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[i]]), as: UTF8.self) }

        /// The field in lower case: ASCII folded byte by byte, other text through `lowercased()`.
        func key(_ i: Int) -> String {
            let field = UnsafeBufferPointer(rebasing: bytes[fields[i]])
            guard field.allSatisfy({ $0 < 0x80 }) else { return text(i).lowercased() }
            return String(unsafeUninitializedCapacity: field.count) { out in
                for (k, b) in field.enumerated() { out[k] = b >= 65 && b <= 90 ? b + 32 : b }
                return field.count
            }
        }
    }

    /// Calls `body` with each row of a lexicon file (comment lines aside), scanning its bytes
    /// once: 90,000 rows load in milliseconds.
    private static func forEachRow(_ name: String, _ body: (Row) -> Void) {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Lexicons")
                ?? Bundle.module.url(forResource: name, withExtension: "tsv"),
              let data = try? [UInt8](Data(contentsOf: url)) else { return }
        data.withUnsafeBufferPointer { bytes in
            var row = Row(bytes: bytes, fields: [])
            var lineStart = 0, fieldStart = 0
            for k in 0...bytes.count {
                let b: UInt8 = k < bytes.count ? bytes[k] : 10
                if b == 9 {
                    row.fields.append(fieldStart..<k)
                    fieldStart = k + 1
                } else if b == 10 {
                    if k > lineStart && bytes[lineStart] != 35 {  // "#" opens a comment line
                        row.fields.append(fieldStart..<k)
                        body(row)
                    }
                    row.fields.removeAll(keepingCapacity: true)
                    lineStart = k + 1
                    fieldStart = k + 1
                }
            }
        }
    }
}
