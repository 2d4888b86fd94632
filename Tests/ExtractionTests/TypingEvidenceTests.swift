import XCTest
import NewsFacts
@testable import Extraction

/// What a name names when its own sentence did not say: each test is one construction of real
/// text (found in GUM's Wikipedia, Wikivoyage and speech documents), written here with invented
/// names.
final class TypingEvidenceTests: XCTestCase, ExtractsNames {
    func testATitleAfterALinkWordIsNoAppositionToTheNameBeforeIt() {
        let f = facts("Ilse Varga came to sign copies of her graphic novel Angel Kestrel, with illustrator Tomas Brandt.")
        XCTAssertEqual(type(f, "Angel Kestrel"), "work", "\(f.entities)")
        XCTAssertEqual(type(f, "Tomas Brandt"), "person", "\(f.entities)")
    }

    func testAKinNounAfterAPossessivePronounInAnAppositionMakesAPerson() {
        let f = facts("The question was asked by Ondrelise, his brother, at the meeting.")
        XCTAssertEqual(type(f, "Ondrelise"), "person", "\(f.entities)")
    }

    func testAKinNounBeforeANameSetOffByACommaMakesAPerson() {
        let f = facts("Let us ensure that Marek's brother, Ondrelise, is heard.")
        XCTAssertEqual(type(f, "Ondrelise"), "person", "\(f.entities)")
    }

    func testAFamilyNameBeforeAnInitialAsWorksCiteAuthorsIsAPerson() {
        let f = facts("Further reading: Quelbrink, T.; Ardmoth, R. L. (2007). A study of grit.")
        XCTAssertEqual(type(f, "Quelbrink"), "person", "\(f.entities)")
    }

    func testANameBeforeWhatABodyHasIsAnOrganization() {
        let f = facts("The Quarnvox website lists every book read aloud.")
        XCTAssertEqual(type(f, "Quarnvox"), "organization", "\(f.entities)")
    }

    func testAWordCitedWithAYearAfterACommaIsAnAuthor() {
        let f = facts("Our brains do unconscious work (for example, Quelbrink, 2011).")
        XCTAssertEqual(type(f, "Quelbrink"), "person", "\(f.entities)")
    }

    func testANameThatWasLocatedSomewhereIsAPlace() {
        let f = facts("In those days, Quelmar was located about twenty miles south of the lake.")
        XCTAssertEqual(type(f, "Quelmar"), "place", "\(f.entities)")
    }

    func testANameLocatedAtSomewhereIsAPlace() {
        let f = facts("The pyramid, located at Tzemal Ixtuun in the east, served as a temple.")
        XCTAssertEqual(type(f, "Tzemal Ixtuun"), "place", "\(f.entities)")
    }

    func testANameBeforeACommaAndAListedRegionIsAPlace() {
        let f = facts("Residents of Quarnbury, Massachusetts, gather in a local hotel.")
        XCTAssertEqual(type(f, "Quarnbury"), "place", "\(f.entities)")
    }

    func testAHeadWordAfterTheIsThePlaceNamedBeforeWithIt() {
        let f = facts("Stay at the Ventmoor Lodge near the beach. Access to the pool is free to guests of the Lodge.")
        XCTAssertEqual(type(f, "Ventmoor Lodge"), "place", "\(f.entities)")
        XCTAssertNotEqual(type(f, "Lodge"), "unknown", "\(f.entities)")
    }

    func testAWordOfAPlacesNameAloneIsThatPlace() {
        let f = facts("The Quorvash Mosque is old. Quorvash (north of the square) has a bazaar.")
        XCTAssertEqual(type(f, "Quorvash Mosque"), "place", "\(f.entities)")
        XCTAssertEqual(type(f, "Quorvash") ?? "place", "place", "\(f.entities)")
    }

    func testABareHeadWordInAListOfHeadsIsNoPlace() {
        let f = facts("Main Street runs east. Watch out for Place, Street, Avenue designations.")
        XCTAssertNotEqual(type(f, "Street"), "place", "\(f.entities)")
    }
}
