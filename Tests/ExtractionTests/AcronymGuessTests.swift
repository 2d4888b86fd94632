import XCTest
import NewsFacts
@testable import Extraction

/// An acronym no list knows is a body only when the words around it say so: its capitals are a
/// guess, as a capitalised word's "person" is (`MentionFinder`'s shape guess, weighed by
/// `EntityTyper`), and a city's airport code in the gazetteer is no city's name
/// (`generate_gazetteers.py`'s `is_code`).
final class AcronymGuessTests: XCTestCase, ExtractsNames {
    func testAnAcronymSaidTwiceWithNothingAroundItIsNoBody() {
        let f = facts("The divers lowered the ZQX at dawn. Later they checked the ZQX again.")
        XCTAssertNotEqual(type(f, "ZQX"), "organization", "\(f.entities)")
    }

    func testAnAcronymABodysNounFollowsIsStillABody() {
        let f = facts("The ZQX group sent two divers. Later the ZQX said the dive had gone well.")
        XCTAssertEqual(type(f, "ZQX"), "organization", "\(f.entities)")
    }

    func testACitysAirportCodeIsNoPlaceName() {
        // GeoNames gives Rostov-on-Don the alternate name "ROV", its airport's code.
        XCTAssertNil(Gazetteer.shared.place("rov"))
        let f = facts("Is that orange glow in the ROV lights their own? It may come from the light of the ROV.")
        XCTAssertNotEqual(type(f, "ROV"), "place", "\(f.entities)")
        XCTAssertNotEqual(type(f, "ROV"), "organization", "\(f.entities)")
    }

    func testACitysInitialsAreStillItsName() {
        // Initials of the city's own words are an abbreviation writers use, unlike a code.
        XCTAssertNotNil(Gazetteer.shared.place("nyc"))
        XCTAssertNotNil(Gazetteer.shared.place("l.a."))
    }
}
