import XCTest
import NewsFacts
@testable import Extraction

/// Capitalised words that are an edition, a product's version or a class rather than a person,
/// a body or a place, and places that a longer name holds without being where it is: each test is
/// one construction from the development set's extra entities (issue 11), written with invented
/// names where the construction allows.
final class EditionVersionDescriptionTests: XCTestCase, ExtractsNames {
    /// "is a self-described Radical Mutualist.": after a copula, "a" and a lower-case word, a
    /// run of capitalised words that ends the phrase is a class the subject belongs to.
    func testACapitalisedClassAfterIsAIsNoName() {
        let f = facts("Marta Quillon is a self-described Radical Mutualist. She teaches in Oslo.")
        XCTAssertNil(type(f, "Radical Mutualist"), "\(f.entities)")
        XCTAssertEqual(type(f, "Marta Quillon"), "person")
    }

    /// "the firm is run as a Hybrid Cooperative - a company owned by its staff": "as a" and a dash.
    func testACapitalisedClassAfterAsAIsNoName() {
        let f = facts("Marta Quillon said the firm is run as a Hybrid Cooperative - a company owned by its staff.")
        XCTAssertNil(type(f, "Hybrid Cooperative"), "\(f.entities)")
    }

    /// A person's name after "was an" stays a name: "an Edward Steichen of her day".
    func testAPersonsNameAfterWasAnStaysAName() {
        let f = facts("Marta Quillon was an Edward Steichen of her day.")
        XCTAssertNotNil(type(f, "Edward Steichen"), "\(f.entities)")
    }

    /// "Quillon at BlorpCamp 2008": a name a year follows is that year's edition, an
    /// occasion, not the place "at" suggests.
    func testANameAYearFollowsIsAnEdition() {
        let f = facts("Marta Quillon spoke at BlorpCamp 2008 in May.")
        XCTAssertEqual(type(f, "BlorpCamp"), "work", "\(f.entities)")
    }

    /// "The Quarnby Holdings 2012 annual report": a year qualifying a noun after it makes no
    /// edition, and a body's head word keeps the body's type (review13, P9-1).
    func testAYearBeforeANounLeavesABodyABody() {
        let f = facts("Quarnby Holdings said on Monday it would cut prices. The Quarnby Holdings 2012 annual report "
            + "showed sales falling. Quarnby Holdings employs 9,000 people.")
        XCTAssertEqual(type(f, "Quarnby Holdings"), "organization", "\(f.entities)")
    }

    /// "the Varnsby Alliance 2014 manifesto": a party whose own head word types it.
    func testAPartysHeadWordOutweighsAYearAfterIt() {
        let f = facts("Voters backed the Varnsby Alliance 2014 manifesto. The Varnsby Alliance won 40 seats.")
        XCTAssertEqual(type(f, "Varnsby Alliance"), "organization", "\(f.entities)")
    }

    /// "a newer ZQ", then "ZQ6": the product and its numbered version.
    func testANewerNameAndItsNumberedVersionAreProducts() {
        let f = facts("Quarnsoft urged users to stop using ZQ6 and update to a newer ZQ. ZQ6 shipped in 2001.")
        XCTAssertEqual(type(f, "ZQ"), "work", "\(f.entities)")
        XCTAssertEqual(type(f, "ZQ6"), "work", "\(f.entities)")
    }

    /// "The latest Quarnby / Vostrel poll": a name another joins does not end its phrase.
    func testTheLatestNameJoinedByASlashIsNoProduct() {
        let f = facts("The latest Quarnby / Vostrel poll put him at 21 percent.")
        XCTAssertNotEqual(type(f, "Quarnby"), "work", "\(f.entities)")
    }

    /// "public views of US Paralympics": the games are an occasion, as the Olympics are.
    func testParalympicsIsNoName() {
        let f = facts("Marta Quillon spoke about public views of US Paralympics.")
        XCTAssertNil(type(f, "US Paralympics"), "\(f.entities)")
    }

    /// "between Lisbon and the US West Coast": the country locates the coast; "West Coast" is the
    /// same place, an alias, not a second one.
    func testACountryOpeningAPlacesNameMakesTheRestAnAlias() {
        let f = facts("Flights take eleven hours between Lisbon and the US West Coast.")
        XCTAssertEqual(type(f, "US West Coast"), "place", "\(f.entities)")
        XCTAssertNil(type(f, "West Coast"), "\(f.entities)")
        XCTAssertTrue(f.entities.first { $0.name == "US West Coast" }?.aliases.contains("West Coast") ?? false)
    }

    /// "went over to Pacific Standard" (a bar): an ocean in a body's name is no place in it.
    func testAnOceanInABodysNameIsNoNestedPlace() {
        let f = facts("Troy Quarnby of Slate Magazine went over to Pacific Standard to taste the new cocktail.")
        XCTAssertNil(type(f, "Pacific"), "\(f.entities)")
    }

    /// A city in a body's name is still nested: "the University of Copenhagen".
    func testACityInABodysNameIsStillNested() {
        let f = facts("Marta Quillon obtained her doctorate from the University of Copenhagen.")
        XCTAssertEqual(type(f, "Copenhagen"), "place", "\(f.entities)")
    }
}
