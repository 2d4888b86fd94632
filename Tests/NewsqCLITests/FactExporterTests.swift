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
            "subject,predicate,object,object_kind,article,sentence,qualifiers,rule,sources\n"
                + "Joe Biden,said,\"a, b\",text,a1,0,,asserted,a1 s0\r\n")
    }

    func testAFactStatedTwiceIsOneRowWithBothSources() throws {
        let store = FactStore()
        for (a, n) in [("a1", 2), ("a2", 0)] {
            store.assert(
                subject: .entity("Joe Biden"), predicate: "type", object: .text("person"), articleID: a, sentence: n)
        }
        func export(_ format: ExportFormat) -> String {
            var bytes: [UInt8] = []
            FactExporter(store: store, format: format).write { chunk in
                bytes += chunk
                return true
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        XCTAssertEqual(
            export(.csv),
            "subject,predicate,object,object_kind,article,sentence,qualifiers,rule,sources\n"
                + "Joe Biden,type,person,text,a1,2,,asserted,a1 s2; a2 s0\r\n")
        let json = export(.jsonl)
        XCTAssertEqual(json.split(separator: "\n").count, 1, json)
        XCTAssertTrue(
            json.contains("\"sources\":[{\"article\":\"a1\",\"sentence\":2},{\"article\":\"a2\",\"sentence\":0}]"), json
        )
        XCTAssertEqual(export(.nquads).split(separator: "\n").count, 2, "one quad in each sentence's graph")
    }
}
