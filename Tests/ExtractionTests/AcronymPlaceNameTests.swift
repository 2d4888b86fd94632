import XCTest
import NewsFacts
@testable import Extraction

/// An acronym no list knows and a place closing the run name one body, a paper's or a
/// broadcaster's edition (`AcronymPlaceNames.swift`); a clock time and a listed acronym do not.
final class AcronymPlaceNameTests: XCTestCase, ExtractsNames {
    func testAnUnlistedAcronymBeforeAListedCityNamesOneBody() {
        let f = facts("Free dailies, like QZ Chicago, printed the recipe on their back page.")
        XCTAssertEqual(type(f, "QZ Chicago"), "organization", "\(f.entities)")
    }

    func testAnUnlistedAcronymBeforeAGazetteerTownNamesOneBody() {
        let f = facts("Viewers of KXYZ Boston phoned in all evening.")
        XCTAssertEqual(type(f, "KXYZ Boston"), "organization", "\(f.entities)")
    }

    func testAClockTimeBeforeACityIsNoBody() {
        let f = facts("The vote closes at 9 PM Chicago time on Sunday.")
        XCTAssertNil(type(f, "PM Chicago"), "\(f.entities)")
    }

    func testAnAcronymWithWordsAfterThePlaceIsNoSuchName() {
        let f = facts("She said QZ Chicago Bureau staff had left.")
        XCTAssertNil(type(f, "QZ Chicago"), "\(f.entities)")
    }
}
