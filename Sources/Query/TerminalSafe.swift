/// Makes text from articles safe to print on a terminal: no byte of it can move the cursor,
/// change colours, ring the bell or switch character sets.
///
/// For example:
///
///     TerminalSafe.escape("a\u{1B}[2Jb\u{07}")   // "a\\e[2Jb\\x07"
///     TerminalSafe.escape("\u{9B}31m")           // "\\u{9b}31m"
///
/// ESC shows as `\e`; other C0 controls and DEL as `\xHH` (with `\n \t \r` for line break,
/// tab and carriage return unless `keepLineBreaks` keeps line breaks as they are); C1 controls
/// (U+0080–U+009F), bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), line
/// and paragraph separators (U+2028, U+2029) and the byte-order mark as `\u{hh}`. A backslash
/// itself is left alone.
public enum TerminalSafe {
    public static func escape(_ text: String, keepLineBreaks: Bool = false) -> String {
        // Fast path: printable ASCII and ordinary non-ASCII text need no copy.
        var clean = true
        for b in text.utf8 where b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xEF {
            if keepLineBreaks && b == 0x0A { continue }
            clean = false
            break
        }
        if clean { return text }
        var out = String.UnicodeScalarView()
        func add(_ s: String) { out.append(contentsOf: s.unicodeScalars) }
        for s in text.unicodeScalars {
            let v = s.value
            switch v {
            case 0x1B: add("\\e")
            case 0x0A: if keepLineBreaks { out.append(s) } else { add("\\n") }
            case 0x09: add("\\t")
            case 0x0D: add("\\r")
            case 0x00..<0x20, 0x7F: add("\\x" + hex(v, width: 2))
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0xFEFF:
                add("\\u{" + String(v, radix: 16) + "}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
