import NewsFacts
import XCTest

@testable import Query

/// The TSV writer works a block of rows at a time and asks for the next blocks' offsets and
/// text ahead (`ResultFormatter.writeRows`): whatever the number of rows against the block,
/// and whatever mix of store terms, empty values and session-local values the cells hold, it
/// writes what writing each cell alone writes (its text, escaped, or nothing when empty), and
/// with `sources` each row's sources as `sourceText` gives them. Past 4,096 rows the writer is
/// called again on the next range of rows (the 5,000-row cases), whose blocks start there.
final class ResultWriterBlockTests: XCTestCase {
    /// The TSV of `rs` written a cell at a time from `values.text`.
    private func cellByCell(_ rs: ResultSet, _ values: Values) -> String {
        var out = rs.headers.joined(separator: "\t") + "\n"
        for r in 0..<rs.count {
            let cells = (0..<rs.width).map { c -> String in
                let v = rs.rows[r * rs.width + c]
                return v == Relation.null ? "" : TerminalSafe.escape(values.text(v))
            }
            out += cells.joined(separator: "\t") + "\n"
        }
        return out
    }

    func testEveryBlockBoundaryWritesEachCellAsAlone() throws {
        let store = FactStore()
        // Texts that need escaping (a tab, a line break, a control byte) beside plain ones.
        let texts = ["plain", "tab\there", "line\nbreak", "bell\u{7}", "ünï", "", "x"]
        for i in 0..<300 {
            store.assert(
                subject: .entity("e\(i)"), predicate: "said", object: .text(texts[i % texts.count] + "\(i % 11)"),
                articleID: "article \(i % 5)", sentence: i % 9)
        }
        let values = Values(store: store)
        let formatter = ResultFormatter(store: store, values: values)
        var random = SeededRandom(state: 11)
        let local = values.local(.number(42))
        for width in [1, 3] {
            // Fewer rows than a block, one block exactly, one more, and several blocks.
            for count in [1, 2, 63, 64, 65, 127, 128, 129, 300, 5000] {
                var rs = ResultSet(headers: (0..<width).map { "h\($0)" })
                for _ in 0..<count * width {
                    let pick = random.next(10)
                    rs.rows.append(
                        pick == 0 ? Relation.null : pick == 1 ? local : Value(random.next(store.termCount)))
                }
                rs.count = count
                let written = try formatter.tsv(rs, sources: false)
                XCTAssertEqual(written, cellByCell(rs, values), "\(count) rows of \(width)")
                // With sources: a fact a row (an empty one where an optional missed).
                rs.factWidth = 1
                rs.facts = (0..<count).map { _ in
                    random.next(8) == 0 ? Relation.null : Value(random.next(store.factCount))
                }
                let lines = cellByCell(rs, values).split(separator: "\n", omittingEmptySubsequences: false).map(
                    String.init)
                var expected = lines[0] + "\tsources\n"
                for r in 0..<count { expected += lines[r + 1] + "\t" + formatter.sourceText(rs, row: r) + "\n" }
                XCTAssertEqual(try formatter.tsv(rs, sources: true), expected, "\(count) rows of \(width), sources")
            }
        }
    }
}
