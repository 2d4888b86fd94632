import NewsFacts
import XCTest

@testable import Query

/// A join by subject whose probes are sorted into subject order and whose matches are sorted
/// back (`Evaluator.sortedProbeJoin`) gives exactly the rows, in exactly the order, of the
/// plain index nested-loop join, on random stores and left rows with repeated subjects, empty
/// values, values that are no store term, and subjects without facts.
final class SortedProbeJoinTests: XCTestCase {
    /// Left rows over ?x (variable 0) and ?k (variable 9, the row's number), in random order.
    private func randomLeft(
        _ random: inout SeededRandom, _ store: FactStore, _ values: Values, rows: Int, subjects: Int
    ) -> Relation {
        var left = Relation(columns: [0, 9])
        for r in 0..<rows {
            let pick = random.next(20)
            let x: Value =
                pick == 0
                ? Relation.null
                : pick == 1
                    ? values.local(.number(Double(r)))
                    : (store.termID(.entity("e\(random.next(subjects + 10))")) ?? Relation.null)
            left.rows += [x, Value(r)]
            left.count += 1
        }
        return left
    }

    private func plain(_ evaluator: Evaluator, _ left: Relation, _ p: BoundPattern) throws -> Relation {
        let layout = JoinLayout(p, leftColumns: left.columns)
        return try NestedLoopJoin(left, p, layout: layout, cap: .max, evaluator: evaluator)
            .run(from: NestedLoopPosition(), rows: []).0
    }

    func testSortedProbesGiveThePlainJoinsRowsInItsOrder() throws {
        var random = SeededRandom(state: 21)
        for round in 0..<8 {
            let subjects = 30 + round * 25
            let store = QueryFixture.randomStore(&random, subjects: subjects, facts: 150 + round * 90)
            let values = Values(store: store)
            let evaluator = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
            let title = try XCTUnwrap(store.predicateID("title"))
            let met = try XCTUnwrap(store.predicateID("met"))
            let e3 = try XCTUnwrap(store.termID(.entity("e3")))
            let left = randomLeft(&random, store, values, rows: 100 + round * 70, subjects: subjects)
            let patterns: [(String, BoundPattern)] = [
                ("?x title ?t", BoundPattern(s: .variable(0), p: .constant([title]), o: .variable(1), source: "")),
                ("?x met e3", BoundPattern(s: .variable(0), p: .constant([met]), o: .constant([e3]), source: "")),
                ("?x ?p ?o", BoundPattern(s: .variable(0), p: .variable(1), o: .variable(2), source: "")),
                ("?x met _", BoundPattern(s: .variable(0), p: .constant([met]), o: .any, source: "")),
            ]
            for (name, p) in patterns {
                let layout = JoinLayout(p, leftColumns: left.columns)
                let sorted = try XCTUnwrap(
                    try evaluator.sortedProbeJoin(left, p, layout: layout, minRows: 0), "round \(round): \(name)")
                let expected = try plain(evaluator, left, p)
                XCTAssertEqual(sorted.columns, expected.columns, "round \(round): \(name)")
                XCTAssertEqual(sorted.count, expected.count, "round \(round): \(name)")
                XCTAssertEqual(sorted.rows, expected.rows, "round \(round): \(name)")
            }
        }
    }

    func testSortedProbesOverSubjectsWithoutFactsGiveNoRows() throws {
        var random = SeededRandom(state: 5)
        let store = QueryFixture.randomStore(&random, subjects: 20, facts: 100)
        let values = Values(store: store)
        let evaluator = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        let title = try XCTUnwrap(store.predicateID("title"))
        // Texts are never subjects here: every probe finds nothing.
        var left = Relation(columns: [0])
        for r in 0..<50 {
            left.rows.append(store.termID(.text("t\((r * 5) % 7)")) ?? Relation.null)
            left.count += 1
        }
        let p = BoundPattern(s: .variable(0), p: .constant([title]), o: .variable(1), source: "")
        let joined = try XCTUnwrap(
            try evaluator.sortedProbeJoin(left, p, layout: JoinLayout(p, leftColumns: [0]), minRows: 0))
        XCTAssertEqual(joined.count, 0)
        XCTAssertEqual(joined.columns, [0, 1])
    }

    func testLeftRowsInSubjectOrderOrFewOrBoundElsewhereAreJoinedAsUsual() throws {
        var random = SeededRandom(state: 9)
        let store = QueryFixture.randomStore(&random, subjects: 30, facts: 200)
        let values = Values(store: store)
        let evaluator = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        let met = try XCTUnwrap(store.predicateID("met"))
        let p = BoundPattern(s: .variable(0), p: .constant([met]), o: .variable(1), source: "")
        let layout = JoinLayout(p, leftColumns: [0])
        // No rows, and subjects already ascending by neighbours: nothing to gain.
        XCTAssertNil(try evaluator.sortedProbeJoin(Relation(columns: [0]), p, layout: layout, minRows: 0))
        let ids = (0..<30).compactMap { store.termID(.entity("e\($0)")) }.sorted()
        let ascending = Relation(columns: [0], rows: ids, count: ids.count)
        XCTAssertNil(try evaluator.sortedProbeJoin(ascending, p, layout: layout, minRows: 0))
        // Fewer rows than asked for.
        let shuffled = Relation(columns: [0], rows: ids.reversed(), count: ids.count)
        XCTAssertNil(try evaluator.sortedProbeJoin(shuffled, p, layout: layout, minRows: 1000))
        XCTAssertNotNil(try evaluator.sortedProbeJoin(shuffled, p, layout: layout, minRows: 0))
        // ?y met ?x: the left rows bind the object, not the subject.
        let byObject = BoundPattern(s: .variable(1), p: .constant([met]), o: .variable(0), source: "")
        XCTAssertNil(
            try evaluator.sortedProbeJoin(
                shuffled, byObject, layout: JoinLayout(byObject, leftColumns: [0]), minRows: 0))
    }

    func testRecordSortIsStableByItsKeyColumn() throws {
        var random = SeededRandom(state: 3)
        for keyBits in [1, 11, 12, 23, 32] {
            let n = 500
            var records: [UInt32] = []
            for i in 0..<n {
                let key = UInt32(truncatingIfNeeded: random.next(1 << keyBits))
                records += [UInt32(i), key, UInt32(random.next(9))]
            }
            var triples: [[UInt32]] = []
            for r in 0..<n { triples.append(Array(records[3 * r..<3 * r + 3])) }
            // Column 0 holds the record's first place: by key, then by place, is the stable order.
            triples.sort { a, b in a[1] != b[1] ? a[1] < b[1] : a[0] < b[0] }
            let expected = Array(triples.joined())
            let maxKey = triples.map { $0[1] }.max() ?? 0
            try RecordSort.sort(&records, width: 3, key: 1, maxKey: maxKey)
            XCTAssertEqual(records, expected, "keys of \(keyBits) bits")
        }
    }
}
