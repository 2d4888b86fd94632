import Foundation
import TestSupport
import XCTest

/// Scripts/readme_performance.py, run on result files of sizes other than the committed ones:
/// the README block it writes names each size as the bench ran it.
final class ReadmePerformanceScriptTests: XCTestCase {
    func testShapeSizesUnderAMillionFactsKeepLabelsOfTheirOwn() throws {
        // The committed shapes run, its two sizes renamed as `--scales 0.1,0.5` would name them.
        let shapes = try String(
            contentsOf: TestPaths.repositoryRoot.appendingPathComponent("bench-shapes.md"), encoding: .utf8
        )
        .replacingOccurrences(of: "## 1,000,000 facts", with: "## 100,000 facts")
        .replacingOccurrences(of: "## 10,000,000 facts", with: "## 500,000 facts")
        XCTAssertTrue(shapes.contains("## 100,000 facts") && shapes.contains("## 500,000 facts"))
        let written = try readmeWritten(fromShapes: shapes)
        XCTAssertTrue(written.contains("| newsq 0.1M |"), "the 100,000-fact size has no column of its own")
        XCTAssertTrue(written.contains("| newsq 0.5M |"), "the 500,000-fact size has no column of its own")
        XCTAssertTrue(written.contains("- Under 5× the best peer at 0.1M:"))
        XCTAssertTrue(written.contains("- Under 5× the best peer at 0.5M:"))
        XCTAssertFalse(written.contains("0M:"), "a size under a million named 0M")
    }

    /// A run that times SQLite both ways sets newsq typed against SQLite prepared each call
    /// ("SQLite typed"), not against SQLite's statement cache, which never parses the statement.
    func testTypedStatementsAreSetAgainstSQLitePreparedEachCall() throws {
        let shapes = """
            # newsq query shapes and growth

            Machine: a test machine.

            ## 1,000,000 facts (`peer_bench.py --dump --scale 1`)

            Load average at the start: 0.10 0.20 0.30. newsq imported the TSV in 1.00 s; 52 bytes a fact.

            | query | newsq statement | newsq typed | newsq reused | SQLite typed | SQLite cached | DuckDB | \
            SQLite typed/newsq typed | SQLite cached/newsq reused | DuckDB/newsq typed | rows | SQLite rows agree | \
            DuckDB rows agree |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
            | Q1 point lookup | `find ?p, ?o where person/1234 ?p ?o` | 0.0050 (0.0050) | 0.0011 (0.0011) | \
            0.0060 (0.0060) | 0.0030 (0.0030) | 0.957 (1.05) | 1.2× (1.2×) | 2.7× (2.7×) | 191.4× (210.0×) | 4 | \
            yes | yes |

            """
        let written = try readmeWritten(fromShapes: shapes)
        XCTAssertTrue(
            written.contains("| Q1 point lookup | 0.005 | 0.006 (SQLite typed) | 1.2× |"),
            "newsq typed is not set against SQLite prepared each call")
        XCTAssertTrue(written.contains("- Under 5× the best peer at 1M: Q1 1.2×."))
    }

    /// A `newsq-bench run` that times Q1–Q5 both ways on both sides: the README gives newsq typed
    /// and reused beside SQLite prepared each call and cached, with both ratios.
    func testPeerQueriesTimedBothWaysKeepBothRatios() throws {
        let root = TestPaths.repositoryRoot
        let committed = try String(contentsOf: root.appendingPathComponent("bench-results.md"), encoding: .utf8)
        // The committed Q1–Q5 table (its header line to the blank line after it) in the new form.
        var lines = committed.components(separatedBy: "\n")
        let header = try XCTUnwrap(
            lines.firstIndex { $0.hasPrefix("| query | newsq statement |") }, "bench-results.md has no Q1-Q5 table")
        let end = lines[header...].firstIndex { $0.isEmpty } ?? lines.count
        let both = ["newsq typed (ms)", "newsq reused (ms)", "SQLite typed (ms)", "SQLite cached (ms)"]
        let ratios = ["SQLite typed/newsq typed", "SQLite cached/newsq reused"]
        let columns = ["query", "newsq statement"] + both + ratios + ["newsq rows", "SQLite rows", "rows agree"]
        lines.replaceSubrange(
            header..<end,
            with: [
                "| " + columns.joined(separator: " | ") + " |",
                "|---|" + String(repeating: "---:|", count: columns.count - 1),
            ]
                + (1...5).map { n in
                    "| Q\(n) query | `find ?x where ?x p o` | 0.0045 | 0.0011 | 0.0090 | 0.0040 | 2.0× | 3.6× | 4 | 4 | yes |"
                })
        let shapes = try String(contentsOf: root.appendingPathComponent("bench-shapes.md"), encoding: .utf8)
        let written = try readmeWritten(fromShapes: shapes, results: lines.joined(separator: "\n"))
        XCTAssertTrue(
            written.contains("| query | " + (both + ratios + ["rows agree"]).joined(separator: " | ") + " |"),
            "the README's Q1-Q5 table does not give both ways")
        XCTAssertTrue(written.contains("| Q3 query | 0.0045 | 0.0011 | 0.0090 | 0.0040 | 2.0× | 3.6× | yes |"))
    }

    /// The README block `Scripts/readme_performance.py` writes from `shapes` (as bench-shapes.md)
    /// and `results` (as bench-results.md; the committed one when nil), in a folder of its own;
    /// the script must succeed.
    private func readmeWritten(fromShapes shapes: String, results: String? = nil) throws -> String {
        let root = TestPaths.repositoryRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-performance-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let resultsFile = folder.appendingPathComponent("bench-results.md")
        if let results {
            try results.write(to: resultsFile, atomically: true, encoding: .utf8)
        } else {
            try FileManager.default.copyItem(at: root.appendingPathComponent("bench-results.md"), to: resultsFile)
        }
        try shapes.write(to: folder.appendingPathComponent("bench-shapes.md"), atomically: true, encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        try readme.write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("Scripts/readme_performance.py").path, "--root", folder.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
    }
}
