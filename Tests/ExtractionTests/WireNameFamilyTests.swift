import XCTest
import NewsFacts
@testable import Extraction

/// Families of name misses on wire stories (names32): buildings called a house, news agencies
/// credited in datelines and closing lines, styles of address, and a holder's name written right
/// after the place that closes the office's name. All sentences are invented.
final class WireNameFamilyTests: XCTestCase, ExtractsNames {
    private func facts(_ text: String, source: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), source: source, text: text))
    }

    func testOrdinaryWordsBeforeHouseNameABuilding() {
        let f = facts("The envoy was received at State House on Monday. Later the ministers dined at Jubilee House.")
        XCTAssertEqual(type(f, "State House"), "place", "\(f.entities)")
        XCTAssertEqual(type(f, "Jubilee House"), "place", "\(f.entities)")
    }

    func testAChambersOrAPlacesHouseStaysABody() {
        let f = facts("The bill passed the Lower House on Monday. Analysts at Chatham House said the vote was close.")
        XCTAssertNotEqual(type(f, "Lower House"), "place", "\(f.entities)")
        XCTAssertNotEqual(type(f, "Chatham House"), "place", "\(f.entities)")
    }
}
