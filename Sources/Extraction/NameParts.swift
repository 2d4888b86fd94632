/// The words of a name as the typer reads them: split on spaces (byte 32, empty words left
/// out) and each lower-cased, as `name.utf8.split(separator: 32)` and `lowercased()` give them.
///
/// An ASCII name is cut and lower-cased in one pass over its bytes (a word with no capital is
/// taken as it is); the generic split and a `lowercased()` for each word were a fifth of the
/// typer's time on a name's own words. For example:
///
///     NameParts.split("Hurricane  Ian")  // (["Hurricane", "Ian"], ["hurricane", "ian"], true)
enum NameParts {
    static func split(_ name: String) -> (parts: [Substring], lower: [String], ascii: Bool) {
        var copy = name
        let ascii = copy.withUTF8 { b in !b.contains { $0 >= 0x80 } }
        guard ascii else {
            let parts = name.utf8.split(separator: 32).map { Substring($0) }
            return (parts, parts.map { $0.lowercased() }, false)
        }
        var parts: [Substring] = [], lower: [String] = []
        parts.reserveCapacity(4)
        lower.reserveCapacity(4)
        copy.withUTF8 { b in
            var i = 0
            while i < b.count {
                if b[i] == 32 { i += 1; continue }
                let s = i
                var capitals = false
                while i < b.count && b[i] != 32 {
                    if b[i] >= 65 && b[i] <= 90 { capitals = true }
                    i += 1
                }
                // A word of its own, not a slice of the name: slicing checks the bounds' alignment.
                let part = String(decoding: UnsafeBufferPointer(rebasing: b[s..<i]), as: UTF8.self)
                parts.append(Substring(part))
                guard capitals else { lower.append(part); continue }
                lower.append(String(unsafeUninitializedCapacity: i - s) { out in
                    for k in s..<i { out[k - s] = b[k] >= 65 && b[k] <= 90 ? b[k] | 0x20 : b[k] }
                    return i - s
                })
            }
        }
        return (parts, lower, true)
    }
}
