import NewsFacts
import XCTest

@testable import Query

/// The evaluator's hand-written tables, each checked against the standard library's own on
/// random rows drawn from a small range (so that keys repeat and hashes collide), with a fixed
/// seed: `RowSet` against `Set`, `RowIndex` against a `Dictionary` of row lists, `ValueGroups`
/// against a `Dictionary` of group numbers, `TermBits` against `Set`.
final class RowTableTests: XCTestCase {
    /// SplitMix64: a small generator with a fixed seed, so every run draws the same rows.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A relation of `count` rows over `width` columns, each value below `range`.
    private func randomRelation(width: Int, count: Int, range: Value, _ rng: inout SeededGenerator) -> Relation {
        var rel = Relation(columns: Array(0..<width))
        for _ in 0..<count {
            for _ in 0..<width { rel.rows.append(Value.random(in: 0..<range, using: &rng)) }
            rel.count += 1
        }
        return rel
    }

    private func row(_ rel: Relation, _ r: Int, _ columns: [Int]) -> [Value] {
        columns.map { rel.value(r, $0) }
    }

    func testRowSetAgreesWithSetOnInsertFindAndContains() {
        var rng = SeededGenerator(state: 1)
        for (width, range) in [(1, 50), (2, 8), (3, 5)] as [(Int, Value)] {
            let rel = randomRelation(width: width, count: 3_000, range: range, &rng)
            let columns = Array(0..<width).reversed().map { $0 }
            var set = RowSet(width: width)
            var expected = Set<[Value]>()
            var numbers: [[Value]: Int] = [:]
            rel.withRows { rows in
                for r in 0..<rel.count {
                    let key = row(rel, r, columns)
                    let isNew = expected.insert(key).inserted
                    if isNew { numbers[key] = numbers.count }
                    let found = set.find(rows, row: r, columns: columns)
                    XCTAssertEqual(found.inserted, isNew, "row \(r) of width \(width)")
                    XCTAssertEqual(found.index, numbers[key], "rows are numbered in the order first added")
                }
            }
            XCTAssertEqual(set.count, expected.count)
            let probes = randomRelation(width: width, count: 500, range: range + 2, &rng)
            probes.withRows { rows in
                for r in 0..<probes.count {
                    XCTAssertEqual(
                        set.contains(rows, row: r, columns: columns), expected.contains(row(probes, r, columns)))
                }
            }
        }
    }

    func testRowIndexFindsTheRowsADictionaryOfRowListsHoldsInRowOrder() {
        var rng = SeededGenerator(state: 2)
        let rel = randomRelation(width: 3, count: 2_000, range: 12, &rng)
        let key = [2, 0]
        let index = RowIndex(rel, keyColumns: key)
        var expected: [[Value]: [Int]] = [:]
        for r in 0..<rel.count { expected[row(rel, r, key), default: []].append(r) }
        // Probes keyed by their first two columns, in the other order.
        let probes = randomRelation(width: 2, count: 400, range: 14, &rng)
        rel.withRows { indexed in
            probes.withRows { probeRows in
                for p in 0..<probes.count {
                    var found: [Int] = []
                    index.forEachMatch(in: indexed, probe: probeRows, row: p, probeColumns: [1, 0]) { found.append($0) }
                    XCTAssertEqual(found, expected[row(probes, p, [1, 0])] ?? [])
                }
            }
        }
    }

    func testValueGroupsGivesEachValueOneGroupAsADictionaryWould() {
        var rng = SeededGenerator(state: 3)
        var groups = ValueGroups()
        var expected: [Value: Int32] = [:]
        // Enough distinct values to grow the table several times; some near the top of the range.
        for _ in 0..<20_000 {
            let v =
                Bool.random(using: &rng)
                ? Value.random(in: 0..<3_000, using: &rng) : Value.max - Value.random(in: 0..<50, using: &rng)
            var made = false
            let g = groups.group(of: v) {
                made = true
                return Int32(expected.count)
            }
            XCTAssertEqual(made, expected[v] == nil, "a new group is made only for a value not seen")
            if made { expected[v] = g }
            XCTAssertEqual(g, expected[v])
        }
    }

    func testTermBitsHoldsTheTermsASetHoldsAndNothingPastItsRange() {
        var rng = SeededGenerator(state: 4)
        let termCount = 1_000
        var bits = TermBits(termCount: termCount)
        var expected = Set<Value>()
        for _ in 0..<300 {
            let v = Value.random(in: 0..<Value(termCount), using: &rng)
            bits.insert(v)
            expected.insert(v)
        }
        for v in Value(0)..<Value(termCount + 70) {
            XCTAssertEqual(bits.contains(v), expected.contains(v), "term \(v)")
        }
        XCTAssertFalse(bits.contains(Relation.null))
    }
}
