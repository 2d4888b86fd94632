import XCTest
import NewsFacts
@testable import Extraction

/// Constructions that put a name on the map (`LocatingConstructions.swift`): a journey's end after
/// a travel verb and "to", a place the sentence typed before "on" or a comma and the name, a
/// word that is no first name before a large city; and "air" opening an airline's name. Each
/// is a construction of real text written here with other words and invented names.
final class LocatingConstructionTests: XCTestCase, ExtractsNames {
    func testANameAfterATravelVerbAndToIsAPlace() {
        let f = facts("After some years in Rome, the monk travelled with his friend to Quendor and settled there.")
        XCTAssertEqual(type(f, "Quendor"), "place", "\(f.entities)")
    }

    func testANameAfterToWithoutATravelVerbIsNoPlace() {
        // "spoke to" moves nobody: the name stays what its other evidence says.
        let f = facts("After some years in Rome, the monk spoke with his friend to Quendor about it.")
        XCTAssertNotEqual(type(f, "Quendor"), "place", "\(f.entities)")
    }

    func testANameAfterAPlaceAndOnIsAPlace() {
        // The name must close its phrase (a mark, the sentence's end or a word such as "in" or
        // "with"): see the next test for why more words after it are not read.
        let f = facts("A small ferry runs from Copenhagen to Aarhus on Vellinsø, twice a day.")
        XCTAssertEqual(type(f, "Vellinsø"), "place", "\(f.entities)")
    }

    func testANameAfterAPlaceAndOnThatQualifiesANounIsNoPlace() {
        // "on Quarnvel business": the name qualifies the noun after it. The rule does not read a
        // name more words of the clause follow, so "to Tårs on Lolland twice a day" is not covered.
        let f = facts("He was in Aarhus on Quarnvel business last week.")
        XCTAssertNotEqual(type(f, "Quarnvel"), "place", "\(f.entities)")
    }

    func testANameAfterAPlaceAndACommaClosingThePhraseIsAPlace() {
        let f = facts("He entered the college at Berlin, Quenland Province, then part of the kingdom.")
        XCTAssertEqual(type(f, "Quenland Province"), "place", "\(f.entities)")
    }

    func testAPersonAfterAPlaceAndACommaWhoSpeaksStaysAPerson() {
        let f = facts("In Berlin, Margarethe Vollrath said the talks had failed.")
        XCTAssertEqual(type(f, "Margarethe Vollrath"), "person", "\(f.entities)")
    }

    func testAWordThatIsNoFirstNameBeforeALargeCityIsNoPerson() {
        let f = facts("He played two seasons with Quadra-B Indianapolis before his promotion.")
        XCTAssertNotEqual(type(f, "Quadra-B Indianapolis"), "person", "\(f.entities)")
    }

    func testAFirstNameTheCensusLacksBeforeALargeCityStaysAPerson() {
        // "Ibarra" is a city of Ecuador the gazetteer lists; "José" is no census first name.
        let f = facts("Chile rejected it. José Ibarra, the country's fisheries undersecretary, told reporters in Lima "
            + "that the figures were wrong. \"We stand by our data,\" Ibarra said.")
        XCTAssertEqual(type(f, "José Ibarra"), "person", "\(f.entities)")
    }

    func testAFirstNameBeforeALargeCityStaysAPerson() {
        let f = facts("The speech was written by Grover Cleveland himself, his aides said.")
        XCTAssertEqual(type(f, "Grover Cleveland"), "person", "\(f.entities)")
    }

    func testAirOpeningANameMakesAnAirline() {
        let f = facts("Most visitors arrive by plane: Air Quelland flies there five days a week.")
        XCTAssertEqual(type(f, "Air Quelland"), "organization", "\(f.entities)")
    }

    func testANameJoinedWithAnArticleIsABody() {
        let f = facts("She joined the Harl Vantor aged fourteen and left it ten years later.")
        XCTAssertEqual(type(f, "Harl Vantor"), "organization", "\(f.entities)")
    }

    func testAPersonJoinedWithoutAnArticleIsNoBody() {
        let f = facts("Senator Alvin Drexler joined Margarethe Vollrath in calling for a new vote.")
        XCTAssertEqual(type(f, "Margarethe Vollrath"), "person", "\(f.entities)")
    }

    func testAPersonWhoseFamilyNameIsALargeCityStaysAPerson() {
        // First names the census lacks before a family name that is a city of 100,000 people or more.
        for (text, name) in [("Kwame Austin told reporters the plan was sound.", "Kwame Austin"),
                             ("Oluwaseun Madison said the vote was fair.", "Oluwaseun Madison"),
                             ("Jomo Houston said the team played well.", "Jomo Houston"),
                             ("Tariq Jackson said the strike would end.", "Tariq Jackson"),
                             ("Sipho Phoenix said the talks failed.", "Sipho Phoenix")] {
            let f = facts(text)
            XCTAssertNotEqual(type(f, name), "place", "\(text): \(f.entities)")
        }
    }

    func testANameAListGoesOnAfterIsNoPlaceOfTheCityBeforeIt() {
        let f = facts("At the meeting in Tokyo, Quarnda, Hexaco and Nissan announced a joint venture.")
        XCTAssertNotEqual(type(f, "Quarnda"), "place", "\(f.entities)")
    }

    func testTheLastNameOfACommaListAfterAPlaceIsNoPlaceOfIt() {
        // "Date" is a place the gazetteer lists; here it is one heading of a list.
        let f = facts("The form asks for Title, Source, Date, ID.")
        XCTAssertNotEqual(type(f, "ID"), "place", "\(f.entities)")
    }
}
