import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Visits a reader would sign: a place whose country the text names right after it ("Cuenca,
/// Ecuador") is in that country for every rule that asks whether someone is away; an agreement to
/// meet is a plan; being somewhere "ahead of" a summit puts no one at the summit; "was able to
/// visit … on Monday" is last Monday. Each on a short invented article.
final class VisitEvidenceTests: XCTestCase {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    // MARK: - the country of a place, as the article gives it

    func testAPlaceFollowedByThePersonsOwnCountryIsNoVisit() {
        let f = facts("Ecuadorian Environment Minister Lucia Paredes speaks in Puerto Lindo, Ecuador, on March 10.")
        XCTAssertEqual(f.visitLines(), [], "\(f.facts)")
    }

    func testAPlaceTheArticleLocatesAtHomeIsNoVisitWhenSpeakingThere() {
        let f = facts(
            """
            Ecuadorian Environment Minister Lucia Paredes opened a fisheries office in Puerto Lindo, Ecuador, on Monday.

            Paredes, speaking in Puerto Lindo, said the office would hire 40 inspectors.
            """)
        XCTAssertEqual(f.visitLines(), [], "\(f.facts)")
    }

    func testAPlaceTheArticleLocatesAbroadIsAVisitWhenSpeakingThere() {
        let f = facts(
            """
            The fisheries office in Puerto Lindo, Ecuador, opened on Monday.

            Peruvian Environment Minister Tomas Quispe, speaking in Puerto Lindo, said the office would share data.
            """)
        XCTAssertTrue(f.visitLines().contains { $0.hasPrefix("Tomas Quispe|Puerto Lindo|held|") }, "\(f.visitLines())")
    }

    // MARK: - modality

    func testAnAgreementToMeetSomewhereIsAPlanNotAVisit() {
        let f = facts(
            """
            Chilean Trade Minister Ana Rojas and her Korean counterpart Park Min-ho held phone talks on Tuesday and agreed to meet in person at the regional trade forum in Kenya in late April.
            """)
        XCTAssertFalse(f.visitLines().contains { $0.contains("|held|") }, "\(f.visitLines())")
        // The plan itself is kept: each of the two goes to Kenya.
        XCTAssertTrue(f.visitLines().contains { $0.hasPrefix("Ana Rojas|Kenya|planned|") }, "\(f.visitLines())")
    }

    func testSpeakingAheadOfASummitPutsNoOneAtTheSummit() {
        let f = facts("Danish Foreign Minister Lars Holm spoke to reporters ahead of the summit in Brussels.")
        XCTAssertEqual(f.visitLines(), [], "\(f.facts)")
    }

    func testAWeekdayAfterWasAbleToVisitIsThePastOne() {
        let f = facts("Maria Lindqvist was able to visit Mombasa on Monday.")
        XCTAssertEqual(f.visitLines(), ["Maria Lindqvist|Mombasa|held|2023-03-13"])
    }

    func testWeCameToAPlaceInSomeonesOwnWordsHappenedWhateverPlanCameBefore() {
        let f = facts("\"We had little time to get ready for the contest but we came to Canada,\" team member Ana Ortiz said.")
        XCTAssertTrue(f.visitLines().contains { $0.hasPrefix("Ana Ortiz|Canada|held|") }, "\(f.visitLines())")
    }

    func testNoOneVisitsTheCountryTheyServe() {
        let f = facts("Argentine President Lucas Ferro's new rules for families travelling to Argentina take effect in May.")
        XCTAssertFalse(f.visitLines().contains { $0.hasPrefix("Lucas Ferro|Argentina|") }, "\(f.visitLines())")
        // Going back there is a journey home, kept.
        let g = facts("Argentine President Lucas Ferro flew back to Argentina on Monday.")
        XCTAssertTrue(g.visitLines().contains { $0.hasPrefix("Lucas Ferro|Argentina|held|") }, "\(g.visitLines())")
    }

    // MARK: - the lexicons before a list or an opening phrase

    func testACountryListedAfterACapitalLeavesTheCapitalWhereItIs() {
        let f = facts(
            """
            The envoy's tour takes in Berlin, Poland, Hungary and Austria.

            German Chancellor Karl Weber spoke at a news conference in Berlin on Monday.
            """)
        XCTAssertFalse(f.visitLines().contains { $0.hasPrefix("Karl Weber|Berlin|") }, "\(f.visitLines())")
    }

    func testCountriesAfterAnOpeningInPhraseLeaveTheCityWhereItIs() {
        let f = facts(
            """
            In Geneva, Iran, Russia and Turkey agreed on Monday to extend the ceasefire.

            Swiss Foreign Minister Anna Keller spoke at a news conference in Geneva on Tuesday.
            """)
        XCTAssertFalse(f.visitLines().contains { $0.hasPrefix("Anna Keller|Geneva|") }, "\(f.visitLines())")
    }

    func testACountryFollowedByMoreListItemsOrAfterAnOpeningInPhraseLocatesNoPlace() {
        // Puerto Lindo is in no list: "Peru" after it is a list item, not its country, so a
        // Peruvian minister speaking there is away as far as the text tells (a place of no known
        // country counts as abroad, as on main).
        let list = facts(
            """
            The envoy's tour takes in Puerto Lindo, Peru, Chile and Bolivia.

            Peruvian Environment Minister Tomas Quispe spoke in Puerto Lindo on Monday.
            """)
        XCTAssertTrue(list.visitLines().contains { $0.hasPrefix("Tomas Quispe|Puerto Lindo|held|") }, "\(list.visitLines())")
        let opening = facts(
            """
            In Puerto Lindo, Peru and Chile agreed on Monday to share catch data.

            Peruvian Environment Minister Tomas Quispe spoke in Puerto Lindo on Tuesday.
            """)
        XCTAssertTrue(opening.visitLines().contains { $0.hasPrefix("Tomas Quispe|Puerto Lindo|held|") }, "\(opening.visitLines())")
    }

    // MARK: - one's own talks after "before" or "ahead of"

    func testBeforeMeetingSomeoneSomewhereTheSubjectWasThere() {
        let f = facts("Before meeting German Chancellor Karl Weber in Berlin on Friday, French President Luc Moreau toured a school.",
                      date: "2026-03-14")
        XCTAssertTrue(f.visitLines().contains { $0.hasPrefix("Luc Moreau|Berlin|held|") }, "\(f.visitLines())")
    }

    func testAheadOfOwnTalksSomewhereIsAPlannedVisit() {
        let f = facts("French President Luc Moreau spoke to reporters on Tuesday ahead of talks with German Chancellor Karl Weber in Berlin.")
        XCTAssertTrue(f.visitLines().contains { $0.hasPrefix("Luc Moreau|Berlin|planned|") }, "\(f.visitLines())")
    }

    func testSpeakingBeforeASummitMakesNoOneItsParticipant() {
        let f = facts("Danish Foreign Minister Lars Holm spoke before the summit in Brussels.")
        let summits = f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "summit" }.map(\.subject)
        let participants = f.facts.filter { summits.contains($0.subject) && $0.predicate == "participant" }.map(\.object.lexical)
        XCTAssertFalse(participants.contains("Lars Holm"), "\(f.facts)")
        XCTAssertEqual(f.visitLines(), [], "\(f.facts)")
    }

    // MARK: - dates of declined visits

    func testAtHomeTheDatesOccurrenceHasThePersonNotTheLocatingCountry() {
        let f = facts("Ecuadorian Environment Minister Lucia Paredes addresses supporters at a rally in Puerto Lindo, Ecuador, on March 10, 2026.",
                      date: "2026-03-11")
        XCTAssertEqual(f.visitLines(), [], "\(f.facts)")
        let occurrences = f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "occurrence" }.map(\.subject)
        let participants = f.facts.filter { occurrences.contains($0.subject) && $0.predicate == "participant" }.map(\.object.lexical)
        XCTAssertFalse(participants.contains("Ecuador"), "\(f.facts)")
        // Being at home on that day is still a dated happening of hers.
        XCTAssertEqual(participants, ["Lucia Paredes"], "\(f.facts)")
    }

    func testAWeekdayAfterWasNotAbleToIsThePastOne() {
        let f = facts("Maria Lindqvist was not able to visit Mombasa on Monday.", date: "2026-03-11")
        XCTAssertEqual(f.visitLines(), ["Maria Lindqvist|Mombasa|denied|2026-03-09"])
    }
}
