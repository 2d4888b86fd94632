import XCTest
import NewsFacts
@testable import Extraction

/// Scores the extractor against gold facts: every `Data/` article against
/// `Tests/Gold/<article-id>.gold`, and this target's own fixture articles.
final class GoldCorpusTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Row { var id: String; var result: GoldScorer.Result }

    func score(paths: [String], goldFolder: URL) -> [Row] {
        let read = ArticleReader.read(paths: paths)
        XCTAssertEqual(read.problems, [], "the corpus reads without problems")
        var rows: [Row] = []
        for extracted in Extractor.extract(read.articles) {
            let gold = goldFolder.appendingPathComponent("\(extracted.article.id).gold")
            guard let text = try? String(contentsOf: gold, encoding: .utf8) else { continue }
            rows.append(Row(id: extracted.article.id, result: GoldScorer([extracted]).score(gold: text)))
        }
        let hits = rows.map(\.result.hits).reduce(0, +), total = rows.map(\.result.total).reduce(0, +)
        for row in rows {
            let r = row.result
            print(String(format: "%-55@ recall %3.0f%% (%d/%d) entity-precision %3.0f%%", row.id as NSString, r.recall * 100, r.hits, r.total, r.entityPrecision * 100))
        }
        if total > 0 { print(String(format: "overall recall %.1f%% (%d/%d)", Double(hits) * 100 / Double(total), hits, total)) }
        return rows
    }

    func overall(_ rows: [Row]) -> Double {
        let hits = rows.map(\.result.hits).reduce(0, +), total = rows.map(\.result.total).reduce(0, +)
        return total == 0 ? 0 : Double(hits) / Double(total)
    }

    func testDataCorpusScoresAtLeast88PercentRecall() throws {
        let data = GoldCorpusTests.root.appendingPathComponent("Data")
        let gold = GoldCorpusTests.root.appendingPathComponent("Tests/Gold")
        guard FileManager.default.fileExists(atPath: gold.path) else { throw XCTSkip("no Tests/Gold folder") }
        let rows = score(paths: [data.path], goldFolder: gold)
        XCTAssertGreaterThanOrEqual(rows.count, 20, "every Data article has a gold file")
        XCTAssertGreaterThanOrEqual(overall(rows), 0.95)
        for row in rows {
            XCTAssertGreaterThanOrEqual(row.result.entityPrecision, 0.75, "\(row.id): extra \(row.result.extraEntities)")
        }
    }

    /// Real Wikinews articles with gold written by reading them: the yardstick, held as a floor
    /// just under today's figures (pooled recall 91.3%, 1,408 of 1,543; mean entity precision 94.2% by
    /// shared/eval/score) so a change that loses ground on real text fails. Issue 11's targets are 85%
    /// pooled recall (met) and 90% entity precision on every article (below).
    /// Issue 11 asks for 90% entity precision on every article: 8 of the 43 are still under it
    /// (the lowest, news_expo, at 24 of 33), held so that no more fall under it and none falls
    /// further than the lowest.
    func testRealNewsDevelopmentSetHoldsItsFloor() throws {
        let folder = GoldCorpusTests.root.appendingPathComponent("Tests/RealNews")
        guard FileManager.default.fileExists(atPath: folder.path) else { throw XCTSkip("no Tests/RealNews folder") }
        let rows = score(paths: [folder.path], goldFolder: folder)
        XCTAssertEqual(rows.count, 43, "every real article has its gold file")
        XCTAssertGreaterThanOrEqual(overall(rows), 0.911)
        let precision = rows.map(\.result.entityPrecision).reduce(0, +) / Double(max(rows.count, 1))
        XCTAssertGreaterThanOrEqual(precision, 0.941)
        let under = rows.filter { $0.result.entityPrecision < 0.9 }
        XCTAssertLessThanOrEqual(under.count, 8, "under 90% entity precision: \(under.map(\.id))")
        for row in rows {
            XCTAssertGreaterThanOrEqual(row.result.entityPrecision, 0.72, "\(row.id): extra \(row.result.extraEntities)")
        }
    }

    func testSeedArticleScoresFullMarks() throws {
        let data = GoldCorpusTests.root.appendingPathComponent("Data/kyodo-2021-01-27-motegi-blinken.txt")
        let gold = GoldCorpusTests.root.appendingPathComponent("Tests/Gold")
        guard FileManager.default.fileExists(atPath: data.path) else { throw XCTSkip("no seed in Data/") }
        let row = try XCTUnwrap(score(paths: [data.path], goldFolder: gold).first)
        XCTAssertGreaterThanOrEqual(row.result.recall, 0.95, "\(row.result.misses)")
        XCTAssertGreaterThanOrEqual(row.result.entityPrecision, 0.95, "\(row.result.extraEntities)")
    }

    func testOwnFixtureArticlesInOtherOutletsStyles() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("articles")
        let rows = score(paths: [folder.path], goldFolder: folder)
        XCTAssertEqual(rows.count, 6)
        XCTAssertGreaterThanOrEqual(overall(rows), 0.9)
        for row in rows { XCTAssertGreaterThanOrEqual(row.result.entityPrecision, 0.9, "\(row.id): extra \(row.result.extraEntities)") }
    }

    func testGoldScorerMatchesThePythonScorerRules() {
        XCTAssertEqual(GoldScorer.norm("The “U.S.”  Senate"), "'us' senate")
        XCTAssertEqual(GoldScorer.words("U.S.-Japan alliance isn't"), ["us", "japan", "alliance", "isn't"])
        XCTAssertTrue(GoldScorer.same("Outgoing Prime Minister", "prime minister"))
        XCTAssertFalse(GoldScorer.same("PM", "Prime Minister"))
        XCTAssertTrue(GoldScorer.dateOK("2021-02-15", "2021-02"))
    }
}
