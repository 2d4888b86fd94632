/// The store's indexes as a snapshot holds them (format version 3 and later): the access
/// paths, the repeats and the per-predicate statistics (`FactIndexes`). Stored, they are read
/// back (in place, from a mapped snapshot) instead of sorted again, so a one-shot `newsq -e`
/// does not rebuild what the last run built.
///
/// Read back, they are checked before any query sees them so that none can read out of bounds,
/// trap or loop: every fact id in range, bucket bounds in order, predicate ranges tiling the
/// index (`restored(..., full: false)`: a streaming pass over each index, no reads of the fact
/// columns). Whether each bucket holds exactly its own facts in order is what a forged
/// checksum could still get wrong — wrong answers, never a crash — and is checked on demand
/// (`full: true`, `FactStore.verifySnapshot`), since it reads the columns at random places.
struct StoredIndexes {
    var subjectStarts: Column<UInt32>
    var subjectFacts: Column<FactID>
    var predicateOrder: Column<FactID>
    /// Predicates in use, ascending, with their range in `predicateOrder` and their distinct
    /// subject and object counts (the fact count is the range's length).
    var predicates: [TermID]
    var rangeStarts: [UInt32]
    var rangeEnds: [UInt32]
    var distinctSubjects: [UInt32]
    var distinctObjects: [UInt32]
    var repeatBits: Column<UInt64>
    var repeatPairs: Column<UInt64>
    /// The object at every 16th position of `predicateOrder` (format 7; FactIndexes+Fences.swift).
    var objectFences: Column<TermID>
    /// The subject and object of the fact at each position of `predicateOrder` (format 8;
    /// FactIndexes+Beside.swift).
    var predicateSubjects: Column<TermID>
    var predicateObjects: Column<TermID>

    /// Why stored indexes do not describe the columns.
    struct Damage: Error {
        var why: String
    }

    init(_ ix: FactIndexes) {
        subjectStarts = ix.subjectStarts
        subjectFacts = ix.subjectFacts
        predicateOrder = ix.predicateOrder
        let table = ix.predicateTable
        predicates = table.predicates
        rangeStarts = (0..<table.count).map { UInt32(table.range(at: $0).lowerBound) }
        rangeEnds = (0..<table.count).map { UInt32(table.range(at: $0).upperBound) }
        distinctSubjects = (0..<table.count).map { UInt32(table.statistics(at: $0).subjects) }
        distinctObjects = (0..<table.count).map { UInt32(table.statistics(at: $0).objects) }
        repeatBits = ix.repeats.bits
        repeatPairs = ix.repeats.pairs
        objectFences = ix.objectFences
        predicateSubjects = ix.predicateSubjects
        predicateObjects = ix.predicateObjects
    }

    init(
        subjectStarts: Column<UInt32>, subjectFacts: Column<FactID>, predicateOrder: Column<FactID>,
        predicates: [TermID], rangeStarts: [UInt32], rangeEnds: [UInt32], distinctSubjects: [UInt32],
        distinctObjects: [UInt32], repeatBits: Column<UInt64>, repeatPairs: Column<UInt64>,
        objectFences: Column<TermID>, predicateSubjects: Column<TermID>, predicateObjects: Column<TermID>
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
        self.objectFences = objectFences
        self.predicateSubjects = predicateSubjects
        self.predicateObjects = predicateObjects
    }

