import XCTest
import NewsFacts
@testable import Extraction

/// The speech stage's rule registries, and statements on small invented texts: one behaviour a test.
final class SpeechRuleTests: XCTestCase {
    func facts(_ text: String, date: String = "2021-01-27") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    func said(_ f: ArticleFacts, _ speaker: String) -> [String] {
        f.facts.filter { $0.predicate == "said" && $0.subject == .entity(speaker) }.map(\.object.lexical)
    }

    // MARK: - Registries

    func testEveryQuoteRuleIsNamedAfterADeclaredRuleOfSaid() throws {
        let declared = Set(try XCTUnwrap(FactVocabulary.predicate("said")).rules)
        for rule in SpeechExtractor.quoteRules {
            XCTAssertTrue(declared.contains(rule.name), "\(rule.name) is not a rule of `said` in FactVocabulary")
            XCTAssertFalse(rule.pattern.isEmpty, "\(rule.name) states its pattern")
        }
        XCTAssertTrue(declared.contains(AccordingTo.rule) && declared.contains(AccordingTo.relayedRule))
    }

    func testReportedSpeakerRulesHaveDistinctNamesAndPatterns() {
        let names = SpeechExtractor.reportedSpeakerRules.map(\.name)
        XCTAssertEqual(Set(names).count, names.count, "\(names)")
        XCTAssertFalse(SpeechExtractor.reportedSpeakerRules.contains { $0.pattern.isEmpty })
    }

    func testTheQuoteRulesAreTriedInTheRegistrysOrder() {
        // Both an attribution after the quote and one before it: the first rule listed wins.
        let f = facts("Ana Ortiz said: \"We will build the port,\" Luis Brenner said.")
        XCTAssertEqual(SpeechExtractor.quoteRules.first?.name, "quote-after")
        XCTAssertEqual(f.facts.first { $0.predicate == "said" && $0.rule.hasPrefix("quote") }?.subject,
                       .entity("Luis Brenner"))
    }
}
