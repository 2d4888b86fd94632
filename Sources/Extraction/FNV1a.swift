/// FNV-1a, the 64-bit byte hash the extraction's byte-keyed tables share (`Vocabulary`,
/// `WordRunTable`): cheap per byte and good enough for tables that compare keys on a hit.
///
///     var h = FNV1a.basis
///     for b in "paris".utf8 { h = FNV1a.add(h, b) }
enum FNV1a {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `h` with one more byte mixed in.
    @inline(__always) static func add(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
}
