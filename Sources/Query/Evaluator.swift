import Foundation
import NewsFacts

/// Thrown when `isCancelled` reports true while a query runs (Ctrl-C).
public struct QueryCancelled: Error, CustomStringConvertible {
    public var description: String { "cancelled" }
}

/// An error found while running (not while parsing): unstratified negation, runaway recursion.
struct EvaluationError: Error {
    var code: Diagnostic.Code
    var message: String
}

/// What `explain` prints for one step: the clause, how it was joined, estimated and actual rows.
struct TraceLine {
    var depth: Int
    var clause: String
    var method: String
    var estimate: Double
    var actual: Int
}

/// The answer of a query: a header a column and the rows as values, plus (with sources on)
/// the facts behind each row.
struct ResultSet {
    var headers: [String]
    var rows: [Value] = []
    var count = 0
    /// Fact ids behind each row, `factWidth` a row (`Relation.null` where an optional missed).
    var facts: [Value] = []
    var factWidth = 0
    var width: Int { headers.count }
}

/// Folds clauses into relations: patterns read the store's indexes (index nested-loop when the
/// left side is small, hash join otherwise), filters drop rows, `not` subtracts (anti-join on
/// the shared variables), `optional` left-joins, rule calls join the rule's relation, computed
/// by semi-naive fixpoint iteration (Evaluator+Rules.swift).
///
/// Work is counted as it is done — facts read, rows probed and produced — and every 4,096
/// units the budget (`StatementBudget`: Ctrl-C, the time and memory limits) is checked. A
/// query with `limit` and nothing after it that needs every row (ordering, grouping) runs its
/// steps depth first a piece at a time (`evaluateInPieces`), so it stops once it has its rows.
final class Evaluator {
    let store: FactStore
    let values: Values
    let rules: [String: [BoundRule]]
    /// Ctrl-C and the limits, shared with the session (which starts it for each statement).
    let budget: StatementBudget
    var trace: [TraceLine]?
    /// Variable names for `explain` (index = variable number).
    var variableNames: [String] = []
    var tracing: Bool { trace != nil }

    func names(_ vars: [Int]) -> String {
        vars.map { "?" + ($0 < variableNames.count ? variableNames[$0] : "\($0)") }.joined(separator: ", ")
    }

    var ruleRelations: [String: Relation] = [:]
    var deltas: [Int: Relation] = [:]
    /// The rule graph of `rules`, built on first use (see `ruleGraph`).
    var builtRuleGraph: RuleGraph?
    /// How many times a rule definition's body was evaluated (for tests of the fixpoint's cost).
    var definitionsEvaluated = 0
    /// Work done (see the type's comment); a check comes each time it passes a multiple of 4,096.
    var tick = 0
    var articleValues: [Int: Value] = [:]
    let subjects: [TermID]
    let predicates: [TermID]
    let objects: [TermID]
    /// The store's index orders (see `FactStore.subjectOrder`), read once per evaluator.
    let subjectOrder: [FactID]
    let predicateOrder: [FactID]
    /// Which facts repeat an earlier one (`FactStore.repeatBits`): a scan of every fact skips them.
    let repeatBits: [UInt64]

    static let maxIterations = 100_000
    /// Values a step hands on at a time when a query runs in pieces (`evaluateInPieces`).
    static let pieceValues = 1 << 16

    init(store: FactStore, values: Values, rules: [String: [BoundRule]], budget: StatementBudget) {
        self.store = store
        self.values = values
        self.rules = rules
        self.budget = budget
        subjects = store.subjects
        predicates = store.predicates
        objects = store.objects
        subjectOrder = store.subjectOrder
        predicateOrder = store.predicateObjectOrder
        repeatBits = store.repeatBits
    }

    /// An evaluator with its own budget: default limits and `isCancelled` for Ctrl-C.
    convenience init(
        store: FactStore, values: Values, rules: [String: [BoundRule]],
        isCancelled: @escaping () -> Bool
    ) {
        self.init(store: store, values: values, rules: rules, budget: StatementBudget(isCancelled: isCancelled))
    }

