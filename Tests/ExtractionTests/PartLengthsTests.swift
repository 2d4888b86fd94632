import XCTest

@testable import Extraction

/// `PartLengths` turns a string away only when it equals none of the names, as Swift compares
/// strings (canonical equivalence): the organization-suffix pass files only the parts it lets
/// through, so a part it wrongly turned away would lose a merge.
final class PartLengthsTests: XCTestCase {
    func testTurnsAwayOnlyStringsEqualToNoName() {
        let nameSets: [[String]] = [
            ["foreign ministry", "ministry", "european commission", "the commission"],
            ["s\u{E3}o paulo museum", "museum"],
            ["\u{212A}elvin hall", "hall"],
            ["a"],
            [String(repeating: "x", count: 70), "y"],
        ]
        let parts = [
            "ministry", "of foreign affairs", "commission", "the commission", "museum", "sa\u{303}o paulo museum",
            "kelvin hall", "Kelvin hall", "hall", "", "a", "b", String(repeating: "z", count: 64), "y", "yy",
        ]
        for names in nameSets {
            let lengths = PartLengths(names)
            for part in parts where names.contains(part) {
                XCTAssertTrue(lengths.mayEqualAName(part), "\(part) equals a name of \(names)")
            }
        }
    }

    func testTurnsAwayAnASCIIPartOfALengthNoASCIINameHas() {
        let lengths = PartLengths(["foreign ministry", "ministry"])
        XCTAssertFalse(lengths.mayEqualAName("of foreign affairs"))
        XCTAssertFalse(lengths.mayEqualAName("x"))
        XCTAssertTrue(lengths.mayEqualAName("industry"), "as long as \"ministry\": hashed and compared")
        XCTAssertTrue(lengths.mayEqualAName("ministère"), "outside ASCII: never turned away")
    }

    func testTurnsNothingAwayWhenANameIsOutsideASCII() {
        let lengths = PartLengths(["\u{212A}elvin hall", "hall"])
        XCTAssertTrue(lengths.mayEqualAName("kelvin hall x y"))
        XCTAssertTrue(lengths.mayEqualAName("Kelvin hall"), "the Kelvin sign's name equals this ASCII string")
    }
}
