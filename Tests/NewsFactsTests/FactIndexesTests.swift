import XCTest

@testable import NewsFacts

final class FactIndexesTests: XCTestCase {
    /// Facts over a few terms, drawn from a fixed pseudo-random sequence.
    private func columns(_ n: Int, terms: UInt32) -> (s: [TermID], p: [TermID], o: [TermID]) {
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> TermID {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return TermID(x >> 33) % terms
        }
        var s: [TermID] = [], p: [TermID] = [], o: [TermID] = []
        for _ in 0..<n {
            s.append(next())
            p.append(next() % 7)
            o.append(next())
        }
        return (s, p, o)
    }

    /// The facts that state something for the first time: no earlier fact has their subject,
    /// predicate and object.
    private func firstStatements(_ c: (s: [TermID], p: [TermID], o: [TermID])) -> [Int] {
        var seen = Set<[TermID]>()
        return c.s.indices.filter { seen.insert([c.s[$0], c.p[$0], c.o[$0]]).inserted }
    }

    /// The (predicate, object) index's range of every pair — its end found by galloping —
    /// holds exactly the pair's facts in fact order, whether the objects spread
    /// evenly, crowd on one term, or bunch at the ends of the ids, and for objects with no fact.
    func testPredicateObjectRangesHoldEachPairsFactsHoweverTheObjectsSpread() {
        var x: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: UInt32) -> TermID {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return TermID(x >> 33) % n
        }
        let terms: UInt32 = 3000
        let spreads: [(String, () -> TermID)] = [
            ("even", { next(terms) }),
            ("crowded", { next(4) == 0 ? next(terms) : 1234 }),
            ("bunched at the ends", { next(2) == 0 ? next(20) : terms - 1 - next(20) }),
            (
                "squares",
                {
                    let v = next(54)
                    return v * v % terms
                }
            ),
        ]
        for (name, draw) in spreads {
            var s: [TermID] = [], p: [TermID] = [], o: [TermID] = []
            for _ in 0..<4000 {
                s.append(next(terms))
                p.append(next(3))
                o.append(draw())
            }
            let ix = FactIndexes(subjects: Column(s), predicates: Column(p), objects: Column(o), termCount: Int(terms))
            let first = firstStatements((s, p, o))
            var expected: [[TermID]: [FactID]] = [:]
            for f in first { expected[[p[f], o[f]], default: []].append(FactID(f)) }
            for pr in 0..<TermID(3) {
                for ob in 0..<terms {
                    XCTAssertEqual(
                        Array(ix.byPredicateObject(pr, ob)), expected[[pr, ob]] ?? [],
                        "\(name): predicate \(pr), object \(ob)")
                }
            }
        }
    }

    /// The ranges of a block of (predicate, object) probes searched together are each what the
    /// single search gives: probes in any order, repeated, on predicates with no fact, objects
    /// with no fact or past every term, and runs long and short.
    func testBatchedPredicateObjectRangesAreThoseOfSingleSearches() {
        var x: UInt64 = 0x0DDB_1A5E_5BAD_5EED
        func next(_ n: UInt32) -> TermID {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return TermID(x >> 33) % n
        }
        let terms: UInt32 = 2000
        var s: [TermID] = [], p: [TermID] = [], o: [TermID] = []
        for _ in 0..<6000 {
            s.append(next(terms))
            p.append(next(3))
            // One crowded object (a run of about a thousand facts), the rest spread.
            o.append(next(3) == 0 ? 77 : next(terms))
        }
        let objects = Column(o)
        let ix = FactIndexes(subjects: Column(s), predicates: Column(p), objects: objects, termCount: Int(terms))
        for size in [1, 2, 7, 256] {
            for _ in 0..<20 {
                // Predicate 4 has no fact; objects up to `terms + 5` include some no term has.
                let ps = (0..<size).map { _ in next(5) }
                let os = (0..<size).map { _ in next(4) == 0 ? 77 : next(terms + 5) }
                var lower = [Int](repeating: -1, count: size), upper = [Int](repeating: -1, count: size)
                ps.withUnsafeBufferPointer { pb in
                    os.withUnsafeBufferPointer { ob in
                        lower.withUnsafeMutableBufferPointer { l in
                            upper.withUnsafeMutableBufferPointer { u in
                                ix.predicateObjectRanges(pb, ob, lower: l, upper: u)
                            }
                        }
                    }
                }
                for i in 0..<size {
                    let single = ix.predicateObjectRange(ps[i], os[i])
                    XCTAssertEqual(lower[i]..<upper[i], single, "probe \(i) of \(size): (\(ps[i]), \(os[i]))")
                }
            }
        }
    }

    /// The fences narrow a (predicate, object) search without changing its answer: for every
    /// predicate and every object (runs of one fact, of hundreds, none, past every term), the
    /// range found, one probe at a time or in a block, is the run a scan of the index finds,
    /// and the same as the indexes without fences (as read from a snapshot) give.
    func testFencedPredicateObjectSearchesFindTheRunsAScanFinds() {
        var x: UInt64 = 0x5EED_F0E5_0BAD_CAFE
        func next(_ n: UInt32) -> TermID {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return TermID(x >> 33) % n
        }
        let terms: UInt32 = 700
        var s: [TermID] = [], p: [TermID] = [], o: [TermID] = []
        for _ in 0..<5000 {
            s.append(next(terms))
            p.append(next(3))
            o.append(next(4) == 0 ? 5 : next(terms))
        }
        let objects = Column(o)
        let ix = FactIndexes(subjects: Column(s), predicates: Column(p), objects: objects, termCount: Int(terms))
        XCTAssertEqual(ix.objectFences.count, (ix.predicateOrder.count + 15) / 16)
        let unfenced = FactIndexes(
            subjectStarts: ix.subjectStarts, subjectFacts: ix.subjectFacts, predicateOrder: ix.predicateOrder,
            predicateSubjects: ix.predicateSubjects, predicateObjects: ix.predicateObjects,
            predicateTable: ix.predicateTable, repeats: ix.repeats)
        XCTAssertTrue(unfenced.objectFences.isEmpty)
        for pr in TermID(0)..<4 {
            let r = ix.predicateTable.range(pr) ?? 0..<0
            let os = Array(TermID(0)..<(terms + 3))
            let ps = [TermID](repeating: pr, count: os.count)
            var lower = [Int](repeating: -1, count: os.count), upper = [Int](repeating: -1, count: os.count)
            ps.withUnsafeBufferPointer { pb in
                os.withUnsafeBufferPointer { ob in
                    lower.withUnsafeMutableBufferPointer { l in
                        upper.withUnsafeMutableBufferPointer { u in
                            ix.predicateObjectRanges(pb, ob, lower: l, upper: u)
                        }
                    }
                }
            }
            for (i, ob) in os.enumerated() {
                let run = r.filter { o[Int(ix.predicateOrder[$0])] == ob }
                let single = ix.predicateObjectRange(pr, ob)
                if let first = run.first {
                    XCTAssertEqual(single, first..<(run.last! + 1), "(\(pr), \(ob))")
                } else {
                    XCTAssertTrue(single.isEmpty, "(\(pr), \(ob))")
                }
                XCTAssertEqual(lower[i]..<upper[i], single, "block probe (\(pr), \(ob))")
                XCTAssertEqual(unfenced.predicateObjectRange(pr, ob), single, "(\(pr), \(ob))")
            }
        }
    }

    /// A fence search that gallops on from an earlier probe's fence (any fence at or before
    /// the answer: where a search for a smaller or equal object stopped) narrows to the same
    /// window and stops at the same fence as a binary search over all of the predicate's
    /// fences, for every object, a few runs long, none, or past every term.
    func testGallopingFenceSearchesFindWhatTheBinarySearchFinds() {
        var x: UInt64 = 0x7A11_0FF5_E7F1_A5E5
        func next(_ n: UInt32) -> TermID {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return TermID(x >> 33) % n
        }
        let terms: UInt32 = 500
        var s: [TermID] = [], p: [TermID] = [], o: [TermID] = []
        for _ in 0..<4000 {
            s.append(next(terms))
            p.append(next(3))
            o.append(next(5) == 0 ? 40 : next(terms))
        }
        let ix = FactIndexes(subjects: Column(s), predicates: Column(p), objects: Column(o), termCount: Int(terms))
        for pr in TermID(0)..<3 {
            let r = ix.predicateTable.range(pr) ?? 0..<0
            let first = (r.lowerBound + 15) / 16
            var checked = 0
            for ob in TermID(0)..<(terms + 2) {
                let plain = ix.fenced(r, below: ob, from: 0)
                XCTAssertEqual(plain.window, ix.fenced(r, below: ob), "(\(pr), \(ob))")
                guard plain.fence > first else { continue }
                for hint in first...plain.fence {
                    let galloped = ix.fenced(r, below: ob, from: hint)
                    XCTAssertEqual(galloped.window, plain.window, "(\(pr), \(ob)) from fence \(hint)")
                    XCTAssertEqual(galloped.fence, plain.fence, "(\(pr), \(ob)) from fence \(hint)")
                    checked += 1
                }
            }
            XCTAssertGreaterThan(checked, 1000, "predicate \(pr): galloping searches checked")
        }
    }

    /// Probes in ascending object order within each predicate, the predicate changing between
    /// runs (back to an earlier one too), objects repeated and with no fact: each range the
    /// block search gives is the one a single search gives.
    func testAscendingBlockProbesFindTheRangesOfSingleSearches() {
        var x: UInt64 = 0x51DE_5EA5_0F0B_1EC7
        func next(_ n: UInt32) -> TermID {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return TermID(x >> 33) % n
        }
        let terms: UInt32 = 3000
        var s: [TermID] = [], p: [TermID] = [], o: [TermID] = []
        for _ in 0..<20000 {
            s.append(next(terms))
            p.append(next(3))
            o.append(next(terms))
        }
        let ix = FactIndexes(subjects: Column(s), predicates: Column(p), objects: Column(o), termCount: Int(terms))
        var ps: [TermID] = [], os: [TermID] = []
        for pr: TermID in [0, 2, 0, 1, 1] {
            var ob = next(40)
            while ob < terms + 3 {
                ps.append(pr)
                os.append(ob)
                ob += next(4) == 0 ? 0 : next(60)
            }
        }
        var lower = [Int](repeating: -1, count: os.count), upper = [Int](repeating: -1, count: os.count)
        ps.withUnsafeBufferPointer { pb in
            os.withUnsafeBufferPointer { ob in
                lower.withUnsafeMutableBufferPointer { l in
                    upper.withUnsafeMutableBufferPointer { u in
                        ix.predicateObjectRanges(pb, ob, lower: l, upper: u)
                    }
                }
            }
        }
        for i in os.indices {
            XCTAssertEqual(
                lower[i]..<upper[i], ix.predicateObjectRange(ps[i], os[i]), "probe \(i): (\(ps[i]), \(os[i]))")
        }
    }

    func testSubjectIndexListsEachSubjectsFactsInFactOrder() {
        let c = columns(500, terms: 40)
        let ix = FactIndexes(subjects: Column(c.s), predicates: Column(c.p), objects: Column(c.o), termCount: 40)
        let first = firstStatements(c)
        for t in 0..<TermID(40) {
            XCTAssertEqual(Array(ix.bySubject(t)), first.filter { c.s[$0] == t }.map { FactID($0) })
        }
    }

    func testRepeatedFactsAreLeftOutOfTheIndexesAndListedWithTheFirst() {
        let c = (s: [TermID]([1, 2, 1, 1, 3]), p: [TermID]([0, 0, 0, 0, 0]), o: [TermID]([5, 5, 5, 6, 5]))
        let ix = FactIndexes(subjects: Column(c.s), predicates: Column(c.p), objects: Column(c.o), termCount: 8)
        XCTAssertEqual(Array(ix.bySubject(1)), [0, 3])
        XCTAssertEqual(Array(ix.byPredicate(0)), [0, 1, 4, 3])
        XCTAssertTrue(ix.repeats.isRepeat(2))
        XCTAssertEqual(ix.repeats.repeats(of: 0), [2])
        XCTAssertEqual(ix.predicateTable.statistics(0)?.facts, 4)
        let other = FactIndexes(
            subjects: Column(c.s), predicates: Column(c.p), objects: Column(c.o), termCount: 8,
            sameQualifiers: { a, b in a + b != 2 })
        XCTAssertFalse(other.repeats.isRepeat(2), "other qualifiers make another fact")
    }

    func testASubjectWithManyQualifierSetsInOneRunComparesEachFactAFewTimesNotWithTheWholeRun() {
        // 4,000 statements of one subject, predicate and object with 1,000 qualifier sets (set
        // f % 1000): the first 1,000 are facts, the rest repeat them.
        let n = 4_000
        let c = (
            s: [TermID](repeating: 1, count: n), p: [TermID](repeating: 0, count: n),
            o: [TermID](repeating: 2, count: n)
        )
        var comparisons = 0
        let ix = FactIndexes(
            subjects: Column(c.s), predicates: Column(c.p), objects: Column(c.o), termCount: 4,
            sameQualifiers: { a, b in
                comparisons += 1
                return a % 1000 == b % 1000
            },
            qualifierHash: { UInt64($0 % 1000) })
        XCTAssertEqual(ix.repeats.count, n - 1000)
        XCTAssertEqual(Array(ix.bySubject(1)), (0..<1000).map { FactID($0) })
        XCTAssertEqual(ix.repeats.repeats(of: 7), [1007, 2007, 3007])
        // Each fact against its subject's first fact and the one with its qualifier hash; a
        // pass over the run instead made about n * 1000 / 2 comparisons.
        XCTAssertLessThanOrEqual(comparisons, 2 * n)
    }

    func testPredicateIndexIsOrderedByObjectThenFact() {
        let c = columns(500, terms: 40)
        let ix = FactIndexes(subjects: Column(c.s), predicates: Column(c.p), objects: Column(c.o), termCount: 40)
        for p in 0..<TermID(7) {
            let expected = firstStatements(c).filter { c.p[$0] == p }.sorted { (c.o[$0], $0) < (c.o[$1], $1) }.map {
                FactID($0)
            }
            XCTAssertEqual(Array(ix.byPredicate(p)), expected)
            // Beside the index: each position's fact's subject and object.
            let r = ix.predicateTable.range(p) ?? 0..<0
            XCTAssertEqual(Array(ix.predicateSubjects[r]), expected.map { c.s[Int($0)] })
            XCTAssertEqual(Array(ix.predicateObjects[r]), expected.map { c.o[Int($0)] })
            XCTAssertEqual(ix.predicateTable.statistics(p)?.subjects, Set(expected.map { c.s[Int($0)] }).count)
            XCTAssertEqual(ix.predicateTable.statistics(p)?.objects, Set(expected.map { c.o[Int($0)] }).count)
        }
    }

    func testBuildingOnTwoThreadsGivesTheSameIndexes() {
        let c = columns(5000, terms: 300)
        let one = FactIndexes(
            subjects: Column(c.s), predicates: Column(c.p), objects: Column(c.o), termCount: 300, parallelFrom: .max)
        let two = FactIndexes(
            subjects: Column(c.s), predicates: Column(c.p), objects: Column(c.o), termCount: 300, parallelFrom: 0)
        XCTAssertEqual(one.subjectStarts, two.subjectStarts)
        XCTAssertEqual(one.subjectFacts, two.subjectFacts)
        XCTAssertEqual(one.predicateOrder, two.predicateOrder)
        XCTAssertEqual(one.predicateSubjects, two.predicateSubjects)
        XCTAssertEqual(one.predicateObjects, two.predicateObjects)
        XCTAssertEqual(one.predicateTable, two.predicateTable)
    }
}
