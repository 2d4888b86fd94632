/// The store's indexes as a snapshot holds them (format version 3): the access paths, the
/// repeats and the per-predicate statistics (`FactIndexes`). Stored, they are copied back
/// instead of sorted again, so a one-shot `newsq -e` does not rebuild what the last run built.
///
/// Read back, they are checked against the fact columns before any query sees them: every id in
/// range, each bucket holding exactly its own facts in order, each predicate's range exactly its
/// facts. A snapshot whose checksum was forged must not make a query read out of bounds or loop,
/// and this costs one pass over each index, far less than building it.
struct StoredIndexes {
    var subjectStarts: [UInt32]
    var subjectFacts: [FactID]
    var predicateOrder: [FactID]
    /// Predicates in use, ascending, with their range in `predicateOrder` and their distinct
    /// subject and object counts (the fact count is the range's length).
    var predicates: [TermID]
    var rangeStarts: [UInt32]
    var rangeEnds: [UInt32]
    var distinctSubjects: [UInt32]
    var distinctObjects: [UInt32]
    var repeatBits: [UInt64]
    var repeatPairs: [UInt64]

    /// Why stored indexes do not describe the columns.
    struct Damage: Error {
        var why: String
    }

    init(_ ix: FactIndexes) {
        subjectStarts = ix.subjectStarts
        subjectFacts = ix.subjectFacts
        predicateOrder = ix.predicateOrder
        predicates = ix.predicateRanges.keys.sorted()
        rangeStarts = predicates.map { UInt32(ix.predicateRanges[$0]!.lowerBound) }
        rangeEnds = predicates.map { UInt32(ix.predicateRanges[$0]!.upperBound) }
        distinctSubjects = predicates.map { UInt32(ix.statistics[$0]?.subjects ?? 0) }
        distinctObjects = predicates.map { UInt32(ix.statistics[$0]?.objects ?? 0) }
        repeatBits = ix.repeats.bits
        repeatPairs = ix.repeats.pairs
    }

    init(
        subjectStarts: [UInt32], subjectFacts: [FactID], predicateOrder: [FactID], predicates: [TermID],
        rangeStarts: [UInt32], rangeEnds: [UInt32], distinctSubjects: [UInt32], distinctObjects: [UInt32],
        repeatBits: [UInt64], repeatPairs: [UInt64]
    ) {
        self.subjectStarts = subjectStarts
        self.subjectFacts = subjectFacts
        self.predicateOrder = predicateOrder
        self.predicates = predicates
        self.rangeStarts = rangeStarts
        self.rangeEnds = rangeEnds
        self.distinctSubjects = distinctSubjects
        self.distinctObjects = distinctObjects
        self.repeatBits = repeatBits
        self.repeatPairs = repeatPairs
    }

    /// The indexes, once checked to describe these columns. The predicate index is checked on
    /// another core (at a million facts and more) while the subject index is checked here.
    ///
    /// - Throws: `Damage` naming the first thing that does not hold.
    func restored(
        subjects: [TermID], predicates pc: [TermID], objects: [TermID], termCount: Int
    ) throws -> FactIndexes {
        let n = subjects.count
        let repeats = try checkedRepeats(subjects: subjects, predicates: pc, objects: objects)
        let distinct = n - repeats.count
        let predicateCheck = Background(runningNow: n < 1 << 20) { [self] () -> Damage? in
            pc.withUnsafeBufferPointer { pc in
                objects.withUnsafeBufferPointer { oc in
                    do {
                        try checkPredicateOrder(predicates: pc, objects: oc, repeats: repeats, distinct: distinct)
                        return nil
                    } catch {
                        return error as? Damage ?? Damage(why: "\(error)")
                    }
                }
            }
        }
        defer { _ = predicateCheck.value }
        try subjects.withUnsafeBufferPointer { sc in
            try checkSubjectIndex(subjects: sc, repeats: repeats, distinct: distinct, termCount: termCount)
        }
        if let damage = predicateCheck.value { throw damage }
        var ranges: [TermID: Range<Int>] = [:]
        var statistics: [TermID: PredicateStatistics] = [:]
        ranges.reserveCapacity(predicates.count)
        statistics.reserveCapacity(predicates.count)
        for (k, p) in predicates.enumerated() {
            let r = Int(rangeStarts[k])..<Int(rangeEnds[k])
            ranges[p] = r
            statistics[p] = PredicateStatistics(
                facts: r.count, subjects: Int(distinctSubjects[k]), objects: Int(distinctObjects[k]))
        }
        return FactIndexes(
            subjectStarts: subjectStarts, subjectFacts: subjectFacts, predicateOrder: predicateOrder,
            predicateRanges: ranges, statistics: statistics, repeats: repeats)
    }

