import XCTest
import NewsFacts
@testable import Extraction

/// Names in lists, routes and picture credits: a comma list of names before a club's name is
/// several names (`WordListsInsideNames.swift`), a region's lower-case modifier before a list's
/// last name does not end the list (`PlaceModifiersInLists.swift`), "along" a name is a weak
/// place cue, a credit's sources are bodies (`CreditSources.swift`), and an honour "of the" body
/// giving it is two names (`AwardingBodies.swift`). Invented sentences.
final class ListedNameBoundaryTests: XCTestCase, ExtractsNames {
    func testNamesListedAfterAColonBeforeAClubAreNamesOfTheirOwn() {
        let f = facts("Delegates will be received at three venues: Quarnelle, Vostabi and Harbour Club, organisers said.")
        XCTAssertNil(type(f, "Quarnelle, Vostabi and Harbour Club"), "\(f.entities)")
        XCTAssertNotNil(type(f, "Harbour Club"), "\(f.entities)")
        XCTAssertEqual(type(f, "Quarnelle"), type(f, "Harbour Club"), "\(f.entities)")
    }

    func testOrdinaryWordsListedBeforeACommitteeStayInItsName() {
        let f = facts("The Housing, Transport and Local Government Committee met on Tuesday.")
        XCTAssertEqual(type(f, "Housing, Transport and Local Government Committee"), "organization", "\(f.entities)")
    }

    func testABodysNameAfterAnOpeningWeekdayStaysWhole() {
        let f = facts("On Tuesday, Competition and Markets Authority officials said the merger would be reviewed.")
        XCTAssertEqual(type(f, "Competition and Markets Authority"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Markets Authority"), "\(f.entities)")
    }

    func testABodysNameAfterAnOpeningPlaceStaysWhole() {
        let f = facts("In Washington, Fish and Wildlife Service officials said the ban would stay in place.")
        XCTAssertEqual(type(f, "Fish and Wildlife Service"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Wildlife Service"), "\(f.entities)")
    }

    func testABodysNameAfterAMonthStaysWhole() {
        let f = facts("The deal was signed in March, Trade and Investment Board officials confirmed on Friday.")
        XCTAssertNil(type(f, "Investment Board"), "\(f.entities)")
    }

    func testARegionModifierBeforeTheLastNameKeepsTheList() {
        let f = facts("The new pipeline will carry gas from Quarnside, Cumbria or north-western Wales, the minister said.")
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
        let f = facts("Ministers pose before the talks. (Photo: Northern Press Bureau/Harbour Desk, Public Domain)")
        XCTAssertEqual(type(f, "Northern Press Bureau"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Public Domain"), "\(f.entities)")
    }

    func testASourceAfterACreditsSlashNamesABody() {
        let f = facts("Ministers pose before the talks. Photo: State News Service/Quarnvox")
        XCTAssertEqual(type(f, "Quarnvox"), "organization", "\(f.entities)")
    }

    func testAPersonAfterACreditsSlashStaysAPerson() {
        let f = facts("The launch pad at dawn. Image: NASA/Margaret Quarnby.")
        XCTAssertEqual(type(f, "Margaret Quarnby"), "person", "\(f.entities)")
    }

    func testAnHonourOfTheBodyThatGivesItIsTwoNames() {
        let f = facts("The minister was given the Gold Service Medal of the Institute for Quarnic Affairs on Monday.")
        XCTAssertEqual(type(f, "Institute for Quarnic Affairs"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Gold Service Medal of the Institute for Quarnic Affairs"), "\(f.entities)")
    }
}
