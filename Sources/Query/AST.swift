import NewsFacts

/// A statement as written: what the parser returns, before names are resolved against a store.
/// A `find` is one reference (a class), unboxed; the other cases are boxed, so that a statement
/// stays a word or two and is copied by a retain, not by copying a pattern's terms.
enum Statement {
    /// `find … where …`
    case find(FindQuery)
    /// `rule name(?a, ?b) :- clauses.`
    indirect case rule(RuleDefinition)
    /// `who is X?`, `who holds T?`… — sugar over `find`.
    indirect case question(Question, range: Range<Int>)
    /// `explain STATEMENT`: the desugared `find` and its plan, with estimated and actual rows.
    indirect case explain(Statement, range: Range<Int>)
    /// `why PATTERN`: the sentences behind the facts that match.
    indirect case why(Pattern, range: Range<Int>)
}

/// A `find` query: outputs, clauses and the modifiers after them.
///
/// A class, so that the statement passes it on (to the session, the resolver, `explain`) as
/// one reference, not as a copy of its four arrays retained and released field by field. Its
/// fields are set only while the parser or `Desugar` builds it; whoever holds it after reads
/// it and never writes it (another holder shares it).
final class FindQuery {
    var distinct = false
    var outputs: [Output] = []
    var clauses: [Clause] = []
    var groupBy: [Variable] = []
    var orderBy: [OrderKey] = []
    var limit: Int?
    var offset: Int?
    var range: Range<Int> = 0..<0

    init() {}
}

/// A `?name` as written, with where.
struct Variable: Hashable {
    var name: String
    var range: Range<Int>
    static func == (a: Variable, b: Variable) -> Bool { a.name == b.name }
    func hash(into h: inout Hasher) { h.combine(name) }
}

/// What a `find` returns in one column.
enum Output {
    case variable(Variable)
    case aggregate(Aggregate)

    var range: Range<Int> {
        switch self {
        case .variable(let v): return v.range
        case .aggregate(let a): return a.range
        }
    }
}

enum AggregateFunction: String, CaseIterable {
    case count, sum, min, max, avg
}

/// `count(?e)`, `count(distinct ?e)`, `sum(?n)`…
struct Aggregate: Hashable {
    var function: AggregateFunction
    var distinct: Bool
    /// nil for `count(*)`.
    var variable: Variable?
    var range: Range<Int>

    /// How the column is headed: `count(e)`, `count(distinct e)`, `count(*)`.
    var header: String {
        "\(function.rawValue)(\(distinct ? "distinct " : "")\(variable?.name ?? "*"))"
    }
    static func == (a: Aggregate, b: Aggregate) -> Bool { a.header == b.header }
    func hash(into h: inout Hasher) { h.combine(header) }
}

struct OrderKey {
    var output: Output
    var descending: Bool
}

/// One clause of a `where` list.
indirect enum Clause {
    /// `subject predicate object [key: value, …]`
    case pattern(Pattern)
    /// `?a != ?b`, `?d between 2021-01-20 and 2021-02-28`, `?s contains "alliance"`…
    case filter(Filter)
    /// `not CLAUSE` or `not (CLAUSES)`: rows for which the clauses have a match are dropped.
    case not([Clause], range: Range<Int>)
    /// `optional CLAUSE` or `optional (CLAUSES)`: a left outer join; unmatched variables stay empty.
    case optional([Clause], range: Range<Int>)
    /// `name(args)`: a call of a user rule.
    case call(RuleCall)
}

/// A term as written in a pattern, filter or call.
enum TermRef: Equatable {
    case variable(Variable)
    case wildcard(range: Range<Int>)
    /// A bare name (`Motegi`, `Antony Blinken`, `person/1234`) or a quoted string.
    case name(String, quoted: Bool, range: Range<Int>)
    case number(Double, text: String, range: Range<Int>)
    case date(DateValue, range: Range<Int>)

    var range: Range<Int> {
        switch self {
        case .variable(let v): return v.range
        case .wildcard(let r), .name(_, _, let r), .number(_, _, let r), .date(_, let r): return r
        }
    }

    /// The term as it would be written back in a statement.
    var source: String {
        switch self {
        case .variable(let v): return "?" + v.name
        case .wildcard: return "_"
        case .name(let s, let quoted, _):
            return quoted || !TermRef.isBare(s) ? TermRef.quote(s) : s
        case .number(_, let text, _): return text
        case .date(let d, _): return d.iso
        }
    }

    static func quote(_ s: String) -> String {
        "\""
            + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
    }

