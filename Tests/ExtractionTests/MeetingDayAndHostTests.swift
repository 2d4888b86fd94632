import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Which day wire copy's meetings and visits took place, and who met whom, when the text says it
/// around the event: a visit dated by the talks its visitor held, "last night", a dateline's
/// day, an arrival after a list of guests, "discussed … with", and a host before "received"
/// behind a time or a parenthetical; each on a short invented article.
final class MeetingDayAndHostTests: XCTestCase {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    func meetings(_ f: ArticleFacts) -> [String] { f.visitLines(kinds: ["talks", "meeting"]) }

    // MARK: - a visit dated by its visitor's talks

    func testAnUndatedVisitTakesTheDayOfTheTalksItsVisitorHeld() {
        let f = facts(
            """
            Chilean envoy Lena Varga flew to Quito, where Mayor Tomas Quiroga held talks with her on Monday.
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

    func testAVisitNarratedInTheNextSentenceTakesNoDayFromTalks() {
        let f = facts(
            """
            Trade Minister Tomas Berg held talks with President Ana Okafor in Lagos on Tuesday.

            Berg first visited Nigeria as a student.
            """)
        XCTAssertFalse(f.visitLines().contains { $0.hasPrefix("Tomas Berg|Nigeria|held|2023-03-14") }, "\(f.visitLines())")
    }

    // MARK: - "last night"

    func testLastEveningIsTheDayBeforeTheArticles() {
        let f = facts(
            """
            Last evening, Governor Piet Dekkers met Mayor Anouk Verbeek at the town hall in Utrecht.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Anouk Verbeek+Piet Dekkers|") && $0.hasSuffix("|2023-03-14") }, "\(meetings(f))")
    }

    func testTheLastNightOfAVisitIsNoDay() {
        let f = facts(
            """
            On the last night of his three-day visit to Lagos, Trade Minister Tomas Berg held talks with President Ana Okafor.
            """)
        XCTAssertFalse(meetings(f).contains { $0.hasSuffix("|2023-03-14") }, "\(meetings(f))")
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

    // MARK: - an arrival after a list of guests

    func testTheArrivalAfterAListOfGuestsIsTheSubjects() {
        let f = facts(
            """
            President Omar Haddad flew to Malabo on Monday for a regional summit.

            Haddad held brief talks at the airport with three leaders, Ana Castillo, Luis Sotomayor and Jorge Irazabal, upon his arrival.
            """)
        XCTAssertTrue(meetings(f).contains { $0.contains("Omar Haddad") && $0.hasSuffix("|2023-03-13") }, "\(meetings(f))")
    }

    func testTheArrivalOfAGuestWhoTravelsIsNotTheSubjects() {
        let f = facts(
            """
            Governor Omar Haddad flew to Malabo on Monday for a regional summit.

            Senator Luis Sotomayor also flew to Malabo for the summit.

            Haddad held brief talks at the airport with two leaders, Ana Castillo and Luis Sotomayor, upon his arrival.
            """)
        XCTAssertFalse(meetings(f).contains { $0.contains("Omar Haddad") && $0.hasSuffix("|2023-03-13") }, "\(meetings(f))")
    }

    // MARK: - "discussed … with"

    func testDiscussingSomethingWithPeopleIsTalksWithThem() {
        let f = facts(
            """
            Over lunch, Prime Minister Omar Haddad discussed river shipping with Governor Ana Castillo and Mayor Luis Sotomayor.
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

    func testDiscussingWithSomeonesEnvoyIsNoTalksWithThem() {
        let f = facts(
            """
            Trade Minister Tomas Berg discussed the harbour project with President Ana Okafor's envoy.
            """)
        XCTAssertFalse(meetings(f).contains { $0.contains("Ana Okafor") }, "\(meetings(f))")
    }

    func testADiscussionOfPlansToldInThePastWasHeldOnThePastWeekday() {
        let f = facts(
            """
            Trade Minister Tomas Berg discussed plans for a new harbour with President Ana Okafor on Monday.
            """)
        XCTAssertTrue(meetings(f).contains("Ana Okafor+Tomas Berg|-|held|2023-03-13"), "\(meetings(f))")
    }

    func testANeverHeldDiscussionStaysDenied() {
        let f = facts(
            """
            Trade Minister Tomas Berg has never discussed the harbour dispute with President Ana Okafor.
            """)
        XCTAssertFalse(meetings(f).contains { $0.contains("|held|") }, "\(meetings(f))")
    }

    // MARK: - a host behind a time or a parenthetical

    func testAHostBeforeATimeReceivesTheGuest() {
        let f = facts(
            """
            In Oslo the Norwegian premier Sara Kleiven on Monday received Lena Varga, the visiting Chilean minister.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Lena Varga+Sara Kleiven|") }, "\(meetings(f))")
    }

    func testAHostBehindHerOfficeReceivesAGuestNamedAfterHerCountry() {
        let f = facts(
            """
            Sara Kleiven, the mayor of Bergen, yesterday received US Ambassador Lena Varga at city hall.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Lena Varga+Sara Kleiven|") }, "\(meetings(f))")
    }

    func testAHostReceivesHisCounterpart() {
        let f = facts(
            """
            At the harbour office in Oslo, Norwegian Fisheries Minister Sara Kleiven greeted her Chilean counterpart Lena Varga.
            """)
        XCTAssertTrue(meetings(f).contains { $0.hasPrefix("Lena Varga+Sara Kleiven|") }, "\(meetings(f))")
    }

    func testAHostBeforeAParentheticalWelcomesTheGuests() {
        let f = facts(
            """
            Mayor Omar Haddad, flanked by two aides, greeted Governor Ana Castillo and Senator Luis Sotomayor at the airport.
            """)
        XCTAssertTrue(meetings(f).contains { $0.contains("Omar Haddad") && $0.contains("Ana Castillo") }, "\(meetings(f))")
    }
}
