import XCTest
import NewsFacts
@testable import Extraction

/// What a name's neighbours say of its kind: a plural noun introducing it ("publishers such as
/// X"), what it has after a possessive ("X's shareholders"), a body's noun before "of" ("the CEO
/// of X"), a leader's term after it ("the X administration"). Each is a construction of real
/// text, written here with invented names.
final class TypingKindEvidenceTests: XCTestCase, ExtractsNames {
    func testNamesAPluralOfPlacesIntroducesWithLikeArePlaces() {
        let f = facts("The light rail runs east to towns like Quarnbury and Velmoravik every hour.")
        XCTAssertEqual(type(f, "Quarnbury"), "place", "\(f.entities)")
        XCTAssertEqual(type(f, "Velmoravik"), "place", "\(f.entities)")
    }

    func testANameAPluralOfBodiesIntroducesWithSuchAsIsAnOrganization() {
        let f = facts("Many publishers, such as Quarnvox, agreed to the plan.")
        XCTAssertEqual(type(f, "Quarnvox"), "organization", "\(f.entities)")
    }

    func testNamesRightAfterAPluralOfBodiesAreOrganizations() {
        let f = facts("The court ruled on the religious schools Quarnvale and Ostrimora in the city.")
        XCTAssertEqual(type(f, "Quarnvale"), "organization", "\(f.entities)")
        XCTAssertEqual(type(f, "Ostrimora"), "organization", "\(f.entities)")
    }

    func testAPluralBeforeAndIntroducesNoNameAfterIt() {
        let f = facts("A return trip is planned for 2015, with both biologists and QUARNIL geologists on board.")
        XCTAssertNotEqual(type(f, "QUARNIL"), "person", "\(f.entities)")
    }

    func testWhatABodyHasAfterAPossessiveMakesAnOrganization() {
        let f = facts("Compare this to Quelbrink’s market capitalization of $19 billion.")
        XCTAssertEqual(type(f, "Quelbrink"), "organization", "\(f.entities)")
    }

    func testAnIdeaOrAnAdviserAfterAPossessiveMakesAPerson() {
        let f = facts("The theory replaced Ostravik’s concept of force. Take Velmarek’s national security advisor, who spoke.")
        XCTAssertEqual(type(f, "Ostravik"), "person", "\(f.entities)")
        XCTAssertEqual(type(f, "Velmarek"), "person", "\(f.entities)")
    }

    func testTheChiefOfANameMakesItAnOrganization() {
        let f = facts("If you were the CEO of Quelbrink, would you be worried?")
        XCTAssertEqual(type(f, "Quelbrink"), "organization", "\(f.entities)")
    }

    func testWhatABodyDoesAfterTwoJoinedNamesTellsOfTheFirst() {
        let f = facts("The latest Quarnvox / Ostrimark poll from early May put him at 21 percent.")
        XCTAssertEqual(type(f, "Quarnvox"), "organization", "\(f.entities)")
    }

    func testTheFirstOfTwoNamesBeforeAPluralPlaceNounClosingTheSecondIsAPlace() {
        let f = facts("They declared a republic between the Quelmar and Rio Ostrand Rivers in 1826.")
        XCTAssertEqual(type(f, "Quelmar"), "place", "\(f.entities)")
    }

    func testALeadersTermAfterANameMakesAPerson() {
        let f = facts("The agreement was signed by the first Ostravik administration in 1990.")
        XCTAssertEqual(type(f, "Ostravik"), "person", "\(f.entities)")
    }

    func testSharesAfterAPossessiveSayNothingOfABody() {
        let f = facts("Zorvan Quell sold shares on Monday. Quell's shares in the firm fell ten percent.")
        XCTAssertNotEqual(type(f, "Zorvan Quell"), "organization", "\(f.entities)")
    }

    func testANameRightAfterAPluralThatGoesOnWithAVerbIsNoThingOfThatKind() {
        let f = facts("Under the deal, the cities Velmark visited last year will get new funds.")
        XCTAssertNotEqual(type(f, "Velmark"), "place", "\(f.entities)")
    }

    func testAFounderOfANameSaysNothingOfABody() {
        let f = facts("He is the founder of Quarnvia, a small town in the hills.")
        XCTAssertEqual(type(f, "Quarnvia"), "place", "\(f.entities)")
    }

    func testSuchAsAfterAClauseReachesBackToItsPluralOfBodies() {
        let f = facts("The list also has some new books from publishers who like the idea, such as Quarnvel.")
        XCTAssertEqual(type(f, "Quarnvel"), "organization", "\(f.entities)")
    }

    func testLikeAfterAClauseReachesNoPlural() {
        let f = facts("The list also has some new books from publishers who like the idea, like Quarnvel.")
        XCTAssertNotEqual(type(f, "Quarnvel"), "organization", "\(f.entities)")
    }

    func testSuchAsTakesThePluralBeforeTheRelativeClauseNotOneInsideIt() {
        // "publishers" lies inside the clause that qualifies "writers": the names are writers.
        let f = facts("The prize went to writers who criticised publishers for years, such as Quarnvel.")
        XCTAssertEqual(type(f, "Quarnvel"), "person", "\(f.entities)")
    }
}
