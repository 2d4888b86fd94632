import XCTest
import NewsFacts
@testable import Extraction

/// Capitalised words that describe rather than name, and names a list or a reading list cuts
/// apart: each test is one construction from the development set's extra entities, written here
/// with invented names where a name is involved.
final class DescriptionNotNameTests: XCTestCase, ExtractsNames {
    /// "Marx, Karl and Engels, Friedrich.": the first author sets the inverted form, so the second
    /// is a person even when the first-name lists do not know his first name.
    func testTheSecondAuthorOfAnInvertedPairNeedsNoListedFirstName() {
        let f = facts("Reading list:\nQuarnby, Karl and Vostrel, Friedrich. The Book of Days (solo)\n")
        XCTAssertEqual(type(f, "Karl Quarnby"), "person", "\(f.entities)")
        XCTAssertEqual(type(f, "Friedrich Vostrel"), "person", "\(f.entities)")
        XCTAssertTrue(f.entities.first { $0.name == "Friedrich Vostrel" }?.aliases.contains("Vostrel, Friedrich") ?? false,
                      "\(f.entities)")
        XCTAssertNil(type(f, "Vostrel"))
    }

    /// The second of an inverted pair must still be able to be a first name: "and Bath, England"
    /// is a town and its country, not an author "England Bath" (nor is "Lyon, France").
    func testTheSecondOfAnInvertedPairIsNoPersonWhenItsFirstNameIsAPlace() {
        let f = facts("Further reading:\nQuarnby, Jane and Bath, England.\n\nQuarnby, Jane and Lyon, France.\n")
        XCTAssertEqual(type(f, "Jane Quarnby"), "person", "\(f.entities)")
        XCTAssertNil(type(f, "England Bath"), "\(f.entities)")
        XCTAssertNil(type(f, "France Lyon"), "\(f.entities)")
    }

    /// A town, a comma and its country or region opening a line is no inverted name, even where
    /// the census lists the country as a first name ("France").
    func testATownAndItsCountryOpeningALineIsNoInvertedName() {
        let f = facts("Notes\n\nParis, France.\n\nAustin, Texas.\n")
        XCTAssertNil(type(f, "France Paris"), "\(f.entities)")
        XCTAssertNil(type(f, "Texas Austin"), "\(f.entities)")
    }

    /// A first name that is also a town keeps an inverted author ("Tolstoy, Leo": Leo is a town
    /// too), and so does a first name that is also a region the census lists ("Woolf, Virginia").
    func testAnInvertedAuthorWhoseFirstNameIsAlsoAPlaceStaysAPerson() {
        let f = facts("Reading list:\nQuarnby, Leo and Vostrel, Virginia.\n")
        XCTAssertEqual(type(f, "Leo Quarnby"), "person", "\(f.entities)")
        XCTAssertEqual(type(f, "Virginia Vostrel"), "person", "\(f.entities)")
    }

    /// An inverted name alone still needs a listed first name: "Table, Chair." is no author.
    func testAnInvertedNameAloneStillNeedsAListedFirstName() {
        let f = facts("Table, Chair. Those were the words on the card.")
        XCTAssertNil(type(f, "Chair Table"), "\(f.entities)")
    }

    /// "I wrote a thesis on memory in Bees": a short plural of an ordinary word after a
    /// preposition is a heading's word, not a place.
    func testAFourLetterOrdinaryPluralIsNoPlaceAfterAPreposition() {
        let f = facts("I wrote a thesis on memory in Bees under the supervision of Prof. Marta Quillon.")
        XCTAssertNil(type(f, "Bees"), "\(f.entities)")
        XCTAssertEqual(type(f, "Marta Quillon"), "person")
    }

    /// A place written in four letters still takes its preposition's reading.
    func testAFourLetterPlaceNameAfterAPrepositionStaysAPlace() {
        let f = facts("She grew up in Oslo and later moved away.")
        XCTAssertEqual(type(f, "Oslo"), "place", "\(f.entities)")
    }

    /// "the Academy, Squadron Officer School and ROTC": a title word inside a body's name stays in
    /// it when the name closes with its head right before an "and".
    func testATitleWordInsideABodysNameStaysBeforeAnAnd() {
        let f = facts("The service selected cadets from the Academy, Brigade Officer School and ROTC to attend.")
        XCTAssertTrue(names(f).contains("Brigade Officer School"), "\(f.entities)")
        XCTAssertFalse(names(f).contains("Officer School"), "\(f.entities)")
    }

    /// `you must have the "Bully Pulpit"`: a quoted name after a determiner takes an article, as a
    /// thing's name does; its unknown words alone make it no person.
    func testAQuotedNameAfterADeterminerIsNoPerson() {
        let f = facts("To win you need the \"Lofty Lectern\" to reach the voters.")
        XCTAssertNotEqual(type(f, "Lofty Lectern"), "person", "\(f.entities)")
    }

    /// A quoted nickname with no determiner before it says nothing new: the name's own words decide.
    func testAQuotedNameWithoutADeterminerKeepsItsOwnEvidence() {
        let f = facts("The singer \"Marta Quillon\" said the tour would start in May.")
        XCTAssertEqual(type(f, "Marta Quillon"), "person", "\(f.entities)")
    }
}
