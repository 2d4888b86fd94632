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
        let f = facts("A lecturer at the Institute of Chile Santiago Tavo Quarnic said the fees would rise.")
        XCTAssertEqual(type(f, "Tavo Quarnic"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains { $0.hasSuffix("Tavo Quarnic") && $0 != "Tavo Quarnic" }, "\(names(f))")
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
        let f = facts("Labour's Shadow Home Secretary Tovan Reel said the plan had failed. She said Labour has a plan of its own.")
        XCTAssertEqual(type(f, "Labour"), "organization", "\(names(f))")
    }

    func testAPartysWordInsideALongerNameNamesNoParty() {
        let f = facts("Unions marched through Quarnby on Labour Day with banners.")
        XCTAssertFalse(f.entities.contains { $0.name.hasPrefix("Labour") && $0.type == "organization" }, "\(names(f))")
    }

    func testAPersonOfACountrysNameIsAffiliatedToABody() {
        let f = facts("The publisher Tavo Brennick of Italy's Quarnetta said sales fell in May.")
        XCTAssertEqual(type(f, "Quarnetta"), "organization", "\(names(f))")
    }

    func testACountrysLeaderBeforeGovernmentStaysAPerson() {
        let f = facts("Pedro Alves of Brazil's Lula government said the talks would resume.")
        XCTAssertNotEqual(type(f, "Lula"), "organization", "\(names(f))")
    }

    func testATitleWordOpeningABodysForPartStaysInTheName() {
        let f = facts("In the 1950s he was among the first members of the Society for General Quarnic Research.")
        XCTAssertEqual(type(f, "Society for General Quarnic Research"), "organization", "\(names(f))")
    }

    func testAHeadWordInsideABodysForPartLeavesTheNameWhole() {
        let f = facts("He joined the Society for Quarnic Systems Research in 1954.")
        XCTAssertEqual(type(f, "Society for Quarnic Systems Research"), "organization", "\(names(f))")
    }

    func testATitleBeforeAPersonAfterABodysForStaysATitle() {
        let f = facts("The Department for Education Secretary Tovan Quarnby said schools would open.")
        XCTAssertFalse(names(f).contains { $0.hasPrefix("Department for Education Secretary") }, "\(names(f))")
    }

    func testAProgramOneJoinsIsABody() {
        let f = facts("Brenick recently joined the Quarnic Studies Program at the university to teach.")
        XCTAssertEqual(type(f, "Quarnic Studies Program"), "organization", "\(names(f))")
    }

    func testAProgramNoWordsCallABodyStaysAWork() {
        let f = facts("The Quarnic Studies Program was announced in May and will cost millions.")
        XCTAssertNotEqual(type(f, "Quarnic Studies Program"), "organization", "\(names(f))")
    }

    func testAQuotedHeadlineMakesNoBodyOfItsHeadWord() {
        let f = facts("On Sunday the front page read \"No Quarnby Vestal News Today\" in red.")
        XCTAssertFalse(names(f).contains { $0.hasPrefix("No ") }, "\(names(f))")
    }

    func testAQuotationAnArticleOpensKeepsItsName() {
        let f = facts("Campaigners want the old crossing renamed \"The Quarnby Vestal Bridge\" by May.")
        XCTAssertTrue(names(f).contains { $0.hasSuffix("Vestal Bridge") }, "\(names(f))")
    }
}
