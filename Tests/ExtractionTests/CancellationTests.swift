import Foundation
import XCTest
import NewsFacts
@testable import Extraction

/// Extraction asks its caller whether to stop between stages and within long ones, so Ctrl-C
/// stops even one huge article soon; a cancelled article is never half kept.
final class CancellationTests: XCTestCase {
    /// A check that counts how often it is asked and says stop from its `stopAt`-th question on.
    final class CountingCheck: @unchecked Sendable {
        private let lock = NSLock()
        private var asked = 0
        let stopAt: Int

        init(stopAt: Int = .max) { self.stopAt = stopAt }

        var calls: Int { lock.lock(); defer { lock.unlock() }; return asked }

        var check: CancellationCheck {
            { [self] in
                lock.lock(); defer { lock.unlock() }
                asked += 1
                return asked >= stopAt
            }
        }
    }

    static let sentence = "Foreign Minister Toshimitsu Motegi met Antony Blinken in Tokyo on Monday, and the ministry said "
        + "the talks went well. "

    func article(sentences: Int, id: String = "big") -> Article {
        Article(id: id, date: DateValue(iso: "2021-01-27"), text: String(repeating: CancellationTests.sentence, count: sentences))
    }

    func testALongArticleAsksToStopEveryFewHundredSentencesInEveryStage() throws {
        let counter = CountingCheck()
        let facts = try Extractor.extract(article(sentences: 1_500), isCancelled: counter.check)
        XCTAssertEqual(facts.sentences.count, 1_500)
        // Every 256 polls in each long loop (over sentences or mentions), and between the stages.
        XCTAssertGreaterThanOrEqual(counter.calls, 1_500 / ExtractionLimits.pollsBetweenCancelChecks * 4, "asked \(counter.calls) times")
    }

    func testACancelledArticleThrowsAndStopsAskingAndWorking() {
        let unstopped = CountingCheck()
        _ = try? Extractor.extract(article(sentences: 1_500), isCancelled: unstopped.check)
        let counter = CountingCheck(stopAt: 3)
        XCTAssertThrowsError(try Extractor.extract(article(sentences: 1_500), isCancelled: counter.check)) { error in
            XCTAssertEqual(error as? ExtractionCancelled, ExtractionCancelled())
        }
        XCTAssertEqual(counter.calls, 3, "once told to stop, it asks no more (it returned instead of working on)")
        XCTAssertGreaterThan(unstopped.calls, 10 * counter.calls)
    }

    func testABatchKeepsTheArticlesFinishedBeforeItWasCancelled() {
        let articles = (0..<6).map { article(sentences: 100, id: "a\($0)") }
        let whole = Extractor.extract(articles, parallel: false)
        // Asked once before each article and a few times within each: stop during the fourth.
        let perArticle = CountingCheck()
        _ = Extractor.extract([articles[0]], parallel: false, isCancelled: perArticle.check)
        let counter = CountingCheck(stopAt: perArticle.calls * 3 + 2)
        let batch = Extractor.extract(articles, parallel: false, isCancelled: counter.check)
        XCTAssertEqual(batch.facts.map(\.article.id), ["a0", "a1", "a2"])
        XCTAssertEqual(batch.cancelled, 3)
        XCTAssertEqual(batch.facts.map(\.facts.count), whole.prefix(3).map(\.facts.count), "finished articles are whole")
    }

    func testAnUncancelledBatchIsTheSameAsWithoutACheck() {
        let articles = (0..<5).map { article(sentences: 40, id: "b\($0)") }
        let batch = Extractor.extract(articles, parallel: true, isCancelled: { false })
        XCTAssertEqual(batch.cancelled, 0)
        XCTAssertEqual(batch.facts.map(\.facts.count), Extractor.extract(articles, parallel: true).map(\.facts.count))
    }
}
