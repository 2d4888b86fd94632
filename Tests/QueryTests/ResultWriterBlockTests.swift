import NewsFacts
import XCTest

@testable import Query

/// The TSV writer works a block of rows at a time and asks for the next blocks' offsets and
/// text ahead (`ResultFormatter.writeRows`): whatever the number of rows against the block,
/// and whatever mix of store terms, empty values and session-local values the cells hold, it
/// writes what writing each cell alone writes (its text, escaped, or nothing when empty).
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
                subject: .entity("e\(i)"), predicate: "said", object: .text(texts[i % texts.count] + "\(i % 11)"))
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
            }
        }
    }
}
