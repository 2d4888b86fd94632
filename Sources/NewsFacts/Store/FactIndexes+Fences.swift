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
        let stride = FactIndexes.fenceStride
        return objectFences.withUnsafeBufferPointer { fences -> Range<Int> in
            // Fences inside the range: positions k * stride with lowerBound <= k * stride < upperBound.
            let first = (range.lowerBound + stride - 1) / stride
            let end = min(fences.count, (range.upperBound + stride - 1) / stride)
            guard first < end else { return range }
            // The first fence in range whose object is at least `o` (`end` when none is).
            var lo = first, hi = end
            while lo < hi {
                let mid = (lo + hi) >> 1
                if fences[mid] < o { lo = mid + 1 } else { hi = mid }
            }
            // Fence lo - 1 (when in range) is below `o`: the answer is after it.
            let a = lo > first ? (lo - 1) * stride + 1 : range.lowerBound
            let b = lo < end ? lo * stride : range.upperBound
            return a..<b
        }
    }
}
