import Foundation

/// Escaping shared by every writer of JSON and CSV (query results, `extract`, `export`), so a
/// value is quoted the same way whichever command prints it.
public enum TextEscaping {
    /// A JSON string literal. Every control character (C0, DEL, C1) and the line and paragraph
    /// separators are written as `\uXXXX`, so the output is one line and safe on a terminal.
    ///
    /// For example, `TextEscaping.jsonString("a\"b\n")` is `"a\"b\n"` with the quote and
    /// line feed escaped.
    public static func jsonString(_ s: String) -> String {
        // Most text needs nothing escaped: no control byte, quote, backslash, DEL, nor the
        // lead bytes of C1 controls (0xC2) and of U+2028/U+2029 (0xE2).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            return "\"" + s + "\""
        }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029:
                out += String(format: "\\u%04x", u.value)
            default:
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// A CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break or
    /// leading/trailing space, with inner quotes doubled.
    public static func csvField(_ s: String) -> String {
        let needs = s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || s.hasPrefix(" ") || s.hasSuffix(" ")
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
