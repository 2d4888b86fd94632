import XCTest
import NewsFacts
@testable import Extraction

/// An acronym no list knows and a place closing the run name one body, a paper's or a
/// broadcaster's edition (`AcronymPlaceNames.swift`); a clock time, a time zone, a listed acronym
/// and a person's initials before a family name do not.
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

    func testAListedAcronymBeforeACityIsNoSuchName() {
        let f = facts("Staff of NATO Chicago met on Tuesday.")
        XCTAssertNotEqual(type(f, "NATO Chicago"), "organization", "\(f.entities)")
    }

    func testATimeZoneBeforeACityIsNoBody() {
        let f = facts("Polls close at midnight EST Washington time.")
        XCTAssertNotEqual(type(f, "EST Washington"), "organization", "\(f.entities)")
    }

    func testAnAcronymAndACityBeforeTimeIsNoBody() {
        let f = facts("The count ends at midnight QZ Chicago time.")
        XCTAssertNotEqual(type(f, "QZ Chicago"), "organization", "\(f.entities)")
    }

    func testInitialsBeforeAFamilyNameAndAVerbNameAPerson() {
        let f = facts("TJ Washington scored twice in the second half.")
        XCTAssertNotEqual(type(f, "TJ Washington"), "organization", "\(f.entities)")
    }

    func testInitialsBeforeAFamilyNameInAnAppositionNameAPerson() {
        let f = facts("The driver, AJ Houston, fled the scene.")
        XCTAssertNotEqual(type(f, "AJ Houston"), "organization", "\(f.entities)")
    }
}
