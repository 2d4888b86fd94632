import Foundation
import NewsFacts
import XCTest

@testable import NewsqCLI

/// The relational tables of `newsq export --dir` and their schema file.
final class TableExporterTests: XCTestCase {
    private func store(_ facts: String) throws -> FactStore {
        let store = FactStore()
        store.load(try FactsFile.parse(facts, articleID: "a1", file: "t.facts"))
        return store
    }

    private func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-tables-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir.path
    }

    private func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func testExportWritesOneFilePerTableAndTheSchema() throws {
        let dir = try folder()
        let s = try store("Nobuo Kishi | title | Defense Minister | of = Japan\nJapan | type | country\n")
        let counts = try TableExporter(store: s, format: .csv).write(to: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        XCTAssertEqual(names, ["articles.csv", "entities.csv", "facts.csv", "qualifiers.csv", "schema.sql"])
        XCTAssertEqual(counts["facts"], 2)
        XCTAssertEqual(counts["qualifiers"], 1)
        let facts = try read(dir + "/facts.csv").split(separator: "\n")
        XCTAssertEqual(facts[0], Substring(TableSchema.facts.columns.map(\.name).joined(separator: ",")))
        XCTAssertTrue(
            facts[1].hasPrefix("a1#0,Nobuo Kishi,title,Defense Minister,text,\"{\"\"of\"\":\"\"Japan\"\"}\",a1,0,"))
        XCTAssertEqual(try read(dir + "/qualifiers.csv"), "fact,key,value,value_kind\na1#0,of,Japan,entity\n")
    }

    func testSchemaFileHasOneCreateTableLinePerTable() {
        let creates = TableSchema.sql.split(separator: "\n").filter { $0.hasPrefix("CREATE TABLE") }
        XCTAssertEqual(
            creates.map { String($0.split(separator: " ")[2]) }, ["facts", "qualifiers", "entities", "articles"])
        XCTAssertTrue(TableSchema.sql.contains("CREATE TABLE facts (fact STRING, subject STRING, predicate STRING,"))
    }

    func testEntitiesCarryTypeAndAliasesAsJSON() throws {
        let dir = try folder()
        let s = try store("Toshimitsu Motegi | type | person\nToshimitsu Motegi | alias | Motegi\n")
        try TableExporter(store: s, format: .jsonl).write(to: dir)
        XCTAssertEqual(
            try read(dir + "/entities.jsonl"),
            "{\"id\":\"Toshimitsu Motegi\",\"name\":\"Toshimitsu Motegi\",\"type\":\"person\",\"aliases\":\"[\\\"Motegi\\\"]\"}\n"
        )
    }

    /// The quick look at a field's bytes quotes exactly what RFC 4180 quoting does.
    func testCSVFieldsAreQuotedAsTheFullCheckQuotesThem() {
        let fields = [
            "plain", "Defense Minister", " lead", "trail ", "a,b", "say \"hi\"", "two\nlines", "cr\r", "tab\tin",
            "v\u{0B}t", "f\u{0C}f", "sep\u{2028}x", "nel\u{85}x", "Kishi Nobuo 岸信夫", "café", " ", "x",
        ]
        for field in fields {
            XCTAssertEqual(TableWriter.csvField(field), TextEscaping.csvField(field), field.debugDescription)
        }
        XCTAssertEqual(TableWriter.csvField("a,b"), "\"a,b\"")
    }

    func testNullIsAnEmptyCSVFieldAndAnEmptyTextIsQuoted() {
        let line = TableWriter(format: .csv).line(TableSchema.qualifiers, [.text("f"), .text(""), .null, .integer(3)])
        XCTAssertEqual(line, "f,\"\",,3\n")
    }

    func testExportIntoAFileThatIsNotAFolderFailsNamingIt() throws {
        let dir = try folder()
        XCTAssertTrue(FileManager.default.createFile(atPath: dir, contents: Data()))
        XCTAssertThrowsError(try TableExporter(store: try store("A | type | person\n"), format: .csv).write(to: dir)) {
            XCTAssertEqual(($0 as? OutputError)?.destination, dir)
        }
    }
}
