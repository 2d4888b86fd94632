/// A set of article ids as bytes of a mapped snapshot, for finding an id stored twice at open
/// without making a string of each (open addressing over the ids' positions).
///
/// For example:
///
///     var ids = ArticleIDTable(capacity: 2)
///     ids.insert(a)   // true
///     ids.insert(a)   // false: the same bytes again
struct ArticleIDTable {
    private var slots: [Int32]
    private var keys: [UnsafeRawBufferPointer] = []
    private let mask: Int

    /// A table for up to `capacity` ids.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
    }

    /// Adds `id` (whose bytes must stay valid while the table is used); false when the same
    /// bytes are already in it.
    mutating func insert(_ id: UnsafeRawBufferPointer) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[s] >= 0 {
            if keys[Int(slots[s])].elementsEqual(id) { return false }
            s = (s + 1) & mask
        }
        slots[s] = Int32(truncatingIfNeeded: keys.count)
        keys.append(id)
        return true
    }
}
