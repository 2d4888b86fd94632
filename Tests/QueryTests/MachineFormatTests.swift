import Foundation
import NewsFacts
import XCTest

@testable import Query

/// `who is` cards, `timeline` and `why` in tsv, csv and json: rows of their own, nothing cut
/// or given "…" (a table on a screen may cut; a machine format is whole).
final class MachineFormatTests: XCTestCase {
    private let quote = String(repeating: "a long quote about fisheries ", count: 8)
    private let participants = ["Ana Reyes", "Bo Lind", "Cy Moss", "Di Park", "Ed Ruiz", "Flo Diaz"]

    private func session(_ format: OutputFormat) throws -> QuerySession {
        var lines = participants.map { "\($0) | type | person\n" }
        lines.append("Ana Reyes | alias | Reyes\n")
        lines.append("Ana Reyes | said | \"\(quote)\"\n")
        lines += participants.map { "talks#1 | participant | \($0) | note = \(quote)\n" }
        lines.append("talks#1 | kind | talks\n")
        lines.append("talks#1 | date | 2026-01-10\n")
        let store = FactStore()
        store.load(try FactsFile.parse(lines.joined(), articleID: "a1", file: "t.facts"))
        let s = QuerySession(store: store)
        s.options.format = format
        return s
    }

    func testTheCardIsRowsInTheMachineFormats() throws {
        let text = QueryFixture.run(try session(.csv), "who is Reyes?").text
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "entity,field,value,sources")
        XCTAssertEqual(lines[1], "Ana Reyes,type,person,")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Ana Reyes,said,\"\(quote)") }, text)
        XCTAssertFalse(text.contains("…"), text)
        let json = QueryFixture.run(try session(.json), "who is Reyes?").text
        for line in json.split(separator: "\n") {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8)), String(line))
        }
    }

    func testTheTimelineIsWholeInTheMachineFormats() throws {
        let text = QueryFixture.run(try session(.tsv), "timeline of Reyes").text
        XCTAssertFalse(text.contains("…"), text)
        XCTAssertFalse(text.contains("more"), text)
        XCTAssertTrue(text.contains("Flo Diaz"), text)
        XCTAssertTrue(text.contains(quote), text)
        let table = QueryFixture.run(try session(.table), "timeline of Reyes").text
        XCTAssertTrue(table.contains("and 1 more"), table)
    }

    func testWhyIsOneRowASourceInTheMachineFormats() throws {
        let text = QueryFixture.run(try session(.json), "why Reyes said ?q").text
        let rows = text.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        XCTAssertEqual(rows.count, 1, text)
        XCTAssertEqual(rows[0]?["article"] as? String, "a1")
        XCTAssertEqual(rows[0]?["sentence"] as? Int, 7)
        XCTAssertTrue((rows[0]?["fact"] as? String)?.contains(quote.trimmingCharacters(in: .whitespaces)) ?? false)
    }
}
