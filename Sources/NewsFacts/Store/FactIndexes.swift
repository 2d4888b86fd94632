/// The store's access paths, rebuilt in O(facts + terms) by counting sorts:
///
/// - by subject: for each term, the facts it is the subject of, in fact order;
/// - by predicate then object: facts sorted by (predicate, object, fact), so a predicate is one
///   range and a predicate–object pair a sub-range found by binary search.
///
/// Each costs 4 bytes a fact plus 4 bytes a term; beside the second, each fact's subject and
/// object in its order (8 bytes a fact, FactIndexes+Beside.swift). Neither lists a fact that
/// repeats an earlier one (`FactRepeats`): a fact stated in several sentences is found once.
final class FactIndexes: Sendable {
    // Internal (not private): FactStore+Ranges.swift hands out positions into these.
    let subjectStarts: Column<UInt32>
    let subjectFacts: Column<FactID>
    let predicateOrder: Column<FactID>
    /// The subject of the fact at each position of `predicateOrder` (FactIndexes+Beside.swift).
    let predicateSubjects: Column<TermID>
    /// The object of the fact at each position of `predicateOrder`: ascending within a predicate.
    let predicateObjects: Column<TermID>
    /// Each predicate's range in `predicateOrder` and its statistics.
    let predicateTable: PredicateTable
    let repeats: FactRepeats
    /// The object at every `fenceStride`-th position of `predicateOrder` (read in place from a
    /// mapped snapshot, format 7 and later); see FactIndexes+Fences.swift.
    let objectFences: Column<TermID>

    /// `parallelFrom`: the fact count from which the two paths are built on two threads.
    /// `sameQualifiers`: whether two facts carry the same qualifiers (facts that differ only in
    /// their qualifiers are different facts); `qualifierHash`: a hash facts with the same
    /// qualifiers share (see `FactRepeats.find`).
    init(
        subjects: Column<TermID>, predicates: Column<TermID>, objects: Column<TermID>, termCount: Int,
        parallelFrom: Int = 1 << 20,
        sameQualifiers: (FactID, FactID) -> Bool = { _, _ in true },
        qualifierHash: (FactID) -> UInt64 = { _ in 0 }
    ) {
        // The two access paths are independent: at a million facts and more, each is built on
        // its own core.
        let parallel = subjects.count >= parallelFrom
        // Its buffers allocated on this thread (see `SortedByKey` for why).
        let bySubject = SortedByKey(termCount: termCount, count: subjects.count)
        let subjectsSorted = Background(runningNow: !parallel) { bySubject.sort(keys: subjects) }
        // Stable sort by object, then by predicate: the result is ordered by (p, o, fact).
        let objectStarts = FactIndexes.countingStarts(keys: objects, termCount: termCount)
        let byObject = FactIndexes.countingSort(keys: objects, starts: objectStarts, order: nil)
        let allStarts = FactIndexes.countingStarts(keys: predicates, termCount: termCount)
        let allOrder = FactIndexes.countingSort(keys: predicates, starts: allStarts, order: byObject)
        repeats = FactRepeats.find(
            order: allOrder, predicates: predicates, subjects: subjects, objects: objects, termCount: termCount,
            sameQualifiers: sameQualifiers, qualifierHash: qualifierHash)
        let (order, predicateStarts) = repeats.removing(from: allOrder, starts: allStarts)
        // Read at places the data chooses: in 2 MB pages (`Column.inLargePages`).
        predicateOrder = Column(order).inLargePages()
        let beside = FactIndexes.besideColumns(order: predicateOrder, subjects: subjects, objects: objects)
        let besideSubjects = Column(beside.subjects).inLargePages()
        let besideObjects = Column(beside.objects).inLargePages()
        predicateSubjects = besideSubjects
        predicateObjects = besideObjects
        objectFences = Column(FactIndexes.objectFences(besideObjects))
        subjectsSorted.value
        let (facts, starts) = repeats.removing(from: bySubject.order, starts: bySubject.starts)
        subjectFacts = Column(facts).inLargePages()
        subjectStarts = Column(starts).inLargePages()
        var table = PredicateTable()
        var lastSubjectMark = [UInt32](repeating: .max, count: termCount)
        // Each predicate's range comes from its counting-sort bucket; within it facts are ordered
        // by object, so distinct objects are counted in one pass and subjects with a mark a term.
        besideSubjects.withUnsafeBufferPointer { subjects in
            besideObjects.withUnsafeBufferPointer { objects in
                lastSubjectMark.withUnsafeMutableBufferPointer { mark in
                    for p in 0..<termCount where predicateStarts[p + 1] > predicateStarts[p] {
                        let i = Int(predicateStarts[p]), j = Int(predicateStarts[p + 1])
                        var distinctObjects = 0, distinctSubjects = 0
                        var lastObject = TermID.max
                        for k in i..<j {
                            if objects[k] != lastObject {
                                distinctObjects += 1
                                lastObject = objects[k]
                            }
                            let s = Int(subjects[k])
                            if mark[s] != UInt32(p) {
                                mark[s] = UInt32(p)
                                distinctSubjects += 1
                            }
                        }
                        table.append(
                            TermID(p), range: i..<j,
                            statistics: PredicateStatistics(
                                facts: j - i, subjects: distinctSubjects, objects: distinctObjects))
                    }
                }
            }
        }
        predicateTable = table
    }

