import Foundation

/// How names are compared when a person types them: case, diacritics, dots and runs of white
/// space do not matter, and curly apostrophes equal straight ones.
///
/// For example, `NameKey.fold("U.S.")` and `NameKey.fold("us")` are both `"us"`, and
/// `NameKey.fold("José  Martí")` is `"jose marti"`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let source = isASCII ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for ch in source.unicodeScalars {
            switch ch {
            case ".": continue
            case " ", "\t", "\n", "\u{00A0}":
                pendingSpace = !out.isEmpty
            case "\u{2018}", "\u{2019}", "`":
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append("'")
            default:
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.unicodeScalars.append(contentsOf: String(ch).lowercased().unicodeScalars)
            }
        }
        return out
    }
}
