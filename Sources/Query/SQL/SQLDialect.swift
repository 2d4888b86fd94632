import Foundation

/// The SQL engines `newsq sql` writes for, and how their SQL differs where it matters here:
/// quoting, case- and accent-insensitive text, regular expressions and recursion.
public enum SQLDialect: String, CaseIterable, Sendable {
    case duckdb, spark

    /// Whether `WITH RECURSIVE` is there for recursive rules (the Spark dialect targets Spark
    /// SQL 3.x, which has none).
    public var hasRecursiveCTE: Bool { self == .duckdb }

    /// An identifier, quoted: `"count(e)"` in DuckDB, `` `count(e)` `` in Spark.
    func identifier(_ name: String) -> String {
        switch self {
        case .duckdb: return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .spark: return "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        }
    }

    /// A string literal. Spark reads backslash escapes inside literals, so there the
    /// backslash and the quote are escaped with a backslash; DuckDB doubles the quote.
    func literal(_ text: String) -> String {
        switch self {
        case .duckdb: return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .spark:
            return "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
                + "'"
        }
    }

    /// `expr` lower-cased and without diacritics (what `contains` compares).
    func folded(_ expr: String) -> String {
        switch self {
        case .duckdb: return "strip_accents(lower(\(expr)))"
        case .spark:
            // Spark SQL has no accent stripping; the accented Latin letters are mapped one by one.
            return "translate(lower(\(expr)), \(literal(SQLDialect.accented)), \(literal(SQLDialect.plain)))"
        }
    }

    /// Lower-case Latin letters with a diacritic that Unicode decomposes, and each without it.
    static let accented = "áàâäãåāăąçćčďéèêëēėęěğíìîïīįľñńňóòôöõōőŕřśšşťúùûüūůűųýÿžźż"
    static let plain = String(accented.map { Character($0.unicodeScalars.first.map { decomposedBase($0) } ?? " ") })

    private static func decomposedBase(_ u: Unicode.Scalar) -> Unicode.Scalar {
        String(u).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? u
    }

    /// Whether `expr` matches the regular expression `pattern` anywhere, without regard to case.
    func matches(_ expr: String, _ pattern: String) -> String {
        switch self {
        case .duckdb: return "regexp_matches(\(expr), \(literal(pattern)), 'i')"
        case .spark: return "\(expr) RLIKE \(literal("(?i)" + pattern))"
        }
    }

    /// A cast to a double that gives NULL for text that is not a number.
    func number(_ expr: String) -> String { "TRY_CAST(\(expr) AS DOUBLE)" }

    /// A row of values compared field by field (the key `min_by` / `max_by` order by).
    func tuple(_ fields: [String]) -> String {
        switch self {
        case .duckdb: return "row(" + fields.joined(separator: ", ") + ")"
        case .spark: return "struct(" + fields.joined(separator: ", ") + ")"
        }
    }
}
