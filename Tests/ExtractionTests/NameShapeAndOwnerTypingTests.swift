import XCTest
import NewsFacts
@testable import Extraction

/// Names typed by shapes only people's names take (an epithet, initials) and by owning something
/// (`EpithetAndInitialNames.swift`, `OwnerNames.swift`); the constructions come from GUM's
/// biographies and textbooks, written here with invented names.
final class NameShapeAndOwnerTypingTests: XCTestCase, ExtractsNames {
    func testAnEpithetAfterTheMakesAPerson() {
        let f = facts("The fortress was rebuilt under Valdric the Great after the flood.")
        XCTAssertEqual(type(f, "Valdric the Great"), "person", "\(f.entities)")
    }

    func testTwoInitialsOpeningANameMakeAPerson() {
        let f = facts("Daniel was described by Q. R. Vantmoor Ball as the ablest of the brothers.")
        XCTAssertEqual(type(f, "Q. R. Vantmoor Ball"), "person", "\(f.entities)")
    }

    func testOneInitialBeforeOneWordIsAChoiceNotAPerson() {
        let f = facts("Which group crossed the strait first?\n\nA. Quarnish\n\nB. Tolvek\n")
        XCTAssertNotEqual(type(f, "B. Tolvek"), "person", "\(f.entities)")
        XCTAssertNotEqual(type(f, "A. Quarnish"), "person", "\(f.entities)")
    }

    func testOneUnlistedWordOwningWhatAPersonThinksIsAPerson() {
        let f = facts("In psychology, for example, Vardelli's stages of growth are abstract ideas.")
        XCTAssertEqual(type(f, "Vardelli"), "person", "\(f.entities)")
    }

    func testAnUnlistedWordOwningAfterAnArticleIsNoPerson() {
        let f = facts("Later the Vessarine's staunch sonnets of the treaty were forgotten.")
        XCTAssertNotEqual(type(f, "Vessarine"), "person", "\(f.entities)")
    }

    func testOneUnlistedWordOwningAWorkIsAPerson() {
        let f = facts("Tessaly's sonnets were read aloud at the festival.")
        XCTAssertEqual(type(f, "Tessaly"), "person", "\(f.entities)")
    }

    // A company, a product or a virus owns things too: only what a person makes or thinks is a cue.
    func testACompanyOwningItsEngineersIsNoPerson() {
        let f = facts("Ukrenergo's engineers restored power to most of the capital on Tuesday.")
        XCTAssertNotEqual(type(f, "Ukrenergo"), "person", "\(f.entities)")
    }

    func testACompanyOwningItsShipmentsIsNoPerson() {
        let f = facts("Novatek's shipments to China doubled last year, officials said.")
        XCTAssertNotEqual(type(f, "Novatek"), "person", "\(f.entities)")
    }

    func testAVariantOwningItsSpreadIsNoPerson() {
        let f = facts("Omicron's spread slowed in January.")
        XCTAssertNotEqual(type(f, "Omicron"), "person", "\(f.entities)")
    }

    func testADrugOwningItsSupplyIsNoPerson() {
        let f = facts("Wegovy's supply remains tight across Europe.")
        XCTAssertNotEqual(type(f, "Wegovy"), "person", "\(f.entities)")
    }

    // Companies named after people: initials say nothing of a person where the words around speak of a body.
    func testSharesOfANameOpeningWithAnInitialMakeNoPerson() {
        let f = facts("Shares of T. Rowe Price fell 3 percent after the fund manager reported lower fees.")
        XCTAssertNotEqual(type(f, "T. Rowe Price"), "person", "\(f.entities)")
    }

    func testInitialsOpeningANameThatCutsItsForecastMakeNoPerson() {
        let f = facts("A. P. Moller-Maersk cut its profit forecast on Thursday.")
        XCTAssertNotEqual(type(f, "A. P. Moller-Maersk"), "person", "\(f.entities)")
    }

    func testALocalBodysWordOwningIsNoPerson() {
        let f = facts("A detective in the Sheriff's office spoke to the press later.")
        XCTAssertNotEqual(type(f, "Sheriff"), "person", "\(f.entities)")
    }

    func testAWordCutFromACapitalisedRunOwningIsNoPerson() {
        let f = facts("Even so, Internet Quarnvox's market share is slipping.")
        XCTAssertNotEqual(type(f, "Quarnvox"), "person", "\(f.entities)")
    }

    func testAnOwnerOfAnOfficeIsNoPersonByItsPossessive() {
        let f = facts("The cabinet named Tavo Brenner, Quarnelia's envoy to the council, as trade minister.")
        XCTAssertNotEqual(type(f, "Quarnelia"), "person", "\(f.entities)")
    }
}
