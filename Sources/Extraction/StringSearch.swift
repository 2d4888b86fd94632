import Foundation

/// Substring search for the stages: `name.contains(",")`, `title.contains(word)`.
///
/// Within this module a `String.contains(String)` call resolves here, not to Foundation's
/// `StringProtocol.contains`, which goes through `NSString.range(of:)`: the text copied to
/// UTF-16 and compared by canonical equivalence, several microseconds a call, and the stages call
/// it for every title and name (a tenth of extraction's time on real text went there). When both
/// strings are printable ASCII the answer is the same as Foundation's, found by comparing bytes;
/// any other string (accents, control characters, an empty needle) still asks Foundation, so
/// every answer is the one it gave before.
extension String {
    /// Whether `other` occurs in this string (Foundation's answer; see the extension's comment).
    func contains(_ other: String) -> Bool {
        if let found = StringSearch.asciiContains(self, other) { return found }
        return range(of: other) != nil
    }
}

/// The byte search behind `String.contains(_:)`.
enum StringSearch {
    /// Whether `needle` occurs in `haystack` when both are non-empty printable ASCII (bytes
    /// 0x20–0x7E), where bytes and characters agree; nil for any other pair.
    static func asciiContains(_ haystack: String, _ needle: String) -> Bool? {
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb -> Bool? in
                guard !nb.isEmpty, isPrintableASCII(nb), isPrintableASCII(hb) else { return nil }
                let m = nb.count
                if m > hb.count { return false }
                let first = nb[0]
                var i = 0
                let last = hb.count - m
                while i <= last {
                    if hb[i] == first {
                        var k = 1
                        while k < m && hb[i + k] == nb[k] { k += 1 }
                        if k == m { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    @inline(__always) private static func isPrintableASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c < 0x20 || c > 0x7E { return false }
        return true
    }
}
