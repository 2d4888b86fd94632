/// The words of a name split at spaces as `split(separator: " ")` splits it (no empty words),
/// found on the name's bytes when it is ASCII. `NameWords`, `ShortForms.words` and
/// `FamilyFirstNames.quickReject` read names this way: splitting Characters (grapheme breaking)
/// was a third of their stages' time.
enum ASCIINameWords {
    /// Calls `body` with the byte range of each word of `bytes`, in order, and answers true; at
    /// the first byte outside ASCII answers false at once, and the ranges already given mean
    /// nothing (the caller then reads the name's Characters).
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            if bytes[i] == 32 {
                i += 1
                continue
            }
            let start = i
            while i < bytes.count && bytes[i] != 32 {
                if bytes[i] >= 0x80 { return false }
                i += 1
            }
            body(start..<i)
        }
        return true
    }
}