    /// One unit of work.
    @inline(__always) func poll() throws {
        tick &+= 1
        if tick & 4095 == 0 { try budget.check() }
    }

    /// `units` of work, with `building` values in the relation under way (for the memory
    /// limit); checks the budget when the count passes a multiple of 4,096.
    @inline(__always) func spend(_ units: Int, building: Int) throws {
        let before = tick
        tick &+= units
        if (before ^ tick) >> 12 != 0 { try budget.check(building: StatementBudget.bytes(building)) }
    }

    // MARK: - Queries

    /// Runs a resolved query to its final rows (aggregated, ordered, projected, limited).
    func run(_ q: BoundQuery, sources: Bool, plan: [PlanStep]? = nil) throws -> ResultSet {
        var result = ResultSet(headers: q.headers)
        var none: Kept? = nil
        try run(q, sources: sources, plan: plan, kept: &none, into: &result)
        return result
    }

    /// Runs a cached statement again: `q` and `plan` must be the ones every call on this
    /// evaluator passes. The join layouts, the output columns and a row buffer are kept from
    /// the previous run, and `result`'s buffers are cleared and refilled (so a repeated small
    /// query allocates almost nothing).
    func rerun(_ q: BoundQuery, sources: Bool, plan: [PlanStep], into result: inout ResultSet) throws {
        defer { endStatement() }
        // A local while the statement runs: one access to the property, not one a use.
        var state: Kept? = Kept()
        swap(&state!, &kept)
        defer { swap(&state!, &kept) }
        try run(q, sources: sources, plan: plan, kept: &state, into: &result)
    }

    /// Forgets what was derived for the statement (rule relations are derived once per
    /// statement), so that an evaluator kept for reruns holds no rows between them.
    func endStatement() {
        if !rules.isEmpty { ruleRelations.removeAll() }
    }

    /// What the runs of a cached statement keep for the next (see `rerun`): the join layout
    /// of each top-level plan step (by step number), a spare row buffer, the output columns.
    struct Kept {
        var layouts: [JoinLayout?] = []
        var spareRows: [Value] = []
        var projection: Projection?
    }
    private var kept = Kept()

    /// The final relation's columns the outputs and the sources read, kept by `rerun`.
    final class Projection {
        let relationColumns: [Int]
        let sources: Bool
        let outputs: [Int]
        let facts: [Int]
        init(relationColumns: [Int], sources: Bool, outputs: [Int], facts: [Int]) {
            self.relationColumns = relationColumns
            self.sources = sources
            self.outputs = outputs
            self.facts = facts
        }
    }

    private func projection(_ q: BoundQuery, _ rel: Relation, sources: Bool, kept: inout Kept?) throws -> Projection {
        if let p = kept?.projection, p.sources == sources, p.relationColumns == rel.columns { return p }
        var outCols: [Int] = []
        for o in q.outputs {
            guard case .variable(let v) = o else {
                outCols.append(0)
                continue
            }
            outCols.append(try column(of: v, in: rel))
        }
        let factCols = sources ? q.factVariables.compactMap { rel.column(of: $0) } : []
        let p = Projection(relationColumns: rel.columns, sources: sources, outputs: outCols, facts: factCols)
        kept?.projection = p
        return p
    }

    /// - Throws: `EvaluationError` when `rows` is more rows than one relation may hold (row
    ///   numbers in hash sets and indexes are 32-bit).
    func checkRows(_ rows: Int) throws {
        if rows > HashJoin.maxRows {
            throw EvaluationError(code: .tooComplex, message: "more than \(HashJoin.maxRows) rows in one relation")
        }
    }

