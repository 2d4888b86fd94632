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

    func testOneUnlistedWordOwningALowerCaseNounIsAPerson() {
        let f = facts("In psychology, for example, Vardelli's stages of growth are abstract ideas.")
        XCTAssertEqual(type(f, "Vardelli"), "person", "\(f.entities)")
    }

    func testAnUnlistedWordOwningAfterAnArticleIsABody() {
        let f = facts("Later the Vessarine's staunch hope of a treaty faded.")
        XCTAssertEqual(type(f, "Vessarine"), "organization", "\(f.entities)")
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
