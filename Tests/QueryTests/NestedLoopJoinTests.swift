import NewsFacts
import XCTest

@testable import Query

/// An index nested-loop join run a few rows at a time — stopping at a cap and going on from
/// where it stopped, within a left row and within a combination of constant candidates —
/// gives exactly the rows of one run, in the same order; and those are the facts the store
/// matches for each left row and candidate, in that order.
final class NestedLoopJoinTests: XCTestCase {
    /// Five people, each with a title and a few `met` facts towards three places.
    private func store() -> FactStore {
        let store = FactStore()
        for person in 0..<5 {
            store.assert(subject: .entity("p\(person)"), predicate: "title", object: .text("minister"))
            for k in 0..<(person + 1) {
                store.assert(subject: .entity("p\(person)"), predicate: "met", object: .entity("place\(k % 3)"))
            }
        }
        return store
    }

    private func id(_ store: FactStore, _ name: String) throws -> TermID {
        try XCTUnwrap(store.termID(.entity(name)), name)
    }

    /// Left rows binding ?s (variable 0) to each person, and the pattern `?s met ?o`, with ?o
    /// (variable 1) limited to two candidate places.
    private func join(_ store: FactStore) throws -> (Relation, BoundPattern) {
        var left = Relation(columns: [0])
        for person in 0..<5 {
            left.rows.append(try id(store, "p\(person)"))
            left.count += 1
        }
        let pattern = BoundPattern(
            s: .variable(0), p: .constant([try id(store, "met")]),
            o: .constant([try id(store, "place0"), try id(store, "place2")]), factVar: 1, source: "?s met ?o")
        return (left, pattern)
    }

    func testAJoinRunInPiecesGivesTheRowsOfOneRunInTheSameOrder() throws {
        let store = store()
        let (left, pattern) = try join(store)
        let evaluator = Evaluator(store: store, values: Values(store: store), rules: [:], isCancelled: { false })
        let whole = try evaluator.nestedLoop(left, pattern)
        XCTAssertGreaterThan(whole.count, 3)
        let layout = JoinLayout(pattern, leftColumns: left.columns)
        for cap in [1, 2, 3, 5] {
            var at = NestedLoopPosition()
            var rows: [Value] = []
            var count = 0
            var none: Evaluator.Kept? = nil
            while !at.done {
                let piece = try evaluator.nestedLoop(left, pattern, layout: layout, cap: cap, at: &at, kept: &none)
                XCTAssertLessThanOrEqual(piece.count, cap)
                rows += piece.rows
                count += piece.count
            }
            XCTAssertEqual(count, whole.count, "cap \(cap)")
            XCTAssertEqual(rows, whole.rows, "cap \(cap)")
        }
    }

    func testEachLeftRowGetsTheFactsTheStoreMatchesForEachCandidate() throws {
        let store = store()
        let (left, pattern) = try join(store)
        let evaluator = Evaluator(store: store, values: Values(store: store), rules: [:], isCancelled: { false })
        let whole = try evaluator.nestedLoop(left, pattern)
        XCTAssertEqual(whole.columns, [0, 1])
        var expected: [Value] = []
        for r in 0..<left.count {
            let s = left.rows[r]
            for place in ["place0", "place2"] {
                let facts = store.match(subject: s, predicate: try id(store, "met"), object: try id(store, place))
                for f in facts { expected += [s, Value(f)] }
            }
        }
        // Left rows in order, each candidate in order, facts in the subject index's order.
        XCTAssertEqual(whole.rows, expected)
    }
}
