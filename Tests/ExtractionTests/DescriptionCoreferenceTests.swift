import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Descriptions standing for a person named before ("his Chilean counterpart", "his guest",
/// "the Chilean premier") resolved to that one person, and left nobody's when none or two fit,
/// on short invented articles.
final class DescriptionCoreferenceTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    func meetingLines(_ f: ArticleFacts) -> [String] { f.visitLines(kinds: ["meeting", "talks"]) }

    func testACounterpartWithACountryIsThePersonOfThatCountryNamedBefore() {
        let f = facts(
            """
            Chilean Foreign Minister Ana Lund landed in Lima on Sunday.

            Peruvian Foreign Minister Tomas Vos welcomed his Chilean counterpart at the ministry on Tuesday.
            """)
        XCTAssertTrue(meetingLines(f).contains { $0.hasPrefix("Ana Lund+Tomas Vos|") }, "\(meetingLines(f))")
    }

    func testACounterpartNamedRightAfterIsNoDescription() {
        let f = facts(
            """
            Peruvian Foreign Minister Tomas Vos met his Chilean counterpart, Ana Lund, on Tuesday.
            """)
        XCTAssertTrue(meetingLines(f).contains { $0.hasPrefix("Ana Lund+Tomas Vos|") }, "\(meetingLines(f))")
    }

    func testACounterpartTwoPeopleFitIsNobodys() {
        let f = facts(
            """
            Chilean Foreign Minister Ana Lund and Chilean Trade Minister Piet Oram arrived in Lima on Monday.

            Peruvian Foreign Minister Tomas Vos welcomed his Chilean counterpart on Tuesday.
            """)
        XCTAssertFalse(meetingLines(f).contains { $0.contains("Tomas Vos") && $0.hasSuffix("2023-03-14") && $0.contains("+") },
                       "\(meetingLines(f))")
    }

    func testAnOfficialOfACountryIsSomeoneUnnamed() {
        let f = facts(
            """
            Chilean Foreign Minister Ana Lund met Peruvian officials on Monday.

            A senior Chilean official said the talks had stalled. The Chilean official added that a second round was unlikely.
            """)
        XCTAssertFalse(said(f, "Ana Lund").contains { $0.contains("second round") }, "\(said(f, "Ana Lund"))")
    }

    func testAGuestIsNotTheHostNorOfTheHostsCountry() {
        let f = facts(
            """
            Chilean Foreign Minister Ana Lund arrived in Lima on Monday.

            Peruvian Prime Minister Tomas Vos received Peruvian Trade Minister Piet Oram in the morning.

            In the afternoon Vos showed his guest the new port after a meeting at his office.
            """)
        XCTAssertTrue(meetingLines(f).contains { $0.hasPrefix("Ana Lund+Tomas Vos|") }, "\(meetingLines(f))")
    }
}
