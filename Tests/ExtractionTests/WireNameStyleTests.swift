import XCTest
import NewsFacts
@testable import Extraction

/// Names as wire stories write them around a person or a place (honorific styles, rulers' titles,
/// houses named after a town, pairs of countries joined by a hyphen), on invented sentences: one
/// construction a test.
final class WireNameStyleTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2022-11-28") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    private func entity(_ f: ArticleFacts, _ name: String) -> EntityRecord? { f.entities.first { $0.name == name } }
    private func names(_ f: ArticleFacts) -> [String] { f.entities.filter { $0.type != "event" }.map(\.name) }

    func testAMalaysianHonorificStyleIsNoPartOfTheName() {
        let f = facts("Prime Minister Datuk Seri Rahim Kassim met the visiting envoy on Monday.")
        XCTAssertNotNil(entity(f, "Rahim Kassim"), "\(names(f))")
        XCTAssertFalse(names(f).contains { $0.contains("Datuk") }, "\(names(f))")
        let g = facts("Tan Sri Azlan Hashim chaired the meeting in Putrajaya.")
        XCTAssertNotNil(entity(g, "Azlan Hashim"), "\(names(g))")
    }

    func testASultanOrEmirAfterACountrysPossessiveOrItsAdjectiveIsTheRulersTitle() {
        let f = facts("The minister invited Brunei's Sultan Omar Rizal to the ceremony.")
        XCTAssertNotNil(entity(f, "Omar Rizal"), "\(names(f))")
        XCTAssertEqual(titles(f, "Omar Rizal"), ["Sultan|Brunei"])
        let g = facts("The prime minister met the visiting Qatari Emir Hamad bin Rashid on Tuesday.")
        XCTAssertNotNil(entity(g, "Hamad bin Rashid"), "\(names(g))")
        // Alone before a name the word still opens it (a given name too).
        let h = facts("Emir Kostovic, the Serbian film director, attended the ceremony.")
        XCTAssertNotNil(entity(h, "Emir Kostovic"), "\(names(h))")
    }

    func testATownsNameBeforeHouseNamesAHouseAndNoPlaceInsideIt() {
        let f = facts("The two leaders held talks at the Lucknow House on Saturday.")
        XCTAssertEqual(entity(f, "Lucknow House")?.type, "place", "\(f.entities)")
        XCTAssertNil(entity(f, "Lucknow"), "\(names(f))")
        // A state's name before "House" is left alone: a legislature's chamber.
        let g = facts("The Ohio House passed the bill on Monday.")
        XCTAssertNotEqual(entity(g, "Ohio House")?.type, "place", "\(g.entities)")
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
