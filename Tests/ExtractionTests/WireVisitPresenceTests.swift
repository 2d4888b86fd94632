import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Where wire copy puts a visitor without a visit's word: talks under a dateline with a guest
/// from abroad, a visit to a city that is one to its country too, and a visitor named again by a
/// people's adjective and a title ("the Brazilian foreign minister arrived …"), each on a short
/// invented article.
final class WireVisitPresenceTests: XCTestCase {
    func facts(_ text: String, date: String = "2023-03-15") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    /// Each visit as "participants|destination|status|date" (`visitLines`: the first destination).
    func visits(_ f: ArticleFacts) -> [String] { f.visitLines() }

    /// Every destination of every visit, as "participants>destination".
    func destinations(_ f: ArticleFacts) -> [String] {
        let ids = Set(f.facts.filter { $0.predicate == "kind" && ["visit", "trip"].contains($0.object.lexical) }.map(\.subject))
        return ids.flatMap { e -> [String] in
            let of = f.facts.filter { $0.subject == e }
            let people = of.filter { $0.predicate == "participant" }.map(\.object.lexical).sorted().joined(separator: "+")
            return of.filter { $0.predicate == "destination" }.map { "\(people)>\($0.object.lexical)" }
        }.sorted()
    }

    // MARK: - talks under a dateline

    func testAGuestFromAbroadInTalksUnderADatelineIsVisitingItsPlace() {
        let f = facts(
            """
            QUITO, March 15 (Andes) - Brazilian Trade Minister Lena Varga and Ecuadorian Foreign Minister Tomas Ruiz held talks on Wednesday on a fishing accord.
            """)
        XCTAssertTrue(visits(f).contains("Lena Varga|Quito|held|2023-03-15"), "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Tomas Ruiz|") }, "the host is at home: \(visits(f))")
    }

    func testADatelineWithACountryInBracketsOrAColonAlsoPlacesTheTalks() {
        let bracketed = facts(
            "Quito [Ecuador], March 15 (Andes): Brazilian Trade Minister Lena Varga met Ecuadorian Foreign Minister Tomas Ruiz on Wednesday to sign a fishing accord.")
        XCTAssertTrue(visits(bracketed).contains("Lena Varga|Quito|held|2023-03-15"), "\(visits(bracketed))")
        let colon = facts("Quito: Brazilian Trade Minister Lena Varga met Ecuadorian Foreign Minister Tomas Ruiz on Wednesday to sign a fishing accord.")
        XCTAssertTrue(visits(colon).contains("Lena Varga|Quito|held|2023-03-15"), "\(visits(colon))")
    }

    func testTalksBetweenTwoForeignersUnderADatelineAreHeldElsewhere() {
        let f = facts(
            """
            WASHINGTON, March 15 (Reuters) - Chinese President Li Wen will hold talks with Brazilian President Ana Costa next week, officials said on Wednesday.
            """)
        XCTAssertFalse(destinations(f).contains { $0.hasSuffix(">Washington") || $0.hasSuffix(">United States") }, "\(destinations(f))")
    }

    func testTalksByPhoneUnderADatelinePutNobodyThere() {
        let f = facts(
            """
            QUITO, March 15 (Andes) - Brazilian Trade Minister Lena Varga held phone talks with Ecuadorian Foreign Minister Tomas Ruiz on Wednesday.
            """)
        XCTAssertFalse(destinations(f).contains { $0.hasSuffix(">Quito") }, "\(destinations(f))")
    }

    func testAPlaceAndADashBeforeOrdinaryWordsIsNoDateline() {
        let f = facts(
            """
            Quito - Lima links grow as Brazilian Trade Minister Lena Varga and Ecuadorian Foreign Minister Tomas Ruiz held talks on Wednesday.
            """)
        XCTAssertFalse(destinations(f).contains { $0.hasSuffix(">Quito") }, "\(destinations(f))")
    }

    // MARK: - a city's country

    func testAVisitToACityIsAVisitToTheCountryTheArticleNames() {
        let f = facts("Brazilian Foreign Minister Ana Costa arrived in Lima on Tuesday, hoping to widen trade with Peru.")
        XCTAssertTrue(destinations(f).contains("Ana Costa>Lima"), "\(destinations(f))")
        XCTAssertTrue(destinations(f).contains("Ana Costa>Peru"), "\(destinations(f))")
    }

    func testACountryTheArticleNeverNamesIsNotAdded() {
        let f = facts("Brazilian Foreign Minister Ana Costa arrived in Lima on Tuesday for two days of talks.")
        XCTAssertEqual(destinations(f), ["Ana Costa>Lima"], "\(destinations(f))")
        XCTAssertFalse(f.entities.contains { $0.name == "Peru" }, "\(f.entities.map(\.name))")
    }

    func testATripAtHomeIsNoVisitToOnesOwnCountry() {
        let f = facts("Peruvian President Dina Castro arrived in Lima on Tuesday after a tour of the south of Peru.")
        XCTAssertFalse(destinations(f).contains("Dina Castro>Peru"), "\(destinations(f))")
    }

    // MARK: - "the Brazilian foreign minister arrived …"

    func testAVisitorDescribedByAdjectiveAndTitleIsThePersonNamedSoBefore() {
        let f = facts(
            """
            Brazilian Foreign Minister Lena Varga signed a grain accord with Peruvian President Dina Castro in Cusco on Monday.

            Two days later the Brazilian foreign minister flew on to Quito for the fisheries round.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Lena Varga|Quito|") }, "\(visits(f))")
    }

    func testADescriptionTwoPeopleFitNamesNoVisitor() {
        let f = facts(
            """
            Brazilian Foreign Minister Lena Varga and Brazilian Trade Minister Ana Costa signed a grain accord with Peruvian President Dina Castro in Cusco on Monday.

            Two days later the Brazilian minister flew on to Quito for the fisheries round.
            """)
        XCTAssertFalse(visits(f).contains { $0.contains("|Quito|") }, "\(visits(f))")
    }

    // MARK: - review findings: a dateline's talks that are elsewhere

    func testAPlannedMeetingUnderAHomeDatelineSendsNoGuestThere() {
        let f = facts(
            """
            QUITO, March 15 (Andes) - Ecuadorian President Tomas Ruiz will meet Brazilian President Ana Costa next week, when he travels to Brazil for a state visit, his office said on Wednesday.
            """)
        XCTAssertFalse(destinations(f).contains { $0.hasPrefix("Ana Costa>") }, "\(destinations(f))")
    }

    func testTalksOnTheSidelinesOfAGatheringUnderADatelinePutNobodyAtTheDateline() {
        let f = facts(
            """
            QUITO, March 15 (Andes) - Ecuadorian Foreign Minister Tomas Ruiz held talks with Brazilian Foreign Minister Ana Costa on Wednesday on the sidelines of a regional forum.
            """)
        XCTAssertFalse(destinations(f).contains { $0.hasSuffix(">Quito") || $0.hasSuffix(">Ecuador") }, "\(destinations(f))")
    }
}
