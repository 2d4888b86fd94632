/// `count(distinct ?x)` by group when a bit a group and term (`GroupTermBits`) would take too
/// much room: the rows' store terms are put in order of group (a counting sort), then each
/// group's terms are counted against one bitmap of a bit a term, cleared after the group by
/// walking the same terms again.
///
/// Why: the bitmaps a group grow with groups × terms (25 groups over 21 million terms at 50M
/// facts would take 66 MB, over `GroupTermBits.maxBytes`), and the hash set of (group, term)
/// pairs that took over costs 16 bytes a pair and a cache miss an insert once it outgrows the
/// cache: `count(distinct ?e)` by type grew ×33 from 10M to 50M facts with the same rows
/// counted. Here the room is 4 bytes a row and a bit a term, whatever the number of groups,
/// and the work is passes over the rows in order and one probe of a bitmap of a bit a term
/// (2.6 MB at 21 million terms) a row.
enum GroupedTermCounts {
    /// Bytes the bitmap may take at most for each row counted: with fewer rows, a hash set is
    /// smaller and needs no clearing (as `GroupTermBits.bytesPerRow`).
    static let bytesPerRow = 64

    /// The number of distinct values in column `column` of each group's rows (`n` rows, row `r`
    /// in group `groupOf[r]`, `g` groups). A store term (below `termCount`) is counted in the
    /// bitmap; any other value but the empty one goes to `others` (a session-local value).
    /// Nil when the bitmap would take more than `bytesPerRow` bytes for each row.
    static func counts(
        _ rows: RowBuffer, count n: Int, column: Int, groupOf: [Int32], groups g: Int, termCount: Int,
        others: inout PairSet
    ) -> [Int]? {
        let words = (termCount + 63) / 64
        guard words * 8 <= bytesPerRow * max(1, n) else { return nil }
        var counts = [Int](repeating: 0, count: g)
        // Where each group's terms start in `ordered`: a count a group, then running sums.
        var starts = [Int](repeating: 0, count: g + 1)
        for r in 0..<n where Int(rows[r, column]) < termCount { starts[Int(groupOf[r]) + 1] += 1 }
        for i in 0..<g { starts[i + 1] += starts[i] }
        var next = starts
        var ordered = [Value](repeating: 0, count: starts[g])
        for r in 0..<n {
            let x = rows[r, column], gi = Int(groupOf[r])
            if Int(x) < termCount {
                ordered[next[gi]] = x
                next[gi] += 1
            } else if x != Relation.null && others.insert(group: gi, x) {
                counts[gi] += 1
            }
        }
        var bits = [UInt64](repeating: 0, count: words)
        for gi in 0..<g {
            let terms = starts[gi]..<starts[gi + 1]
            var distinct = 0
            for i in terms {
                let x = ordered[i], w = Int(x >> 6), bit = UInt64(1) << UInt64(x & 63)
                if bits[w] & bit == 0 {
                    bits[w] |= bit
                    distinct += 1
                }
            }
            counts[gi] += distinct
            for i in terms { bits[Int(ordered[i] >> 6)] = 0 }
        }
        return counts
    }
}
