import XCTest
import NewsFacts
@testable import Extraction

/// Names that are no person, body or place though the typer would weigh them as one: a web site,
/// a project's name before an at sign, an acronym's gloss, a category in a categories line
/// (`SiteNames`, `AcronymGlosses`, `CategoryLines`). Invented sentences after real constructions.
final class WebAndGlossNameTests: XCTestCase, ExtractsNames {
    private let typed: Set<String> = ["person", "organization", "place", "country"]

    func testANameSeenOnlyBeforeWebsiteIsTheSite() {
        let f = facts("There is a launch video on the Quarnby Dustwatch website, highly recommended.")
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

    func testAListedNameEndsItsCategoryInACategoriesLine() {
        let f = facts("A storm hit the coast on Friday.\n\nCategories: August 15, 2008 Canada Published North America Politics and conflicts Archived")
        XCTAssertFalse(names(f).contains("North America Politics"), "\(f.entities)")
        XCTAssertEqual(type(f, "North America"), "place", "\(f.entities)")
    }

    func testOutsideACategoriesLineAListedNameStillOpensALongerName() {
        let f = facts("The storm hit the North America Politics Forum on Friday.")
        XCTAssertTrue(names(f).contains { $0.hasPrefix("North America Politics") }, "\(f.entities)")
    }
}
