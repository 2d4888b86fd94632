import NewsFacts

/// Folds clauses into relations, the way a relational engine does: each plan step takes the
/// relation so far (the rows, a column a bound variable) and gives the next. This file is the
/// dispatcher; each part of the algebra is a file of its own:
///
/// - a pattern (`Evaluator+PatternJoin.swift`) reads the store's indexes: an index nested loop
///   (`NestedLoopJoin`) when the left side is small, a hash join (`HashJoin`,
///   `Evaluator+HashJoin.swift`) otherwise, a cross product when they share no variable;
///   a query of one pattern about one subject is answered straight from the subject index
///   (`Evaluator+PointLookup.swift`);
/// - a filter drops rows (`Evaluator+Filters.swift`); `not` subtracts, an anti-join on the
///   shared variables (`Evaluator+AntiJoin.swift`); `optional` left-joins
///   (`Evaluator+LeftJoin.swift`);
/// - a rule call joins the rule's relation (`Evaluator+RuleCall.swift`), derived by semi-naive
///   fixpoint iteration (`Evaluator+Rules.swift`);
/// - the final relation is grouped and aggregated (`Evaluator+Aggregates.swift`), ordered
///   (`Evaluator+Ordering.swift`) and projected to the outputs (`Evaluator+Projection.swift`).
///
/// Work is counted as it is done — facts read, rows probed and produced — and every 4,096
/// units the budget (`StatementBudget`: Ctrl-C, the time and memory limits) is checked. A
/// query with `limit` and nothing after it that needs every row (ordering, grouping) runs its
/// steps depth first a piece at a time (`Evaluator+Pieces.swift`), so it stops once it has
/// its rows.
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

    var ruleRelations: [String: Relation] = [:]
    /// Rule calls' rows made in this statement, for the same call joined again (`startCall`).
    var callSides: [CallSide] = []
    var deltas: [Int: Relation] = [:]
    /// The rule graph of `rules`, built on first use (see `ruleGraph`).
    var builtRuleGraph: RuleGraph?
    /// How many times a rule definition's body was evaluated (for tests of the fixpoint's cost).
    var definitionsEvaluated = 0
    /// Work done (see the type's comment); a check comes each time it passes a multiple of 4,096.
    var tick = 0
    /// The values a join's touching passes read, or-ed together (`NestedLoopJoin.touchStarts`):
    /// stored here, where the compiler must keep them, so the reads are not dropped as unused.
    var touched: UInt32 = 0
    /// The value each article gives `?a` in `[article: ?a]`, by article index.
    var articleValues: [Int: Value] = [:]
    /// The store's fact columns and index orders (see `FactColumns`), shared with the other
    /// evaluators of the session (`Values.columns`): one reference, not nine columns copied.
    let columns: StoreColumns
    var subjects: Column<TermID> { columns.subjects }
    var predicates: Column<TermID> { columns.predicates }
    var objects: Column<TermID> { columns.objects }
    var subjectOrder: Column<FactID> { columns.subjectOrder }
    var subjectStarts: Column<UInt32> { columns.subjectStarts }
    var predicateOrder: Column<FactID> { columns.predicateOrder }
    /// The subject and object of the fact at each position of `predicateOrder`.
    var predicateSubjects: Column<TermID> { columns.predicateSubjects }
    var predicateObjects: Column<TermID> { columns.predicateObjects }
    /// Which facts repeat an earlier one (`FactStore.repeatBits`): a scan of every fact skips them.
    var repeatBits: Column<UInt64> { columns.repeatBits }
    /// What a cached statement's runs keep for the next (see `rerun`).
    private var kept = Kept()
    /// The plan of the last top-level query (a session keeps it with a cached statement).
    var lastPlan: [PlanStep] = []

    static let maxIterations = 100_000
    /// Values a step hands on at a time when a query runs in pieces (`evaluateInPieces`).
    static let pieceValues = 1 << 16

    init(store: FactStore, values: Values, rules: [String: [BoundRule]], budget: StatementBudget) {
        self.store = store
        self.values = values
        self.rules = rules
        self.budget = budget
        columns = values.columns
    }

    /// An evaluator with its own budget: default limits and `isCancelled` for Ctrl-C.
    convenience init(
        store: FactStore, values: Values, rules: [String: [BoundRule]],
        isCancelled: @escaping () -> Bool
    ) {
        self.init(store: store, values: values, rules: rules, budget: StatementBudget(isCancelled: isCancelled))
    }

    // MARK: - Queries

    /// Runs a resolved query to its final rows (aggregated, ordered, projected, limited).
    ///
    /// - Throws: `QueryCancelled`, the limits' errors, `EvaluationError`.
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
    ///
    /// - Throws: as `run(_:sources:plan:)`.
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
        if !rules.isEmpty {
            ruleRelations.removeAll()
            callSides.removeAll()
        }
    }

    /// Makes an evaluator that ran a statement as a new one would be for the next (the session
    /// keeps one for typed statements: making and freeing an evaluator, a class of seventeen
    /// properties, cost a typed point lookup some 1,800 instructions of 31,000). What it keeps
    /// is what depends only on the store and the rules it was made with: the columns and the
    /// rule graph.
    func reset() {
        endStatement()
        if !deltas.isEmpty { deltas.removeAll() }
        if !articleValues.isEmpty { articleValues.removeAll() }
        trace = nil
        if !variableNames.isEmpty { variableNames = [] }
        tick = 0
        touched = 0
        if !lastPlan.isEmpty { lastPlan = [] }
        kept = Kept()
        definitionsEvaluated = 0 // counts a statement's work, as on a new evaluator
    }

    /// Runs `q`: counted from the index (whole, or one pattern of a join), aggregated over a
    /// join on the subject without its rows, or read as a point lookup, when its shape allows;
    /// else its steps folded into one relation (in pieces, when a limit may end the work
    /// early), then aggregated, or ordered and projected, into `result`.
    private func run(
        _ q: BoundQuery, sources: Bool, plan: [PlanStep]?, kept: inout Kept?, into result: inout ResultSet
    ) throws {
        if budget.isCancelled() { throw QueryCancelled() }
        let hasAggregates = q.outputs.contains {
            if case .aggregate = $0 { return true }
            return false
        }
        if hasAggregates, let rs = try countFromIndex(q) ?? countedJoin(q) ?? subjectJoinAggregate(q) {
            result = rs
            return
        }
        let steps = plan ?? planner(for: q.clauses).plan(q.clauses, bound: [], rows: 1)
        // A rerun's plan is the one kept already.
        if kept == nil { lastPlan = steps }
        // A one-off statement too: read in place, it reads a few rows of the store's columns
        // (a mapped snapshot's are then checked value by value, not whole: `FactStore
        // .snapshotDamage`).
        if !hasAggregates, pointLookup(q, plan: steps, sources: sources, into: &result) { return }
        var rel: Relation
        // With a limit and nothing after it that needs every row, the steps run in pieces and
        // stop once the rows are found (`distinct` counts distinct rows as they come).
        if !hasAggregates && q.groupBy.isEmpty && q.orderBy.isEmpty, let limit = q.limit {
            let distinctOn: [Int]? =
                q.distinct
                ? q.outputs.compactMap {
                    if case .variable(let v) = $0 { return v }
                    return nil
                } : nil
            rel = try evaluateInPieces(steps, rows: limit + (q.offset ?? 0), distinctOn: distinctOn, kept: &kept)
        } else {
            rel = try evaluate(q.clauses, from: .unit, depth: 0, plan: steps, kept: &kept)
        }
        budget.held = StatementBudget.bytes(rel.rows.count)
        if hasAggregates || !q.groupBy.isEmpty {
            result = try aggregate(rel, q)
            return
        }
        let order = try rowOrder(rel, q)
        try project(rel, q, order: order, sources: sources, kept: &kept, into: &result)
        kept?.recycle(&rel.rows)
    }

    // MARK: - Steps

    /// The planner of a query's `clauses`: a lone pattern's plan asks the evaluator nothing (no
    /// rule's size, no filter's selectivity), so its planner is made without the two closures
    /// that would (their contexts cost a typed point lookup two allocations and the retains of
    /// `self`, some 400 instructions).
    func planner(for clauses: [BoundClause]) -> Planner {
        if clauses.count == 1, case .pattern = clauses[0] { return Planner(store: store) }
        return planner()
    }

    func planner() -> Planner {
        Planner(
            store: store, ruleSize: { [unowned self] in self.ruleRelations[$0]?.count ?? 1000 },
            objectSelectivity: { [unowned self] in self.objectSelectivity($0, $1) })
    }

    /// Folds `clauses` into `seed`, in the planner's order (or `plan`'s), each step whole.
    ///
    /// - Throws: what the steps throw: `QueryCancelled`, the limits' errors, `EvaluationError`.
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

    /// Runs `steps` (numbered from `firstStep` in the plan, for the kept layouts) over `seed`,
    /// each whole, writing a trace line a step when tracing.
    func evaluate(
        _ steps: ArraySlice<PlanStep>, from seed: Relation, depth: Int, firstStep: Int,
        kept: inout Kept?
    ) throws -> Relation {
        let held = budget.held
        defer { budget.held = held }
        var rel = seed
        var fused: Relation? = nil
        for (i, step) in steps.enumerated() {
            let n = firstStep + i
            budget.held = held + StatementBudget.bytes(rel.rows.count)
            // A scan of a predicate and a filter on its object: one step (`filteredScan`).
            if let rows = fused {
                fused = nil
                rel = rows
                trace?.append(
                    TraceLine(
                        depth: depth, clause: step.clause.source.text, method: "filter (in the scan above)",
                        estimate: step.estimate, actual: rel.count))
                continue
            }
            if case .pattern(let p) = step.clause, i + 1 < steps.count,
                case .filter(let f) = steps[steps.startIndex + i + 1].clause,
                let rows = try filteredScan(p, f, over: rel)
            {
                try budget.checkMemory(building: StatementBudget.bytes(rows.rows.count))
                trace?.append(
                    TraceLine(
                        depth: depth, clause: step.clause.source.text,
                        method: Evaluator.filteredScanMethod,
                        estimate: step.estimate, actual: rows.count))
                rel = rows
                fused = rows
                continue
            }
            var traceIndex: Int? = nil
            if tracing {
                traceIndex = trace!.count
                trace!.append(
                    TraceLine(
                        depth: depth, clause: step.clause.source.text, method: "", estimate: step.estimate, actual: 0))
            }
            // The run (which holds `rel`) ends with this call, so `rel`'s buffer is free to keep.
            let run = try start(step, over: rel, depth: depth, step: n, kept: &kept)
            let next = try piece(of: run, cap: .max, kept: &kept) ?? Relation(columns: run.columns)
            try budget.checkMemory(building: StatementBudget.bytes(next.rows.count))
            if i > 0 { kept?.recycle(&rel.rows) } // a step's output, no longer needed
            rel = next
            if let i = traceIndex {
                trace![i].method = run.method
                trace![i].actual = rel.count
            }
        }
        return rel
    }

    /// Starts plan step `step` over `left`. Filters, `not` and rule calls that need their
    /// relation are computed here (a filter's or `not`'s rows are no more than its left's).
    /// `slot` keeps what the step joins between the pieces of a query (see `RightSide`);
    /// `morePieces`: `left` is one piece of several.
    func start(
        _ step: PlanStep, over left: Relation, depth: Int, step number: Int, kept: inout Kept?,
        slot: RightSlot? = nil, morePieces: Bool = false
    ) throws -> StepRun {
        switch step.clause {
        case .pattern(let p):
            return try startJoin(left, p, step: number, kept: &kept, slot: slot, morePieces: morePieces)
        case .filter(let f):
            let rows = try filterByValue(left, f) ?? filter(left, f)
            return StepRun(.whole(rows), columns: rows.columns, method: "filter")
        case .not(let body, _):
            let (rows, method) = try antiJoin(left, body, depth: depth)
            return StepRun(.whole(rows), columns: rows.columns, method: method)
        case .optional(let body, _):
            return try startLeftJoin(left, body, depth: depth)
        case .call(let c):
            return try startCall(left, c, slot: slot, morePieces: morePieces)
        }
    }

    /// The next rows of `run`: at most `cap`, or more where a step stops only at the end of a
    /// left row (a hash join, `optional`); nil when it has given every row.
    func piece(of run: StepRun, cap: Int, kept: inout Kept?) throws -> Relation? {
        switch run.state {
        case .whole(let rows):
            run.state = .whole(nil)
            return rows
        case .nested(let left, let p, let layout, let step, var at):
            if at.done { return nil }
            // The position is taken out of the run while it moves on.
            run.state = .whole(nil)
            let rows = try nestedLoop(left, p, layout: layout, cap: cap, at: &at, kept: &kept)
            run.state = .nested(left: left, pattern: p, layout: layout, step: step, at: at)
            return rows
        case .hash(let h):
            return try next(h, cap: cap)
        case .outer(let h):
            return try next(h, cap: cap)
        }
    }

    // MARK: - Work, limits and names

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

    /// The variables' names as `explain` shows them (`?p, ?t`).
    func names(_ vars: [Int]) -> String {
        vars.map { "?" + ($0 < variableNames.count ? variableNames[$0] : "\($0)") }.joined(separator: ", ")
    }
}
