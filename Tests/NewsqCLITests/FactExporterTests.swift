import NewsFacts
import XCTest

@testable import NewsqCLI

/// The export formats, written into memory.
final class FactExporterTests: XCTestCase {
    private func export(_ facts: String, _ format: ExportFormat) throws -> String {
        let store = FactStore()
        store.load(try FactsFile.parse(facts, articleID: "a1", file: "t.facts"))
        var bytes: [UInt8] = []
        FactExporter(store: store, format: format).write { chunk in
            bytes += chunk
            return true
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testNQuadsNamesEntitiesByIRIAndDatesByType() throws {
        let text = try export("Nobuo Kishi | born | 1959-02-01\n", .nquads)
        XCTAssertEqual(
            text,
            "<newsq:entity/Nobuo%20Kishi> <newsq:p/born> "
                + "\"1959-02-01\"^^<http://www.w3.org/2001/XMLSchema#date> <newsq:article/a1#s=0> .\n")
    }

    func testNQuadsReifiesAFactWithQualifiers() throws {
        let text = try export("Nobuo Kishi | title | Defense Minister | of = Japan\n", .nquads)
        XCTAssertTrue(
            text.contains("_:f0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <newsq:entity/Nobuo%20Kishi>"),
            text)
        XCTAssertTrue(text.contains("_:f0 <newsq:q/of> <newsq:entity/Japan>"), text)
    }

    func testCSVHasAHeaderAndQuotesFields() throws {
        // The header ends in LF and the rows in CRLF, as export has always written them.
        let text = try export("Joe Biden | said | \"a, b\"\n", .csv)
        XCTAssertEqual(
            text,
            "subject,predicate,object,object_kind,article,sentence,qualifiers,rule\n"
                + "Joe Biden,said,\"a, b\",text,a1,0,,asserted\r\n")
    }
}
