import NewsFacts
import XCTest

@testable import Query

/// The index nested-loop join run a block of left rows at a time (`NestedLoopJoin+Blocks`)
/// gives, for random stores and left rows, the rows a naive evaluation gives (every fact of the
/// store tested against every left row), and the same rows in the same order whether it runs
/// whole or a few rows at a time.
final class BlockedJoinTests: XCTestCase {
    /// The rows of `pattern` over `left`, from every fact of the store in fact order (each fact
    /// once), sorted.
    private func naive(_ store: FactStore, _ left: Relation, _ pattern: BoundPattern) -> [[Value]] {
        let layout = JoinLayout(pattern, leftColumns: left.columns)
        var rows: [[Value]] = []
        for r in 0..<left.count {
            let leftRow = Array(left.rows[r * left.width..<(r + 1) * left.width])
            for f in 0..<FactID(store.factCount) where !store.isRepeat(f) {
                let fact = [store.subject(f), store.predicate(f), store.object(f)]
                var ok = true
                for (i, position) in [layout.s, layout.p, layout.o].enumerated() {
                    switch position {
                    case .bound(let c): ok = ok && leftRow[c] == fact[i]
                    case .constant(let ids): ok = ok && ids.contains(fact[i])
                    case .free: break
                    }
                }
                guard ok else { continue }
                var row = leftRow
                for src in layout.freshSources {
                    switch src {
                    case .s: row.append(fact[0])
                    case .p: row.append(fact[1])
                    default: row.append(fact[2])
                    }
                }
                rows.append(row)
            }
        }
        return rows.sorted { $0.lexicographicallyPrecedes($1) }
    }

    private func rows(_ rel: Relation) -> [[Value]] {
        (0..<rel.count).map { Array(rel.rows[$0 * rel.width..<($0 + 1) * rel.width]) }
    }

    func testBlockedJoinsGiveTheNaiveRowsWholeAndInPieces() throws {
        var random = SeededRandom(state: 7)
        for round in 0..<8 {
            let store = QueryFixture.randomStore(&random, subjects: 40 + round * 20, facts: 200 + round * 80)
            let values = Values(store: store)
            let evaluator = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
            let title = try XCTUnwrap(store.predicateID("title"))
            let met = try XCTUnwrap(store.predicateID("met"))
            let someEntity = try XCTUnwrap(store.termID(.entity("e3")))
            // Left rows over ?x (variable 0): subjects, a repeated one, an empty value, a local
            // value (neither is a store term: no fact holds them), and a term past every subject.
            var left = Relation(columns: [0])
            for _ in 0..<(150 + round * 30) {
                let pick = random.next(20)
                let v: Value =
                    pick == 0
                    ? Relation.null
                    : pick == 1
                        ? values.local(.number(Double(round)))
                        : (store.termID(.entity("e\(random.next(60 + round * 20))")) ?? someEntity)
                left.rows.append(v)
                left.count += 1
            }
            let patterns: [(String, BoundPattern, Relation)] = [
                (
                    "?x title ?t", BoundPattern(s: .variable(0), p: .constant([title]), o: .variable(1), source: ""),
                    left
                ),
                (
                    "?x met e3",
                    BoundPattern(s: .variable(0), p: .constant([met]), o: .constant([someEntity]), source: ""),
                    left
                ),
                ("?x ?p ?o", BoundPattern(s: .variable(0), p: .variable(1), o: .variable(2), source: ""), left),
                ("?y met ?x", BoundPattern(s: .variable(1), p: .constant([met]), o: .variable(0), source: ""), left),
                (
                    "?s met ?o (scan)", BoundPattern(s: .variable(1), p: .constant([met]), o: .variable(2), source: ""),
                    .unit
                ),
                (
                    "e3 ?p ?o", BoundPattern(s: .constant([someEntity]), p: .variable(1), o: .variable(2), source: ""),
                    .unit
                ),
            ]
            for (name, pattern, left) in patterns {
                let layout = JoinLayout(pattern, leftColumns: left.columns)
                XCTAssertTrue(
                    NestedLoopJoin.runsInBlocks(layout, expand: false, combinations: 1), "\(name) runs in blocks")
                let whole = try evaluator.nestedLoop(left, pattern)
                XCTAssertEqual(
                    rows(whole).sorted { $0.lexicographicallyPrecedes($1) }, naive(store, left, pattern),
                    "round \(round): \(name)")
                for cap in [1, 7, 300] {
                    var at = NestedLoopPosition()
                    var pieces: [Value] = []
                    var none: Evaluator.Kept? = nil
                    while !at.done {
                        let piece = try evaluator.nestedLoop(
                            left, pattern, layout: layout, cap: cap, at: &at, kept: &none)
                        XCTAssertLessThanOrEqual(piece.count, cap)
                        pieces += piece.rows
                    }
                    XCTAssertEqual(pieces, whole.rows, "round \(round): \(name) in pieces of \(cap)")
                }
            }
        }
    }

    func testAJoinThatNeedsAFactCheckDoesNotRunInBlocks() throws {
        var random = SeededRandom(state: 11)
        let store = QueryFixture.randomStore(&random, subjects: 5, facts: 20)
        let met = try XCTUnwrap(store.predicateID("met"))
        // ?x met ?x: the same variable twice is checked on each fact.
        let same = BoundPattern(s: .variable(0), p: .constant([met]), o: .variable(0), source: "")
        XCTAssertFalse(NestedLoopJoin.runsInBlocks(JoinLayout(same, leftColumns: []), expand: false, combinations: 1))
        // Provenance is read a source at a time.
        let sourced = BoundPattern(s: .variable(0), p: .constant([met]), o: .variable(1), source: "")
        XCTAssertFalse(NestedLoopJoin.runsInBlocks(JoinLayout(sourced, leftColumns: []), expand: true, combinations: 1))
        XCTAssertFalse(
            NestedLoopJoin.runsInBlocks(JoinLayout(sourced, leftColumns: []), expand: false, combinations: 2))
    }
}

/// With many left rows, a pattern bound by subject is probed through the subject index in
/// blocks rather than hashed: past the cache the blocked probes cost less (see
/// `Evaluator.blockedProbes`); with a few, the choice is as before.
final class BlockedProbePlanTests: XCTestCase {
    private func explain(events: Int) -> String {
        let store = FactStore()
        for e in 0..<events {
            _ = store.assert(subject: .entity("event/\(e)"), predicate: "type", object: .text("kind\(e % 5)"))
            _ = store.assert(subject: .entity("event/\(e)"), predicate: "date", object: .text("day\(e % 30)"))
        }
        let session = QuerySession(store: store)
        // A distinct count needs the join's rows (a plain count is made without them:
        // `subjectJoinAggregate`).
        return QueryFixture.run(
            session, "explain find ?t, count(distinct ?d) where ?e type ?t, ?e date ?d group by ?t"
        ).text
    }

    func testManyLeftRowsAreProbedBySubjectInBlocks() {
        let text = explain(events: 6000)
        XCTAssertTrue(text.contains("?e date ?d  nested loop, index by subject"), text)
    }

    func testAFewLeftRowsAreStillHashedAgainstASmallPattern() {
        let text = explain(events: 40)
        XCTAssertTrue(text.contains("hash join on ?e"), text)
    }
}
