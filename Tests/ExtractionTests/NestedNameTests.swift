import XCTest
import NewsFacts
@testable import Extraction

/// Names that a longer name holds and that are no entity of their own, and words that are no
/// name: each test is one construction from real articles (`NestedPlaces`, `NestedEponyms`,
/// `ThingNames`, `nonname` in `words.tsv`). The places are the gazetteer's, so they are real.
final class NestedNameTests: XCTestCase, ExtractsNames {
    let named: Set<String> = ["person", "organization", "place", "country"]

    func testAPlaceOpeningANewspapersNameIsNoPlaceInIt() {
        let f = facts("The report was first published by the Toronto Star on Friday.")
        XCTAssertEqual(type(f, "Toronto Star"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Toronto"), "\(f.entities)")
    }

    func testACityBeforeTimesOrPressNamesThePaperNotTheCity() {
        let f = facts("The story was picked up by The New York Times and later by the Boston Herald.")
        XCTAssertNil(type(f, "New York"), "\(f.entities)")
        XCTAssertNil(type(f, "Boston"), "\(f.entities)")
    }

    func testACountryOpeningAPostalBodysNameIsStillNested() {
        // "Post" closes papers' names ("The Washington Post") and national postal bodies' names.
        let f = facts("Canada Post said on Monday that deliveries would resume.")
        XCTAssertEqual(type(f, "Canada"), "country", "\(f.entities)")
    }

    func testAPlaceInAUniversitysNameIsStillNested() {
        let f = facts("She taught at the University of Chicago for ten years.")
        XCTAssertEqual(type(f, "Chicago"), "place", "\(f.entities)")
    }

    func testASmallTownThatIsAFamilyNameOpeningANameIsNoPlaceInIt() {
        let f = facts("The models will go to the Adler Planetarium in Chicago, Illinois.")
        XCTAssertEqual(type(f, "Adler Planetarium"), "place", "\(f.entities)")
        XCTAssertNil(type(f, "Adler"), "\(f.entities)")
    }

    func testATownOpeningANaturalFeaturesNameIsNoPlaceInIt() {
        let f = facts("I have been to a magic festival in Eureka Springs, Arkansas, this summer.")
        XCTAssertEqual(type(f, "Eureka Springs"), "place", "\(f.entities)")
        XCTAssertNil(type(f, "Eureka"), "\(f.entities)")
    }

    func testAFacilityNamedAfterATownKeepsTheTown() {
        let f = facts("Most visitors fly into Newark Airport and take the bus.")
        XCTAssertEqual(type(f, "Newark"), "place", "\(f.entities)")
    }

    func testAPartOfAPersonsNameInsideAMemorialsNameIsNoPerson() {
        let f = facts("Crowds filled the Chiang Kai Shek Memorial near downtown Taipei.")
        XCTAssertNil(type(f, "Chiang"), "\(f.entities)")
    }

    func testAReligionAndAPilgrimageAreNoNames() {
        let f = facts("The crowd at Islam's holiest site grew on the first day of the Hajj.")
        for name in ["Islam", "Hajj"] {
            XCTAssertFalse(named.contains(type(f, name) ?? ""), "\(name): \(f.entities)")
        }
    }

    func testTheTitleAfterAuthorOfIsAWork() {
        let f = facts("The best known of them is Lewis Hallam, author of Alice in Winterfold.")
        XCTAssertEqual(type(f, "Lewis Hallam"), "person", "\(f.entities)")
        for name in ["Alice", "Winterfold"] {
            XCTAssertFalse(named.contains(type(f, name) ?? ""), "\(name): \(f.entities)")
        }
    }

    func testAFamilyNameAfterAFirstNameInsideAPlacesNameIsNoPlace() {
        let f = facts("The ferry leaves from Jack London Square every hour.")
        XCTAssertNil(type(f, "London"), "\(f.entities)")
    }

    func testACountryClosingABodysNameAfterOneWordIsNoCountryOfItsOwn() {
        let f = facts("Most passengers fly Air Canada and arrive at the main terminal.")
        XCTAssertNil(type(f, "Canada"), "\(f.entities)")
    }

    func testANameAnEpithetFollowsIsNoPlace() {
        let f = facts("The city is where Constantine the Great was proclaimed emperor.")
        XCTAssertNotEqual(type(f, "Constantine"), "place", "\(f.entities)")
    }

    func testAPeoplesAdjectiveBeforeAnOccupationListsNoCountry() {
        let f = facts("Tomas Quillfeather is an Israeli mathematician who was born in 1961.")
        XCTAssertNil(type(f, "Israel"), "\(f.entities)")
    }

    func testAPeoplesAdjectiveBeforeAnOfficeNamesTheTitlesCountryButListsNone() {
        let f = facts("Japanese Defense Minister Tomas Quillfeather arrived on Monday.")
        XCTAssertNil(type(f, "Japan"), "\(f.entities)")
        XCTAssertTrue(f.facts.contains { $0.predicate == "title" && $0.qualifier("of") == .entity("Japan") }, "\(f.facts)")
    }

    func testAShortFormOfACommonThingIsNoListedBody() {
        let f = facts("The chat took place on IRC, as usual.")
        XCTAssertNil(type(f, "International Rescue Committee"), "\(f.entities)")
    }

    func testAShortFormTheTextSpellsOutStillNamesTheBody() {
        let f = facts("The International Rescue Committee (IRC) said aid was short. The IRC asked for more.")
        XCTAssertEqual(type(f, "International Rescue Committee"), "organization", "\(f.entities)")
    }

    func testATownsOwnBodyKeepsTheTownThoughItIsAFamilyName() {
        let f = facts("Protesters gathered outside the Ferguson Police Department on Monday.")
        XCTAssertEqual(type(f, "Ferguson"), "place", "\(f.entities)")
    }

    func testTwoFamilyNamesJoinedBeforeAGoverningBodyAreTwoPeopleAndTheBody() {
        let f = facts("The new rules, together with the Dobrev-Harris Administration, were welcomed on Monday.")
        XCTAssertEqual(type(f, "Dobrev-Harris Administration"), "organization", "\(f.entities)")
        XCTAssertEqual(type(f, "Dobrev"), "person", "\(f.entities)")
        XCTAssertEqual(type(f, "Harris"), "person", "\(f.entities)")
    }

    func testOrdinaryWordsJoinedBeforeAGoverningBodyAreNoPeople() {
        let f = facts("The talks with the Labour-Green Government ended on Monday.")
        XCTAssertNil(type(f, "Labour"), "\(f.entities)")
        XCTAssertNil(type(f, "Green"), "\(f.entities)")
    }

    func testALeaderPairsPartIsThePersonTheArticleNamesInFull() {
        let f = facts("Teodor Dobrev and Anna Harris spoke on Monday. The Dobrev-Harris Administration will answer.")
        XCTAssertEqual(type(f, "Dobrev-Harris Administration"), "organization", "\(f.entities)")
        XCTAssertNil(type(f, "Dobrev"), "\(f.entities)")
        XCTAssertNil(type(f, "Harris"), "\(f.entities)")
        XCTAssertEqual(type(f, "Anna Harris"), "person", "\(f.entities)")
    }

    func testAHyphenatedPlaceBeforeAGoverningBodyNamesNoPeople() {
        for (place, parts) in [("Schleswig-Holstein", ["Schleswig", "Holstein"]), ("Baden-Württemberg", ["Baden", "Württemberg"])] {
            let f = facts("The \(place) Government said on Monday that the plan was sound.")
            for part in parts { XCTAssertNotEqual(type(f, part), "person", "\(f.entities)") }
        }
    }

    func testADoubleBarrelledFamilyNameBeforeAGoverningBodyIsOnePerson() {
        let f = facts("Henry Campbell-Bannerman spoke. The Campbell-Bannerman Government fell in April.")
        XCTAssertNil(type(f, "Campbell"), "\(f.entities)")
        XCTAssertNil(type(f, "Bannerman"), "\(f.entities)")
    }
}