    /// Each repeat names a later fact stating what an earlier, first-stated fact states.
    private func checkedRepeats(subjects: [TermID], predicates: [TermID], objects: [TermID]) throws -> FactRepeats {
        let n = subjects.count
        guard repeatBits.count == (n + 63) / 64 else {
            throw Damage(why: "\(repeatBits.count) words of repeat marks for \(n) facts")
        }
        if n % 64 != 0, let last = repeatBits.last, last >> UInt64(n % 64) != 0 {
            throw Damage(why: "a repeat mark lies past the last fact")
        }
        let marked = repeatBits.reduce(0) { $0 + $1.nonzeroBitCount }
        guard marked == repeatPairs.count else {
            throw Damage(why: "\(marked) facts are marked as repeats and \(repeatPairs.count) are listed")
        }
        let repeats = FactRepeats(bits: repeatBits, pairs: repeatPairs)
        var previous: UInt64? = nil
        for pair in repeatPairs {
            let first = Int(pair >> 32), again = Int(pair & 0xFFFF_FFFF)
            guard previous.map({ $0 < pair }) ?? true else { throw Damage(why: "repeats are not in order") }
            previous = pair
            guard first < again, again < n, repeats.isRepeat(FactID(again)), !repeats.isRepeat(FactID(first)),
                subjects[first] == subjects[again], predicates[first] == predicates[again],
                objects[first] == objects[again]
            else {
                throw Damage(why: "fact \(again) is listed as repeating fact \(first), which it does not")
            }
        }
        return repeats
    }

    /// Subject `s`'s bucket holds exactly the first-stated facts about `s`, in fact order.
    private func checkSubjectIndex(
        subjects: UnsafeBufferPointer<TermID>, repeats: FactRepeats, distinct: Int, termCount: Int
    ) throws {
        guard subjectStarts.count == termCount + 1, subjectStarts.first == 0,
            subjectStarts.last.map({ Int($0) }) == subjectFacts.count, subjectFacts.count == distinct
        else {
            throw Damage(why: "the subject index has \(subjectFacts.count) facts in \(subjectStarts.count) buckets")
        }
        let anyRepeats = repeats.count > 0
        try subjectStarts.withUnsafeBufferPointer { starts in
            try subjectFacts.withUnsafeBufferPointer { facts in
                try repeats.bits.withUnsafeBufferPointer { bits in
                    for s in 0..<termCount {
                        let lo = Int(starts[s]), hi = Int(starts[s + 1])
                        guard lo <= hi, hi <= facts.count else {
                            throw Damage(why: "the subject index's buckets are not in order")
                        }
                        var last = -1
                        for i in lo..<hi {
                            let f = Int(facts[i])
                            // Increasing, each about `s`, none a repeat: with the count, every
                            // first-stated fact is in its subject's bucket once.
                            guard f > last, f < subjects.count, subjects[f] == TermID(s),
                                !anyRepeats || bits[f >> 6] & (1 << UInt64(f & 63)) == 0
                            else { throw Damage(why: "the subject index lists fact \(f) under term \(s)") }
                            last = f
                        }
                    }
                }
            }
        }
    }

    /// `predicateOrder` holds the first-stated facts sorted by (predicate, object, fact), and
    /// each predicate's range is exactly its run.
    private func checkPredicateOrder(
        predicates pc: UnsafeBufferPointer<TermID>, objects oc: UnsafeBufferPointer<TermID>, repeats: FactRepeats,
        distinct: Int
    ) throws {
        guard predicateOrder.count == distinct else {
            throw Damage(why: "the predicate index has \(predicateOrder.count) facts, not \(distinct)")
        }
        try predicateOrder.withUnsafeBufferPointer { order in
            try repeats.bits.withUnsafeBufferPointer { bits in
                // (predicate, object) as one number, then the fact: strictly increasing.
                var lastKey: UInt64 = 0, lastFact: UInt32 = 0
                let anyRepeats = repeats.count > 0
                for i in 0..<order.count {
                    let f = order[i]
                    guard Int(f) < pc.count, !anyRepeats || bits[Int(f >> 6)] & (1 << UInt64(f & 63)) == 0 else {
                        throw Damage(why: "the predicate index lists fact \(f)")
                    }
                    let key = UInt64(pc[Int(f)]) << 32 | UInt64(oc[Int(f)])
                    guard i == 0 || key > lastKey || (key == lastKey && f > lastFact) else {
                        throw Damage(why: "the predicate index is not in order at position \(i)")
                    }
                    lastKey = key
                    lastFact = f
                }
            }
            let k = predicates.count
            guard rangeStarts.count == k, rangeEnds.count == k, distinctSubjects.count == k, distinctObjects.count == k
            else { throw Damage(why: "predicate ranges differ in length") }
            // Ranges in predicate order tile the index: each starts where the previous ended.
            var expectedStart = 0
            for j in 0..<k {
                let p = predicates[j], lo = Int(rangeStarts[j]), hi = Int(rangeEnds[j])
                guard j == 0 || predicates[j - 1] < p, lo == expectedStart, lo < hi, hi <= order.count,
                    pc[Int(order[lo])] == p, pc[Int(order[hi - 1])] == p
                else { throw Damage(why: "the range of predicate \(p) does not match the index") }
                let facts = UInt32(hi - lo)
                guard (1...facts).contains(distinctSubjects[j]), (1...facts).contains(distinctObjects[j]) else {
                    throw Damage(why: "the statistics of predicate \(p) exceed its facts")
                }
                expectedStart = hi
            }
            guard expectedStart == order.count else { throw Damage(why: "predicate ranges do not cover the index") }
        }
    }
}
