import XCTest

@testable import NewsFacts

final class FactIndexesTests: XCTestCase {
    /// Facts over a few terms, drawn from a fixed pseudo-random sequence (each predicate one of
    /// seven).
    private func columns(_ n: Int, terms: UInt32) -> (s: [TermID], p: [TermID], o: [TermID]) {
        var draw = SeededTerms(seed: 0x9E37_79B9_7F4A_7C15)
        return draw.facts(n, subject: { $0.next(terms) }, predicate: { $0.next(terms) % 7 }, object: { $0.next(terms) })
    }

    /// The ranges `predicateObjectRanges` gives for a block of (predicate, object) probes.
    private func blockRanges(_ ix: FactIndexes, _ ps: [TermID], _ os: [TermID]) -> [Range<Int>] {
        var lower = [Int](repeating: -1, count: ps.count), upper = [Int](repeating: -1, count: ps.count)
        ps.withUnsafeBufferPointer { pb in
            os.withUnsafeBufferPointer { ob in
                lower.withUnsafeMutableBufferPointer { l in
                    upper.withUnsafeMutableBufferPointer { u in
                        ix.predicateObjectRanges(pb, ob, lower: l, upper: u)
                    }
                }
            }
        }
        return zip(lower, upper).map { $0..<$1 }
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
        var draw = SeededTerms(seed: 0x2545_F491_4F6C_DD1D)
        let terms: UInt32 = 3000
        let spreads: [(String, (inout SeededTerms) -> TermID)] = [
            ("even", { $0.next(terms) }),
            ("crowded", { $0.next(4) == 0 ? $0.next(terms) : 1234 }),
            ("bunched at the ends", { $0.next(2) == 0 ? $0.next(20) : terms - 1 - $0.next(20) }),
            (
                "squares",
                {
                    let v = $0.next(54)
                    return v * v % terms
                }
            ),
        ]
        for (name, spread) in spreads {
            let (s, p, o) = draw.facts(4000, subject: { $0.next(terms) }, predicate: { $0.next(3) }, object: spread)
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
        var draw = SeededTerms(seed: 0x0DDB_1A5E_5BAD_5EED)
        let terms: UInt32 = 2000
        // One crowded object (a run of about a thousand facts), the rest spread.
        let (s, p, o) = draw.facts(
            6000, subject: { $0.next(terms) }, predicate: { $0.next(3) },
            object: { $0.next(3) == 0 ? 77 : $0.next(terms) })
        let objects = Column(o)
        let ix = FactIndexes(subjects: Column(s), predicates: Column(p), objects: objects, termCount: Int(terms))
        for size in [1, 2, 7, 256] {
            for _ in 0..<20 {
                // Predicate 4 has no fact; objects up to `terms + 5` include some no term has.
                let ps = (0..<size).map { _ in draw.next(5) }
                let os = (0..<size).map { _ in draw.next(4) == 0 ? 77 : draw.next(terms + 5) }
                let block = blockRanges(ix, ps, os)
                for i in 0..<size {
                    let single = ix.predicateObjectRange(ps[i], os[i])
                    XCTAssertEqual(block[i], single, "probe \(i) of \(size): (\(ps[i]), \(os[i]))")
                }
            }
        }
    }

    /// The fences narrow a (predicate, object) search without changing its answer: for every
    /// predicate and every object (runs of one fact, of hundreds, none, past every term), the
    /// range found, one probe at a time or in a block, is the run a scan of the index finds,
    /// and the same as the indexes without fences (as read from a snapshot) give.
    func testFencedPredicateObjectSearchesFindTheRunsAScanFinds() {
        var draw = SeededTerms(seed: 0x5EED_F0E5_0BAD_CAFE)
        let terms: UInt32 = 700
        let (s, p, o) = draw.facts(
            5000, subject: { $0.next(terms) }, predicate: { $0.next(3) },
            object: { $0.next(4) == 0 ? 5 : $0.next(terms) })
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
            let block = blockRanges(ix, ps, os)
            for (i, ob) in os.enumerated() {
                let run = r.filter { o[Int(ix.predicateOrder[$0])] == ob }
                let single = ix.predicateObjectRange(pr, ob)
                if let first = run.first {
                    XCTAssertEqual(single, first..<(run.last! + 1), "(\(pr), \(ob))")
                } else {
                    XCTAssertTrue(single.isEmpty, "(\(pr), \(ob))")
                }
                XCTAssertEqual(block[i], single, "block probe (\(pr), \(ob))")
                XCTAssertEqual(unfenced.predicateObjectRange(pr, ob), single, "(\(pr), \(ob))")
            }
        }
    }

    /// A fence search that gallops on from an earlier probe's fence (any fence at or before
    /// the answer: where a search for a smaller or equal object stopped) narrows to the same
    /// window and stops at the same fence as a binary search over all of the predicate's
    /// fences, for every object, a few runs long, none, or past every term.
    func testGallopingFenceSearchesFindWhatTheBinarySearchFinds() {
        var draw = SeededTerms(seed: 0x7A11_0FF5_E7F1_A5E5)
        let terms: UInt32 = 500
        let (s, p, o) = draw.facts(
            4000, subject: { $0.next(terms) }, predicate: { $0.next(3) },
            object: { $0.next(5) == 0 ? 40 : $0.next(terms) })
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
        var draw = SeededTerms(seed: 0x51DE_5EA5_0F0B_1EC7)
        let terms: UInt32 = 3000
        let (s, p, o) = draw.facts(
            20000, subject: { $0.next(terms) }, predicate: { $0.next(3) }, object: { $0.next(terms) })
        let ix = FactIndexes(subjects: Column(s), predicates: Column(p), objects: Column(o), termCount: Int(terms))
        var ps: [TermID] = [], os: [TermID] = []
        for pr: TermID in [0, 2, 0, 1, 1] {
            var ob = draw.next(40)
            while ob < terms + 3 {
                ps.append(pr)
                os.append(ob)
                ob += draw.next(4) == 0 ? 0 : draw.next(60)
            }
        }
        let block = blockRanges(ix, ps, os)
        for i in os.indices {
            XCTAssertEqual(
                block[i], ix.predicateObjectRange(ps[i], os[i]), "probe \(i): (\(ps[i]), \(os[i]))")
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

/// A fixed pseudo-random sequence of term ids (a 64-bit linear congruential generator): the
/// facts a test draws from one seed are the same on every run and machine.
struct SeededTerms {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next id below `n`.
    mutating func next(_ n: UInt32) -> TermID {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return TermID(state >> 33) % n
    }

    /// `count` facts, each drawn subject, predicate, then object, from this sequence.
    mutating func facts(
        _ count: Int, subject: (inout SeededTerms) -> TermID, predicate: (inout SeededTerms) -> TermID,
        object: (inout SeededTerms) -> TermID
    ) -> (s: [TermID], p: [TermID], o: [TermID]) {
        var s: [TermID] = [], p: [TermID] = [], o: [TermID] = []
        for _ in 0..<count {
            s.append(subject(&self))
            p.append(predicate(&self))
            o.append(object(&self))
        }
        return (s, p, o)
    }
}
