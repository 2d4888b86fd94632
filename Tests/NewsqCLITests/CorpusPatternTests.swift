import Foundation
import NewsFacts
import TestSupport
import XCTest

@testable import NewsqCLI

/// A glob pattern among the paths a command loads (`newsq 'desk/*'`, quoted so that newsq
/// expands it): the facts files it matches load as the articles do.
final class CorpusPatternTests: XCTestCase {
    func testAPatternLoadsTheFactsFilesItMatchesBesideItsArticles() throws {
        let folder = temporaryFolder("newsq-pattern")
        try "Lloyd Austin | title | Secretary of Defense\n".write(
            to: folder.appendingPathComponent("more.facts"), atomically: true, encoding: .utf8)
        try "Title: Port strike\n\nTransport Minister Erik Lindqvist said the strike would end.\n".write(
            to: folder.appendingPathComponent("strike.txt"), atomically: true, encoding: .utf8)
        try "| File | Date |\n".write(
            to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let store = FactStore()
        let report = CorpusLoader.load(paths: [folder.path + "/*"], into: store)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(Set(store.articles.map(\.article.id)), ["more.facts", "strike"])
        XCTAssertEqual(report.files, 2)
    }

    func testAPatternThatMatchesNothingIsNamed() {
        let folder = temporaryFolder("newsq-pattern-none")
        let report = CorpusLoader.load(paths: [folder.path + "/*.facts"], into: FactStore())
        XCTAssertEqual(report.problems.count, 1)
        XCTAssertTrue(report.problems[0].contains("*.facts: error: no file matches this pattern"), "\(report.problems)")
    }
}
