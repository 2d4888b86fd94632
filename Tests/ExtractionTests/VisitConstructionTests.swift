import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// How wire copy says who went where and who received whom: a host's plan ("will host"), a
/// host at home, going along with someone ("accompanied X to Y"), and a visit told in a phrase
/// opening the sentence ("During a visit to Kyiv, X …"), each on a short invented article.
final class VisitConstructionTests: XCTestCase {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    /// Each event of a kind in `kinds` as "participants (sorted, joined by +)|destination|status":
    /// `visitLines` without the date.
    func events(_ f: ArticleFacts, _ kinds: Set<String>) -> [String] {
        f.visitLines(kinds: kinds).map { $0.split(separator: "|", omittingEmptySubsequences: false).dropLast().joined(separator: "|") }
    }

    func visits(_ f: ArticleFacts) -> [String] { events(f, ["visit", "trip"]) }
    func meetings(_ f: ArticleFacts) -> [String] { events(f, ["meeting"]) }

    // MARK: - "will host"

    func testAHostsPlanToReceiveAGuestIsAPlannedMeeting() {
        let f = facts(
            """
            LIMA, March 15 (Reuters) - Peruvian President Dina Castro will host Colombian President Luis Ortega in Lima on Friday.

            Chilean President Tomas Varela is expected to receive Bolivian President Ana Quispe next week.
            """)
        XCTAssertTrue(meetings(f).contains("Dina Castro+Luis Ortega|-|planned"), "\(meetings(f))")
        XCTAssertTrue(meetings(f).contains("Ana Quispe+Tomas Varela|-|planned"), "\(meetings(f))")
    }

    func testAPlanToHostAThingIsNoMeeting() {
        let f = facts("Peruvian President Dina Castro will host a summit on trade in Lima, and she hopes to receive funding.")
        XCTAssertEqual(meetings(f), [], "\(f.facts)")
    }

    // MARK: - the host is at home

    func testTheHostOfAMeetingAtAVenueGoesNowhere() {
        let f = facts("PARIS, March 15 (AFP) - French President Paul Carter hosted German Chancellor Ines Dumont at the Elysee Palace on Tuesday.")
        XCTAssertTrue(meetings(f).contains("Ines Dumont+Paul Carter|-|held"), "\(meetings(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Paul Carter|") }, "\(visits(f))")
    }

    // MARK: - "accompanied X to Y"

    func testGoingAlongWithSomeoneTakesBothThere() {
        let f = facts("STOCKHOLM, March 15 (Reuters) - Swedish Defence Minister Erik Lindahl accompanied King Gustav to Helsinki on Monday.")
        XCTAssertTrue(visits(f).contains("Gustav|Helsinki|held"), "\(visits(f))")
        XCTAssertTrue(visits(f).contains("Erik Lindahl|Helsinki|held"), "\(visits(f))")
    }

    func testBeingAccompaniedOrAccompanyingNobodyToAPlaceIsNoTrip() {
        let f = facts(
            """
            Swedish Defence Minister Erik Lindahl, accompanied by his wife, spoke at the ceremony.

            Lindahl accompanied the orchestra's music for an hour.
            """)
        XCTAssertEqual(visits(f), [], "\(f.facts)")
    }

    // MARK: - "During a visit to Kyiv, X …"

    func testAVisitInAPhraseOpeningTheSentenceIsTheMainClauseSubjects() {
        let f = facts(
            """
            KYIV, March 15 (Reuters) - During a visit to Kyiv on Tuesday, Dutch Prime Minister Pieter Jansen pledged more aid.

            On a trip to Nairobi last week, British Foreign Secretary James Hollis announced new funding.
            """)
        XCTAssertTrue(visits(f).contains("Pieter Jansen|Kyiv|held"), "\(visits(f))")
        XCTAssertTrue(visits(f).contains("James Hollis|Nairobi|held"), "\(visits(f))")
    }

    func testAnOpeningVisitPhraseIsNotTheHostsWhoReceivesTheVisitor() {
        let f = facts("During a visit to Nairobi on Monday, Kenyan President William Ruto hosted a dinner for the delegates.")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("William Ruto|") }, "\(visits(f))")
    }

    // MARK: - "called off a planned trip", "flew on to"

    func testATripCalledOffIsDenied() {
        let f = facts("Israeli Prime Minister Avi Cohen called off a planned trip to Washington.")
        XCTAssertEqual(visits(f), ["Avi Cohen|Washington|denied"], "\(f.facts)")
    }

    func testFlyingOnToAPlaceIsATripThere() {
        let f = facts(
            """
            Japanese Foreign Minister Kenta Ono met Indonesian President Budi Santoso in Jakarta on Thursday. Ono then flew on to Manila.
            """)
        XCTAssertTrue(visits(f).contains("Kenta Ono|Manila|held"), "\(visits(f))")
    }

    // MARK: - a place before the visit's noun (PlaceBeforeVisitNouns)

    func testAPlaceBetweenAPossessiveAndAVisitIsWhereThePossessorWent() {
        let f = facts(
            """
            Kenyan Prime Minister Daniel Otieno met Qatari officials on Tuesday.

            Otieno's Qatar visit comes after a year of tension between the two countries.
            """)
        XCTAssertTrue(visits(f).contains("Daniel Otieno|Qatar|held"), "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Qatar|") }, "\(visits(f))")
    }

    func testAPlaceAndAVisitAfterABareNameStayAVerb() {
        let f = facts("Officials said Kenya visits were rare.")
        XCTAssertFalse(visits(f).contains { $0.contains("|Kenya|") }, "\(visits(f))")
    }

    func testAPlaceAtHomeBeforeAVisitIsNoDestination() {
        let f = facts(
            """
            Kenyan President William Otieno spoke on Monday.

            Otieno's Mombasa visit last month drew large crowds.
            """)
        XCTAssertFalse(visits(f).contains { $0.contains("|Mombasa|") }, "\(visits(f))")
    }

    // MARK: - "his visit" is the guest's (GuestVisitors)

    func testHisVisitFoundForTheHostIsTheGuestsWhoMetHim() {
        let f = facts("Danish Foreign Minister Lars Rasmussen met Kenyan President William Otieno in Nairobi on Monday during his visit to Kenya.")
        XCTAssertTrue(visits(f).contains("Lars Rasmussen|Kenya|held"), "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("William Otieno|") }, "\(visits(f))")
    }

    func testAVisitASpeakerToldOfIsNeitherTheSpeakersNorTheHostsAtHome() {
        let f = facts(
            """
            Kenyan President William Otieno will host a water conference next month.

            Danish Foreign Minister Lars Rasmussen said Otieno would discuss water projects during his visit to Garissa, Kenya, next week.
            """)
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Lars Rasmussen|") }, "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("William Otieno|") }, "\(visits(f))")
    }
}
