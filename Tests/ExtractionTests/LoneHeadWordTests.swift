import XCTest
import NewsFacts
@testable import Extraction

/// A place's head word standing alone after a determiner or possessive (`typer.headReference`:
/// "the", "this", "that", "our", "their", "its") names the one place the text
/// speaks of (`LoneHeadWords`); a body's head word, a head that qualifies a noun and one no such
/// word introduces stay untyped.
final class LoneHeadWordTests: XCTestCase, ExtractsNames {
    func testAPlaceHeadAfterThisIsAPlace() {
        let f = facts("Two weeks ago in this Hall, we voted on the budget. Delegates filled the seats.")
        XCTAssertEqual(type(f, "Hall"), "place", "\(f.entities)")
    }

    func testAPlaceHeadAfterTheIsAPlace() {
        let f = facts("A tourist card can be bought at the Airport on arrival, or from a travel agent.")
        XCTAssertEqual(type(f, "Airport"), "place", "\(f.entities)")
    }

    func testABodysHeadAloneStaysUntyped() {
        let f = facts("The officers were chosen from the Academy, the reserve corps and the flying schools.")
        // The rule gives only `place`; a body's head is no place head, so it must not fire here.
        XCTAssertNotEqual(type(f, "Academy"), "place", "\(f.entities)")
    }

    func testAPlaceHeadBeforeANounIsNoPlace() {
        let f = facts("Record numbers crossed the Channel last year, officials said.")
        XCTAssertNotEqual(type(f, "Channel"), "place", "\(f.entities)")
    }

    func testAPlaceHeadNoDeterminerIntroducesIsNoPlace() {
        let f = facts("Main Street runs east. Watch out for Place, Street, Avenue designations.")
        XCTAssertNotEqual(type(f, "Street"), "place", "\(f.entities)")
    }
}
