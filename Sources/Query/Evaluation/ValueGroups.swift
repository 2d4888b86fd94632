/// Group numbers by one value: an open-addressing table from a value to the number of its
/// group, for `group by` over one variable, where a lookup costs less than a `RowSet`'s.
struct ValueGroups {
    private var keys = [Value](repeating: 0, count: 64)
    /// The group in each slot (-1: empty); at most half the slots are used.
    private var groups = [Int32](repeating: -1, count: 64)
    private var used = 0

    /// The group of `v`: the one recorded for it, else `newGroup()`'s, recorded.
    @inline(__always)
    mutating func group(of v: Value, orAdd newGroup: () -> Int32) -> Int32 {
        let mask = groups.count - 1
        var i = Self.slot(of: v, mask: mask)
        while groups[i] >= 0 && keys[i] != v { i = (i + 1) & mask }
        if groups[i] >= 0 { return groups[i] }
        let g = newGroup()
        groups[i] = g
        keys[i] = v
        used += 1
        if used * 2 > groups.count { grow() }
        return g
    }

    /// Where the search for `v` starts (Fibonacci hashing).
    @inline(__always) private static func slot(of v: Value, mask: Int) -> Int {
        Int((UInt64(v) &* 0x9E3779B97F4A7C15) >> 40) & mask
    }

    private mutating func grow() {
        let oldKeys = keys, oldGroups = groups
        let size = groups.count * 2, mask = size - 1
        keys = [Value](repeating: 0, count: size)
        groups = [Int32](repeating: -1, count: size)
        for j in 0..<oldGroups.count where oldGroups[j] >= 0 {
            var k = Self.slot(of: oldKeys[j], mask: mask)
            while groups[k] >= 0 { k = (k + 1) & mask }
            groups[k] = oldGroups[j]
            keys[k] = oldKeys[j]
        }
    }
}
