import XCTest
import NewsFacts
@testable import Extraction

/// An acronym no list knows is a body unless the words around it say it is a thing: one used as a
/// modifier before a lower-case noun ("the ZQX arm") and otherwise only after a preposition and
/// "the" with no cue around it names a thing (`AcronymModifiers.swift`); one that is a verb's
/// subject, follows a country's possessive or is a body's "of the" stays an organization, as wire
/// stories' unlisted bodies must. A city's airport code in the gazetteer is no city's name
/// (`generate_gazetteers.py`'s `is_code`).
final class AcronymGuessTests: XCTestCase, ExtractsNames {
    func testAnAcronymUsedAsAModifierAndAfterOfTheIsNoBody() {
        let f = facts("The crew switched on the ZQX arm and lifted a rock from the seabed. "
            + "Fine sand drifted across the camera of the ZQX for an hour.")
        XCTAssertNotEqual(type(f, "ZQX"), "organization", "\(f.entities)")
    }

    func testAnAcronymABodysNounFollowsIsStillABody() {
        let f = facts("The ZQX group sent two divers. Later the ZQX said the dive had gone well.")
        XCTAssertEqual(type(f, "ZQX"), "organization", "\(f.entities)")
    }

    func testAnUnlistedAcronymThatActsIsABody() {
        let f = facts("Fighters of the FDLR attacked a village in North Kivu on Tuesday, local officials said. "
            + "The FDLR denied the report in a statement on Wednesday.")
        XCTAssertEqual(type(f, "FDLR"), "organization", "\(f.entities)")
    }

    func testAnUnlistedAcronymAfterACountrysPossessiveIsABody() {
        let f = facts("Britain's CMA opened an inquiry into the merger on Monday. "
            + "The CMA will decide by September whether to block the deal.")
        XCTAssertEqual(type(f, "CMA"), "organization", "\(f.entities)")
    }

    func testAnAcronymModifierThenAVerbsSubjectIsABody() {
        let f = facts("The ZQX inquiry opened on Monday. The ZQX will decide by June whether to block the deal.")
        XCTAssertEqual(type(f, "ZQX"), "organization", "\(f.entities)")
    }

    func testACitysAirportCodeIsNoPlaceName() {
        // GeoNames gives Rostov-on-Don the alternate name "ROV", its airport's code.
        XCTAssertNil(Gazetteer.shared.place("rov"))
        let f = facts("The pilots steered the ROV arm toward the wreck. Silt clouded the camera of the ROV.")
        XCTAssertNotEqual(type(f, "ROV"), "place", "\(f.entities)")
    }

    func testACitysInitialsAreStillItsName() {
        // Initials of the city's own words are an abbreviation writers use, unlike a code.
        XCTAssertNotNil(Gazetteer.shared.place("nyc"))
        XCTAssertNotNil(Gazetteer.shared.place("l.a."))
    }
}
