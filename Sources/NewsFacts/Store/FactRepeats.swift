/// Which facts repeat an earlier one: the same subject, predicate, object and qualifiers,
/// stated again (in another sentence or article). A fact is true once; its repeats are only
/// more sources for it. The store's indexes leave repeats out, so every query, count and
/// statistic sees each fact once, and `sources(of:)` lists where it was stated.
///
/// Costs one bit a fact plus 8 bytes a repeat (the indexes save 8 bytes a repeat).
struct FactRepeats: Sendable {
    /// Bit f set: fact f repeats an earlier fact.
    private(set) var bits: Column<UInt64>
    /// (first fact, repeat) pairs, sorted, as `first << 32 | repeat`.
    private(set) var pairs: Column<UInt64>

    var count: Int { pairs.count }

    init(factCount: Int) {
        bits = Column(repeating: 0, count: (factCount + 63) / 64)
        pairs = []
    }

    /// Repeats read back from a snapshot (checked by `FactIndexes.checked`).
    init(bits: Column<UInt64>, pairs: Column<UInt64>) {
        self.bits = bits
        self.pairs = pairs
    }

    @inline(__always) func isRepeat(_ f: FactID) -> Bool {
        bits[Int(f) >> 6] & (1 << UInt64(f & 63)) != 0
    }

    /// The repeats of fact `f` (empty when it has none), in fact order.
    func repeats(of f: FactID) -> [FactID] {
        let key = UInt64(f) << 32
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if pairs[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        var out: [FactID] = []
        while lo < pairs.count && pairs[lo] >> 32 == UInt64(f) {
            out.append(FactID(truncatingIfNeeded: pairs[lo]))
            lo += 1
        }
        return out
    }

    /// Finds the repeats among facts ordered by (predicate, object, fact): within a run of one
    /// predicate and object, a fact whose subject was seen earlier in the run with equal
    /// qualifiers (`sameQualifiers`) repeats that first fact.
    ///
    /// - Parameters:
    ///   - order: fact ids sorted by (predicate, object, fact).
    ///   - sameQualifiers: whether two facts carry the same qualifiers.
    ///   - qualifierHash: a hash of a fact's qualifiers that facts with the same qualifiers (in
    ///     any order) share. A subject stated in one run with many different qualifier sets
    ///     (an event's thousands of mentions, say) then costs one lookup a fact, not a pass over
    ///     the run: that pass made indexing 5.7M facts take 19 s.
    static func find(
        order: [FactID], predicates: Column<TermID>, subjects: Column<TermID>, objects: Column<TermID>, termCount: Int,
        sameQualifiers: (FactID, FactID) -> Bool, qualifierHash: (FactID) -> UInt64 = { _ in 0 }
    ) -> FactRepeats {
        var found = FactRepeats(factCount: subjects.count)
        // For each subject, the run it was last seen in and its first fact there.
        var lastRun = [UInt32](repeating: .max, count: termCount)
        var firstFact = [FactID](repeating: 0, count: termCount)
        var run: UInt32 = 0
        var pairs: [UInt64] = []
        // In the current run, by subject and qualifier hash: the facts stated first with other
        // qualifiers than their subject's first fact, in fact order.
        var others: [SubjectQualifiers: [FactID]] = [:]
        order.withUnsafeBufferPointer { order in
            predicates.withUnsafeBufferPointer { pc in
                subjects.withUnsafeBufferPointer { sc in
                    objects.withUnsafeBufferPointer { oc in
                        for k in 0..<order.count {
                            let f = order[k]
                            if k > 0 {
                                let g = order[k - 1]
                                if pc[Int(g)] != pc[Int(f)] || oc[Int(g)] != oc[Int(f)] {
                                    run &+= 1
                                    if !others.isEmpty { others.removeAll(keepingCapacity: true) }
                                }
                            }
                            let s = Int(sc[Int(f)])
                            if lastRun[s] != run {
                                lastRun[s] = run
                                firstFact[s] = f
                                continue
                            }
                            var original: FactID? = nil
                            if sameQualifiers(firstFact[s], f) {
                                original = firstFact[s]
                            } else {
                                // Same subject, other qualifiers (rare): an earlier fact of this
                                // run stated first with this subject and these qualifiers.
                                let key = SubjectQualifiers(subject: TermID(s), hash: qualifierHash(f))
                                original = others[key]?.first { sameQualifiers($0, f) }
                                if original == nil { others[key, default: []].append(f) }
                            }
                            if let original {
                                found.bits[Int(f) >> 6] |= 1 << UInt64(f & 63)
                                pairs.append(UInt64(original) << 32 | UInt64(f))
                            }
                        }
                    }
                }
            }
        }
        pairs.sort()
        found.pairs = Column(pairs)
        return found
    }

    /// Keeps the facts of each bucket of `order` (bounds in `starts`, one bucket a key) that
    /// are not repeats, in their order; returns the shortened order and its new bucket bounds.
    func removing(from order: [FactID], starts: [UInt32]) -> (order: [FactID], starts: [UInt32]) {
        if pairs.isEmpty { return (order, starts) }
        var out = [FactID]()
        out.reserveCapacity(order.count - pairs.count)
        var newStarts = [UInt32](repeating: 0, count: starts.count)
        for b in 0..<(starts.count - 1) {
            newStarts[b] = UInt32(out.count)
            for i in Int(starts[b])..<Int(starts[b + 1]) where !isRepeat(order[i]) { out.append(order[i]) }
        }
        newStarts[starts.count - 1] = UInt32(out.count)
        return (out, newStarts)
    }

    var memoryBytes: Int { bits.memoryBytes + pairs.memoryBytes }

    /// A subject and the hash of a fact's qualifiers (see `find`).
    private struct SubjectQualifiers: Hashable {
        var subject: TermID
        var hash: UInt64
    }
}
