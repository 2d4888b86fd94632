/// Makes text safe to print on a terminal: no character of it can move the cursor, change
/// colours, set the window title, write the clipboard, ring the bell, switch character sets or
/// reverse the direction of what follows. Every byte newsq sends to a terminal passes here.
///
/// For example:
///
///     TerminalSafe.escape("a\u{1B}[2Jb\u{07}")        // "a\\e[2Jb\\x07"
///     TerminalSafe.escape("\u{9B}31m")                // "\\u{9b}31m"
///     TerminalSafe.escapeOutput("a\t\u{1B}]0;x\n")    // "a\t\\e]0;x\n"
///
/// ESC shows as `\e`; other C0 controls and DEL as `\xHH` (with `\n \t \r` for line break,
/// tab and carriage return where they are not layout); C1 controls (U+0080–U+009F),
/// bidirectional embeddings, overrides, isolates and marks (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069), line and paragraph separators (U+2028, U+2029) and the
/// byte-order mark as `\u{hh}`. A backslash itself is left alone.
public enum TerminalSafe {
    /// One value inline (a name, a cell, a quote): every control character escaped, line
    /// breaks too unless `keepLineBreaks`.
    public static func escape(_ text: String, keepLineBreaks: Bool = false) -> String {
        escaped(text, keepLineBreaks: keepLineBreaks, keepLayout: false)
    }

    /// Output on its way to a terminal: everything `escape` escapes, except the layout the
    /// formats use — line breaks, tabs, and a carriage return right before a line break (CSV's
    /// line end), which cannot overwrite what is shown.
    public static func escapeOutput(_ text: String) -> String {
        escaped(text, keepLineBreaks: true, keepLayout: true)
    }

    /// Whether `text` holds anything `escape` would change (completion offers no such names:
    /// they cannot be typed back).
    public static func hasControlCharacters(_ text: String) -> Bool {
        escape(text) != text
    }

    /// The one escaping routine behind `escape` and `escapeOutput`.
    private static func escaped(_ text: String, keepLineBreaks: Bool, keepLayout: Bool) -> String {
        if isClean(text, keepLineBreaks: keepLineBreaks, keepLayout: keepLayout) { return text }
        var out = String.UnicodeScalarView()
        func add(_ s: String) { out.append(contentsOf: s.unicodeScalars) }
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            switch v {
            case 0x1B: add("\\e")
            case 0x0A: if keepLineBreaks { out.append(s) } else { add("\\n") }
            case 0x09: if keepLayout { out.append(s) } else { add("\\t") }
            case 0x0D:
                if keepLayout && i + 1 < scalars.count && scalars[i + 1] == "\n" { out.append(s) } else { add("\\r") }
            case 0x00..<0x20, 0x7F: add("\\x" + hex(v, width: 2))
            case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0xFEFF:
                add("\\u{" + String(v, radix: 16) + "}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Whether a UTF-8 byte may belong to a character `escape` changes: a control byte, DEL,
    /// or the lead byte of an escaped character (C2: C1 controls, D8: U+061C, E2: U+200E–U+2069,
    /// EF: U+FEFF). A text with none is printed as it is; writers that copy bytes use it for
    /// their fast path.
    @inline(__always)
    public static func mayNeedEscaping(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF
    }

    /// Fast path: printable ASCII and ordinary non-ASCII text need no copy.
    private static func isClean(_ text: String, keepLineBreaks: Bool, keepLayout: Bool) -> Bool {
        for b in text.utf8 where mayNeedEscaping(b) {
            if keepLineBreaks && b == 0x0A { continue }
            if keepLayout && b == 0x09 { continue }
            return false
        }
        return true
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
