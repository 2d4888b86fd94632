/// Swift spellings of lexicon names: file stems and values as identifiers.
public enum SwiftName {
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "Any", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "await",
    ]

    /// Whether `name` can be a property: letters and digits, starting with a lower-case letter.
    public static func isPropertyName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    /// Whether `name` can be a type: letters and digits, starting with an upper-case letter.
    public static func isTypeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    /// `speech.clauseOpeners` → `speechClauseOpeners`, `event-triggers` → `eventTriggers`: the
    /// parts between other characters, joined with their first letters in capitals.
    public static func camelCase(_ value: String) -> String {
        let parts = value.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        var out = ""
        for (i, part) in parts.enumerated() {
            if i == 0 { out += part.prefix(1).lowercased() + part.dropFirst() } else { out += part.prefix(1).uppercased() + part.dropFirst() }
        }
        if let first = out.first, first.isNumber { out = "_" + out }
        return out
    }

    /// `camelCase` with its first letter in capitals (type names).
    public static func typeCase(_ value: String) -> String {
        let name = camelCase(value)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// `name` in backticks if it is a keyword.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }
}
