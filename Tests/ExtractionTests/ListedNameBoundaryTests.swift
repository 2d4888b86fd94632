import XCTest
import NewsFacts
@testable import Extraction

/// Names in lists, routes and picture credits: a comma list of names before a club's name is
/// several names (`WordListsInsideNames.swift`), a region's lower-case modifier before a list's
/// last name does not end the list (`PlaceModifiersInLists.swift`), "along" a name is a weak
/// place cue, a credit's sources are bodies (`CreditSources.swift`), and an honour "of the" body
/// giving it is two names (`AwardingBodies.swift`). Invented sentences.
final class ListedNameBoundaryTests: XCTestCase, ExtractsNames {
    func testNamesListedBeforeAClubAreNamesOfTheirOwn() {
        let f = facts("On the weekend there are three nightclubs: Quarnelle, Vostabi and Jazz Club. They open late.")
        XCTAssertNil(type(f, "Quarnelle, Vostabi and Jazz Club"), "\(f.entities)")
        XCTAssertNotNil(type(f, "Jazz Club"), "\(f.entities)")
        XCTAssertEqual(type(f, "Quarnelle"), type(f, "Jazz Club"), "\(f.entities)")
    }

    func testOrdinaryWordsListedBeforeACommitteeStayInItsName() {
        let f = facts("The Environment, Food and Rural Affairs Committee met on Tuesday.")
        XCTAssertEqual(type(f, "Environment, Food and Rural Affairs Committee"), "organization", "\(f.entities)")
    }

    func testARegionModifierBeforeTheLastNameKeepsTheList() {
        let f = facts("Fast trains link the city with Quarnside, Northumberland and south-eastern Scotland.")
        XCTAssertEqual(type(f, "Quarnside"), "place", "\(f.entities)")
    }

    func testANameAlongWhichOneTravelsIsAPlace() {
        let f = facts("Four bike depots, placed along Quarnetrail, lend bikes for free.")
        XCTAssertEqual(type(f, "Quarnetrail"), "place", "\(f.entities)")
    }

    func testAlongWithANameSaysNothingOfAPlace() {
        let f = facts("He was traded to the club along with Quarnby in December.")
        XCTAssertNotEqual(type(f, "Quarnby"), "place", "\(f.entities)")
    }

    func testACreditOfOrdinaryWordsNamesABody() {
        let f = facts("A still from the film. (credit: Motion Picture Weekly/Quarnvox, Public Domain)")
        XCTAssertEqual(type(f, "Motion Picture Weekly"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Public Domain"), "\(f.entities)")
    }

    func testAPersonAfterACreditsSlashStaysAPerson() {
        let f = facts("The launch pad at dawn. Image: NASA/Margaret Quarnby.")
        XCTAssertEqual(type(f, "Margaret Quarnby"), "person", "\(f.entities)")
    }

    func testAnHonourOfTheBodyThatGivesItIsTwoNames() {
        let f = facts("In 2006 she received the Lifetime Service Award of the Association for Quarnic Studies.")
        XCTAssertEqual(type(f, "Association for Quarnic Studies"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Lifetime Service Award of the Association for Quarnic Studies"), "\(f.entities)")
    }
}
