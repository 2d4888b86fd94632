import XCTest
import NewsFacts
@testable import Extraction

/// Capitalised words that name nothing of their own, and names a short cue after them types:
/// each test is one construction found in real articles, written here with invented names.
final class FalseNameTests: XCTestCase, ExtractsNames {
    func testAnOrdinaryCapitalisedWordAfterAPrepositionIsNoPlace() {
        let f = facts("Tavo Brenner promised a return to a state of Justice and Order. The rally met in the Daughters of Velmont hall.")
        XCTAssertFalse(names(f).contains("Justice"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Daughters"), "\(names(f))")
    }

    func testAHeadWordAloneStillNamesItsBody() {
        let f = facts("Ana Velk joined the Church of Zelvion in 1990. She left the Church in 2003, the Church said.")
        XCTAssertTrue(f.entities.contains { $0.name == "Church of Zelvion" && $0.aliases.contains("Church") }, "\(f.entities)")
    }

    func testCapitalsAgainstADollarSignNameACurrencyNotACountry() {
        let f = facts("Tavo Brenner was freed on US$ 15,000 bail. Damages reached HK$ 10 billion.")
        XCTAssertEqual(names(f), ["Tavo Brenner"], "\(names(f))")
    }

    func testThreeCapitalsNextToANumberAreAUnitNotABody() {
        let f = facts("A tourist card costs 25 CUC, and a kayak DKK 125 per hour, Tavo Brenner said. In 2014 UNESCO listed it.")
        XCTAssertFalse(names(f).contains("CUC"), "\(names(f))")
        XCTAssertFalse(names(f).contains("DKK"), "\(names(f))")
        XCTAssertTrue(names(f).contains { $0 == "UNESCO" || $0.contains("Educational, Scientific") }, "a year is no amount: \(names(f))")
    }

    func testAWarIsAnOccasionNoPlaceOrPerson() {
        let f = facts("The fort was built during the Revolutionary War. The wreck sank during World War II, Tavo Brenner said.")
        XCTAssertEqual(type(f, "Revolutionary War"), "work", "\(f.entities)")
        XCTAssertEqual(type(f, "World War II"), "work", "\(f.entities)")
        XCTAssertFalse(names(f).contains("II"), "\(names(f))")
    }

    func testAnAwardsOrAMedalsNameIsAnHonourNoPersonOrBody() {
        let f = facts("Tavo Brenner won two Velmont Awards and the Kestrel Medal in 2004.")
        XCTAssertEqual(type(f, "Velmont Awards"), "work", "\(f.entities)")
        XCTAssertEqual(type(f, "Kestrel Medal"), "work", "\(f.entities)")
    }

    func testANameAfterAStancePrefixIsNoMention() {
        let f = facts("The pro-Beijing camp and anti-Velmont groups won seats, Tavo Brenner said.")
        XCTAssertFalse(names(f).contains("China"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Velmont"), "\(names(f))")
    }

    func testACountryOnlyTheLexiconPlacesACityInIsNotListed() {
        // "Australian" names no country, and that Sydney lies in Australia is the lexicon's knowledge.
        let f = facts("An Australian woman, Ana Velk, was sent to Sydney.")
        XCTAssertEqual(type(f, "Sydney"), "place", "\(f.entities)")
        XCTAssertNil(type(f, "Australia"), "\(f.entities)")
    }

    func testACompassWordBeforeAPeoplesAdjectiveIsNoRegion() {
        let f = facts("Tavo Brenner was Professor of East Asian Studies at Velmont University.")
        XCTAssertFalse(names(f).contains("East"), "\(names(f))")
    }

    func testAListedCompanyThenOneWordNamesItsProduct() {
        let f = facts("Mozilla Zelvex, its main rival, is gaining users, while Google Quorvia is also growing.")
        XCTAssertFalse(names(f).contains("Mozilla"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Google"), "\(names(f))")
        XCTAssertEqual(type(f, "Mozilla Zelvex"), "work", "\(f.entities)")
    }

    func testACompanyBeforeItsHeadWordStaysACompany() {
        let f = facts("Staff of Google Research met in Velmont on Tuesday.")
        XCTAssertNotEqual(type(f, "Google Research"), "work", "\(f.entities)")
        XCTAssertTrue(names(f).contains("Google") || type(f, "Google Research") == "organization", "\(f.entities)")
    }

    func testAStatesPostalCodeAfterANameMakesItATown() {
        let f = facts("Take the highway south from Marlowvale, OK, or west from Kestrelton, KS. "
            + "Jane Terwel, MD, said the drive was long.")
        XCTAssertEqual(type(f, "Marlowvale"), "place", "\(f.entities)")
        XCTAssertEqual(type(f, "Kestrelton"), "place", "\(f.entities)")
        XCTAssertEqual(type(f, "Jane Terwel"), "person", "\(f.entities)")
    }
}
