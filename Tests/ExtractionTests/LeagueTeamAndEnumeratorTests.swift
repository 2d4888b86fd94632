import XCTest
import NewsFacts
@testable import Extraction

/// A team named after its league ("the NBA Cavaliers", `LeagueTeamNames.swift`) and a line's
/// enumerator letter before a name ("B. Cherokee", `EnumeratorLetters.swift`). Invented texts.
final class LeagueTeamAndEnumeratorTests: XCTestCase, ExtractsNames {
    func testAListedLeagueThenAPluralClosingTheRunIsOneTeam() {
        let f = facts("Ticket prices rose at the arena of the NBA Harriers last winter.")
        XCTAssertEqual(type(f, "NBA Harriers"), "organization", "\(names(f))")
        XCTAssertFalse(names(f).contains("NBA"), "\(names(f))")
    }

    func testALongerLeagueNameThenAPeoplesPluralIsOneTeam() {
        let f = facts("The park was built in 1994 for the Major League Baseball Hollanders, a club loved by the town.")
        XCTAssertEqual(type(f, "Major League Baseball Hollanders"), "organization", "\(names(f))")
    }

    func testABodyThenATitleStaysTwo() {
        let f = facts("A statement came from the NATO Ministers after the talks in Ostrava.")
        XCTAssertNil(type(f, "NATO Ministers"), "\(names(f))")
    }

    func testABodyWithoutTheBeforeItKeepsItsName() {
        let f = facts("NFL Owners met in Dallas on Tuesday.")
        XCTAssertNil(type(f, "NFL Owners"), "\(names(f))")
    }

    func testSiblingEnumeratorLettersAreNoInitials() {
        let f = facts("Quiz\n\n1. Which town hosted the fair?\n\nA. Velmora\n\nB. Castrelle\n\nC. Durnholt\n\nD. Pelsgard\n")
        let all = names(f)
        XCTAssertFalse(all.contains { $0.hasPrefix("A. ") || $0.hasPrefix("B. ") || $0.hasPrefix("C. ") }, "\(all)")
    }

    func testAnInitialOpeningALineWithoutSiblingsStays() {
        let f = facts("Letters to the editor\n\nJ. Pemberton Harlow wrote from Leeds that the bridge was late.\n")
        XCTAssertTrue(names(f).contains("J. Pemberton Harlow"), "\(names(f))")
    }

    func testAnInitialInsideASentenceStaysBesideAnEnumeratedList() {
        let f = facts("A. The first choice\n\nB. The second choice\n\nThe answer was given by J. Pemberton Harlow in Leeds.\n")
        XCTAssertTrue(names(f).contains("J. Pemberton Harlow"), "\(names(f))")
    }
}