    /// The column of variable `v` in `rel`.
    ///
    /// - Throws: `EvaluationError` when the relation does not hold it (a resolver bug, reported
    ///   rather than trapped on).
    func column(of v: Int, in rel: Relation) throws -> Int {
        guard let c = rel.column(of: v) else {
            let name = v < variableNames.count ? "?" + variableNames[v] : "a variable"
            throw EvaluationError(code: .unboundVariable, message: "\(name) is not bound where it is used")
        }
        return c
    }

    private func run(
        _ q: BoundQuery, sources: Bool, plan: [PlanStep]?, kept: inout Kept?, into result: inout ResultSet
    ) throws {
        if budget.isCancelled() { throw QueryCancelled() }
        let hasAggregates = q.outputs.contains {
            if case .aggregate = $0 { return true }
            return false
        }
        if hasAggregates, let rs = try countFromIndex(q) {
            result = rs
            return
        }
        if !hasAggregates, q.groupBy.isEmpty, q.orderBy.isEmpty, !q.distinct, q.offset == nil,
            let plan, plan.count == 1, case .pattern(let p) = plan[0].clause,
            case .constant(let ids) = p.s, ids.count == 1,
            pointLookup(q, p, subject: ids[0], sources: sources, into: &result)
        {
            return
        }
        let steps = plan ?? planner().plan(q.clauses, bound: [], rows: 1)
        // A rerun's plan is the one kept already.
        if kept == nil { lastPlan = steps }
        var rel: Relation
        // With a limit and nothing after it that needs every row, the steps run in pieces and
        // stop once the rows are found (`distinct` counts distinct rows as they come).
        if !hasAggregates && q.groupBy.isEmpty && q.orderBy.isEmpty, let limit = q.limit {
            var distinctColumns: [Int]? = nil
            if q.distinct {
                distinctColumns = q.outputs.compactMap {
                    if case .variable(let v) = $0 { return v }
                    return nil
                }
            }
            rel = try evaluateInPieces(steps, rows: limit + (q.offset ?? 0), distinctOn: distinctColumns, kept: &kept)
        } else {
            rel = try evaluate(q.clauses, from: .unit, depth: 0, plan: steps, kept: &kept)
        }
        budget.held = StatementBudget.bytes(rel.rows.count)
        if hasAggregates || !q.groupBy.isEmpty {
            result = try aggregate(rel, q)
            return
        }

        var order: [Int]? = nil
        if !q.orderBy.isEmpty {
            var keys: [([Value], Bool)] = []
            for key in q.orderBy {
                guard case .variable(let v) = key.0 else {
                    keys.append(([Value](repeating: 0, count: rel.count), false))
                    continue
                }
                keys.append((rel.columnValues(try column(of: v, in: rel)), key.descending))
            }
            order = try sortedRows(count: rel.count, keys: keys)
        }
        let columns = try projection(q, rel, sources: sources, kept: &kept)
        let outCols = columns.outputs, factCols = columns.facts
        result.headers = q.headers
        result.rows.removeAll(keepingCapacity: true)
        result.facts.removeAll(keepingCapacity: true)
        result.count = 0
        result.factWidth = factCols.count
        if q.distinct { try checkRows(rel.count) }
        var seen = q.distinct ? RowSet(width: outCols.count, capacity: min(rel.count, 1 << 20)) : nil
        var skipped = 0
        let limit = q.limit ?? .max
        // Appended through locals: `result` is inout, so each append to its arrays would
        // otherwise go through the caller's storage.
        var rows: [Value] = [], facts: [Value] = [], count = 0
        swap(&rows, &result.rows)
        swap(&facts, &result.facts)
        defer {
            swap(&rows, &result.rows)
            swap(&facts, &result.facts)
        }
        try rel.rows.withUnsafeBufferPointer { buf in
            let w = rel.width
            rows.reserveCapacity(min(rel.count, limit) * outCols.count)
            facts.reserveCapacity(min(rel.count, limit) * factCols.count)
            for i in 0..<rel.count {
                let r = order?[i] ?? i
                if count >= limit { break }
                if seen != nil, !seen!.insert(buf, at: r * w, cols: outCols) { continue }
                if skipped < (q.offset ?? 0) {
                    skipped += 1
                    continue
                }
                for c in outCols { rows.append(buf[r * w + c]) }
                for c in factCols { facts.append(buf[r * w + c]) }
                count += 1
                if count & 4095 == 0 { try spend(4096, building: rows.count + facts.count) }
            }
        }
        result.count = count
        kept?.recycle(&rel.rows)
    }

