import XCTest
import NewsFacts
@testable import Extraction

/// Names of things that are neither people, organizations nor places (`ThingNames`): each test is
/// one construction found in real articles, written here with invented names.
final class ThingNameTests: XCTestCase {
    func facts(_ text: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), text: text))
    }

    func type(_ f: ArticleFacts, _ name: String) -> String? { f.entities.first { $0.name == name }?.type }

    func testNamesListedAfterGodsSuchAsAreNoPersons() {
        let f = facts("Today about 100,000 people worship the ancient gods, such as Varkos, Meliante, Torvane, and Quessa.")
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
        let f = facts("The Quellbrook Lantern Festival was off to a bright start on Saturday night.")
        XCTAssertFalse(f.entities.contains { $0.name.hasSuffix("Festival") && $0.type != "work" }, "\(f.entities)")
    }

    func testAPersonAfterAProductNounThatGoesOnIsStillAPerson() {
        let f = facts("It was the game Tobias Quellmann won in 1998, his spokesman said. Quellmann was 24.")
        XCTAssertNotEqual(type(f, "Tobias Quellmann"), "work", "\(f.entities)")
    }
}
