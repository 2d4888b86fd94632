/// The words of the query language, in one place: the parser, the lexer's statement breaks,
/// names that need quotes, and completion all read them here.
public enum Vocabulary {
    /// The words a statement starts with, in the order error messages list them.
    public static let statementKeywords = [
        "find", "rule", "who", "what", "when", "timeline", "articles", "explain", "why",
    ]
    /// Aggregate functions (`count(?x)`).
    public static let aggregates = ["avg", "count", "max", "min", "sum"]
    /// Filters between two terms (`?q contains "tax"`).
    public static let filters = ["between", "contains", "in", "matches"]
    /// Words that cannot be a bare name in a pattern: a name spelled so must be quoted.
    public static let reservedInTerms: Set<String> = ["not", "optional", "find", "where", "and", "rule"]
    /// Every keyword but the aggregates: a name equal to one of them is quoted when shown as
    /// query text.
    public static let keywords: Set<String> = Set(
        statementKeywords + filters + [
            "about", "and", "asc", "by", "desc", "did", "distinct", "group", "holds", "is", "limit", "meet", "met",
            "not", "of", "offset", "optional", "order", "say", "where",
        ])
}
