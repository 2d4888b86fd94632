import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// How wire copy dates meetings and visits it tells twice or through another event: talks "on
/// her arrival" dated by the arrival, and a visit told again with a finer date, each on a short
/// invented article.
final class WireMeetingTests: XCTestCase {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    // MARK: - "on her arrival"

    func testTalksOnArrivalTakeTheDayOfTheArrival() {
        let f = facts(
            """
            Bolivian President Ana Quispe landed in Lima on Monday for a regional summit.

            On her arrival, Quispe held talks with Peruvian President Dina Castro at the airport, state television said.
            """)
        XCTAssertTrue(f.visitLines(kinds: ["talks"]).contains("Ana Quispe+Dina Castro|-|held|2023-03-13"), "\(f.visitLines(kinds: ["talks"]))")
    }

    func testTalksWithNoArrivalWordKeepTheArticlesDay() {
        let f = facts(
            """
            Bolivian President Ana Quispe landed in Lima on Monday for a regional summit.

            Quispe held talks with Peruvian President Dina Castro at the airport, state television said.
            """)
        XCTAssertFalse(f.visitLines(kinds: ["talks"]).contains { $0.hasSuffix("|2023-03-13") }, "\(f.visitLines(kinds: ["talks"]))")
    }

    func testAnotherParticipantsTripDatesNoTalksOnArrival() {
        let f = facts(
            """
            Peruvian President Dina Castro visited Cusco on Monday to open a hospital.

            On his arrival in Lima, Bolivian President Luis Arce held talks with Castro, state television said.
            """, date: "2023-05-03")
        XCTAssertFalse(f.visitLines(kinds: ["talks"]).contains { $0.hasSuffix("|2023-05-01") }, "\(f.visitLines(kinds: ["talks"]))")
    }

    // MARK: - a visit told again with a finer date

    func testAVisitToldAgainWithADayInsideTheMonthKnownTakesTheDay() {
        let f = facts(
            """
            Ecuadorian Foreign Minister Tomas Ruiz paid a visit to Lima this month.

            Ruiz's visit to Lima on March 6 ended with a fisheries accord.
            """)
        XCTAssertTrue(f.visitLines().contains("Tomas Ruiz|Lima|held|2023-03-06"), "\(f.visitLines())")
    }
}
