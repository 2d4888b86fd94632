import XCTest
import NewsFacts
@testable import Extraction

/// Names as wire stories write them around a place (houses named after a city, pairs of countries
/// joined by a hyphen, countries only a people's adjective names), on invented sentences: one
/// construction a test.
final class WireNameStyleTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2022-11-28") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    private func entity(_ f: ArticleFacts, _ name: String) -> EntityRecord? { f.entities.first { $0.name == name } }
    private func names(_ f: ArticleFacts) -> [String] { f.entities.filter { $0.type != "event" }.map(\.name) }

    func testALargeCitysNameBeforeHouseNamesAHouseAndNoPlaceInsideIt() {
        let f = facts("Delegates gathered at the Karachi House for the signing.")
        XCTAssertEqual(entity(f, "Karachi House")?.type, "place", "\(f.entities)")
        XCTAssertNil(entity(f, "Karachi"), "\(names(f))")
        // A state's name before "House" is left alone: a legislature's chamber.
        let g = facts("The Ohio House passed the bill on Monday.")
        XCTAssertNotEqual(entity(g, "Ohio House")?.type, "place", "\(g.entities)")
    }

    func testASmallTownOrAFamilyNameBeforeHouseKeepsTheBody() {
        let f = facts("Jane Holloway, a senior fellow at Chatham House, said the deal was modest.")
        XCTAssertEqual(entity(f, "Chatham House")?.type, "organization", "\(f.entities)")
    }

    func testTwoListedCountriesJoinedByAHyphenAreTwoNamesNotOne() {
        let f = facts("Ministers of Kenya and Uganda met on Monday. They said Kenya-Uganda trade would grow.")
        XCTAssertNil(entity(f, "Kenya-Uganda"), "\(names(f))")
        XCTAssertEqual(entity(f, "Kenya")?.type, "country")
        XCTAssertEqual(entity(f, "Uganda")?.type, "country")
        // A name the lexicons list whole stays one.
        let g = facts("The president of Guinea-Bissau arrived on Monday.")
        XCTAssertEqual(entity(g, "Guinea-Bissau")?.type, "country", "\(names(g))")
    }

    func testACountryOnlyItsPeoplesAdjectiveNamesIsNotListed() {
        let f = facts("Armenian Foreign Minister Aram Vardanyan spoke with his counterpart on Monday.")
        XCTAssertEqual(titles(f, "Aram Vardanyan"), ["Foreign Minister|Armenia"])
        XCTAssertNil(entity(f, "Armenia"), "\(names(f))")
    }
}
