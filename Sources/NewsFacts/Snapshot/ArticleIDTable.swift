#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var s = Int(truncatingIfNeeded: ArticleIDTable.hash(id)) & mask
        while slots[s] >= 0 {
            if ArticleIDTable.same(keys[Int(slots[s])], id) { return false }
            s = (s + 1) & mask
        }
        slots[s] = Int32(truncatingIfNeeded: keys.count)
        keys.append(id)
        return true
    }

    /// A hash of the bytes, eight at a time.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x94D0_49BB_1331_11EB
            i += 1
        }
        return h ^ (h >> 29)
    }

    private static func same(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, a.count) == 0
    }
}
