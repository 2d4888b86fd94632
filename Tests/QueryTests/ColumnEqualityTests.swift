import NewsFacts
import XCTest

@testable import Query

/// `?x = ?y` and `?x != ?y` between two columns, decided from a bit a term for the store's
/// dates and numbers (`filterEqualColumns`), keep the rows the filter's meaning keeps: ids
/// that differ are equal only when both are dates that overlap (a month and a day in it) or
/// both numbers; a text that reads as a number is no number.
final class ColumnEqualityTests: XCTestCase {
    private func rows(_ session: QuerySession, _ query: String) -> [String] {
        session.options.format = .tsv
        let out = QueryFixture.run(session, query).text
        return out.split(separator: "\n").dropFirst().map(String.init).sorted()
    }

    func testEqualityBetweenColumnsComparesDatesByWhatTheyDenote() {
        let store = FactStore()
        let values: [Term] = [
            .date(DateValue(iso: "2024-03-01")!), .date(DateValue(iso: "2024-03")!),
            .date(DateValue(iso: "2023-12-31")!), .number(2), .number(10), .text("2"), .text("soon"),
            .entity("Monday"),
        ]
        for (i, v) in values.enumerated() {
            _ = store.assert(subject: .entity("s\(i)"), predicate: "v", object: v)
        }
        // Equal: the same value, or the month and the day in it (values 0 and 1).
        func equal(_ i: Int, _ j: Int) -> Bool { i == j || Set([i, j]) == Set([0, 1]) }
        var equalRows: [String] = []
        var unequalRows: [String] = []
        for i in values.indices {
            for j in values.indices {
                if equal(i, j) { equalRows.append("s\(i)\ts\(j)") } else { unequalRows.append("s\(i)\ts\(j)") }
            }
        }
        let session = QuerySession(store: store)
        XCTAssertEqual(rows(session, "find ?a, ?b where ?a v ?x, ?b v ?y, ?x != ?y"), unequalRows.sorted())
        XCTAssertEqual(rows(session, "find ?a, ?b where ?a v ?x, ?b v ?y, ?x = ?y"), equalRows.sorted())
    }

    func testTermBitsAreReadOnlyForRowsEnoughToPayForThem() {
        XCTAssertTrue(Evaluator.worthLooseTerms(rows: 1_000, termCount: 20_000))
        XCTAssertFalse(Evaluator.worthLooseTerms(rows: 10, termCount: 1_000_000))
    }

    func testDatesAndNumbersAreTheTermsThatMayEqualAnotherId() throws {
        let store = FactStore()
        _ = store.assert(subject: .entity("a"), predicate: "on", object: .date(DateValue(iso: "2024-03")!))
        _ = store.assert(subject: .entity("a"), predicate: "n", object: .number(3))
        _ = store.assert(subject: .entity("a"), predicate: "t", object: .text("3"))
        let bits = TermBits.datesAndNumbers(of: store)
        let month = try XCTUnwrap(store.termID(.date(DateValue(iso: "2024-03")!)))
        let three = try XCTUnwrap(store.termID(.number(3)))
        let text = try XCTUnwrap(store.termID(.text("3")))
        let entity = try XCTUnwrap(store.termID(.entity("a")))
        XCTAssertTrue(bits.contains(month))
        XCTAssertTrue(bits.contains(three))
        XCTAssertFalse(bits.contains(text))
        XCTAssertFalse(bits.contains(entity))
    }
}
