/// Fences over the (predicate, object) index: the object at every `fenceStride`-th position of
/// `predicateOrder`, kept in a small array of their own.
///
/// Why: each step of a binary search for an object reads an object at a place the data
/// chooses (two reads, the fact id and then its object, before the objects were stored beside
/// the index). Past the last-level cache (about a million facts here) it misses it, and a
/// search over a predicate of ten million facts takes about twenty such steps, each waiting
/// for the one before: S09 (`not ?e participant ?p`, a search a minister) grew 54 times from
/// 1M to 10M facts. The fences are a sixteenth of the objects (0.25 bytes a fact; 2.5 MB at
/// 10M facts, which the cache holds), so the search runs over them without a miss and only its
/// last four steps read the index's objects.
///
/// Fences are made when the indexes are built from the columns, and a snapshot stores them with
/// the indexes (format 7), so a store opened from one searches as a loaded one does (making
/// them at open would read a sixteenth of the facts at random places). Any fence values keep
/// a search inside its range (`fenced` only narrows it); whether they are the index's own is
/// checked with the index's order (`StoredIndexes.restored`, `full`).
extension FactIndexes {
    /// Positions of `predicateOrder` between two fences.
    static let fenceStride = 16

    /// Every `fenceStride`-th value of `objects` (the objects beside the index).
    static func objectFences(_ objects: Column<TermID>) -> [TermID] {
        let n = objects.count
        let count = (n + fenceStride - 1) / fenceStride
        return objects.withUnsafeBufferPointer { obj in
            [TermID](unsafeUninitializedCapacity: count) { fences, initialized in
                for k in 0..<count { fences[k] = obj[k * fenceStride] }
                initialized = count
            }
        }
    }

    /// Narrows `range` (a predicate's positions, ordered by object) to positions `a..<b` such
    /// that the first position in `range` whose object is at least `o` lies in `a...b` (`b`
    /// itself when none before it is): found from the fences alone, without reading the
    /// index. `range` unchanged when there are no fences.
    @inline(__always)
    func fenced(_ range: Range<Int>, below o: TermID) -> Range<Int> {
        fenced(range, below: o, from: 0).window
    }

    /// `fenced(range, below: o)`, and the fence it stopped at (the first fence in `range` whose
    /// object is at least `o`, or the end of the range's fences), found by galloping forward
    /// from fence `hint` when that is one of the range's fences after its first (or their
    /// end), by binary search over the range's fences otherwise (`hint` 0 asks for that).
    /// `hint` must be at or before the fence sought: the fence a search for a smaller or equal
    /// object in the same range stopped at is (objects ascend within a predicate's range).
    ///
    /// Why: probes in ascending object order (an anti-join's distinct values, the rows of a
    /// scan by predicate and object) each land a little after the one before. A binary search
    /// over all of a predicate's fences takes about seventeen steps at 10M facts, each waiting
    /// for the one before, and its last steps fall on lines no other probe read; a gallop from
    /// the previous probe reads a few neighbouring fences, most on lines that probe brought in.
    /// S09 (`not ?e participant ?p`, CPU ms, paired runs): 0.054-0.055 -> 0.046-0.047 at 1M
    /// facts, 1.53-1.60 -> 1.17-1.40 at 10M; the index's own lines (a miss a probe) are most of
    /// what is left.
    @inline(__always)
    func fenced(_ range: Range<Int>, below o: TermID, from hint: Int) -> (window: Range<Int>, fence: Int) {
        let stride = FactIndexes.fenceStride
        return objectFences.withUnsafeBufferPointer { fences -> (window: Range<Int>, fence: Int) in
            // Fences inside the range: positions k * stride with lowerBound <= k * stride < upperBound.
            let first = (range.lowerBound + stride - 1) / stride
            let end = min(fences.count, (range.upperBound + stride - 1) / stride)
            guard first < end else { return (range, 0) }
            // The first fence in range whose object is at least `o` (`end` when none is), in
            // `lo..<hi` (`hi` itself when none before it is).
            var lo = first, hi = end
            if hint > first && hint <= end {
                // Every fence before `hint` is below `o`, and so is every fence before `lo`;
                // the fence at `probe` is not (or `probe` is past the end).
                lo = hint
                var probe = hint, step = 1
                while probe < end && fences[probe] < o {
                    lo = probe + 1
                    probe += step
                    step <<= 1
                }
                hi = min(probe, end)
            }
            while lo < hi {
                let mid = (lo + hi) >> 1
                if fences[mid] < o { lo = mid + 1 } else { hi = mid }
            }
            // Fence lo - 1 (when in range) is below `o`: the answer is after it.
            let a = lo > first ? (lo - 1) * stride + 1 : range.lowerBound
            let b = lo < end ? lo * stride : range.upperBound
            return (a..<b, lo)
        }
    }
}
