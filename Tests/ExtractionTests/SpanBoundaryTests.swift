import XCTest
import NewsFacts
@testable import Extraction

/// Names found with the wrong span: a document's head word inside a body's "of" part, a title
/// word inside a body's name listed with others, a "for the" before a name of its own, a
/// place's opening word inside a site's name, a site named after a person right after another
/// name. Invented sentences and names, but for real places the rules must read as written.
final class SpanBoundaryTests: XCTestCase, ExtractsNames {
    func testADocumentHeadFollowedByMoreNameWordsClosesNoName() {
        let f = facts("The Ohio Department of Law Enforcement said it would look into the case.")
        XCTAssertEqual(type(f, "Ohio Department of Law Enforcement"), "organization", "\(names(f))")
        XCTAssertFalse(names(f).contains("Ohio Department of Law"), "\(names(f))")
    }

    func testADocumentHeadInsideAnOfPartStaysInTheBodysName() {
        let f = facts("As the National Union of Fair Law Enforcement Workers writes, the act is overdue.")
        XCTAssertTrue(names(f).contains("National Union of Fair Law Enforcement Workers"), "\(names(f))")
    }

    func testADocumentHeadClosingTheRunStillNamesADocument() {
        let f = facts("The Quarnvian Plan was signed in May by both sides.")
        XCTAssertTrue(names(f).contains("Quarnvian Plan"), "\(names(f))")
    }

    func testATitleWordInsideABodysNameListedWithAnotherStaysInTheName() {
        let f = facts("Cadets came from the Academy, Squadron Officer School and ROTC to attend.")
        XCTAssertEqual(type(f, "Squadron Officer School"), "organization", "\(names(f))")
        XCTAssertFalse(names(f).contains("Officer School"), "\(names(f))")
    }

    func testForTheBeforeANameOfItsOwnEndsTheSitesName() {
        let f = facts("Basketball is played at the Wolvern Center for the Cleveland State University team.")
        XCTAssertTrue(names(f).contains("Wolvern Center"), "\(names(f))")
        XCTAssertTrue(names(f).contains("Cleveland State University"), "\(names(f))")
        let g = facts("Football is played at Quarnby Stadium for the NFL Browns, downtown.")
        XCTAssertTrue(names(g).contains("Quarnby Stadium"), "\(names(g))")
    }

    func testForTheBeforeOrdinaryWordsStaysInTheBodysName() {
        let f = facts("She leads the Marnock Centre for the Study of Religion in Leeds.")
        XCTAssertTrue(names(f).contains("Marnock Centre for the Study of Religion"), "\(names(f))")
    }

    func testAPlacesOpeningWordBeforeAClosingHeadStaysInTheSitesName() {
        let f = facts("The Grand Lake Theater sits at the north end of the square.")
        XCTAssertTrue(names(f).contains("Grand Lake Theater"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Lake Theater"), "\(names(f))")
    }

    func testASiteNamedAfterAPersonAfterAnotherNameIsANameOfItsOwn() {
        let f = facts("It will move from the Quarnby Air Museum Steven J. Olvarez Center to a pier.")
        XCTAssertTrue(names(f).contains("Quarnby Air Museum"), "\(names(f))")
        XCTAssertTrue(names(f).contains("Steven J. Olvarez Center"), "\(names(f))")
    }

    func testAndBeforeOrdinaryWordsAndAnotherPlaceHeadJoinsOneSite() {
        let f = facts("There are prints at the Quarnby Teaching Museum and Art Gallery at Olvern College.")
        XCTAssertTrue(names(f).contains("Quarnby Teaching Museum and Art Gallery"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Art Gallery"), "\(names(f))")
    }

    func testAndBeforeTheSameHeadAgainMakesTwoSites() {
        let f = facts("The Science Museum and Natural History Museum are close to each other.")
        XCTAssertTrue(names(f).contains("Science Museum"), "\(names(f))")
        XCTAssertTrue(names(f).contains("Natural History Museum"), "\(names(f))")
    }

    func testAWordThatMayOpenATitleButOpensNoneStaysBeforeAnd() {
        let f = facts("They went to the National Air and Space Museum on Friday.")
        XCTAssertTrue(names(f).contains("National Air and Space Museum"), "\(names(f))")
        XCTAssertFalse(names(f).contains("National Air"), "\(names(f))")
    }

    func testTwoMastheadWordsJoinedByAndNameOnePaper() {
        let f = facts("The story was first reported by The Sentinel and Echo on Monday, its editor said.")
        XCTAssertTrue(names(f).contains("Sentinel and Echo"), "\(names(f))")
    }

    func testTwoMastheadWordsAfterALowerCaseTheAreTwoPapers() {
        let f = facts("The claims were first printed by the Sun and Mirror on Monday, and the Mail and Express followed.")
        XCTAssertFalse(names(f).contains("Sun and Mirror"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Mail and Express"), "\(names(f))")
    }
}