    /// A point lookup — one pattern whose subject is one constant, such as
    /// `find ?p, ?o where person/1234 ?p ?o` — read straight from the subject index into the
    /// result: the same rows in the same order as the join below gives, without a relation in
    /// between (at a microsecond a query, building one is most of the cost). False when the
    /// pattern needs more (qualifiers, provenance variables, a variable twice), and nothing
    /// was written.
    private func pointLookup(
        _ q: BoundQuery, _ p: BoundPattern, subject: Value, sources: Bool,
        into result: inout ResultSet
    ) -> Bool {
        guard p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil else { return false }
        // A position's constant (nil: any value) and variable.
        func part(_ slot: Slot) -> (constant: Value?, variable: Int?)? {
            switch slot {
            case .any: return (nil, nil)
            case .variable(let v): return (nil, v)
            case .constant(let ids): return ids.count == 1 ? (ids[0], nil) : nil
            }
        }
        guard let pPart = part(p.p), let oPart = part(p.o) else { return false }
        if let v = pPart.variable, v == oPart.variable { return false }
        // Where each output comes from: 1 the predicate, 2 the object, 3 the fact.
        var outputs: [Int] = []
        for output in q.outputs {
            guard case .variable(let v) = output else { return false }
            if v == pPart.variable {
                outputs.append(1)
            } else if v == oPart.variable {
                outputs.append(2)
            } else if v == p.factVar {
                outputs.append(3)
            } else {
                return false
            }
        }
        if sources && (q.factVariables.count != 1 || q.factVariables[0] != p.factVar) { return false }

        result.headers = q.headers
        result.rows.removeAll(keepingCapacity: true)
        result.facts.removeAll(keepingCapacity: true)
        result.factWidth = sources ? 1 : 0
        let limit = q.limit ?? .max
        var count = 0
        let range = store.subjectRange(subject)
        for i in range where count < limit {
            let f = Int(subjectOrder[i])
            if let c = pPart.constant, predicates[f] != c { continue }
            if let c = oPart.constant, objects[f] != c { continue }
            for o in outputs {
                result.rows.append(o == 1 ? predicates[f] : o == 2 ? objects[f] : Value(f))
            }
            if sources { result.facts.append(Value(f)) }
            count += 1
        }
        result.count = count
        return true
    }

    /// The plan of the last top-level query (a session keeps it with a cached statement).
    var lastPlan: [PlanStep] = []

    func planner() -> Planner {
        Planner(store: store, ruleSize: { [unowned self] in self.ruleRelations[$0]?.count ?? 1000 })
    }

    /// Folds `clauses` into `seed`, in the planner's order (or `plan`'s), each step whole.
    func evaluate(_ clauses: [BoundClause], from seed: Relation, depth: Int, plan: [PlanStep]? = nil) throws -> Relation
    {
        var none: Kept? = nil
        return try evaluate(clauses, from: seed, depth: depth, plan: plan, kept: &none)
    }

    /// `kept`: present when the plan is a cached statement's, run again by `rerun`.
    private func evaluate(
        _ clauses: [BoundClause], from seed: Relation, depth: Int, plan: [PlanStep]?,
        kept: inout Kept?
    ) throws -> Relation {
        let steps = plan ?? planner().plan(clauses, bound: Set(seed.columns), rows: Double(seed.count))
        return try evaluate(steps[...], from: seed, depth: depth, firstStep: 0, kept: &kept)
    }

