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
        let f = facts("The rules drew notice from critics of Brazilian President Rui Costa's policies on migrants travelling to Brazil.")
        XCTAssertFalse(f.visitLines().contains { $0.hasPrefix("Rui Costa|Brazil|") }, "\(f.visitLines())")
        // Going back there is a journey home, kept.
        let g = facts("Brazilian President Rui Costa flew back to Brazil on Monday.")
        XCTAssertTrue(g.visitLines().contains { $0.hasPrefix("Rui Costa|Brazil|held|") }, "\(g.visitLines())")
    }
}
