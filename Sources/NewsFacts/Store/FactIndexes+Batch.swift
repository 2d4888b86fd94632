/// (predicate, object) ranges for a block of probes at once.
extension FactIndexes {
    /// Sets `lower[i]..<upper[i]` to the positions in `predicateOrder` of the facts with
    /// predicate `ps[i]` and object `os[i]`, for every `i` — what `predicateObjectRange` gives
    /// for each pair alone.
    ///
    /// Why: past the last-level cache, each step of one binary search waits for a read that
    /// misses it, one step after the other; at 10 million facts a search takes about twenty
    /// such steps (four past the fences). Here all searches of the block advance one step a
    /// round, so the steps of different probes do not wait for each other and the processor
    /// has many reads in flight at once, as the block join does for its other stages.
    func predicateObjectRanges(
        _ ps: UnsafeBufferPointer<TermID>, _ os: UnsafeBufferPointer<TermID>,
        lower: UnsafeMutableBufferPointer<Int>, upper: UnsafeMutableBufferPointer<Int>
    ) {
        let n = min(ps.count, os.count, lower.count, upper.count)
        if n == 0 { return }
        predicateObjects.withUnsafeBufferPointer { obj in
            @inline(__always) func at(_ i: Int) -> TermID { obj[i] }
            // Each probe's predicate range: where its search starts.
            var lastP = TermID.max
            var lastRange = 0..<0
            var longest = 0
            // The fence the last probe's search stopped at, and its object: a probe for a
            // larger object of the same predicate gallops on from there (probes often come
            // in ascending order: `fenced(_:below:from:)`).
            var lastFence = 0
            var lastObject = TermID.max
            for i in 0..<n {
                if ps[i] != lastP {
                    lastP = ps[i]
                    lastRange = predicateTable.range(lastP) ?? 0..<0
                    lastObject = TermID.max
                }
                // Narrowed by the fences first (no index read): a few steps are left.
                let hint = lastObject <= os[i] ? lastFence : 0
                let (window, fence) = fenced(lastRange, below: os[i], from: hint)
                lastFence = fence
                lastObject = os[i]
                lower[i] = window.lowerBound
                upper[i] = window.upperBound
                longest = max(longest, window.count)
            }
            // The runs' starts: binary searches in [lower, upper), one step of every probe a
            // round (a search already done stays put), the new bounds chosen by selects
            // rather than branches on the data.
            var width = longest
            while width > 0 {
                for i in 0..<n {
                    let lo = lower[i], hi = upper[i]
                    let mid = (lo + hi) >> 1
                    let less = lo < hi && at(mid) < os[i]
                    let done = lo >= hi
                    lower[i] = less ? mid + 1 : lo
                    upper[i] = less || done ? hi : mid
                }
                width >>= 1
            }
            // The runs' ends: by galloping from the start, a probe at a time (runs are short).
            for i in 0..<n {
                let start = lower[i]
                let top = ps[i] == lastP ? lastRange.upperBound : (predicateTable.range(ps[i])?.upperBound ?? 0)
                if start >= top || at(start) != os[i] {
                    upper[i] = start
                    continue
                }
                upper[i] = FactIndexes.runEnd(from: start, before: top) { at($0) == os[i] }
            }
        }
    }
}
