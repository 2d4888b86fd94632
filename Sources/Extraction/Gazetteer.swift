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
        /// The ISO 3166-1 code of its country, its two letters packed (`packedCode`); 0 for none.
        var countryCode: UInt16 = 0
    }

    /// Two ASCII letters ("MY") as one number, 0 for anything else ("-").
    static func packedCode(_ code: String) -> UInt16 {
        let u = Array(code.utf8)
        guard u.count == 2 else { return 0 }
        return UInt16(u[0]) << 8 | UInt16(u[1])
    }

    /// Each packed country code → the name countries.tsv gives that country (`country-codes.tsv`).
    static let countryNames: [UInt16: String] = Dictionary(
        LexiconData.countryCodes.map { (packedCode($0.code), $0.country) }, uniquingKeysWith: { a, _ in a })

    /// The country a listed place (lower-case key) lies in, by the name countries.tsv gives it
    /// ("putrajaya" → "Malaysia"); nil for a place the gazetteer does not list or lists with no
    /// country (a continent).
    func country(ofPlace key: String) -> String? {
        guard let code = places[key]?.countryCode, code != 0 else { return nil }
        return Gazetteer.countryNames[code]
    }

    private let places: LowerCaseKeys<Place>
    /// First names, and whether each is also an ordinary word ("Will", "May").
    private let givenNames: LowerCaseKeys<Bool>
    /// First names borne by at least 1 in 20,000 people of the census ("Ann", not "Ming").
    private let frequentGivenNames: Set<String>
    /// First names nine in ten of whose bearers in the census lists are men (true) or women (false).
    private let genders: LowerCaseKeys<Bool>
    private let familyNames: LowerCaseKeys<Bool>
    /// Family names borne by at least 1 in 20,000 people of the census ("Hill", "Law"; not
    /// "League", which the census lists for a few hundred people).
    private let frequentFamilyNames: Set<String>
    private let commonWords: LowerCaseKeys<Bool>

    private init() {
        // Later rows win, as they did when these were dictionaries.
        var places = LowerCaseKeys<Place>(capacity: LexiconData.gazetteerPlaces.count)
        for row in LexiconData.gazetteerPlaces {
            let place = Place(kind: row.kind, population: row.population, isCommonWord: row.common != nil,
                              countryCode: Gazetteer.packedCode(row.country))
            places.set(row.name.lowercased(), place)
        }
        var given = LowerCaseKeys<Bool>(capacity: LexiconData.givenNames.count)
        var frequent = Set<String>()
        var genders = LowerCaseKeys<Bool>(capacity: LexiconData.givenNames.count)
        for row in LexiconData.givenNames {
            let name = row.name.lowercased()
            given.set(name, row.common != nil)
            if let gender = row.gender { genders.set(name, gender == "male") }
            if Gazetteer.isFrequent(row.frequency) { frequent.insert(name) }
        }
        self.frequentGivenNames = frequent
        self.genders = genders
        var family = LowerCaseKeys<Bool>(capacity: LexiconData.familyNames.count)
        var frequentFamily = Set<String>()
        for row in LexiconData.familyNames {
            let name = row.name.lowercased()
            family.set(name, row.common != nil)
            if Gazetteer.isFrequent(row.frequency) { frequentFamily.insert(name) }
        }
        self.frequentFamilyNames = frequentFamily
        var common = LowerCaseKeys<Bool>(capacity: LexiconData.commonWords.count)
        for row in LexiconData.commonWords { common.set(row.word, true) }
        self.places = places
        self.givenNames = given
        self.familyNames = family
        self.commonWords = common
    }

    /// The place a whole name (lower case) names, if the gazetteer lists it.
    func place(_ key: String) -> Place? { places[key] }

    /// `place(name.lowercased())`, without building the lower case of an ASCII name.
    func place(lowercasing name: String) -> Place? { places.value(lowercasing: name) }

    /// Whether a word (lower case) is a first name; `uncommonOnly` leaves out ordinary words.
    func isGivenName(_ word: String, uncommonOnly: Bool = false) -> Bool {
        guard let common = givenNames[word] else { return false }
        return !(uncommonOnly && common)
    }

    /// Whether a word (lower case) is a first name at least 1 in 20,000 people of the census bear
    /// ("ann", "lee"; not "ming" or "yi", which are first names mostly in Chinese-order names).
    func isFrequentGivenName(_ word: String) -> Bool { frequentGivenNames.contains(word) }

    /// "male" or "female" when nine in ten bearers of a first name (lower case) in the census
    /// lists are ("thomas" → "male", "gloria" → "female"); nil for a name both bear ("kim",
    /// "jordan") or none.
    func gender(ofGivenName word: String) -> String? { genders[word].map { $0 ? "male" : "female" } }

    /// Whether a word (lower case) is a family name; `uncommonOnly` leaves out ordinary words.
    func isFamilyName(_ word: String, uncommonOnly: Bool = false) -> Bool {
        guard let common = familyNames[word] else { return false }
        return !(uncommonOnly && common)
    }

    /// Whether a word (lower case) is a family name at least 1 in 20,000 people of the census bear
    /// ("hill", "law"; not "league").
    func isFrequentFamilyName(_ word: String) -> Bool { frequentFamilyNames.contains(word) }

    /// Whether a word (lower case) is an ordinary English word.
    func isCommonWord(_ word: String) -> Bool { commonWords[word] != nil }

    /// Whether a census frequency as the name lists write it, a decimal percentage ("0.005",
    /// "1.006"), is at least 0.005 (1 person in 20,000); anything that is not digits with at most
    /// one point is not. Read digit by digit because parsing the 45,000 rows as `Double` cost
    /// about 30 million instructions at start-up: a value is at least 0.005 when its whole part is
    /// above zero or its first three decimals read 005 or more.
    static func isFrequent(_ frequency: String) -> Bool {
        var whole = 0
        var thousandths = 0
        var decimals = -1  // -1 before the point
        var digits = 0
        for byte in frequency.utf8 {
            if byte == UInt8(ascii: ".") {
                guard decimals < 0 else { return false }
                decimals = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int(byte - UInt8(ascii: "0"))
                digits += 1
                if decimals < 0 {
                    whole = min(whole * 10 + digit, 1_000)
                } else {
                    decimals += 1
                    if decimals <= 3 { thousandths = thousandths * 10 + digit }
                }
            } else {
                return false
            }
        }
        guard digits > 0 else { return false }
        if decimals > 0, decimals < 3 { for _ in decimals..<3 { thousandths *= 10 } }
        return whole > 0 || thousandths >= 5
    }
}
