/// A set of (group, value) pairs, each packed into one 64-bit key (open addressing, at most
/// half the slots used): what `count(distinct ?x)` and the other aggregates' `distinct`
/// remember, one insert a row without a `Set` a group or Swift's hashing.
struct PairSet {
    private var keys: [UInt64]
    private var used = 0
    /// No pair packs to this key: a group number is below 2^31.
    private static let empty = UInt64.max

    init(capacity: Int = 64) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: PairSet.empty, count: size)
    }

    /// Adds (`group`, `value`); false if it was there already.
    @inline(__always)
    mutating func insert(group: Int, _ value: UInt32) -> Bool {
        let key = UInt64(group) << 32 | UInt64(value)
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let k = keys[i]
            if k == key { return false }
            if k == PairSet.empty { break }
            i = (i + 1) & mask
        }
        keys[i] = key
        used += 1
        if used * 2 > keys.count { grow() }
        return true
    }

    private mutating func grow() {
        let old = keys
        keys = [UInt64](repeating: PairSet.empty, count: old.count * 2)
        let mask = keys.count - 1
        for key in old where key != PairSet.empty {
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while keys[i] != PairSet.empty { i = (i + 1) & mask }
            keys[i] = key
        }
    }
}
