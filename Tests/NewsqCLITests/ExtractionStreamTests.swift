import Foundation
import NewsFacts
import XCTest

@testable import NewsqCLI

/// `newsq extract --format jsonl`: JSON-lines articles in, table rows out, an article at a time.
final class ExtractionStreamTests: XCTestCase {
    private let kishi =
        #"{"id": "a1", "title": "Kishi visits", "date": "2026-01-05", "#
        + #""text": "Japanese Defense Minister Nobuo Kishi met Antony Blinken in Tokyo on Monday."}"#

    private func stream(_ lines: [String]) -> (rows: [[String: Any]], problems: [String], count: Int) {
        var input = lines[...]
        var out = ""
        var problems: [String] = []
        let n = ExtractionStream().run(
            nextLine: { input.popFirst() },
            write: {
                out += $0
                return true
            }, problem: { problems.append($0) })
        let rows = out.split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        return (rows, problems, n)
    }

    func testEachRowNamesItsTableAndFactsComeWithTheArticlesIDs() {
        let (rows, problems, _) = stream([kishi])
        XCTAssertEqual(problems, [])
        let tables = Set(rows.compactMap { $0["table"] as? String })
        XCTAssertEqual(tables, ["facts", "qualifiers", "entities", "articles"])
        let facts = rows.filter { $0["table"] as? String == "facts" }
        XCTAssertEqual(facts.first?["fact"] as? String, "a1#0")
        XCTAssertTrue(
            facts.contains { $0["subject"] as? String == "Nobuo Kishi" && $0["predicate"] as? String == "title" })
        let article = rows.first { $0["table"] as? String == "articles" }
        XCTAssertEqual(article?["date"] as? String, "2026-01-05")
        XCTAssertTrue(article?["path"] is NSNull)
    }

    func testStreamedFactsAreTheFactsExportWrites() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("wire.jsonl")
        try (kishi + "\n").write(to: file, atomically: true, encoding: .utf8)
        let store = FactStore()
        _ = CorpusLoader.load(paths: [file.path], into: store)
        try TableExporter(store: store, format: .jsonl).write(to: dir.appendingPathComponent("tables").path)
        let exported = try String(contentsOf: dir.appendingPathComponent("tables/facts.jsonl"), encoding: .utf8)
        var input = [kishi][...]
        var out = ""
        ExtractionStream().run(
            nextLine: { input.popFirst() },
            write: {
                out += $0
                return true
            }, problem: { _ in })
        let streamed = out.split(separator: "\n").filter { $0.hasPrefix(#"{"table":"facts","#) }
            .map { "{" + $0.dropFirst(#"{"table":"facts","#.count) }
        XCTAssertFalse(streamed.isEmpty)
        XCTAssertEqual(streamed.joined(separator: "\n") + "\n", exported)
    }

    func testABadLineIsNamedAndTheNextArticleStillComes() {
        let (rows, problems, count) = stream(["not json", "", kishi])
        XCTAssertEqual(count, 1)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(
            problems[0],
            "stdin:1:2: error: malformed JSON: invalid literal (expected 'null')\n"
                + " 1 │ not json\n"
                + "   │  ^")
        XCTAssertFalse(rows.isEmpty)
    }

    func testAnArticleWithoutAnIDIsNamedAfterItsLine() {
        let (rows, _, _) = stream([kishi, #"{"text": "Antony Blinken spoke on Monday."}"#])
        let ids = Set(rows.filter { $0["table"] as? String == "articles" }.compactMap { $0["id"] as? String })
        XCTAssertEqual(ids, ["a1", "stdin-2"])
    }

    func testWritingStopsWhenTheReaderGoesAway() {
        var input = [kishi, kishi.replacingOccurrences(of: "a1", with: "a2")][...]
        var writes = 0
        ExtractionStream().run(
            nextLine: { input.popFirst() },
            write: { _ in
                writes += 1
                return false
            }, problem: { _ in })
        XCTAssertEqual(writes, 1)
        XCTAssertEqual(input.count, 1, "the second article is not read")
    }
}
