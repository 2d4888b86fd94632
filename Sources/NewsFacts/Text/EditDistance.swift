/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// neighbours, one edit each. Shared by the query language's "did you mean" (`Suggest`) and the
/// extractor's misspelt names (`ShortForms`).
///
///     EditDistance.between(Array("Mauer"), Array("Maurer"))             // 1
///     EditDistance.between(Array("talks"), Array("meeting"), cutoff: 2)  // 3: stopped early
public enum EditDistance {
    /// The distance between `a` and `b`; stops early, returning `cutoff + 1`, once every cell of
    /// a row exceeds `cutoff`. Of Characters, or of bytes where each Character is one (ASCII).
    @inlinable
    public static func between<Element: Equatable>(_ a: [Element], _ b: [Element], cutoff: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > cutoff { return cutoff + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
