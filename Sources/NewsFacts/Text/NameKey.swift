import Foundation

/// How names are compared when a person types them: case, diacritics, dots and runs of white
/// space do not matter, and curly apostrophes equal straight ones.
///
/// For example, `NameKey.fold("U.S.")` and `NameKey.fold("us")` are both `"us"`, and
/// `NameKey.fold("José  Martí")` is `"jose marti"`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        if let ascii = foldASCII(name) { return ascii }
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let source =
            isASCII
            ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for ch in source.unicodeScalars {
            switch ch {
            case ".": continue
            case " ", "\t", "\n", "\u{00A0}":
                pendingSpace = !out.isEmpty
            case "\u{2018}", "\u{2019}", "`":
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append("'")
            default:
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.unicodeScalars.append(contentsOf: String(ch).lowercased().unicodeScalars)
            }
        }
        return out
    }

    /// The same folding over bytes, for the common all-ASCII name; nil when a byte is not ASCII.
    static func foldASCII(_ name: String) -> String? {
        var name = name
        var out: [UInt8] = []
        let ascii = name.withUTF8 { foldASCII($0, into: &out) }
        return ascii ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Folds ASCII `bytes` into `out` (emptied first); false, with `out` undefined, when a byte
    /// is not ASCII and the name needs `fold(_:)`.
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for b in bytes {
            switch b {
            case 0x80...: return false
            case UInt8(ascii: "."): continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace {
                    out.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                switch b {
                case UInt8(ascii: "`"): out.append(UInt8(ascii: "'"))
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(b | 0x20)
                default: out.append(b)
                }
            }
        }
        return true
    }
}
