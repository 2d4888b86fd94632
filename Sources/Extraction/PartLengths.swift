/// The byte lengths of a set of names, one bit each, to turn away most strings that equal none
/// of them without hashing them: an ASCII string equals an ASCII name only byte for byte, so
/// only at the same length.
///
/// A string outside ASCII is never turned away (a name can equal it with other bytes: "é" as one
/// scalar or as "e" and an accent), nor is anything when a name is outside ASCII (an ASCII string
/// can equal it: the Kelvin sign is "K"). Lengths of 63 bytes or more share one bit.
///
/// For example, with the names "foreign ministry" and "ministry", the part "ministry" may equal
/// a name, and "of foreign affairs" (18 bytes) may not.
struct PartLengths {
    private let bits: UInt64
    /// Whether every name is ASCII (else nothing is turned away).
    private let filters: Bool

    init(_ names: [String]) {
        var bits: UInt64 = 0
        var filters = true
        for name in names {
            guard PartLengths.isASCII(name) else {
                filters = false
                break
            }
            bits |= 1 << UInt64(min(name.utf8.count, 63))
        }
        self.bits = bits
        self.filters = filters
    }

    /// Whether `part` may equal one of the names: false only when it surely equals none.
    @inline(__always) func mayEqualAName(_ part: String) -> Bool {
        guard filters, PartLengths.isASCII(part) else { return true }
        return bits & (1 << UInt64(min(part.utf8.count, 63))) != 0
    }

    @inline(__always) private static func isASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 < 0x80 }
    }
}
