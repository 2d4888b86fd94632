import Foundation
import NewsFacts
import Query
import XCTest

@testable import NewsqCLI

/// `.articles`: a header, then the articles in aligned columns, then their count.
final class ArticleListTests: XCTestCase {
    func testArticlesHaveAHeaderAndAlignedColumns() {
        let store = FactStore()
        for (id, n) in [("a-long-article-id", 3), ("b", 12)] {
            for i in 0..<n {
                store.assert(subject: .entity("P\(i)"), predicate: "type", object: .text("person"), articleID: id)
            }
        }
        var output = ""
        let shell = Shell(store: store, session: QuerySession(store: store), out: { output += $0 }, err: { _ in })
        XCTAssertEqual(shell.runScript(".articles\n", sourceName: "t.nq"), 0)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("id "), output)
        let dateColumn = lines[0].range(of: "date")?.lowerBound.utf16Offset(in: lines[0])
        XCTAssertEqual(lines[1].range(of: "—")?.lowerBound.utf16Offset(in: lines[1]), dateColumn, output)
        XCTAssertEqual(lines[2].range(of: "—")?.lowerBound.utf16Offset(in: lines[2]), dateColumn, output)
        // The fact counts are aligned right, under the end of their header.
        let factsEnd = lines[0].range(of: "facts")?.upperBound.utf16Offset(in: lines[0])
        XCTAssertEqual(lines[1].range(of: " 3 ")?.lowerBound.utf16Offset(in: lines[1]).advanced(by: 2), factsEnd)
        XCTAssertEqual(lines[2].range(of: "12")?.upperBound.utf16Offset(in: lines[2]), factsEnd, output)
        XCTAssertEqual(lines[3], "2 articles")
    }

    func testAlignedColumnsPadAllButTheLastColumn() {
        XCTAssertEqual(
            Shell.alignedColumns([["a", "bb", "c"], ["ddd", "e", "ffff"]], rightAligned: [1]),
            "a    bb  c\nddd   e  ffff\n")
    }
}