    /// Indexes read back from a snapshot as they were written; `restored(...)` makes sure they
    /// describe the columns before any query reads them. Without `objectFences`, searches take
    /// every step in the index (the answers are the same). `predicateSubjects` and
    /// `predicateObjects` have one value a position of `predicateOrder`.
    init(
        subjectStarts: Column<UInt32>, subjectFacts: Column<FactID>, predicateOrder: Column<FactID>,
        predicateSubjects: Column<TermID>, predicateObjects: Column<TermID>,
        predicateTable: PredicateTable, repeats: FactRepeats, objectFences: Column<TermID> = []
    ) {
        self.subjectStarts = subjectStarts
        self.subjectFacts = subjectFacts
        self.predicateOrder = predicateOrder
        self.predicateSubjects = predicateSubjects
        self.predicateObjects = predicateObjects
        self.predicateTable = predicateTable
        self.repeats = repeats
        self.objectFences = objectFences
    }

    @inline(__always)
    func bySubject(_ s: TermID) -> Slice<Column<FactID>> {
        let i = Int(s)
        guard i + 1 < subjectStarts.count else { return subjectFacts[0..<0] }
        return subjectFacts[subjectStarts.span(at: i)]
    }

    /// How many facts have subject `s`, from the bucket's ends alone (no slice of the column:
    /// a one-shot query's first slice type costs the runtime a scan of every conformance).
    func subjectCount(_ s: TermID) -> Int {
        let i = Int(s)
        guard i + 1 < subjectStarts.count else { return 0 }
        return max(0, Int(subjectStarts[i + 1]) - Int(subjectStarts[i]))
    }

    @inline(__always)
    func byPredicate(_ p: TermID) -> Slice<Column<FactID>> {
        guard let r = predicateTable.range(p) else { return predicateOrder[0..<0] }
        return predicateOrder[r]
    }

    func byPredicateObject(_ p: TermID, _ o: TermID) -> Slice<Column<FactID>> {
        predicateOrder[predicateObjectRange(p, o)]
    }

    /// Positions in `predicateOrder` of the facts with predicate `p` and object `o`: the start
    /// by binary search over the objects beside the index, the end by galloping from the start
    /// (runs are short, and a second binary search over the predicate took as many steps as
    /// the first, each a read that misses the cache past a million facts).
    func predicateObjectRange(_ p: TermID, _ o: TermID) -> Range<Int> {
        guard let r = predicateTable.range(p) else { return 0..<0 }
        return predicateObjects.withUnsafeBufferPointer { at -> Range<Int> in
            let window = fenced(r, below: o)
            var lo = window.lowerBound, hi = window.upperBound
            while lo < hi {
                let mid = (lo + hi) >> 1
                if at[mid] < o { lo = mid + 1 } else { hi = mid }
            }
            let start = lo, top = r.upperBound
            if start == top || at[start] != o { return start..<start }
            return start..<FactIndexes.runEnd(from: start, before: top) { at[$0] == o }
        }
    }

    /// The end of a run of positions that `matches`, from `start` (which does) to at most
    /// `top`: widen `(start, probe]` by doubling steps until `probe` is past the run, then
    /// binary search the last step for the first position that does not match.
    @inline(__always)
    static func runEnd(from start: Int, before top: Int, _ matches: (Int) -> Bool) -> Int {
        var last = start, step = 1, probe = start + 1
        while probe < top && matches(probe) {
            last = probe
            step <<= 1
            probe = min(top, probe + step)
        }
        var a = last + 1, b = probe
        while a < b {
            let mid = (a + b) >> 1
            if matches(mid) { a = mid + 1 } else { b = mid }
        }
        return a
    }

    var memoryBytes: Int { memoryBreakdown.reduce(0) { $0 + $1.bytes } }

    /// `memoryBytes` part by part (see `FactStore.memoryBreakdown`).
    var memoryBreakdown: [(part: String, bytes: Int)] {
        [
            ("subject index starts", subjectStarts.memoryBytes), ("subject index", subjectFacts.memoryBytes),
            ("(predicate, object) index", predicateOrder.memoryBytes),
            ("(predicate, object) index subjects", predicateSubjects.memoryBytes),
            ("(predicate, object) index objects", predicateObjects.memoryBytes), ("repeats", repeats.memoryBytes),
            ("(predicate, object) fences", objectFences.memoryBytes),
        ]
    }

    // MARK: - Counting sort

    /// Prefix sums of key counts: facts with key k go to starts[k]..<starts[k+1].
    static func countingStarts(keys: Column<TermID>, termCount: Int) -> [UInt32] {
        var starts = [UInt32](repeating: 0, count: termCount + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            keys.withUnsafeBufferPointer { keys in
                for k in keys { starts[Int(k) + 1] += 1 }
            }
            for i in 0..<termCount { starts[i + 1] += starts[i] }
        }
        return starts
    }

    /// Fact ids ordered by key, stable with respect to `order` (fact order when nil).
    static func countingSort(keys: Column<TermID>, starts: [UInt32], order: [FactID]?) -> [FactID] {
        var next = starts
        var out = [FactID](repeating: 0, count: keys.count)
        out.withUnsafeMutableBufferPointer { out in
            next.withUnsafeMutableBufferPointer { next in
                keys.withUnsafeBufferPointer { keys in
                    if let order {
                        for f in order {
                            let k = Int(keys[Int(f)])
                            out[Int(next[k])] = f
                            next[k] += 1
                        }
                    } else {
                        for f in 0..<keys.count {
                            let k = Int(keys[f])
                            out[Int(next[k])] = FactID(f)
                            next[k] += 1
                        }
                    }
                }
            }
        }
        return out
    }
}
