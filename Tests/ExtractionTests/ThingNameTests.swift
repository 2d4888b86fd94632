import XCTest
import NewsFacts
@testable import Extraction

/// Names of things that are neither people, organizations nor places (`ThingNames`): each test is
/// one construction found in real articles, written here with invented names.
final class ThingNameTests: XCTestCase, ExtractsNames {
    func testNamesListedAfterGodsSuchAsAreNoPersons() {
        let f = facts("Some villagers still honour the old gods, such as Varkos, Meliante, Torvane, and Quessa.")
        for name in ["Varkos", "Meliante", "Torvane", "Quessa"] {
            XCTAssertNotEqual(type(f, name), "person", "\(name): \(f.entities)")
        }
    }

    func testANameAfterTheGoddessIsNoPerson() {
        let f = facts("The temple was built for the goddess Meliante in the third century.")
        XCTAssertNotEqual(type(f, "Meliante"), "person", "\(f.entities)")
    }

    func testATitleWithASubtitleAfterAColonIsAWork() {
        let f = facts("The finals saw two teams face off in Varnstrike: Global Offensive on Sunday.")
        XCTAssertEqual(type(f, "Varnstrike"), "work", "\(f.entities)")
    }

    func testACreditLabelOpeningALineIsNoSubtitle() {
        let f = facts("The hall was full.\nImage: Tobias Quellmann.")
        XCTAssertEqual(type(f, "Tobias Quellmann"), "person", "\(f.entities)")
    }

    func testNamesJoinedBeforeSpacecraftAreCraft() {
        let f = facts("The Quorvath and Tellinor spacecraft carried dust detectors that the team used.")
        XCTAssertEqual(type(f, "Quorvath"), "work", "\(f.entities)")
        XCTAssertEqual(type(f, "Tellinor"), "work", "\(f.entities)")
    }

    func testAPrizeJoinedToWinnerIsNoOrganization() {
        let f = facts("Atwell, a Vantmoor Prize-winner, was there to launch her novel.")
        XCTAssertFalse(f.entities.contains { $0.name.hasPrefix("Vantmoor") && ["organization", "person"].contains($0.type) },
                       "\(f.entities)")
    }

    func testAFestivalIsNoPlaceNorOrganization() {
        let f = facts("The Quellbrook Lantern Festival opened on Saturday night.")
        XCTAssertFalse(f.entities.contains { $0.name.hasSuffix("Festival") && $0.type != "work" }, "\(f.entities)")
    }

    func testAPersonAfterAProductNounThatGoesOnIsStillAPerson() {
        let f = facts("It was the game Tobias Quellmann won in 1998, his spokesman said. Quellmann was 24.")
        XCTAssertNotEqual(type(f, "Tobias Quellmann"), "work", "\(f.entities)")
    }

    func testATitleAfterAWorksNounAndADeterminerIsAWork() {
        let f = facts("She starred in the TV film Quarrowby Hall, which aired in 2004.")
        XCTAssertEqual(type(f, "Quarrowby Hall"), "work", "\(f.entities)")
        let g = facts("United will play Quarrowby Hall.")
        XCTAssertNotEqual(type(g, "Quarrowby Hall"), "work", "\(g.entities)")
    }

    func testAnOrdinalBeforeAUnitWordIsAnOrganization() {
        let f = facts("The Danish garrison of 501st Legion came back with their costumes.")
        XCTAssertEqual(type(f, "501st Legion"), "organization", "\(f.entities)")
    }

    func testAFamilyNameThatIsNoNameAloneClosesAPersonsName() {
        let f = facts("She launched the novel with illustrator Holly Easter on Friday.")
        XCTAssertEqual(type(f, "Holly Easter"), "person", "\(f.entities)")
    }

    func testACountryAfterABodyAPlaceOpensIsNoPartOfItsName() {
        let f = facts("A team from Nebraska State University of the US and the University of Leeds wrote it.")
        XCTAssertEqual(type(f, "Nebraska State University"), "organization", "\(f.entities)")
        XCTAssertFalse(f.entities.contains { $0.name.hasSuffix("of the US") }, "\(f.entities)")
    }

    func testACraftsWordInsideANameMakesItNoPerson() {
        let f = facts("Visitors can see the Space Shuttle Quellmoor at the museum.")
        XCTAssertFalse(f.entities.contains { $0.name.hasSuffix("Quellmoor") && $0.type == "person" }, "\(f.entities)")
    }

    func testAProclamationIsNoPerson() {
        let f = facts("Lincoln issued the Quellbrook Proclamation in 1863.")
        XCTAssertFalse(f.entities.contains { $0.name.hasSuffix("Proclamation") && $0.type != "work" }, "\(f.entities)")
    }

    func testARarerFirstNameAfterABodyBeforeASpeechVerbIsAPerson() {
        let f = facts("Executive director of the Council on Quellish Relations Alia Varnhout said the boy was safe.")
        XCTAssertEqual(type(f, "Alia Varnhout"), "person", "\(f.entities)")
    }
}