    /// The same indexes with the fact ids of both orders, and the term ids beside the
    /// (predicate, object) index, checked as they are read, not at open (`ColumnBound`, with
    /// the other columns of a mapped snapshot).
    func checkingIDsOnRead(factCount: Int, termCount: Int, log: SnapshotDamageLog) -> StoredIndexes {
        var s = self
        func bound(_ index: String) -> ColumnBound {
            ColumnBound(below: factCount, what: "the \(index) index lists a fact past the last fact", log: log)
        }
        s.subjectFacts = subjectFacts.checkedOnRead(bound("subject"))
        // The buckets' order too: a bucket read alone is never reversed (`Column.span(at:)`),
        // and a join's whole buffer is checked once, when first handed out.
        s.subjectStarts = subjectStarts.checkedOnRead(
            ColumnBound(
                below: subjectFacts.count + 1, what: "the subject index's buckets are not in order", log: log,
                ordered: true))
        s.predicateOrder = predicateOrder.checkedOnRead(bound("predicate"))
        // A bound a column: a bound keeps the buffer it checked.
        func noTerm() -> ColumnBound {
            ColumnBound(below: termCount, what: "the predicate index names a term that does not exist", log: log)
        }
        s.predicateSubjects = predicateSubjects.checkedOnRead(noTerm())
        s.predicateObjects = predicateObjects.checkedOnRead(noTerm())
        return s
    }

