import XCTest
import NewsFacts
@testable import Extraction

/// Names the finder used to drop although the text says what they are: a newspaper known by one
/// ordinary word, a credit's name in a line that reads like a headline, a hyphenated place the
/// gazetteer lists where no preposition places it. Invented sentences; real town names only where
/// the gazetteer must list them.
final class RecalledNameTests: XCTestCase, ExtractsNames {
    func testANewspaperKnownByOneWordIsAnOrganizationWhenItReportsOrQuotes() {
        let f = facts("The study was small. The Independent reported that the ants healed themselves.")
        XCTAssertEqual(type(f, "Independent"), "organization", "\(names(f))")
        let g = facts("It was a long poem, and the Times only quoted one stanza of it.")
        XCTAssertEqual(type(g, "Times"), "organization", "\(names(g))")
        let h = facts("Marta Quellby told the Guardian that the form was too long.")
        XCTAssertEqual(type(h, "Guardian"), "organization", "\(names(h))")
    }

    func testANewspapersWordDoingNoReportingIsNoName() {
        let f = facts("She ran as an independent candidate, and the Independent Party won nothing.")
        XCTAssertNil(type(f, "Independent"), "\(names(f))")
        let g = facts("The ranger was a guardian of the forest. Later the Times Square crowd cheered.")
        XCTAssertNil(type(g, "Times"), "\(names(g))")
    }

    func testANewspapersWordAfterToldTheThatQualifiesANounIsNoNewspaper() {
        // "told the Independent councillors": the word qualifies the noun after it, not a paper told.
        let f = facts("The mayor told the Independent councillors that the budget was closed.")
        XCTAssertNotEqual(type(f, "Independent"), "organization", "\(names(f))")
        // The paper itself, told something, ends its phrase.
        let g = facts("The mayor told the Guardian that the budget was closed.")
        XCTAssertEqual(type(g, "Guardian"), "organization", "\(names(g))")
        let h = facts("The mayor told the Guardian.")
        XCTAssertEqual(type(h, "Guardian"), "organization", "\(names(h))")
    }

    func testANameAfterACreditLabelSurvivesInAHeadlineLikeLine() {
        let f = facts("The editors met on Monday. Managing Editor Tobin Carrow and Publisher Ilse Varga. Image: Dorian Quellcott")
        XCTAssertEqual(type(f, "Dorian Quellcott"), "person", "\(names(f))")
    }

    func testAHyphenatedPlaceTheGazetteerListsIsANameWithoutAPrepositionsHelp() {
        let f = facts("A memorial stands in the cemetery of Stratford-upon-Avon. Stratford-upon-Avon is small.")
        XCTAssertEqual(type(f, "Stratford-upon-Avon"), "place", "\(names(f))")
        XCTAssertFalse(names(f).contains("Avon"), "\(names(f))")
    }

    func testAnUnlistedHyphenatedCompoundIsNoName() {
        let f = facts("Posts on the Quorvex-critic site said the outage was an attack.")
        XCTAssertFalse(names(f).contains("Quorvex-critic"), "\(names(f))")
    }

    func testAPeoplesAdjectiveBeforeAndInAForPartIsNoPlaceThatSplitsTheName() {
        let f = facts("It was printed by the Centre for Irish and Scottish Studies in Aberdeen.")
        XCTAssertEqual(type(f, "Centre for Irish and Scottish Studies"), "organization", "\(names(f))")
        let g = facts("The Bank of Portugal and Quelmont Holdings agreed on the sale.")
        XCTAssertTrue(names(g).contains("Bank of Portugal"), "\(names(g))")
    }

    func testARepublicOrAPyramidWithItsOfPartIsOnePlace() {
        let f = facts("His troops declared the Republic of Vennaria between the two rivers.")
        XCTAssertEqual(type(f, "Republic of Vennaria"), "place", "\(names(f))")
        let g = facts("Among the temples stood the Pyramid of the Sun, two hundred feet high.")
        XCTAssertEqual(type(g, "Pyramid of the Sun"), "place", "\(names(g))")
    }

    func testACompassWordClosingAPlacesNameAfterItsHeadIsPartOfIt() {
        let f = facts("In the Harrow Territories West constituency, Ilse Varga was elected with 8,000 votes.")
        XCTAssertEqual(type(f, "Harrow Territories West"), "place", "\(names(f))")
        XCTAssertFalse(names(f).contains("West"), "\(names(f))")
    }
}
