/// What one column of a lexicon table holds, as its `#schema:` line declares it.
///
///     text                any text without tabs, control characters or spaces at its ends
///     word                text in lower case (words are matched against lower-cased tokens)
///     name                letters, digits, `_` and `.`, starting with a letter (becomes a Swift name)
///     int                 a decimal integer
///     one-of(a|b|c)       one of the values listed
///     list / list(word)   items separated by `;`, each a text (or word); empty means none
///     ref(table.column)   a value of `column` in the table `table` (`table.tsv`)
///
/// A `?` after the type lets the field be empty (`value:text?`); without it a field must hold
/// something (a list may always be empty).
public indirect enum ColumnType: Equatable {
    case text, word, name, int
    case oneOf([String])
    case list(ColumnType)
    case ref(table: String, column: String)

    /// The type a spec such as `one-of(a|b)` or `list(word)` names, or nil.
    public init?(spec: String) {
        func inner(_ prefix: String) -> String? {
            guard spec.hasPrefix(prefix + "("), spec.hasSuffix(")") else { return nil }
            return String(spec.dropFirst(prefix.count + 1).dropLast())
        }
        switch spec {
        case "text": self = .text
        case "word": self = .word
        case "name": self = .name
        case "int": self = .int
        case "list": self = .list(.text)
        default:
            if let values = inner("one-of") {
                let parts = values.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
                self = .oneOf(parts)
            } else if let item = inner("list"), let itemType = ColumnType(spec: item), itemType.isScalar {
                self = .list(itemType)
            } else if let target = inner("ref") {
                let parts = target.split(separator: ".").map(String.init)
                guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
                self = .ref(table: parts[0], column: parts[1])
            } else {
                return nil
            }
        }
    }

    /// Types that are one value (the items a list may hold).
    var isScalar: Bool {
        switch self {
        case .text, .word, .name, .int, .oneOf: return true
        case .list, .ref: return false
        }
    }

    /// Why `value` (non-empty) is not of this type, or nil if it is. References are checked
    /// by the validator, which knows the other tables.
    func problem(with value: String) -> String? {
        if let bad = value.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "control character U+\(String(bad.value, radix: 16, uppercase: true)) in \"\(value)\""
        }
        switch self {
        case .text, .ref:
            if value.first == " " || value.last == " " { return "spaces around \"\(value)\"" }
            return nil
        case .word:
            if value.first == " " || value.last == " " { return "spaces around \"\(value)\"" }
            if value != value.lowercased() { return "\"\(value)\" is not in lower case" }
            return nil
        case .name:
            guard let first = value.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
                  value.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".") })
            else { return "\"\(value)\" is not a name (letters, digits, _ and ., starting with a letter)" }
            return nil
        case .int:
            let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
            guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return "\"\(value)\" is not an integer" }
            return nil
        case .oneOf(let values):
            return values.contains(value) ? nil : "\"\(value)\" is not one of \(values.joined(separator: ", "))"
        case .list(let item):
            for part in value.split(separator: ";", omittingEmptySubsequences: false) {
                if part.isEmpty { return "empty item in the list \"\(value)\"" }
                if let problem = item.problem(with: String(part)) { return problem }
            }
            return nil
        }
    }
}
