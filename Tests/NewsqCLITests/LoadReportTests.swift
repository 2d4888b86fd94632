import NewsFacts
import XCTest

@testable import NewsqCLI

final class LoadReportTests: XCTestCase {
    func testGroupedPutsACommaEveryThreeDigits() {
        XCTAssertEqual(LoadReport.grouped(0), "0")
        XCTAssertEqual(LoadReport.grouped(999), "999")
        XCTAssertEqual(LoadReport.grouped(1000), "1,000")
        XCTAssertEqual(LoadReport.grouped(1_234_567), "1,234,567")
    }

    func testTheBannerCountsAFactStatedInTwoArticlesOnce() {
        let store = FactStore()
        for a in ["a1", "a2"] {
            store.assert(subject: .entity("Ana Reyes"), predicate: "type", object: .text("person"), articleID: a)
        }
        store.assert(subject: .entity("Bo Lind"), predicate: "type", object: .text("person"), articleID: "a2")
        let banner = Repl.banner(store: store, report: LoadReport())
        XCTAssertTrue(banner.contains(", 2 facts ("), banner)
    }

    func testSizeChoosesAUnit() {
        XCTAssertEqual(LoadReport.size(812), "812 B")
        XCTAssertEqual(LoadReport.size(4_200), "4.2 kB")
        XCTAssertEqual(LoadReport.size(1_100_000), "1.1 MB")
    }

    func testSummaryNamesWhatWasSkipped() {
        var report = LoadReport()
        report.files = 2
        report.bytes = 1500
        report.factsAdded = 1234
        report.problems = ["a.txt: not UTF-8"]
        XCTAssertEqual(report.summary, "2 files (1.5 kB) in 0.00 s: +0 entities, +1,234 facts; 1 skipped")
    }

    func testOneOfAnythingIsSingular() {
        var report = LoadReport()
        report.files = 1
        report.articlesAdded = 1
        report.entitiesAdded = 1
        report.factsAdded = 1
        XCTAssertEqual(report.summary, "1 file (0 B) in 0.00 s: +1 entity, +1 fact")
        XCTAssertEqual(Shell.describe(report), "1 file (0 B) in 0.00 s: +1 article, +1 entity, +1 fact")
        let store = FactStore()
        store.assert(subject: .entity("Ana Reyes"), predicate: "type", object: .text("person"), articleID: "a1")
        let banner = Repl.banner(store: store, report: LoadReport())
        XCTAssertTrue(banner.hasPrefix("newsq — 1 article, 1 entity, 1 fact ("), banner)
    }

    func testALoadThatSkippedEveryFileSaysNothingWasLoaded() {
        var report = LoadReport()
        report.problems = ["big/x.txt: file too large (17000000 bytes; the limit is 16777216)"]
        XCTAssertEqual(Shell.describe(report), "nothing loaded: 1 file skipped (named above)")
        XCTAssertEqual(Shell.describe(LoadReport(), skippedMissing: 2), "nothing loaded: 2 files skipped (named above)")
    }
}
