import XCTest
import NewsFacts
@testable import Extraction

/// Constructions that say what a name names where its words alone mislead: a first and family
/// name after a preposition, a body's head few people bear as a family name, two places joined
/// by an ampersand, names after a plural title, a street's address, a military unit, an ice
/// shelf, a place's head before "of the", what a person is "of", words attributed to someone, a
/// leader's government, a body's noun one word after the name, a service's word before a site's
/// head, a saint's word in Italian. Each is a construction of real text (GUM, the development
/// set) written here with other words.
final class NameTypeConstructionTests: XCTestCase, ExtractsNames {
    func testAFirstAndFamilyNameAfterInIsAPerson() {
        // "Nava" alone is a town the gazetteer lists; "Daniel Nava" is a player.
        let f = facts("In the ninth inning Holt drove in Daniel Nava for the winning run.")
        XCTAssertEqual(type(f, "Daniel Nava"), "person", "\(f.entities)")
    }

    func testAPlaceTheGazetteerListsStaysAPlaceAfterIn() {
        let f = facts("The conference was held in Virginia Beach last spring.")
        XCTAssertEqual(type(f, "Virginia Beach"), "place", "\(f.entities)")
    }

    func testABodysHeadFewBearAsAFamilyNameKeepsItsBody() {
        // "League" is a census family name of a few hundred people: "Ivy League" is no person.
        let f = facts("The board has too many Ivy League graduates running the firm.")
        XCTAssertEqual(type(f, "Ivy League"), "organization", "\(f.entities)")
    }

    func testAFirstNameAndAFrequentFamilyNameThatIsAHeadStayAPerson() {
        let f = facts("The talk was given by Nathan Law on Friday.")
        XCTAssertEqual(type(f, "Nathan Law"), "person", "\(f.entities)")
    }

    func testAnAmpersandBetweenTwoListedPlacesListsTwoPlaces() {
        let f = facts("The light rail runs east to Tempe & Mesa every fifteen minutes.")
        XCTAssertEqual(type(f, "Mesa"), "place", "\(f.entities)")
        XCTAssertNil(type(f, "Tempe & Mesa"), "\(f.entities)")
    }

    func testAnAmpersandInsideABodysNameStays() {
        let f = facts("Shares of Procter & Gamble rose on Monday.")
        XCTAssertNotNil(type(f, "Procter & Gamble"), "\(f.entities)")
    }

    func testANameTheGazetteerMadeAPlaceAfterAPluralTitleIsAPerson() {
        let f = facts("They sit with Senators Brandt, Kelly, and Luján on the new panel.")
        XCTAssertEqual(type(f, "Luján"), "person", "\(f.entities)")
    }

    func testAHouseNumberAndACompassLetterOpenAStreet() {
        let f = facts("The bus depot is at 412 S. Denver (downtown), by the park.")
        XCTAssertEqual(type(f, "S. Denver"), "place", "\(f.entities)")
    }

    func testASpelledOrdinalBeforeAUnitWordIsAnOrganization() {
        let f = facts("The camp housed the Ninth Legion for a decade.")
        XCTAssertEqual(type(f, "Ninth Legion"), "organization", "\(f.entities)")
    }

    func testAnIceShelfIsAPlace() {
        let f = facts("The team drilled through the Varnholt Ice Shelf last year.")
        XCTAssertEqual(type(f, "Varnholt Ice Shelf"), "place", "\(f.entities)")
    }

    func testAPlacesHeadBeforeOfTheNamesThePlaceNotTheBodyAfterIt() {
        let f = facts("The jet will be shown at the National Museum of the U.S. Air Force in Dayton.")
        XCTAssertEqual(type(f, "National Museum of the U.S. Air Force"), "place", "\(f.entities)")
    }

    func testWhatAFullNamedPersonIsOfIsNoPerson() {
        // "Duran" is a family name; after "guitarist Nick Hallam of" it names a band.
        let f = facts("The show has portraits of guitarist Nick Hallam of Duran Duran and others.")
        XCTAssertEqual(type(f, "Duran Duran"), "organization", "\(f.entities)")
    }

    func testWhatAOneWordNameIsOfKeepsItsOwnWords() {
        // "Synopsis" is no person's full name: "English Syntax" is not taken for a body.
        let f = facts("Her thesis, A Synopsis of English Syntax, won a prize.")
        XCTAssertNotEqual(type(f, "English Syntax"), "organization", "\(f.entities)")
    }

    func testWordsAttributedToANameAreAPersons() {
        let f = facts("She read a short quote attributed to Quarnstedt about doubt.")
        XCTAssertEqual(type(f, "Quarnstedt"), "person", "\(f.entities)")
    }

    func testALeadersGovernmentIsAPersons() {
        let f = facts("The tax system was changed by the Morrison government in 2019.")
        XCTAssertEqual(type(f, "Morrison"), "person", "\(f.entities)")
    }

    func testAPartysGovernmentIsNoPersons() {
        // "Ennahda" is no family name the census lists: a party's government.
        let f = facts("The Ennahda government fell in 2013. Ennahda won 52 seats in the vote.")
        XCTAssertNotEqual(type(f, "Ennahda"), "person", "\(f.entities)")
    }

    func testAnAttackAttributedToANameSaysNothingOfAPerson() {
        let f = facts("The outage was attributed to Quarnby Labs. The attack was attributed to Vostrel Brigades.")
        XCTAssertNotEqual(type(f, "Quarnby Labs"), "person", "\(f.entities)")
        XCTAssertNotEqual(type(f, "Vostrel Brigades"), "person", "\(f.entities)")
    }

    func testABodysNounOneWordAfterTheNameMakesAnOrganization() {
        let f = facts("His girlfriend had ties to the Vandal Kings biker gang, the report said.")
        XCTAssertEqual(type(f, "Vandal Kings"), "organization", "\(f.entities)")
    }

    func testAServicesWordBeforeAStationNamesTheStation() {
        // "Hospital" before a district's head names a body ("Hospital District"); before a
        // station's it is part of the station's name.
        let f = facts("The crowds can be avoided by walking from NTU Hospital Station instead.")
        XCTAssertEqual(type(f, "NTU Hospital Station"), "place", "\(f.entities)")
    }

    func testASaintsWordInItalianOpensNoPersonsName() {
        let f = facts("The court ruled on the religious schools Santo Stefano and Assunta in Livorno.")
        XCTAssertEqual(type(f, "Santo Stefano"), "organization", "\(f.entities)")
    }

    func testAKindsNounBeforeCalledGivesTheNameItsKind() {
        let f = facts("A deserter from the inner group within Orvalism called the Night Watch was persuaded to return.")
        XCTAssertEqual(type(f, "Night Watch"), "organization", "\(f.entities)")
        let g = facts("The mission was built on top of an old city called Tavresh.")
        XCTAssertEqual(type(g, "Tavresh"), "place", "\(g.entities)")
    }

    func testTheVerbNamedBeforeANameThatGoesOnIsNoKindCue() {
        let f = facts("The company named Vorelski chief executive on Monday.")
        XCTAssertNotEqual(type(f, "Vorelski"), "organization", "\(f.entities)")
    }

    func testWhatAFullNamedPersonIsOfTheIsABody() {
        let f = facts("Pan-democrat Gary Fan of the Neo Vandrists failed to get re-elected.")
        XCTAssertEqual(type(f, "Neo Vandrists"), "organization", "\(f.entities)")
    }
}
