import XCTest
import NewsFacts
@testable import Extraction

/// What the resolver may merge: a body "X of the Y" never takes the body Y as its short form,
/// and a place with evidence of its own is no surname of a "person" only its words made one.
/// Short invented articles (real places, invented bodies and people).
final class ResolverMergeTests: XCTestCase, ExtractsNames {
    private func entity(_ f: ArticleFacts, _ name: String) -> EntityRecord? { f.entities.first { $0.name == name } }

    func testTwoCountriesSpelledAlikeAreNoMisspellingOfEachOther() {
        let f = facts("Australia beat Austria in Vienna on Monday. Slovakia and Slovenia signed a border deal.")
        for country in ["Australia", "Austria", "Slovakia", "Slovenia"] {
            XCTAssertEqual(entity(f, country)?.type, "country", "\(f.entities)")
        }
        XCTAssertFalse(entity(f, "Australia")?.aliases.contains("Austria") ?? true, "\(f.entities)")
    }

    func testABodyAfterOfIsNoShortFormOfTheLongerBody() {
        let f = facts("The Charter of the Quarnish Union was signed in 1951. The Quarnish Union met again in Geneva.")
        XCTAssertEqual(entity(f, "Quarnish Union")?.type, "organization", "\(f.entities)")
        XCTAssertFalse(entity(f, "Charter of the Quarnish Union")?.aliases.contains("Quarnish Union") ?? false, "\(f.entities)")
    }

    func testABodyAfterASecondOfIsNoShortFormEither() {
        let f = facts("The Board of Governors of the Veldran Reserve met on Tuesday. The Veldran Reserve raised rates.")
        XCTAssertNotNil(entity(f, "Veldran Reserve"), "\(f.entities)")
        XCTAssertFalse(entity(f, "Board of Governors of the Veldran Reserve")?.aliases.contains("Veldran Reserve") ?? false)
    }

    func testAShorterBodyClosingALongerOneWithoutOfIsStillItsShortForm() {
        let f = facts("The Veldran State Department said talks would go on. The State Department gave no date.")
        XCTAssertTrue(entity(f, "Veldran State Department")?.aliases.contains("State Department") ?? false, "\(f.entities)")
    }

    func testAListedCityIsNoSurnameOfANameNoFirstNameOpens() {
        let f = facts("The successful QRX Pawtucket exhibit included portraits of writers. The museum in Pawtucket saw many visitors.")
        XCTAssertEqual(entity(f, "Pawtucket")?.type, "place", "\(f.entities)")
    }

    func testAPlaceAfterATownOfIsNoSurnameOfANameNoFirstNameOpens() {
        let f = facts("The quarter was called QX Tessaly. The shah destroyed the town of Tessaly and moved its people.")
        XCTAssertEqual(entity(f, "Tessaly")?.type, "place", "\(f.entities)")
    }

    func testAListedCityIsStillTheShortFormOfAThingOfOrdinaryWordsNamedAfterIt() {
        // "Space Shuttle Enterprise": ordinary words before the city's name make no person's
        // name, and the city's name alone later is the thing's short form.
        let f = facts("The prototype orbiter Space Shuttle Enterprise will move. Discovery will replace Enterprise.")
        XCTAssertNil(f.entities.first { $0.name == "Enterprise" && $0.type == "place" }, "\(f.entities)")
    }

    func testAWordAfterInIsStillTheSurnameOfAPersonAFirstNameOpens() {
        let f = facts("Lars Tveit said he had confidence in Ekdahl. Tomas Ekdahl declined to comment.")
        XCTAssertNil(f.entities.first { $0.name == "Ekdahl" && $0.type == "place" }, "\(f.entities)")
    }

    /// Each word that opens an alias pattern still finds its alias past the resolver's pass-over
    /// test for tokens that open none: "dubbed", "referred to as", "known as", "also called",
    /// "calls it", "call it", "calling them", and an acronym with its body's name in brackets after it.
    func testEachAliasPatternOpenerStillFindsItsAlias() {
        let cases: [(String, String, String)] = [
            ("The Quarnic Rowing Club, dubbed Blue Oars by its fans, won again on Sunday.", "Quarnic Rowing Club", "Blue Oars"),
            ("The Velmora Trade Council, referred to as Tradecouncil in the papers, met on Monday.", "Velmora Trade Council", "Tradecouncil"),
            ("The Ostrava Dance Company, known as Ostradance, toured in May.", "Ostrava Dance Company", "Ostradance"),
            ("The Halvern Mining Group, also called Halmin, cut its forecast on Monday.", "Halvern Mining Group", "Halmin"),
            ("Everyone likes the Brindle Harbour Authority, and Ann Velt calls it Harbourco.", "Brindle Harbour Authority", "Harbourco"),
            ("Sailors admire the Brindle Dock Authority and often call it Dockco.", "Brindle Dock Authority", "Dockco"),
            ("The Quarnic Vintners Association welcomed the Velmora Wine Guild, calling them Winefolk, on Monday.",
             "Velmora Wine Guild", "Winefolk"),
            ("The QVB (Quarnic Vintners Board) met on Monday.", "Quarnic Vintners Board", "QVB"),
        ]
        for (text, name, alias) in cases {
            let f = facts(text)
            XCTAssertEqual(entity(f, name)?.aliases.contains(alias), true, "\(text): \(f.entities)")
        }
    }
}
