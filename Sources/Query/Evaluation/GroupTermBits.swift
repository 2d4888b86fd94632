import NewsFacts

/// Which store terms each group has seen, as one bit a group and term: what `count(distinct ?x)`
/// remembers when that is small enough (see `init`), instead of a `PairSet`.
///
/// Why: term ids are dense, so a group's set of terms is a bitmap of `termCount` bits — at 10M
/// facts about 0.5 MB, which stays in the second-level cache, where a hash set of the same
/// pairs takes 16 bytes a distinct pair and each insert misses the cache past a million or so.
struct GroupTermBits {
    private var words: [UInt64]
    private let wordsPerGroup: Int
    let termCount: Int

    /// Bytes the bits may take at most, and at most this many bytes a row counted.
    static let maxBytes = 1 << 24
    static let bytesPerRow = 64

    /// Bits for `groups` groups over `termCount` terms; nil when they would take more than
    /// `maxBytes`, or more than `bytesPerRow` bytes for each of the `rows` rows to count (a
    /// hash set of few rows is smaller and needs no clearing).
    init?(groups: Int, termCount: Int, rows: Int) {
        let perGroup = (termCount + 63) / 64
        let (bytes, overflow) = (perGroup * 8).multipliedReportingOverflow(by: max(1, groups))
        guard !overflow, bytes <= GroupTermBits.maxBytes, bytes <= GroupTermBits.bytesPerRow * rows else { return nil }
        wordsPerGroup = perGroup
        self.termCount = termCount
        words = [UInt64](repeating: 0, count: perGroup * max(1, groups))
    }

    /// True when `v` is a store term (it has a bit); an empty or session-local value has none.
    @inline(__always) func holds(_ v: Value) -> Bool { Int(v) < termCount }

    /// Sets the bit of (`group`, `v`), `v` a term (`holds`); false if it was set already.
    @inline(__always) mutating func insert(group: Int, _ v: Value) -> Bool {
        let i = group * wordsPerGroup + Int(v) >> 6
        let bit: UInt64 = 1 << UInt64(v & 63)
        if words[i] & bit != 0 { return false }
        words[i] |= bit
        return true
    }
}
