import NewsFacts

/// A value a SQL row holds for a query variable: the expression giving its text, and the one
/// giving its kind (`entity text date number`). newsq's values are typed terms, so two values
/// are the same when both text and kind are; where the kind is known when compiling (a
/// subject is always an entity) it is a literal and comparisons of it are left out.
struct SQLValue {
    var text: String
    /// An expression, or a quoted literal such as `'entity'` (see `literalKind`).
    var kind: String
    /// The table aliases the expressions read (empty for a constant).
    var aliases: Set<String>
    /// True when the value may be NULL (bound only under `optional`).
    var nullable = false

    /// The kind when it is a literal, else nil.
    var literalKind: TermKind? {
        guard kind.hasPrefix("'"), kind.hasSuffix("'"), kind.count > 2 else { return nil }
        return TermKind.allCases.first { "'\($0)'" == kind }
    }

    static func literal(_ kind: TermKind) -> String { "'\(kind)'" }
}
