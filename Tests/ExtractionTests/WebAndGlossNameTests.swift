import XCTest
import NewsFacts
@testable import Extraction

/// Names that are no person, body or place though the typer would weigh them as one: a web site,
/// a project's name before an at sign, an acronym's gloss or an acronym that only qualifies a noun,
/// a work named after its noun and "called", a category in a categories line (`SiteNames`,
/// `AcronymGlosses`, `AcronymModifiers`, `NamedWorks`, `CategoryLines`). Invented sentences after real constructions.
final class WebAndGlossNameTests: XCTestCase, ExtractsNames {
    private let typed: Set<String> = ["person", "organization", "place", "country"]

    func testAListedBodyAndMoreWordsSeenOnlyBeforeWebsiteIsTheSite() {
        let f = facts("There is a launch video on the Wikimedia Dustwatch website, highly recommended.")
        XCTAssertFalse(f.entities.contains { $0.name.contains("Dustwatch") && typed.contains($0.type) }, "\(f.entities)")
    }

    func testAnAddressAfterAWebsiteIsTheSite() {
        let f = facts("Morrow created a website SpreadingVelloran.com to promote the campaign.")
        XCTAssertFalse(f.entities.contains { $0.name.hasPrefix("SpreadingVelloran") && typed.contains($0.type) }, "\(f.entities)")
    }

    func testABodyAlsoNamedOnItsOwnKeepsItsTypeBeforeWebsite() {
        let f = facts("The Varnsby Trust said on Monday that it would close. The Varnsby Trust website was down.")
        XCTAssertEqual(type(f, "Varnsby Trust"), "organization", "\(f.entities)")
    }

    func testANameBeforeAnAtSignAndAWordIsAProject() {
        let f = facts("Unlike computing projects like QUELL @ home, the new one relies on volunteers.")
        XCTAssertFalse(f.entities.contains { $0.name.hasPrefix("QUELL") && typed.contains($0.type) }, "\(f.entities)")
    }

    func testAnAcronymsGlossOfOrdinaryWordsIsNoBody() {
        let f = facts("Bees live longer when they avoid ROS [Reactive Oxygen Species, a class of chemicals] in their food.")
        XCTAssertFalse(f.entities.contains { $0.name == "Reactive Oxygen Species" && typed.contains($0.type) }, "\(f.entities)")
    }

    func testABodyNamedBeforeItsAcronymStaysABody() {
        let f = facts("The Quarnby Research Council (QRC) said the grant was approved.")
        XCTAssertEqual(type(f, "Quarnby Research Council"), "organization", "\(f.entities)")
    }

    func testAnAcronymOnlyEverQualifyingANounIsNoBody() {
        let f = facts("The tax changed from the QIX system to the new one. Is that shine in the QIX lights their own?")
        XCTAssertFalse(f.entities.contains { $0.name == "QIX" && typed.contains($0.type) }, "\(f.entities)")
    }

    func testAnAcronymAlsoSpokenOfOnItsOwnKeepsItsType() {
        let f = facts("QIX said on Monday that it would close. The QIX campus was empty.")
        XCTAssertTrue(f.entities.contains { $0.name == "QIX" && typed.contains($0.type) }, "\(f.entities)")
    }

    func testANameOnlySeenAfterAnAccountNounIsTheAccount() {
        let f = facts("The agency tweeted its support via its account Quarnby Orbital on Monday.")
        XCTAssertFalse(f.entities.contains { $0.name.hasPrefix("Quarnby") && typed.contains($0.type) }, "\(f.entities)")
    }

    func testANameAfterToysCalledIsAWork() {
        let f = facts("She sells small plush toys called Quibble Worm on her channel.")
        XCTAssertFalse(f.entities.contains { $0.name.hasPrefix("Quibble") && typed.contains($0.type) }, "\(f.entities)")
    }

    func testAProjectCalledEndsItsTitleBeforeAPlace() {
        let f = facts("He started a project called Quellnet at Berkeley in 1997.")
        XCTAssertFalse(f.entities.contains { $0.name == "Quellnet" && typed.contains($0.type) }, "\(f.entities)")
        XCTAssertNotEqual(type(f, "Berkeley"), "work", "\(f.entities)")
    }

    func testAPersonNamedAfterAGirlStaysAPerson() {
        let f = facts("A girl named Isabel Quarnby won the prize on Monday.")
        XCTAssertEqual(type(f, "Isabel Quarnby"), "person", "\(f.entities)")
    }

    func testAHeadedBodyBeforeWebsiteStaysABody() {
        let f = facts("The results were posted on the Harwell University website on Monday.")
        XCTAssertEqual(type(f, "Harwell University"), "organization", "\(f.entities)")
    }

    func testAnOfBodyBeforeWebsiteStaysABody() {
        let f = facts("A statement on the Ministry of Fisheries website said the quota would fall.")
        XCTAssertTrue(f.entities.contains { $0.name.contains("Ministry of Fisheries") && $0.type == "organization" }, "\(f.entities)")
    }

    func testACompanysAccountsAndAWitnessAccountKeepTheirNames() {
        let f = facts("The Harwell Holdings accounts show a loss of 3 million pounds. The account Tobias Quennell gave to police was confused.")
        XCTAssertEqual(type(f, "Harwell Holdings"), "organization", "\(f.entities)")
        XCTAssertEqual(type(f, "Tobias Quennell"), "person", "\(f.entities)")
    }

    func testAPilotNamedAfterTheNounIsNoWork() {
        let f = facts("The crash killed a pilot named Quennell and two passengers, police said.")
        XCTAssertNotEqual(type(f, "Quennell"), "work", "\(f.entities)")
    }

    func testAListedNameEndsItsCategoryInACategoriesLine() {
        let f = facts("A storm hit the coast on Friday.\n\nCategories: May 3, 2011 Norway Published North America Politics and conflicts Archived")
        XCTAssertFalse(names(f).contains("North America Politics"), "\(f.entities)")
        XCTAssertEqual(type(f, "North America"), "place", "\(f.entities)")
    }

    func testOutsideACategoriesLineAListedNameStillOpensALongerName() {
        let f = facts("The storm hit the North America Politics Forum on Friday.")
        XCTAssertTrue(names(f).contains { $0.hasPrefix("North America Politics") }, "\(f.entities)")
    }
}