    /// Runs `steps` (numbered from `firstStep` in the plan, for the kept layouts) over `seed`.
    private func evaluate(
        _ steps: ArraySlice<PlanStep>, from seed: Relation, depth: Int, firstStep: Int,
        kept: inout Kept?
    ) throws -> Relation {
        let held = budget.held
        defer { budget.held = held }
        var rel = seed
        for (i, step) in steps.enumerated() {
            let n = firstStep + i
            budget.held = held + StatementBudget.bytes(rel.rows.count)
            var traceIndex: Int? = nil
            if tracing {
                traceIndex = trace!.count
                trace!.append(
                    TraceLine(depth: depth, clause: step.clause.source, method: "", estimate: step.estimate, actual: 0))
            }
            // The run (which holds `rel`) ends with this call, so `rel`'s buffer is free to keep.
            let (next, method) = try whole(step, over: rel, depth: depth, step: n, kept: &kept)
            try budget.checkMemory(building: StatementBudget.bytes(next.rows.count))
            if i > 0 { kept?.recycle(&rel.rows) } // a step's output, no longer needed
            rel = next
            if let i = traceIndex {
                trace![i].method = method
                trace![i].actual = rel.count
            }
        }
        return rel
    }

    /// Every row of plan step `step` over `left`, and how it joined.
    private func whole(
        _ step: PlanStep, over left: Relation, depth: Int, step n: Int,
        kept: inout Kept?
    ) throws -> (Relation, String) {
        let run = try start(step, over: left, depth: depth, step: n, kept: &kept)
        return (try piece(of: run, cap: .max, kept: &kept) ?? Relation(columns: run.columns), run.method)
    }

