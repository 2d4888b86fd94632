import NewsFacts

/// A set of store term ids as one bit a term: built from an index range, then asked once a
/// row (`not` by an id set, see `Evaluator.antiJoinByIDSet`).
struct TermBits {
    private var words: [UInt64]
    /// Term ids below this can be members.
    let termCount: Int

    init(termCount: Int) {
        self.termCount = termCount
        words = [UInt64](repeating: 0, count: (termCount + 63) / 64)
    }

    /// Adds term `v` (below `termCount`).
    @inline(__always) mutating func insert(_ v: TermID) {
        let i = Int(v)
        words[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// True when `v` is a term of the set; false for any value at or past `termCount` (an
    /// empty value, a session-local one).
    @inline(__always) func contains(_ v: Value) -> Bool {
        let i = Int(v)
        return i < termCount && words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}