    /// The indexes, once checked to be safe to read over these columns (and, when `full`, to
    /// describe them exactly). The full check of the predicate index runs on another core (at a
    /// million facts and more) while the subject index is checked here. When not `full`, the
    /// fact columns are read only at a few places (through their subscripts, so that columns
    /// checked as they are read are not checked whole), and the index orders' fact ids and the
    /// term ids beside the (predicate, object) index are checked in a pass each unless
    /// `idsOnRead` (`checkingIDsOnRead`).
    ///
    /// - Throws: `Damage` naming the first thing that does not hold.
    func restored(
        subjects: Column<TermID>, predicates pc: Column<TermID>, objects: Column<TermID>, termCount: Int,
        full: Bool, idsOnRead: Bool = false
    ) throws -> FactIndexes {
        let n = subjects.count
        let repeats = try checkedRepeats(subjects: subjects, predicates: pc, objects: objects, full: full)
        let distinct = n - repeats.count
        if !full {
            try checkSubjectStarts(factCount: n, distinct: distinct, termCount: termCount, factIDs: !idsOnRead)
            try checkPredicateRanges(predicates: pc, distinct: distinct, factIDs: !idsOnRead)
            try checkFenceCount()
            try checkBesideCounts(termCount: termCount, termIDs: !idsOnRead)
            return indexes(repeats: repeats)
        }
        let predicateCheck = Background(runningNow: n < 1 << 20) { [self] () -> Damage? in
            pc.withUnsafeBufferPointer { pc in
                objects.withUnsafeBufferPointer { oc in
                    do {
                        try checkPredicateOrder(predicates: pc, objects: oc, repeats: repeats, distinct: distinct)
                        try subjects.withUnsafeBufferPointer { sc in try checkBeside(subjects: sc, objects: oc) }
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
        try checkFences()
        return indexes(repeats: repeats)
    }

    /// The store's indexes made of these parts.
    private func indexes(repeats: FactRepeats) -> FactIndexes {
        // Predicates ascend (checked with the ranges: `checkRanges`).
        var table = PredicateTable()
        for (k, p) in predicates.enumerated() {
            let r = Int(rangeStarts[k])..<Int(rangeEnds[k])
            table.append(
                p, range: r,
                statistics: PredicateStatistics(
                    facts: r.count, subjects: Int(distinctSubjects[k]), objects: Int(distinctObjects[k])))
        }
        return FactIndexes(
            subjectStarts: subjectStarts, subjectFacts: subjectFacts, predicateOrder: predicateOrder,
            predicateSubjects: predicateSubjects, predicateObjects: predicateObjects,
            predicateTable: table, repeats: repeats, objectFences: objectFences)
    }

    /// Cheaply: one fence for every `fenceStride` positions of the index, as built. (Any fence
    /// values keep a search inside its range; `checkFences` checks they are the index's own.)
    private func checkFenceCount() throws {
        let stride = FactIndexes.fenceStride
        guard objectFences.count == (predicateOrder.count + stride - 1) / stride else {
            throw Damage(
                why: "\(objectFences.count) (predicate, object) fences for an index of \(predicateOrder.count) facts")
        }
    }

    /// Each fence is the object beside the index at its position (the objects beside the
    /// index are checked before: `checkBeside`).
    private func checkFences() throws {
        try checkFenceCount()
        let stride = FactIndexes.fenceStride
        try predicateObjects.withUnsafeBufferPointer { objects in
            try objectFences.withUnsafeBufferPointer { fences in
                for k in 0..<fences.count where fences[k] != objects[k * stride] {
                    throw Damage(why: "(predicate, object) fence \(k) is not the object at its place in the index")
                }
            }
        }
    }

    /// One subject and one object beside each position of the (predicate, object) index.
    private func checkBesideLengths() throws {
        guard predicateSubjects.count == predicateOrder.count, predicateObjects.count == predicateOrder.count else {
            throw Damage(
                why: "\(predicateSubjects.count) subjects and \(predicateObjects.count) objects beside "
                    + "a predicate index of \(predicateOrder.count) facts")
        }
    }

    /// Cheaply: one subject and one object beside each position of the (predicate, object)
    /// index, and, when `termIDs`, each a term that exists.
    private func checkBesideCounts(termCount: Int, termIDs: Bool) throws {
        try checkBesideLengths()
        guard termIDs else { return }
        for column in [predicateSubjects, predicateObjects]
        where !SnapshotReader.all(column, below: UInt32(clamping: termCount)) {
            throw Damage(why: "the predicate index names a term that does not exist")
        }
    }

    /// The subject and object beside each position of the (predicate, object) index are those
    /// of the fact there (the index's fact ids are checked before: `checkPredicateOrder`).
    private func checkBeside(subjects sc: UnsafeBufferPointer<TermID>, objects oc: UnsafeBufferPointer<TermID>) throws {
        try checkBesideLengths()
        try predicateOrder.withUnsafeBufferPointer { order in
            try predicateSubjects.withUnsafeBufferPointer { ps in
                try predicateObjects.withUnsafeBufferPointer { po in
                    for i in 0..<order.count {
                        let f = Int(order[i])
                        guard ps[i] == sc[f], po[i] == oc[f] else {
                            throw Damage(
                                why: "the subject or object beside position \(i) of the predicate index "
                                    + "is not its fact's")
                        }
                    }
                }
            }
        }
    }

    /// Each repeat names a later fact stating what an earlier, first-stated fact states.
    /// Cheaply: each pair's facts exist, in order; fully, also that they state the same fact.
    private func checkedRepeats(
        subjects: Column<TermID>, predicates: Column<TermID>, objects: Column<TermID>, full: Bool
    ) throws -> FactRepeats {
        let n = subjects.count
        guard repeatBits.count == (n + 63) / 64 else {
            throw Damage(why: "\(repeatBits.count) words of repeat marks for \(n) facts")
        }
        if n % 64 != 0, let last = repeatBits.last, last >> UInt64(n % 64) != 0 {
            throw Damage(why: "a repeat mark lies past the last fact")
        }
        // Bits counted only in words that have any: repeats are few, and without a population
        // count instruction (baseline x86-64) each word's count took about thirty instructions
        // (0.5 million at a million facts, a fifteenth of a one-shot query).
        let marked = repeatBits.withUnsafeBufferPointer { words in
            var marked = 0
            for word in words where word != 0 { marked += word.nonzeroBitCount }
            return marked
        }
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
                !full
                    || (subjects[first] == subjects[again] && predicates[first] == predicates[again]
                        && objects[first] == objects[again])
            else {
                throw Damage(why: "fact \(again) is listed as repeating fact \(first), which it does not")
            }
        }
        return repeats
    }

    /// Subject `s`'s bucket holds exactly the first-stated facts about `s`, in fact order (the
    /// cheap check is `checkSubjectStarts`).
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

    /// Cheaply: the subject index's buckets are in order and, when `factIDs`, every fact id
    /// it lists exists (else each is checked as read: `checkingIDsOnRead`).
    private func checkSubjectStarts(factCount n: Int, distinct: Int, termCount: Int, factIDs: Bool) throws {
        guard subjectStarts.count == termCount + 1, subjectStarts.first == 0,
            subjectStarts.last.map({ Int($0) }) == subjectFacts.count, subjectFacts.count == distinct
        else {
            throw Damage(why: "the subject index has \(subjectFacts.count) facts in \(subjectStarts.count) buckets")
        }
        // In vector registers (`OrderCheck`): 400,000 buckets at a million facts. Not when
        // checked as read (`checkingIDsOnRead` gave the column its bound).
        if subjectStarts.bound == nil {
            let ordered = subjectStarts.withUnsafeBufferPointer(OrderCheck.isNonDecreasing)
            guard ordered else { throw Damage(why: "the subject index's buckets are not in order") }
        }
        guard factIDs else { return }
        let top = subjectFacts.withUnsafeBufferPointer { f in f.reduce(FactID(0)) { max($0, $1) } }
        guard subjectFacts.isEmpty || Int(top) < n else {
            throw Damage(why: "the subject index lists fact \(top), past the last fact")
        }
    }

    /// Cheaply: when `factIDs`, every fact id of `predicateOrder` exists; the predicate ranges
    /// tile it, each starting and ending on a fact of its predicate (read through the columns'
    /// subscripts: a few values each).
    private func checkPredicateRanges(predicates pc: Column<TermID>, distinct: Int, factIDs: Bool) throws {
        guard predicateOrder.count == distinct else {
            throw Damage(why: "the predicate index has \(predicateOrder.count) facts, not \(distinct)")
        }
        if factIDs {
            let top = predicateOrder.withUnsafeBufferPointer { o in o.reduce(FactID(0)) { max($0, $1) } }
            guard predicateOrder.isEmpty || Int(top) < pc.count else {
                throw Damage(why: "the predicate index lists fact \(top), past the last fact")
            }
        }
        try checkRanges(count: predicateOrder.count) { pc[Int(predicateOrder[$0])] }
    }

    /// Ranges in predicate order tile an index of `count` facts: each starts where the
    /// previous ended, and `predicateAt(i)` (the predicate of the fact at position `i`) is the
    /// range's own at its first and last position.
    private func checkRanges(count: Int, predicateAt: (Int) -> TermID) throws {
        let k = predicates.count
        guard rangeStarts.count == k, rangeEnds.count == k, distinctSubjects.count == k, distinctObjects.count == k
        else { throw Damage(why: "predicate ranges differ in length") }
        var expectedStart = 0
        for j in 0..<k {
            let p = predicates[j], lo = Int(rangeStarts[j]), hi = Int(rangeEnds[j])
            guard j == 0 || predicates[j - 1] < p, lo == expectedStart, lo < hi, hi <= count,
                predicateAt(lo) == p, predicateAt(hi - 1) == p
            else { throw Damage(why: "the range of predicate \(p) does not match the index") }
            let facts = UInt32(hi - lo)
            guard (1...facts).contains(distinctSubjects[j]), (1...facts).contains(distinctObjects[j]) else {
                throw Damage(why: "the statistics of predicate \(p) exceed its facts")
            }
            expectedStart = hi
        }
        guard expectedStart == count else { throw Damage(why: "predicate ranges do not cover the index") }
    }

    /// `predicateOrder` holds the first-stated facts sorted by (predicate, object, fact), and
    /// each predicate's range is exactly its run (the cheap check is `checkPredicateRanges`).
    private func checkPredicateOrder(
        predicates pc: UnsafeBufferPointer<TermID>, objects oc: UnsafeBufferPointer<TermID>, repeats: FactRepeats,
        distinct: Int
    ) throws {
        guard predicateOrder.count == distinct else {
            throw Damage(why: "the predicate index has \(predicateOrder.count) facts, not \(distinct)")
        }
        try predicateOrder.withUnsafeBufferPointer { order in
            do {
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
            }
            try checkRanges(count: order.count) { pc[Int(order[$0])] }
        }
    }
}