    /// Runs the plan depth first, a piece at a time: each step hands on at most
    /// `pieceValues` values before the steps after it have used them, and the last stops at
    /// `rows` rows (distinct over `distinctOn`, when given). So a limit ends the work, and no
    /// step holds a whole product that only a few rows of are wanted from.
    ///
    /// Each step decides how to join (index or hash, which side to index) from the piece it
    /// is given; the rows come in the order the pieces give them.
    private func evaluateInPieces(
        _ steps: [PlanStep], rows wanted: Int, distinctOn: [Int]?,
        kept: inout Kept?
    ) throws -> Relation {
        let held = budget.held
        defer { budget.held = held }
        var out: Relation? = nil
        var seen: RowSet? = nil
        var outColumns: [Int] = []
        guard !steps.isEmpty, wanted > 0 else {
            return try evaluate(steps[...], from: Relation(columns: []), depth: 0, firstStep: 0, kept: &kept)
        }
        // The step runs under way, stack[k] running step k, with the bytes it holds.
        var stack: [(run: StepRun, bytes: Int)] = []
        var traceIndex: [Int] = []
        // What each step joins that does not depend on its piece, read once.
        let slots = steps.map { _ in RightSlot() }
        var stackBytes = 0, outBytes = 0
        /// The columns of the deepest step started so far.
        var startedColumns: [Int] = []
        /// Starts step `k` over `left`; the first start of a step writes its trace line, later
        /// ones write none (a `not` or `optional` body is traced once).
        func push(_ k: Int, _ left: Relation, morePieces: Bool) throws {
            budget.held = held + stackBytes + outBytes + StatementBudget.bytes(left.rows.count)
            let first = traceIndex.count == k
            let savedTrace = trace
            if tracing && first {
                traceIndex.append(trace!.count)
                trace!.append(
                    TraceLine(
                        depth: 0, clause: steps[k].clause.source, method: "",
                        estimate: steps[k].estimate, actual: 0))
            } else if first {
                traceIndex.append(-1)
            } else {
                trace = nil
            }
            defer { if !first { trace = savedTrace } }
            let run = try start(
                steps[k], over: left, depth: 0, step: k, kept: &kept, slot: slots[k],
                morePieces: morePieces)
            if first, tracing, traceIndex[k] >= 0 { trace![traceIndex[k]].method = run.method }
            if first { startedColumns = run.columns }
            let bytes = StatementBudget.bytes(left.rows.count) + run.bytes
            stackBytes += bytes
            stack.append((run, bytes))
        }
        try push(0, .unit, morePieces: false)
        pieces: while let (run, bytes) = stack.last {
            let k = stack.count - 1
            let last = k == steps.count - 1
            budget.held = held + stackBytes + outBytes
            let pieceRows = max(1, Evaluator.pieceValues / max(1, run.columns.count))
            let cap = last && distinctOn == nil ? wanted - (out?.count ?? 0) : pieceRows
            guard let piece = try piece(of: run, cap: cap, kept: &kept) else {
                stack.removeLast()
                stackBytes -= bytes
                continue
            }
            if tracing, traceIndex[k] >= 0 { trace![traceIndex[k]].actual += piece.count }
            if !last {
                if piece.count > 0 { try push(k + 1, piece, morePieces: !run.isDone) }
                continue
            }
            if out == nil {
                out = Relation(columns: piece.columns)
                if let distinctOn {
                    outColumns = try distinctOn.map { try column(of: $0, in: piece) }
                    seen = RowSet(width: outColumns.count)
                }
            }
            var rows = out!.rows, count = out!.count
            out = nil // sole owner of the buffer while it grows
            piece.rows.withUnsafeBufferPointer { b in
                let w = piece.width
                for r in 0..<piece.count where count < wanted {
                    if seen != nil, !seen!.insert(b, at: r * w, cols: outColumns) { continue }
                    rows.append(contentsOf: UnsafeBufferPointer(rebasing: b[r * w..<(r + 1) * w]))
                    count += 1
                }
            }
            out = Relation(columns: piece.columns, rows: rows, count: count)
            outBytes = StatementBudget.bytes(rows.count)
            try budget.checkMemory()
            if count >= wanted { break pieces }
        }
        if let out { return out }
        // No row reached the end: the steps never started run over no rows, for their trace
        // lines and the columns of the (empty) answer.
        let started = traceIndex.count
        return try evaluate(
            steps[started...], from: Relation(columns: startedColumns), depth: 0, firstStep: started,
            kept: &kept)
    }
}

extension Relation {
    init(columns: [Int], rows: [Value], count: Int) {
        self.init(columns: columns)
        self.rows = rows
        self.count = count
    }

    /// The values of one column, a row each.
    func columnValues(_ c: Int) -> [Value] {
        (0..<count).map { rows[$0 * width + c] }
    }
}

extension Evaluator.Kept {
    /// Buffers larger than this (values) are not kept between runs.
    static let maxSpareRows = 1 << 16

    /// The layout kept for plan step `step` when it was made for `leftColumns`, else a new
    /// one, kept.
    mutating func layout(_ step: Int, _ p: BoundPattern, leftColumns: [Int]) -> Evaluator.JoinLayout {
        if step < layouts.count, let kept = layouts[step], kept.leftColumns == leftColumns { return kept }
        let layout = Evaluator.JoinLayout(p, leftColumns: leftColumns)
        while layouts.count <= step { layouts.append(nil) }
        layouts[step] = layout
        return layout
    }

    /// An empty row buffer: the spare one (cleared, capacity kept), or a new one.
    mutating func takeRows() -> [Value] {
        var rows: [Value] = []
        swap(&rows, &spareRows)
        rows.removeAll(keepingCapacity: true)
        return rows
    }

    /// Keeps `rows`, a relation's buffer no longer needed, as the spare (when it is larger).
    mutating func recycle(_ rows: inout [Value]) {
        if rows.capacity > spareRows.capacity && rows.capacity <= Self.maxSpareRows { swap(&rows, &spareRows) }
    }
}
