import NewsFacts
import XCTest

@testable import Query

/// `count(distinct ?x)` counts each value once a group whether it remembers the values as bits
/// over term ids (`GroupTermBits`, when they are few enough bytes), a group at a time against
/// one bit a term (`GroupedTermCounts`) or in a hash set: on random stores and rows its counts
/// are those of a naive count.
final class DistinctCountTests: XCTestCase {
    private func tsv(_ session: QuerySession, _ query: String) -> [String] {
        session.options.format = .tsv
        let out = QueryFixture.run(session, query).text
        return out.split(separator: "\n").dropFirst().map(String.init).sorted()
    }

    func testDistinctCountsByGroupAreTheNaiveCounts() {
        var random = SeededRandom(state: 17)
        for round in 0..<6 {
            let store = FactStore()
            let predicates = ["title", "met", "member_of", "said", "located_in"]
            var facts: [(s: String, p: String, o: String)] = []
            for _ in 0..<(100 + round * 150) {
                let s = "e\(random.next(30 + round * 10))"
                let p = predicates[random.next(predicates.count)]
                let o = random.next(4) == 0 ? "t\(random.next(9))" : "e\(random.next(20 + round * 10))"
                store.assert(subject: .entity(s), predicate: p, object: o.hasPrefix("t") ? .text(o) : .entity(o))
                facts.append((s, p, o))
            }
            let session = QuerySession(store: store)
            var byPredicate: [String: Set<String>] = [:]
            var bySubjectCount: [String: Set<String>] = [:]
            for f in facts {
                byPredicate[f.p, default: []].insert(f.o)
                bySubjectCount[f.p, default: []].insert(f.s)
            }
            XCTAssertEqual(
                tsv(session, "find ?p, count(distinct ?o) where ?s ?p ?o group by ?p"),
                byPredicate.map { "\($0.key)\t\($0.value.count)" }.sorted(), "round \(round)")
            XCTAssertEqual(
                tsv(session, "find ?p, count(distinct ?s) where ?s ?p ?o group by ?p"),
                bySubjectCount.map { "\($0.key)\t\($0.value.count)" }.sorted(), "round \(round)")
            XCTAssertEqual(
                tsv(session, "find count(distinct ?s) where ?s ?p ?o"), ["\(Set(facts.map(\.s)).count)"],
                "round \(round)")
        }
    }

    func testTermBitsAreLeftOutWhenLargerThanTheRowsNeed() {
        XCTAssertNil(GroupTermBits(groups: 1, termCount: 1_000_000, rows: 10))
        XCTAssertNil(GroupTermBits(groups: 10_000, termCount: 1_000_000, rows: 100_000_000))
        XCTAssertNotNil(GroupTermBits(groups: 2, termCount: 1_000, rows: 100))
    }

    func testTermBitsCountEachTermOnceAGroupAndHoldNoLocalValue() throws {
        var bits = try XCTUnwrap(GroupTermBits(groups: 3, termCount: 200, rows: 1_000))
        XCTAssertTrue(bits.insert(group: 0, 5))
        XCTAssertFalse(bits.insert(group: 0, 5))
        XCTAssertTrue(bits.insert(group: 2, 5))
        XCTAssertTrue(bits.insert(group: 1, 199))
        XCTAssertFalse(bits.insert(group: 1, 199))
        XCTAssertTrue(bits.holds(199))
        XCTAssertFalse(bits.holds(200))
        XCTAssertFalse(bits.holds(Relation.null))
        XCTAssertFalse(bits.holds(Values.localBit | 3))
    }

    func testGroupedTermCountsAreTheNaiveCountsWithLocalAndEmptyValues() {
        var random = SeededRandom(state: 29)
        for round in 0..<5 {
            let n = 50 + round * 400, groups = 1 + round * 7, termCount = 60 + round * 500
            // Two columns a row: a filler, then the value counted.
            var rows: [Value] = []
            var groupOf: [Int32] = []
            var naive = [Set<Value>](repeating: [], count: groups)
            for _ in 0..<n {
                let gi = random.next(groups)
                let x: Value
                switch random.next(10) {
                case 0: x = Relation.null
                case 1: x = Values.localBit | Value(random.next(5))
                default: x = Value(random.next(termCount))
                }
                rows += [7, x]
                groupOf.append(Int32(gi))
                if x != Relation.null { naive[gi].insert(x) }
            }
            var others = PairSet()
            let counts = rows.withRows(width: 2) {
                GroupedTermCounts.counts(
                    $0, count: n, column: 1, groupOf: groupOf, groups: groups, termCount: termCount, others: &others)
            }
            XCTAssertEqual(counts, naive.map(\.count), "round \(round)")
        }
    }

    func testGroupedTermCountsAreLeftOutWhenTheBitsOutweighTheRows() {
        var others = PairSet()
        let rows: [Value] = [1, 2, 3]
        let counts = rows.withRows(width: 1) {
            GroupedTermCounts.counts(
                $0, count: 3, column: 0, groupOf: [0, 0, 1], groups: 2, termCount: 1_000_000, others: &others)
        }
        XCTAssertNil(counts)
    }
}
