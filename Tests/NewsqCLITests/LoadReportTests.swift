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
}
