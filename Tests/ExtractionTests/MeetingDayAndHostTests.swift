import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Which day wire copy's meetings and visits took place, and who met whom, when the text says it
/// around the event: a visit dated by the talks its visitor held, "last night", a dateline's
/// day, "upon his arrival" after a list of guests, "discussed … with", and a host before
/// "received" behind a time or a parenthetical; each on a short invented article.
final class MeetingDayAndHostTests: XCTestCase {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    func meetings(_ f: ArticleFacts) -> [String] { f.visitLines(kinds: ["talks", "meeting"]) }

    // MARK: - a visit dated by its visitor's talks

    func testAnUndatedVisitTakesTheDayOfTheTalksItsVisitorHeld() {
        let f = facts(
            """
            President Tomas Quiroga held talks on Monday with Chilean Foreign Minister Lena Varga, who arrived in Quito for a working visit.
            """)
        XCTAssertTrue(f.visitLines().contains("Lena Varga|Quito|held|2023-03-13"), "\(f.visitLines())")
    }

    func testAVisitToldInThePerfectTakesNoDayFromTalks() {
        let f = facts(
            """
            President Tomas Quiroga met Chilean Foreign Minister Lena Varga in Quito on Monday.

            Varga has visited Ecuador twice since her appointment.
            """)
        XCTAssertFalse(f.visitLines().contains { $0.hasPrefix("Lena Varga|Ecuador|held|2023-03-13") }, "\(f.visitLines())")
    }

    // MARK: - "last night"

    func testLastEveningIsTheDayBeforeTheArticles() {
        let f = facts(
            """
            Last evening, Governor Piet Dekkers met Mayor Anouk Verbeek at the town hall in Utrecht.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Anouk Verbeek+Piet Dekkers|") && $0.hasSuffix("|2023-03-14") }, "\(meetings(f))")
    }

    // MARK: - the dateline's day

    func testUndatedTalksTakeTheDatelinesDayWhenThePaperPrintedItLater() {
        let f = facts(
            """
            Lima, March 13 Fishing rights topped the agenda of a busy week at the ministry. Peruvian Foreign Minister Rosa Quintana met her Chilean counterpart Lena Varga at the ministry.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Lena Varga+Rosa Quintana|") && $0.hasSuffix("|2023-03-13") }, "\(meetings(f))")
    }

    func testADatelineLongBeforeTheArticleLeavesTheArticlesDay() {
        let f = facts(
            """
            Lima, March 1 Fishing rights topped the agenda of a busy week at the ministry. Peruvian Foreign Minister Rosa Quintana met her Chilean counterpart Lena Varga at the ministry.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Lena Varga+Rosa Quintana|") && $0.hasSuffix("|2023-03-15") }, "\(meetings(f))")
    }

    // MARK: - "upon his arrival" after a list of guests

    func testTheArrivalAfterAListOfGuestsIsTheSubjects() {
        let f = facts(
            """
            President Omar Haddad arrived in Malabo on Monday to attend a regional summit.

            Haddad met with President Ana Castillo of Peru, Premier Luis Sotomayor of Chile and President Jorge Irazabal of Bolivia upon his arrival, state media said.
            """)
        XCTAssertTrue(meetings(f).contains { $0.contains("Omar Haddad") && $0.hasSuffix("|2023-03-13") }, "\(meetings(f))")
    }

    // MARK: - "discussed … with"

    func testDiscussingSomethingWithPeopleIsTalksWithThem() {
        let f = facts(
            """
            Likewise, Prime Minister Omar Haddad discussed trade issues with Peruvian President Ana Castillo and Chilean Premier Luis Sotomayor.
            """)
        let lines = meetings(f)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Ana Castillo+Luis Sotomayor+Omar Haddad|") && $0.contains("|held|") }, "\(lines)")
    }

    func testDiscussingWithReportersOrWithNobodyIsNoTalks() {
        let f = facts(
            """
            Prime Minister Omar Haddad discussed the budget with reporters on Monday. Peruvian President Ana Castillo attended the session.

            The ministers discussed trade issues, Chilean Premier Luis Sotomayor said.
            """)
        XCTAssertEqual(meetings(f), [], "\(meetings(f))")
    }

    // MARK: - a host behind a time or a parenthetical

    func testAHostBeforeATimeReceivesTheGuest() {
        let f = facts(
            """
            Oslo: Norwegian Foreign Minister Sara Kleiven on Monday received Chilean Foreign Minister Lena Varga.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Lena Varga+Sara Kleiven|") }, "\(meetings(f))")
    }

    func testAHostBehindHerOfficeAndATimeReceivesAGuestNamedAfterHerCountry() {
        let f = facts(
            """
            Oslo: Sara Kleiven, Minister of Foreign Affairs and Trade, on Monday received US Secretary of State Lena Varga.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Lena Varga+Sara Kleiven|") }, "\(meetings(f))")
    }

    func testAHostBeforeAParentheticalWelcomesTheGuests() {
        let f = facts(
            """
            President Omar Haddad, accompanied by First Lady Mira Haddad, also welcomed Peruvian President Ana Castillo and Chilean Premier Luis Sotomayor at the palace.
            """)
        XCTAssertTrue(meetings(f).contains { $0.contains("Omar Haddad") && $0.contains("Ana Castillo") }, "\(meetings(f))")
    }
}
