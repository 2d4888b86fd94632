import Foundation
import NewsFacts

/// Reads values for filters, ordering and output: store terms through the store, and the
/// session-local values (aggregates, article ids, sentence numbers) from a small side table.
final class Values {
    static let localBit: Value = 0x8000_0000
    let store: FactStore
    private var locals: [Term] = []
    private var localIndex: [Term: Value] = [:]
    private var dates: [Value: DateValue] = [:]
    private var noDate = Set<Value>()
    /// Article ids as written in the sources column, kept between results (see `ArticleIDText`).
    var articleIDText = ArticleIDText()
    /// The store's columns for evaluators (`columns`), taken again when the store changes.
    private var storeColumns: StoreColumns?

    init(store: FactStore) { self.store = store }

    /// The store's fact columns and index orders, shared by the evaluators of this session's
    /// statements while the store stays as it is (see `StoreColumns`).
    var columns: StoreColumns {
        if let c = storeColumns, c.generation == store.generation { return c }
        let c = StoreColumns(store)
        storeColumns = c
        return c
    }

    /// The id of a local value, added if new.
    func local(_ t: Term) -> Value {
        if let v = localIndex[t] { return v }
        let v = Values.localBit | Value(locals.count)
        locals.append(t)
        localIndex[t] = v
        return v
    }

    @inline(__always) func isLocal(_ v: Value) -> Bool { v != Relation.null && v & Values.localBit != 0 }

    func term(_ v: Value) -> Term? {
        if v == Relation.null { return nil }
        if isLocal(v) { return locals[Int(v & ~Values.localBit)] }
        return store.term(v)
    }

    func kind(_ v: Value) -> TermKind? {
        if v == Relation.null { return nil }
        if isLocal(v) { return locals[Int(v & ~Values.localBit)].kind }
        return store.kind(v)
    }

    func text(_ v: Value) -> String {
        if v == Relation.null { return "" }
        if isLocal(v) { return locals[Int(v & ~Values.localBit)].lexical }
        return store.text(v)
    }

    func number(_ v: Value) -> Double? {
        guard let k = kind(v) else { return nil }
        if k == .number { return Double(text(v)) }
        return nil
    }

    func date(_ v: Value) -> DateValue? {
        guard kind(v) == .date else { return nil }
        if let d = dates[v] { return d }
        if noDate.contains(v) { return nil }
        let d = DateValue(iso: text(v))
        if let d { dates[v] = d } else { noDate.insert(v) }
        return d
    }
}

// MARK: - Resolved forms

/// A position of a resolved pattern or call.
enum Slot: Equatable {
    case variable(Int)
    case any
    /// The values a constant may stand for (empty: it matches nothing).
    case constant([Value])

    var variable: Int? {
        if case .variable(let v) = self { return v }
        return nil
    }
}

/// A constant operand of a filter: its candidate ids (for `=`) and typed readings.
struct Constant {
    var ids: [Value]
    var text: String
    var number: Double?
    var date: DateValue?
}

enum Operand {
    case variable(Int)
    case constant(Constant)
    var variable: Int? {
        if case .variable(let v) = self { return v }
        return nil
    }
}

struct BoundPattern {
    var s: Slot, p: Slot, o: Slot
    /// Qualifier key ids (nil: a key the store has never seen — matches nothing) and values.
    var qualifiers: [(key: Value?, value: Slot)] = []
    /// `[article: ?a]`, `[sentence: ?n]`: provenance bound as values.
    var articleVar: Int?
    var sentenceVar: Int?
    /// A hidden variable holding the matched fact's id (for sources and `why`).
    var factVar: Int?
    var source: ClauseText

    /// Its variables, each once, in the order subject, predicate, object, qualifiers, article,
    /// sentence, fact (read several times as a statement is resolved and planned: one array,
    /// no temporary ones).
    var variables: [Int] {
        var out: [Int] = []
        out.reserveCapacity(3 + qualifiers.count)
        func add(_ v: Int?) { if let v, !out.contains(v) { out.append(v) } }
        add(s.variable)
        add(p.variable)
        add(o.variable)
        for q in qualifiers { add(q.value.variable) }
        add(articleVar)
        add(sentenceVar)
        add(factVar)
        return out
    }
}

struct BoundFilter {
    var op: FilterOperator
    var left: Operand
    var right: Operand
    var upper: Operand?
    /// The values of `in` (constants).
    var list: [Constant] = []
    var regex: NSRegularExpression?
    var source: ClauseText

    var variables: [Int] { [left.variable, right.variable, upper?.variable].compactMap { $0 } }
}

struct BoundCall {
    var name: String
    var arguments: [Slot]
    /// Unique in its body, so semi-naive evaluation can feed one call the delta.
    var id: Int
    var source: ClauseText
    var variables: [Int] { arguments.compactMap(\.variable) }
}

indirect enum BoundClause {
    case pattern(BoundPattern)
    case filter(BoundFilter)
    case not([BoundClause], source: ClauseText)
    case optional([BoundClause], source: ClauseText)
    case call(BoundCall)

    /// Every variable the clause mentions.
    var variables: [Int] {
        switch self {
        case .pattern(let p): return p.variables
        case .filter(let f): return f.variables
        case .call(let c): return c.variables
        case .not(let cs, _), .optional(let cs, _):
            var out: [Int] = []
            for c in cs { for v in c.variables where !out.contains(v) { out.append(v) } }
            return out
        }
    }

    /// Variables the clause binds for the clauses after it (not: none; filters: none).
    var binds: [Int] {
        switch self {
        case .pattern(let p): return p.variables
        case .call(let c): return c.variables
        case .optional(let cs, _):
            var out: [Int] = []
            for c in cs { for v in c.binds where !out.contains(v) { out.append(v) } }
            return out
        case .filter, .not: return []
        }
    }

    var source: ClauseText {
        switch self {
        case .pattern(let p): return p.source
        case .filter(let f): return f.source
        case .call(let c): return c.source
        case .not(_, let s), .optional(_, let s): return s
        }
    }
}

enum BoundOutput: Equatable {
    case variable(Int)
    case aggregate(AggregateFunction, distinct: Bool, variable: Int?)
}

/// A query with every name resolved to store ids and every variable numbered.
///
/// A class, so that what the session, the evaluator and a kept statement hold is one
/// reference: as a struct of seven arrays each copy retained and released them all (a typed
/// point lookup made and destroyed four copies).
final class BoundQuery {
    let variableNames: [String]
    let clauses: [BoundClause]
    let outputs: [BoundOutput]
    let headers: [String]
    let distinct: Bool
    let groupBy: [Int]
    let orderBy: [(BoundOutput, descending: Bool)]
    let limit: Int?
    let offset: Int?
    /// Hidden fact variables, one per pattern (filled when sources are wanted).
    let factVariables: [Int]

    init(
        variableNames: [String], clauses: [BoundClause], outputs: [BoundOutput], headers: [String],
        distinct: Bool, groupBy: [Int], orderBy: [(BoundOutput, descending: Bool)], limit: Int?, offset: Int?,
        factVariables: [Int]
    ) {
        self.variableNames = variableNames
        self.clauses = clauses
        self.outputs = outputs
        self.headers = headers
        self.distinct = distinct
        self.groupBy = groupBy
        self.orderBy = orderBy
        self.limit = limit
        self.offset = offset
        self.factVariables = factVariables
    }
}

struct BoundRule {
    var name: String
    var arity: Int
    var parameters: [Int]
    var body: [BoundClause]
    var variableCount: Int
    var source: String
}
