import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// How the text puts a person at a place without a visit word: attending a gathering held there
/// ("speaking at a news conference in Tokyo", "At the ceremony, X …"), being interviewed there
/// ("caught up with him in a bakery in …"), an apposition ("X, in Nairobi for talks, said"), and
/// their planned and denied forms, each on a short invented article.
final class PresenceConstructionTests: XCTestCase {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    /// Each visit as "participants (sorted, joined by +)|destination|status|date" (`visitLines`).
    func visits(_ f: ArticleFacts, kinds: Set<String> = ["visit", "trip"]) -> [String] { f.visitLines(kinds: kinds) }

    // MARK: - attending a gathering held in a place

    func testSpeakingAtANewsConferenceInACityPutsTheSpeakerThere() {
        let f = facts(
            """
            Peruvian Foreign Minister Lena Ortiz, speaking to reporters at a news conference in Nairobi, said the talks had gone well.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Lena Ortiz|Nairobi|held|") }, "\(visits(f))")
    }

    func testAttendingASummitInACityIsAVisitThere() {
        let f = facts("Prime Minister Tomas Varela attended a summit in Brussels on Monday.")
        XCTAssertTrue(visits(f).contains("Tomas Varela|Brussels|held|2023-03-13"), "\(visits(f))")
    }

    func testAGuestAtAGalaHeldInACityWasThere() {
        let f = facts("Novelist Ingrid Solberg was a special guest at the gala held at a hotel in Bergen last week.")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Ingrid Solberg|Bergen|held|") }, "\(visits(f))")
    }

    func testAParticipleOpeningTheSentenceIsTheSubjectsAttendance() {
        let f = facts(
            """
            Speaking at a news conference in Geneva, Dutch Foreign Minister Pieter Jansen said the talks would resume.

            Speaking in Oslo on Friday, Austrian Chancellor Ines Dumont promised new funding.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Pieter Jansen|Geneva|held|") }, "\(visits(f))")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Ines Dumont|Oslo|held|") }, "\(visits(f))")
    }

    func testSpeakingInAPlaceIsBeingThere() {
        let f = facts("German Chancellor Ines Dumont, speaking in Vienna on Friday, promised new funding.")
        XCTAssertTrue(visits(f).contains("Ines Dumont|Vienna|held|2023-03-10"), "\(visits(f))")
    }

    func testTheCeremonyOfALaterSentenceIsTheEventNamedBefore() {
        let f = facts(
            """
            The city marked the harbour's centenary on Tuesday at an event in Bergen.

            At the ceremony, Mayor Ingrid Solberg unveiled a plaque.
            """)
        XCTAssertTrue(visits(f).contains("Ingrid Solberg|Bergen|held|2023-03-14"), "\(visits(f))")
    }

    func testAMinisterAtANewsConferenceAtHomeVisitsNothing() {
        let f = facts("Peruvian Trade Minister Rosa Quispe speaks at a news conference in Lima on Tuesday.")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Rosa Quispe|") }, "\(visits(f))")
    }

    func testAGatheringAboutAPlaceIsNotHeldThere() {
        let f = facts("Senator Paul Carter spoke at a rally against the war in Iraq.")
        XCTAssertFalse(visits(f).contains { $0.contains("Iraq") }, "\(visits(f))")
    }

    func testAnAttendancePlannedOrDeniedKeepsItsStatus() {
        let f = facts(
            """
            Senator Paul Carter will speak at a rally in Ohio next week.

            Governor Ana Quispe did not attend the summit in Lima.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Paul Carter|Ohio|planned|") }, "\(visits(f))")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Ana Quispe|Lima|denied|") }, "\(visits(f))")
    }

    // MARK: - where an interview was held

    func testThePersonInterviewedWasWhereTheInterviewWasHeld() {
        let f = facts(
            """
            On Saturday, the Tribune interviewed swimmer Lena Ortiz about her career.

            A Tribune reporter interviewed her at a hotel in the Porto district of Matosinhos.
            """, date: "2023-03-13")
        XCTAssertTrue(visits(f).contains("Lena Ortiz|Matosinhos|held|2023-03-11"), "\(visits(f))")
    }

    func testCatchingFireInAPlaceIsNoInterview() {
        let f = facts("The car of Ines Dumont caught fire in Vienna.")
        XCTAssertEqual(visits(f), [], "\(visits(f))")
    }

    // MARK: - "X, in Nairobi for talks, said"

    func testAPersonSetOffAsInAPlaceForTalksIsThere() {
        let f = facts("British Foreign Secretary James Hollis, in Nairobi for talks on the drought, said on Monday that aid would rise.")
        XCTAssertTrue(visits(f).contains("James Hollis|Nairobi|held|2023-03-13"), "\(visits(f))")
    }

    // MARK: - "was able to visit"

    func testWhatSomeoneWasAbleToDoHappened() {
        let f = facts(
            """
            Trade envoy Omar Haddad was able to visit Mombasa last week.

            Lina Haddad, a student from Texas, will be able to meet the judges in Geneva next week.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Omar Haddad|Mombasa|held|") }, "\(visits(f))")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Lina Haddad|Geneva|planned|") }, "\(visits(f))")
    }

    // MARK: - review findings: what is no attendance

    func testTalkingAboutAGatheringOrJoiningItByVideoIsNoVisit() {
        let f = facts(
            """
            Kremlin spokesman Pavel Orlov spoke dismissively about the conference in Kyiv, telling reporters in Moscow that it would change nothing.

            Ukrainian President Taras Melnyk addressed the conference in Munich by video link on Saturday.

            Senator Ruth Abbot spoke to reporters ahead of the summit in Brussels.
            """)
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Pavel Orlov|") }, "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Taras Melnyk|") }, "\(visits(f))")
        // "ahead of the summit" is no attendance held (the summit itself is still to come).
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Ruth Abbot|Brussels|held") }, "\(visits(f))")
    }

    func testAddressingOrChairingAGatheringInPersonIsAVisit() {
        let f = facts("Ukrainian President Taras Melnyk addressed the conference in Munich on Saturday.")
        XCTAssertTrue(visits(f).contains("Taras Melnyk|Munich|held|2023-03-11"), "\(visits(f))")
    }

    func testWhatWasHeldInAPlaceIsAGatheringVenueOnlyWhenAGatheringWasHeld() {
        let f = facts(
            """
            Elections will be held in Nigeria in February. At the rally, Bola Adeyemi promised new roads.

            The two hostages were held in Gaza for 54 days. At the meeting, Secretary of State Alan Brisk told the families they were safe.
            """)
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Bola Adeyemi|") }, "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Alan Brisk|") }, "\(visits(f))")
    }

    func testAGatheringHeldInAPlaceIsTheVenueOfItsCeremony() {
        let f = facts(
            """
            The summit was held in Lima on Tuesday.

            At the ceremony, Canadian Trade Minister Paul Carter signed the accord.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Paul Carter|Lima|held|") }, "\(visits(f))")
    }

    func testANamedFestivalThatTookPlaceAtAVenueHasItsGuestsThere() {
        let f = facts(
            """
            The tenth Harbour Festival Norway took place in Bergen last weekend.

            The organisers were joined by guests like Ingrid Solberg and Tomas Varela.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Ingrid Solberg|Bergen|held") }, "\(visits(f))")
    }

    func testNotManagingToVisitIsADeniedVisit() {
        let f = facts(
            """
            UN envoy Martin Grove has not managed to visit Gaza since October.

            Nuclear inspector Rafael Gruber never managed to visit Crimea.
            """)
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Martin Grove|Gaza|held") }, "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Rafael Gruber|Crimea|held") }, "\(visits(f))")
    }

    func testSpeakingAtHomeOrAtABriefingOfUnknownOriginIsNoVisit() {
        let f = facts(
            """
            State Department spokesman Matthew Mills, speaking at a briefing in Washington on Tuesday, said the talks would go on.

            Senator Nora Vance spoke in Boston on Monday.
            """)
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Matthew Mills|") }, "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Nora Vance|") }, "\(visits(f))")
    }

    func testAnAppositionInAPlaceTakesNoDateFromAnotherClause() {
        let f = facts("Secretary of State Alan Brisk, in Cairo for talks, recalled that the peace treaty was signed in March 1979.")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Alan Brisk|Cairo|held|1979") }, "\(visits(f))")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Alan Brisk|Cairo|held|") }, "\(visits(f))")
    }

    func testNotAttendingAFuneralIsNoVisitHeld() {
        let f = facts("Ugandan President Yoweri Mukasa did not attend the funeral in Kisumu on Saturday.")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Yoweri Mukasa|Kisumu|held") }, "\(visits(f))")
    }
}
