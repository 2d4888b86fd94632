import XCTest
import NewsFacts
@testable import Extraction

/// Names the finder joined to the words next to them or cut from their own: a person's name run
/// into a body's, a compound's hyphen set off by spaces, a particle written in lower case, a
/// party named by its one word. Invented sentences and names, but for real places and peoples'
/// adjectives the rules must read as listed.
final class JoinedNameTests: XCTestCase, ExtractsNames {
    func testASpacedHyphenAfterAPeoplesAdjectiveStaysInsideTheName() {
        let f = facts("The director of the Council on Norwegian - Quarnic Relations, Tova Lind, said the talks failed.")
        XCTAssertEqual(type(f, "Council on Norwegian - Quarnic Relations"), "organization", "\(names(f))")
        XCTAssertFalse(names(f).contains("Quarnic Relations"), "\(names(f))")
    }

    func testASpacedHyphenBetweenTwoPlacesJoinsNothing() {
        let f = facts("The night train runs Vienna - Budapest twice a week.")
        XCTAssertFalse(names(f).contains { $0.contains(" - ") }, "\(names(f))")
    }

    func testTwoUnlistedWordsBeforeAPersonsVerbAfterAPlacedBodyAreAPerson() {
        let f = facts("Biology major at University of Ohio Dayton Quarnel Vesbit heard of the ruling and wrote to the board.")
        XCTAssertEqual(type(f, "University of Ohio Dayton"), "organization", "\(names(f))")
        XCTAssertEqual(type(f, "Quarnel Vesbit"), "person", "\(names(f))")
    }

    func testAHeadClosingTheRunAfterAPlacedBodyKeepsOneName() {
        let f = facts("The University of Texas Press said the book sold well.")
        XCTAssertFalse(names(f).contains("Texas Press") && names(f).contains("University of Texas"), "\(names(f))")
    }

    func testALowerCaseParticleOpensTheNameAfterAPossessive() {
        let f = facts("The publisher Tavo Brennick of Italy's la Quarnetta said sales fell in May.")
        XCTAssertEqual(type(f, "la Quarnetta"), "organization", "\(names(f))")
        XCTAssertFalse(names(f).contains("Quarnetta"), "\(names(f))")
    }

    func testALowerCaseParticleAfterADeterminerOpensNoName() {
        let f = facts("Police stopped a white van Quarnby had rented in the morning.")
        XCTAssertFalse(names(f).contains { $0.hasPrefix("van ") }, "\(names(f))")
    }

    func testAListedPartysOneWordAloneNamesTheParty() {
        let f = facts("Labour's spokesman Tovan Reel said the plan had failed. Labour has a plan of its own.")
        let party = f.entities.first { $0.name == "Labour Party" }
        XCTAssertEqual(party?.type, "organization", "\(names(f))")
        XCTAssertFalse(f.entities.contains { $0.name == "Labour" && $0.type == "person" }, "\(names(f))")
    }
}
