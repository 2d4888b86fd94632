import XCTest
import NewsFacts
@testable import Extraction

/// Names the finder never saw at all: a region named by a two-part compass word ("the
/// Northeast"), a name closed by a head word in a line that reads like a headline (a speech's
/// venue line, a fact box, a caption), one word a credit label introduces in such a line.
/// Invented names; the head words and compass words are the lexicon's.
final class UnseenNameTests: XCTestCase, ExtractsNames {
    func testATwoPartCompassWordAfterTheIsARegion() {
        let f = facts("Unlike the big cities in the Northeast, Quarnby has no subway. Most visitors come from the Southwest by car.")
        XCTAssertEqual(type(f, "Northeast"), "place", "\(names(f))")
        XCTAssertEqual(type(f, "Southwest"), "place", "\(names(f))")
    }

    func testACompassWordAfterFromTheOrToTheIsARegion() {
        let f = facts("From the Southeast, take the Quarnby Turnpike. The road runs to the North in a long curve.")
        XCTAssertEqual(type(f, "Southeast"), "place", "\(names(f))")
        XCTAssertEqual(type(f, "North"), "place", "\(names(f))")
        // The compass word opening a longer name is that name's, not a region of its own.
        let g = facts("The ship sailed from the South Korean port at dawn.")
        XCTAssertNil(type(g, "South"), "\(names(g))")
    }

    func testATwoPartCompassWordBeforeAPeoplesAdjectiveIsNoRegion() {
        let f = facts("She teaches Southeast Asian history at a college in Quarnby.")
        XCTAssertNil(type(f, "Southeast"), "\(names(f))")
    }

    func testAHeadlineNameClosedByAPlacesHeadWordIsAPlace() {
        let f = facts("Quellmore Auditorium\n\nThank you all for coming tonight. It is good to be here.")
        XCTAssertEqual(type(f, "Quellmore Auditorium"), "place", "\(names(f))")
        // A fact box line after the article's first line (its headline, which names nothing this way).
        let g = facts("Anna Varnsby\n\nResting place Varnsby Cemetery, Paris, France\n\nShe was an actress for sixty years.")
        XCTAssertEqual(type(g, "Varnsby Cemetery"), "place", "\(names(g))")
    }

    func testAHeadlineHeadBeforeAnInnerOfNamesThePlace() {
        let f = facts("The Plains of Quarnvale on the day of the feast\n\nMany pilgrims were hurt in the crush.")
        XCTAssertEqual(type(f, "Plains of Quarnvale"), "place", "\(names(f))")
    }

    func testAHeadlineNameWithoutAHeadWordStillNeedsTheBody() {
        // No head word, no title, no country after it: the line alone does not make it a name.
        let f = facts("Quellmore Varnsby Tonight\n\nThank you all for coming tonight. It is good to be here.")
        XCTAssertNil(type(f, "Quellmore Varnsby Tonight"), "\(names(f))")
        XCTAssertNil(type(f, "Quellmore Varnsby"), "\(names(f))")
    }

    func testAOneWordNameAfterACreditLabelSurvivesInAHeadlineLikeLine() {
        let f = facts("The fort fell in March 1836 after a long siege.\n\nImage credit: Quellvorn, Public Domain")
        XCTAssertEqual(type(f, "Quellvorn"), "person", "\(names(f))")
    }

    func testATitleCaseHeadlineEndingInAHeadWordIsNoName() {
        // The article's first line is its headline, in Title Case a clause: its run of capitalised
        // words closed by a head word names nothing ("Storm Damages Local School Building" was one
        // place, "Investors Flock To Regional Bank" one organization).
        for headline in [
            "Storm Damages Local School Building", "Thieves Target Downtown Museum",
            "Council Approves New Library Building", "Teachers Rally Outside Education Ministry",
            "Investors Flock To Regional Bank",
        ] {
            let f = facts(headline + "\n\nThe news came on Tuesday, a spokesman said.")
            XCTAssertNil(type(f, headline), "\(headline): \(names(f))")
        }
    }

    func testASubheadingWithAVerbEndingInAHeadWordIsNoName() {
        let f = facts("Storm Hits Coast\n\nThieves Target Quarnby Museum\n\nThe news came on Tuesday, a spokesman said.")
        XCTAssertNil(type(f, "Thieves Target Quarnby Museum"), "\(names(f))")
    }
}
