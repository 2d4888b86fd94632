import Foundation

// Every escaping newsq does, in one place: for terminals (TerminalSafe) and for the formats
// other programs read (TextEscaping).

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

    /// Appends `escape(text)` as UTF-8, copying the bytes directly when none needs escaping
    /// (the common case, on the result formatter's hot path).
    public static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        let clean = text.withUTF8 { bytes -> Bool in
            for b in bytes where mayNeedEscaping(b) { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if !clean { out.append(contentsOf: escape(text).utf8) }
    }
}

/// Escaping shared by every writer of JSON, CSV and N-Quads (query results, `extract`,
/// `export`), so a value is quoted the same way whichever command prints it.
public enum TextEscaping {
    /// A JSON string literal. Every control character (C0, DEL, C1) and the line and paragraph
    /// separators are written as `\uXXXX`, so the output is one line and safe on a terminal.
    ///
    /// For example, `TextEscaping.jsonString("a\"b\n")` is `"a\"b\n"` with the quote and
    /// line feed escaped.
    public static func jsonString(_ s: String) -> String {
        // Most text needs nothing escaped: no control byte, quote, backslash, DEL, nor the
        // lead bytes of C1 controls (0xC2) and of U+2028/U+2029 (0xE2).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 })
        {
            return "\"" + s + "\""
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        appendJSONString(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `jsonString(s)` to `out` as UTF-8, reading `s` byte by byte: a string is valid
    /// UTF-8, so a C1 control is the pair 0xC2 0x80...0x9F and U+2028/U+2029 are 0xE2 0x80
    /// 0xA8/0xA9, and every other byte of a sequence is copied. Writers building a whole
    /// document (`newsq extract`) call this rather than joining one `String` per value (text
    /// with a curly quote or dash, most sentences of news, was appended a scalar at a time).
    public static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { b in
            let n = b.count
            var plain = 0 // the first byte not yet copied
            var i = 0
            while i < n {
                let c = b[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x7F && c != 0xC2 && c != 0xE2 {
                    i += 1
                    continue
                }
                var short: UInt8 = 0 // the letter after a backslash, or 0 for `\uXXXX`
                var code = UInt32(c)
                var length = 1
                switch c {
                case 0x22: short = 0x22
                case 0x5C: short = 0x5C
                case 0x0A: short = 0x6E // n
                case 0x0D: short = 0x72 // r
                case 0x09: short = 0x74 // t
                case 0xC2:
                    guard i + 1 < n, b[i + 1] <= 0x9F else {
                        i += 1
                        continue
                    }
                    code = UInt32(b[i + 1])
                    length = 2
                case 0xE2:
                    guard i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 else {
                        i += 1
                        continue
                    }
                    code = 0x2000 + UInt32(b[i + 2]) - 0x80
                    length = 3
                default: break // another C0 control or DEL
                }
                if plain < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[plain..<i])) }
                out.append(0x5C)
                if short != 0 {
                    out.append(short)
                } else {
                    out.append(0x75) // u
                    for shift in stride(from: 12, through: 0, by: -4) {
                        let digit = UInt8((code >> UInt32(shift)) & 0xF)
                        out.append(digit < 10 ? 48 + digit : 87 + digit)
                    }
                }
                i += length
                plain = i
            }
            if plain < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[plain..<n])) }
        }
        out.append(0x22)
    }

    /// A CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break or
    /// leading/trailing space, with inner quotes doubled.
    public static func csvField(_ s: String) -> String {
        let needs =
            s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || s.hasPrefix(" ") || s.hasSuffix(" ")
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// Percent-encodes every byte an IRI may not hold unescaped (and `%` itself), so any
    /// name becomes a valid IRIREF and decodes back to itself.
    public static func iri(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in s.utf8 {
            let plain =
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
                || b == UInt8(ascii: "/") || b == UInt8(ascii: ":") || b == UInt8(ascii: "@") || b >= 0x80
            if plain { out.append(b) } else { out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes a string for STRING_LITERAL_QUOTE (N-Quads §3): `"` `\` and line ends by ECHAR,
    /// other control characters by UCHAR.
    public static func nquadsLiteral(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += String(format: "\\u%04X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
