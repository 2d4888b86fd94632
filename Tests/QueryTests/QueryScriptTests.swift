import Extraction
import NewsFacts
import TestSupport
import XCTest

@testable import Query

/// Runs each `Queries/NAME.nq` that has a `Queries/NAME.out` beside it, one test a script, and
/// compares what `QuerySession.run` writes (output and errors, interleaved) with the `.out`
/// file. Set `NEWSQ_RECORD=1` to write the `.out` files from the current output instead.
///
/// A script says what it loads in its first line: `-- load: sample.facts` or
/// `-- load: a.facts, b.tsv` (paths relative to Queries/). `.facts` and `.tsv` files load with
/// `FactsFile.load`; articles and folders of them (`-- load: ../Data`) go through the
/// extraction pipeline, as `newsq` loads them.
final class QueryScriptTests: XCTestCase {
    /// The scripts with expected output, one test each (below): a script whose load is missing
    /// fails alone, and a failure names its script in the test's name.
    static let scripts = [
        "errors.nq", "language.nq", "meetings.nq", "people-and-titles.nq", "quotes-about.nq", "sources.nq",
        "timeline.nq", "tour.nq", "who-changed-jobs.nq",
    ]

    func testErrors() throws { try check("errors.nq") }
    func testLanguage() throws { try check("language.nq") }
    func testMeetings() throws { try check("meetings.nq") }
    func testPeopleAndTitles() throws { try check("people-and-titles.nq") }
    func testQuotesAbout() throws { try check("quotes-about.nq") }
    func testSources() throws { try check("sources.nq") }
    func testTimeline() throws { try check("timeline.nq") }
    func testTour() throws { try check("tour.nq") }
    func testWhoChangedJobs() throws { try check("who-changed-jobs.nq") }

    /// A script added to Queries/ with a `.out` beside it needs its own test above.
    func testEveryScriptWithExpectedOutputHasATest() throws {
        let folder = QueryFixture.queriesFolder
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".nq")
                && FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent($0).deletingPathExtension().appendingPathExtension("out").path
                )
        }
        XCTAssertEqual(scripts.sorted(), Self.scripts)
    }

    /// Runs `Queries/NAME` and compares what it writes with `Queries/NAME.out` (or, with
    /// `NEWSQ_RECORD=1`, writes that file).
    private func check(_ name: String) throws {
        let folder = QueryFixture.queriesFolder
        let record = ProcessInfo.processInfo.environment["NEWSQ_RECORD"] == "1"
        let script = folder.appendingPathComponent(name)
        let expectedURL = script.deletingPathExtension().appendingPathExtension("out")
        let source = try String(contentsOf: script, encoding: .utf8)
        let store = FactStore()
        try load(loadLine(source), relativeTo: folder, into: store)
        let session = QuerySession(store: store)
        var actual = ""
        session.run(
            source, sourceName: name, stopAtFirstError: false, output: { actual += $0 }, errors: { actual += $0 })
        if record {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if actual != expected {
            XCTFail(
                "\(name) differs from \(expectedURL.lastPathComponent) (NEWSQ_RECORD=1 re-records):\n"
                    + Self.lineDiff(expected, actual))
        }
    }

    /// A path a script's `-- load:` line names that is not in the repository.
    struct MissingLoad: Error, CustomStringConvertible {
        var path: String
        var description: String { "Queries/\(path), which the script loads, does not exist" }
    }

    /// The paths after `-- load:` in the first line.
    func loadLine(_ source: String) -> [String] {
        guard let first = source.split(separator: "\n", maxSplits: 1).first,
            let r = first.range(of: "-- load:")
        else { return [] }
        return first[r.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    func load(_ paths: [String], relativeTo folder: URL, into store: FactStore) throws {
        for p in paths {
            let url = folder.appendingPathComponent(p).standardizedFileURL
            var isDir: ObjCBool = false
            // What a script loads is part of the repository: missing, it is a failure, not a skip.
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                throw MissingLoad(path: p)
            }
            if url.pathExtension == "facts" || url.pathExtension == "tsv" {
                try FactsFile.load(path: url.path, into: store)
            } else {
                let read = ArticleReader.read(paths: [url.path])
                XCTAssertEqual(read.problems.map { "\($0)" }, [], "every article under \(p) reads")
                for facts in Extractor.extract(read.articles, parallel: true) { store.load(facts) }
            }
        }
    }

    /// A line diff: `-` expected lines missing, `+` actual lines added, two lines of context.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        let n = a.count, m = b.count
        guard n * m <= 4_000_000 else { return "(too long to diff)\n--- expected\n\(expected)\n+++ actual\n\(actual)" }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [(Character, String)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                lines.append((" ", a[i]))
                i += 1
                j += 1
            } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
                lines.append(("+", b[j]))
                j += 1
            } else {
                lines.append(("-", a[i]))
                i += 1
            }
        }
        var out = ""
        for (k, l) in lines.enumerated() {
            let near = lines[max(0, k - 2)...min(lines.count - 1, k + 2)].contains { $0.0 != " " }
            if near { out += "\(l.0) \(l.1)\n" }
        }
        return out
    }
}
