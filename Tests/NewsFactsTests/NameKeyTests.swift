import XCTest

@testable import NewsFacts

final class NameKeyTests: XCTestCase {
    func testDotsCaseAndSpacesDoNotMatter() {
        XCTAssertEqual(NameKey.fold("U.S."), "us")
        XCTAssertEqual(NameKey.fold("us"), "us")
        XCTAssertEqual(NameKey.fold("  Toshimitsu   Motegi \t"), "toshimitsu motegi")
        XCTAssertEqual(NameKey.fold("Foreign\nMinister"), "foreign minister")
    }

    func testDiacriticsAreFolded() {
        XCTAssertEqual(NameKey.fold("José  Martí"), "jose marti")
        XCTAssertEqual(NameKey.fold("Nika Žagar"), "nika zagar")
    }

    func testApostrophesAreOne() {
        XCTAssertEqual(NameKey.fold("O’Brien"), "o'brien")
        XCTAssertEqual(NameKey.fold("O`Brien"), "o'brien")
        XCTAssertEqual(NameKey.fold("O'Brien"), "o'brien")
    }

    /// The byte-level path for ASCII names and the Unicode path must agree: a no-break space
    /// sends the same name down the Unicode path.
    func testASCIIAndUnicodePathsAgree() {
        for name in ["Rafaela Duarte", "Dr. Ana  Silva", "AT&T Inc.", "Kim Jong-un", "O`Neil x"] {
            let ascii = NameKey.fold(name)
            let unicode = NameKey.fold(name.replacingOccurrences(of: " ", with: "\u{00A0}"))
            XCTAssertEqual(ascii, unicode, name)
            XCTAssertNotNil(NameKey.foldASCII(name))
        }
        XCTAssertNil(NameKey.foldASCII("Žagar"))
    }
}
