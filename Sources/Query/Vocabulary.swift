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

    /// Words a user may write for a stored predicate, which the "unknown predicate" error offers
    /// before any spelling neighbour: "says", "told" and "spoke" are `said` (meeting and visit
    /// verbs are in `eventVerbs`).
    ///
    ///     find ?q where Motegi says ?q      // did you mean 'said'?
    public static let predicateWordForms: [String: String] = [
        "say": "said", "says": "said", "saying": "said", "tell": "said", "tells": "said", "told": "said",
        "quoted": "said", "stated": "said", "spoke": "said", "titles": "title", "role": "title", "job": "title",
        "post": "title",
        "participants": "participant", "participated": "participant", "attended": "participant",
        "dated": "date", "dates": "date", "when": "date", "location": "place", "where": "place",
        "kinds": "kind", "types": "type", "aliases": "alias", "member": "member_of", "members": "member_of",
        "located": "located_in",
    ]

    /// Meeting and visit verbs, which are no predicates: meetings and visits are events.
    public static let eventVerbs: Set<String> = [
        "met", "meet", "meets", "meeting", "visit", "visits", "visited", "visiting",
    ]
}
