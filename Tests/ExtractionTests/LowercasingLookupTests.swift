import XCTest

@testable import Extraction

/// `LowerCaseKeys.value(lowercasing:)` (and `Gazetteer.place(lowercasing:)`) fold an ASCII
/// question's capitals as they hash it: they must answer as a lookup of `lowercased()` does.
final class LowercasingLookupTests: XCTestCase {
    func testValueLowercasingIsTheValueOfTheLowerCase() {
        var keys = LowerCaseKeys<Int>(capacity: 4)
        let dictionary = ["paris": 1, "s\u{E3}o paulo": 2, "\u{212A}elvin": 3, "": 4, "a longer key than eight": 5, "o'hare": 6]
        for (key, value) in dictionary { keys.set(key, value) }
        let questions = [
            "Paris", "PARIS", "paris", "PaRiS", "Pari", "S\u{E3}o Paulo", "S\u{C3}O PAULO", "Sa\u{303}o Paulo", "KELVIN",
            "\u{212A}elvin", "", "A Longer Key Than Eight", "A LONGER KEY THAN EIGHTS", "O'Hare", "O\u{2019}Hare", "Nowhere",
        ]
        for q in questions {
            XCTAssertEqual(keys.value(lowercasing: q), keys[q.lowercased()], q)
        }
    }

    func testGazetteerPlaceLowercasingIsThePlaceOfTheLowerCase() {
        let g = Gazetteer.shared
        let names = ["Paris", "PARIS", "New York", "Los Angeles", "S\u{E3}o Paulo", "Z\u{FC}rich", "Reading", "Mobile", "Nowhere Upon Sea", "Canberra"]
        for name in names {
            let folded = g.place(lowercasing: name), lowered = g.place(name.lowercased())
            XCTAssertEqual(folded?.kind, lowered?.kind, name)
            XCTAssertEqual(folded?.population, lowered?.population, name)
            XCTAssertEqual(folded?.isCommonWord, lowered?.isCommonWord, name)
        }
        XCTAssertNotNil(g.place(lowercasing: "PARIS"))
    }
}