    /// True when `s` lexes back as a bare name: capitalised words, or one word.
    static func isBare(_ s: String) -> Bool {
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else { return false }
        let toks = Lexer.tokenize(s)
        guard toks.count == words.count + 1, toks.dropLast().allSatisfy({ $0.kind == .word }) else { return false }
        if words.count > 1 { return toks.dropLast().allSatisfy { $0.capitalized } }
        return !Vocabulary.reservedInTerms.contains(s)
    }
}

/// `subject predicate object [key: value, …]`.
struct Pattern {
    var subject: TermRef
    var predicate: TermRef
    var object: TermRef
    var qualifiers: [(key: String, keyRange: Range<Int>, value: TermRef)] = []
    var range: Range<Int>

    var source: String {
        var s = "\(subject.source) \(predicate.source) \(object.source)"
        if !qualifiers.isEmpty {
            s += " [" + qualifiers.map { "\($0.key): \($0.value.source)" }.joinedText(", ") + "]"
        }
        return s
    }
}

enum FilterOperator: String {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case between, contains, matches
    case `in`
}

/// A test on bound values.
struct Filter {
    var op: FilterOperator
    var left: TermRef
    var right: TermRef
    /// The upper bound of `between`.
    var upper: TermRef?
    /// The values of `in` (`right` is the first of them).
    var list: [TermRef] = []
    var range: Range<Int>

    var source: String {
        if op == .between, let upper { return "\(left.source) between \(right.source) and \(upper.source)" }
        if op == .in { return "\(left.source) in (" + list.map(\.source).joinedText(", ") + ")" }
        return "\(left.source) \(op.rawValue) \(right.source)"
    }
}

/// `name(?a, Motegi)` inside a `where` list or a rule body.
struct RuleCall {
    var name: String
    var nameRange: Range<Int>
    var arguments: [TermRef]
    var range: Range<Int>

    var source: String { "\(name)(\(arguments.map(\.source).joinedText(", ")))" }
}

/// `rule name(?a, ?b) :- clauses.` — Datalog style; several rules may share a name (union)
/// and a rule may call itself (recursion, evaluated semi-naively).
struct RuleDefinition {
    var name: String
    var nameRange: Range<Int>
    var parameters: [Variable]
    var body: [Clause]
    var range: Range<Int>
}

/// The questions that desugar to `find`.
enum Question {
    case whoIs(TermRef)
    case whoHolds(TermRef)
    case whatDidSay(TermRef, about: TermRef?)
    case whoMet(TermRef)
    case whenDidMeet(TermRef, TermRef)
    case timeline(TermRef)
    case articlesAbout(TermRef)
}

// MARK: - Writing back

extension Clause {
    var source: String {
        switch self {
        case .pattern(let p): return p.source
        case .filter(let f): return f.source
        case .call(let c): return c.source
        case .not(let cs, _): return "not " + Clause.group(cs)
        case .optional(let cs, _): return "optional " + Clause.group(cs)
        }
    }

    static func group(_ cs: [Clause]) -> String {
        cs.count == 1 ? cs[0].source : "(" + cs.map(\.source).joinedText(", ") + ")"
    }

    var range: Range<Int> {
        switch self {
        case .pattern(let p): return p.range
        case .filter(let f): return f.range
        case .call(let c): return c.range
        case .not(_, let r), .optional(_, let r): return r
        }
    }
}

extension Output {
    var source: String {
        switch self {
        case .variable(let v): return "?" + v.name
        case .aggregate(let a):
            return "\(a.function.rawValue)(\(a.distinct ? "distinct " : "")\(a.variable.map { "?" + $0.name } ?? "*"))"
        }
    }
}

extension FindQuery {
    /// The query written back on one line (what `explain` prints).
    var source: String {
        var s = "find " + (distinct ? "distinct " : "") + outputs.map(\.source).joinedText(", ")
        s += " where " + clauses.map(\.source).joinedText(", ")
        if !groupBy.isEmpty { s += " group by " + groupBy.map { "?" + $0.name }.joinedText(", ") }
        if !orderBy.isEmpty {
            s +=
                " order by " + orderBy.map { $0.output.source + ($0.descending ? " desc" : "") }.joinedText(", ")
        }
        if let limit { s += " limit \(limit)" }
        if let offset { s += " offset \(offset)" }
        return s
    }
}

extension RuleDefinition {
    var source: String {
        "rule \(name)(\(parameters.map { "?" + $0.name }.joinedText(", "))) :- "
            + body.map(\.source).joinedText(", ") + "."
    }
}

extension [String] {
    /// The strings with `separator` between them, as `joined(separator:)` gives them, put
    /// together by hand: that generic method's first use costs a one-shot query a scan of every
    /// protocol conformance in the program (to find the sequence's element type at run time).
    func joinedText(_ separator: String) -> String {
        var text = ""
        for (k, part) in enumerated() {
            if k > 0 { text += separator }
            text += part
        }
        return text
    }
}
