import Foundation
import TestSupport
import XCTest

/// What a pattern reads: the facts table with each fact once (a fact is true once).
private let factsOnce =
    "(SELECT MIN(fact) AS fact, subject, predicate, object, object_kind FROM facts GROUP BY subject, predicate, object, object_kind, qualifiers)"

/// The commands for other engines, through the binary: `export --dir`, `sql`, `extract --format jsonl`.
final class EngineCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = TestPaths.temporaryDirectory("newsq-engines")
        try "Toshimitsu Motegi | type | person\nToshimitsu Motegi | title | Foreign Minister | of = Japan\n"
            .write(to: folder.appendingPathComponent("curated.facts"), atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    func testExportDirWritesTheTablesAndCountsThemOnStandardError() throws {
        let dir = folder.appendingPathComponent("tables").path
        let r = try NewsqProcess.run([
            "export", "--no-data", "--format", "csv", "--dir", dir, folder.appendingPathComponent("curated.facts").path,
        ])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "wrote 2 facts, 1 qualifiers, 2 entities, 1 articles and schema.sql to \(dir)\n")
        for name in ["facts.csv", "qualifiers.csv", "entities.csv", "articles.csv", "schema.sql"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/" + name), name)
        }
    }

    func testExportDirRefusesNQuads() throws {
        let r = try NewsqProcess.run(["export", "--no-data", "--dir", folder.appendingPathComponent("t").path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("--dir writes csv or jsonl tables, not nquads"), r.stderr)
    }

    func testSQLPrintsTheQueryAndExitsOneOnARefusal() throws {
        let facts = folder.appendingPathComponent("curated.facts").path
        let ok = try NewsqProcess.run([
            "sql", "--no-data", "--load", facts, #"find ?t where "Toshimitsu Motegi" title ?t"#,
        ])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(
            ok.stdout,
            "SELECT f1.object AS \"t\"\nFROM " + factsOnce + " AS f1\nWHERE f1.subject = 'Toshimitsu Motegi'\n"
                + "  AND f1.predicate = 'title';\n")
        let refused = try NewsqProcess.run(["sql", "--no-data", "--load", facts, "who is Motegi?"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("newsq sql: not translated: who is Motegi?\n"), refused.stderr)
    }

    func testExtractJSONLinesStreamsRowsFromStandardInput() throws {
        let r = try NewsqProcess.run(
            ["extract", "--format", "jsonl"],
            stdin: #"{"id": "w1", "text": "Japanese Foreign Minister Toshimitsu Motegi spoke on Monday."}"# + "\nnope\n"
        )
        XCTAssertEqual(r.status, 1, "a line that is not an article is a skipped input")
        XCTAssertTrue(r.stdout.hasPrefix(#"{"table":"facts","fact":"w1#0","#), r.stdout)
        XCTAssertTrue(r.stderr.hasPrefix("newsq extract: skipped stdin:2:2: error: malformed JSON: "), r.stderr)
        XCTAssertTrue(r.stderr.contains(" 2 │ nope\n   │  ^\n"), r.stderr)
    }
}
