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
/// by semi-naive fixpoint iteration. `isCancelled` is polled every 4,096 rows.
final class Evaluator {
    let store: FactStore
    let values: Values
    let isCancelled: () -> Bool
    let rules: [String: [BoundRule]]
    var trace: [TraceLine]?
    /// Variable names for `explain` (index = variable number).
    var variableNames: [String] = []
    private var tracing: Bool { trace != nil }

    private func names(_ vars: [Int]) -> String {
        vars.map { "?" + ($0 < variableNames.count ? variableNames[$0] : "\($0)") }.joined(separator: ", ")
    }

    private var ruleRelations: [String: Relation] = [:]
    private var computing = Set<String>()
    private var deltas: [Int: Relation] = [:]
    private var tick = 0
    private var articleValues: [Int: Value] = [:]
    private let subjects: [TermID]
    private let predicates: [TermID]
    private let objects: [TermID]
    /// The store's index orders (see `FactStore.subjectOrder`), read once per evaluator.
    private let subjectOrder: [FactID]
    private let predicateOrder: [FactID]

    static let maxIterations = 100_000

    init(store: FactStore, values: Values, rules: [String: [BoundRule]], isCancelled: @escaping () -> Bool) {
        self.store = store
        self.values = values
        self.rules = rules
        self.isCancelled = isCancelled
        subjects = store.subjects
        predicates = store.predicates
        objects = store.objects
        subjectOrder = store.subjectOrder
        predicateOrder = store.predicateObjectOrder
    }

    @inline(__always) private func poll() throws {
        tick &+= 1
        if tick & 4095 == 0, isCancelled() { throw QueryCancelled() }
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
    fileprivate struct Kept {
        var layouts: [JoinLayout?] = []
        var spareRows: [Value] = []
        var projection: Projection?
    }
    private var kept = Kept()

    /// The final relation's columns the outputs and the sources read, kept by `rerun`.
    fileprivate final class Projection {
        let relationColumns: [Int]
        let sources: Bool
        let outputs: [Int]
        let facts: [Int]
        init(relationColumns: [Int], sources: Bool, outputs: [Int], facts: [Int]) {
            self.relationColumns = relationColumns; self.sources = sources; self.outputs = outputs; self.facts = facts
        }
    }

    private func projection(_ q: BoundQuery, _ rel: Relation, sources: Bool, kept: inout Kept?) -> Projection {
        if let p = kept?.projection, p.sources == sources, p.relationColumns == rel.columns { return p }
        let outCols = q.outputs.map { o -> Int in
            if case .variable(let v) = o { return rel.column(of: v)! }
            return 0
        }
        let factCols = sources ? q.factVariables.compactMap { rel.column(of: $0) } : []
        let p = Projection(relationColumns: rel.columns, sources: sources, outputs: outCols, facts: factCols)
        kept?.projection = p
        return p
    }

    private func run(_ q: BoundQuery, sources: Bool, plan: [PlanStep]?, kept: inout Kept?, into result: inout ResultSet) throws {
        if isCancelled() { throw QueryCancelled() }
        let hasAggregates = q.outputs.contains { if case .aggregate = $0 { return true }; return false }
        if hasAggregates, let rs = try countFromIndex(q) { result = rs; return }
        if !hasAggregates && q.groupBy.isEmpty && q.orderBy.isEmpty && !q.distinct, let limit = q.limit {
            rowBudget = limit + (q.offset ?? 0)
        }
        defer { rowBudget = .max }
        if !hasAggregates, q.groupBy.isEmpty, q.orderBy.isEmpty, !q.distinct, q.offset == nil,
           let plan, plan.count == 1, case .pattern(let p) = plan[0].clause,
           case .constant(let ids) = p.s, ids.count == 1,
           pointLookup(q, p, subject: ids[0], sources: sources, into: &result) {
            return
        }
        var rel = try evaluate(q.clauses, from: .unit, depth: 0, plan: plan, kept: &kept)
        if hasAggregates || !q.groupBy.isEmpty { result = try aggregate(rel, q); return }

        var order: [Int]? = nil
        if !q.orderBy.isEmpty {
            let keys = q.orderBy.map { key -> (col: Int, desc: Bool) in
                guard case .variable(let v) = key.0 else { return (0, false) }
                return (rel.column(of: v)!, key.descending)
            }
            order = try sortedRows(count: rel.count, keys: keys.map { k in (rel.columnValues(k.col), k.desc) })
        }
        let columns = projection(q, rel, sources: sources, kept: &kept)
        let outCols = columns.outputs, factCols = columns.facts
        result.headers = q.headers
        result.rows.removeAll(keepingCapacity: true)
        result.facts.removeAll(keepingCapacity: true)
        result.count = 0
        result.factWidth = factCols.count
        var seen = q.distinct ? RowSet(width: outCols.count, capacity: min(rel.count, 1 << 20)) : nil
        var skipped = 0
        let limit = q.limit ?? .max
        // Appended through locals: `result` is inout, so each append to its arrays would
        // otherwise go through the caller's storage.
        var rows: [Value] = [], facts: [Value] = [], count = 0
        swap(&rows, &result.rows)
        swap(&facts, &result.facts)
        rel.rows.withUnsafeBufferPointer { buf in
            let w = rel.width
            rows.reserveCapacity(min(rel.count, limit) * outCols.count)
            facts.reserveCapacity(min(rel.count, limit) * factCols.count)
            for i in 0..<rel.count {
                let r = order?[i] ?? i
                if count >= limit { break }
                if seen != nil, !seen!.insert(buf, at: r * w, cols: outCols) { continue }
                if skipped < (q.offset ?? 0) { skipped += 1; continue }
                for c in outCols { rows.append(buf[r * w + c]) }
                for c in factCols { facts.append(buf[r * w + c]) }
                count += 1
            }
        }
        swap(&rows, &result.rows)
        swap(&facts, &result.facts)
        result.count = count
        kept?.recycle(&rel.rows)
    }

    /// A point lookup — one pattern whose subject is one constant, such as
    /// `find ?p, ?o where person/1234 ?p ?o` — read straight from the subject index into the
    /// result: the same rows in the same order as the join below gives, without a relation in
    /// between (at a microsecond a query, building one is most of the cost). False when the
    /// pattern needs more (qualifiers, provenance variables, a variable twice), and nothing
    /// was written.
    private func pointLookup(_ q: BoundQuery, _ p: BoundPattern, subject: Value, sources: Bool,
                             into result: inout ResultSet) -> Bool {
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
            if v == pPart.variable { outputs.append(1) } else if v == oPart.variable { outputs.append(2) }
            else if v == p.factVar { outputs.append(3) } else { return false }
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

    /// Rows the last step of a top-level evaluation may stop at: set for `limit` without
    /// ordering, grouping or `distinct`, where any first rows are the answer.
    private var rowBudget = Int.max

    /// Folds `clauses` into `seed`, in the planner's order.
    /// The plan of the last top-level evaluation (a session keeps it with a cached statement).
    private(set) var lastPlan: [PlanStep] = []

    func evaluate(_ clauses: [BoundClause], from seed: Relation, depth: Int, plan: [PlanStep]? = nil) throws -> Relation {
        var none: Kept? = nil
        return try evaluate(clauses, from: seed, depth: depth, plan: plan, kept: &none)
    }

    /// `kept`: present when the plan is a cached statement's, run again by `rerun`.
    private func evaluate(_ clauses: [BoundClause], from seed: Relation, depth: Int, plan: [PlanStep]?,
                          kept: inout Kept?) throws -> Relation {
        let steps: [PlanStep]
        if let plan { steps = plan } else {
            let planner = Planner(store: store, ruleSize: { [unowned self] in self.ruleRelations[$0]?.count ?? 1000 })
            steps = planner.plan(clauses, bound: Set(seed.columns), rows: Double(seed.count))
        }
        let tracing = self.tracing
        // A rerun's plan is the one kept already.
        if depth == 0 && !tracing && kept == nil { lastPlan = steps }
        let rowBudget = depth == 0 ? self.rowBudget : .max
        var rel = seed
        for (n, step) in steps.enumerated() {
            // Only the last step may stop early: a later filter could still drop rows.
            let budget = n == steps.count - 1 ? rowBudget : .max
            var method = ""
            var traceIndex: Int? = nil
            if tracing {
                traceIndex = trace!.count
                trace!.append(TraceLine(depth: depth, clause: step.clause.source, method: "", estimate: step.estimate, actual: 0))
            }
            let next: Relation
            switch step.clause {
            case .pattern(let p): (next, method) = try join(rel, p, budget: budget, tracing: tracing, step: n, kept: &kept)
            case .filter(let f): next = try filter(rel, f); method = "filter"
            case .not(let body, _): (next, method) = try antiJoin(rel, body, depth: depth)
            case .optional(let body, _): (next, method) = try leftJoin(rel, body, depth: depth)
            case .call(let c): (next, method) = try joinCall(rel, c)
            }
            if n > 0 { kept?.recycle(&rel.rows) }    // a step's output, no longer needed
            rel = next
            if let i = traceIndex { trace![i].method = method; trace![i].actual = rel.count }
        }
        return rel
    }

    // MARK: - Patterns

    /// Joins a pattern to `left`, choosing index nested-loop or hash join from the row counts.
    /// Stops after `budget` rows where it can; `step` is the plan step's number (see `nestedLoop`).
    private func join(_ left: Relation, _ p: BoundPattern, budget: Int, tracing: Bool, step: Int,
                      kept: inout Kept?) throws -> (Relation, String) {
        if left.count == 1 && left.width == 0 { return (try nestedLoop(left, p, budget: budget, step: step, kept: &kept), tracing ? "scan " + indexName(p, bound: []) : "") }
        let shared = p.variables.filter { left.columns.contains($0) }
        if left.count == 0 {
            var empty = Relation(columns: left.columns)
            for v in p.variables where !empty.columns.contains(v) { empty.columns.append(v) }
            return (empty, "skipped (no rows)")
        }
        let planner = Planner(store: store)
        let hasConstant = [p.s, p.p, p.o].contains { if case .constant = $0 { return true }; return false }
        if shared.isEmpty {
            if left.count == 1 { return (try nestedLoop(left, p, budget: budget, step: step, kept: &kept), tracing ? "scan " + indexName(p, bound: []) : "") }
            let r = try nestedLoop(.unit, p)
            return (try hashJoin(left, r), "cross product")
        }
        let bound = Set(shared)
        let sBound = p.s.variable.map(bound.contains) ?? false
        let perProbe = sBound ? Planner.factsPerSubject : 24
        let inlCost = Double(left.count) * perProbe
        let hashCost = planner.standalone(p) + Double(left.count) * 2
        if !hasConstant || inlCost <= hashCost {
            return (try nestedLoop(left, p, budget: budget, step: step, kept: &kept), tracing ? "nested loop, index " + indexName(p, bound: bound) : "")
        }
        let r = try nestedLoop(.unit, p)
        return (try hashJoin(left, r), tracing ? "hash join on " + names(shared) + " (scan " + indexName(p, bound: []) + ")" : "")
    }

    private func indexName(_ p: BoundPattern, bound: Set<Int>) -> String {
        func isBound(_ s: Slot) -> Bool {
            if case .constant = s { return true }
            if let v = s.variable { return bound.contains(v) }
            return false
        }
        if isBound(p.s) { return "by subject" }
        if isBound(p.p) { return isBound(p.o) ? "by predicate+object" : "by predicate" }
        if isBound(p.o) { return "by object" }
        return "all facts"
    }

    fileprivate enum Source { case s, p, o, qualifier(Int), article, sentence, fact }
    fileprivate enum Pos { case bound(Int), constant([TermID]), free }

    /// Where each value of a pattern join comes from, for left rows with given columns: the
    /// output columns (the left ones plus one per fresh variable), the source of each fresh
    /// value, how each position reads the index, and the equalities left to check on each
    /// fact. Worked out once per join; a cached statement keeps its steps' layouts between runs.
    fileprivate final class JoinLayout {
        // A class of constants: a kept layout is handed to each run as one reference, and
        // reading it needs no exclusivity check.
        let leftColumns: [Int]
        let columns: [Int]
        let freshSources: [Source]
        let checks: [(Source, Source)]      // repeated variables within the pattern
        let boundChecks: [(Source, Int)]    // positions compared with a left column (not used by the index)
        let s: Pos, p: Pos, o: Pos
        /// Nothing to check on a fact beyond the index positions.
        let simple: Bool

        init(_ pattern: BoundPattern, leftColumns: [Int]) {
            var b = Builder(leftColumns: leftColumns)
            s = b.place(pattern.s, .s, indexable: true)
            p = b.place(pattern.p, .p, indexable: true)
            o = b.place(pattern.o, .o, indexable: true)
            for (i, q) in pattern.qualifiers.enumerated() {
                if case .constant = q.value { continue }    // checked against the fact's qualifier in the join
                _ = b.place(q.value, .qualifier(i), indexable: false)
            }
            if let a = pattern.articleVar { _ = b.place(.variable(a), .article, indexable: false) }
            if let n = pattern.sentenceVar { _ = b.place(.variable(n), .sentence, indexable: false) }
            if let f = pattern.factVar { _ = b.place(.variable(f), .fact, indexable: false) }
            self.leftColumns = leftColumns
            columns = b.columns
            freshSources = b.freshSources
            checks = b.checks
            boundChecks = b.boundChecks
            simple = b.checks.isEmpty && b.boundChecks.isEmpty && pattern.qualifiers.isEmpty
        }

        private struct Builder {
            let leftColumns: [Int]
            var columns: [Int]
            var freshSources: [Source] = []
            var freshVars: [Int] = []                // the variable of each fresh source
            var checks: [(Source, Source)] = []
            var boundChecks: [(Source, Int)] = []

            init(leftColumns: [Int]) { self.leftColumns = leftColumns; columns = leftColumns }

            mutating func place(_ slot: Slot, _ src: Source, indexable: Bool) -> Pos {
                switch slot {
                case .any: return .free
                case .constant(let ids): return .constant(ids)
                case .variable(let v):
                    if let col = leftColumns.firstIndex(of: v) {
                        if indexable { return .bound(col) }
                        boundChecks.append((src, col)); return .free
                    }
                    if let i = freshVars.firstIndex(of: v) { checks.append((freshSources[i], src)); return .free }
                    freshVars.append(v)
                    freshSources.append(src)
                    columns.append(v)
                    return .free
                }
            }
        }
    }

    /// For each left row, reads the facts matching the row's bound positions from the narrowest
    /// index and appends one row per fact; stops after `budget` rows. With `kept` (a rerun),
    /// the layout of plan step `step` and the spare row buffer are reused.
    private func nestedLoop(_ left: Relation, _ p: BoundPattern, budget: Int = .max) throws -> Relation {
        var none: Kept? = nil
        return try nestedLoop(left, p, budget: budget, step: 0, kept: &none)
    }

    private func nestedLoop(_ left: Relation, _ p: BoundPattern, budget: Int, step: Int, kept: inout Kept?) throws -> Relation {
        let layout = kept?.layout(step, p, leftColumns: left.columns) ?? JoinLayout(p, leftColumns: left.columns)
        let outColumns = layout.columns, freshSources = layout.freshSources
        let checks = layout.checks, boundChecks = layout.boundChecks
        let sPos = layout.s, pPos = layout.p, oPos = layout.o

        var out = Relation(columns: outColumns)
        let lw = left.width
        // Sole owner of the buffer: appends never copy it.
        var rows = kept?.takeRows() ?? []
        if left.count == 1, case .constant(let ids) = pPos, ids.count == 1, case .free = sPos, case .free = oPos {
            rows.reserveCapacity(store.estimate(subject: nil, predicate: ids[0], object: nil) * outColumns.count)
        }
        func candidates(_ pos: Pos) -> [TermID]? {
            if case .constant(let ids) = pos { return ids }
            return nil
        }
        let sC = candidates(sPos), pC = candidates(pPos), oC = candidates(oPos)
        let sB: Int? = { if case .bound(let c) = sPos { return c }; return nil }()
        let pB: Int? = { if case .bound(let c) = pPos { return c }; return nil }()
        let oB: Int? = { if case .bound(let c) = oPos { return c }; return nil }()
        let quals = p.qualifiers
        let simple = layout.simple

        @inline(__always) func valueOf(_ src: Source, _ f: Int) -> Value {
            switch src {
            case .s: return subjects[f]
            case .p: return predicates[f]
            case .o: return objects[f]
            case .qualifier(let i): return quals[i].key.flatMap { store.qualifier(FactID(f), $0) } ?? Relation.null
            case .article: return articleValue(FactID(f))
            case .sentence: return values.local(.number(Double(store.provenance(FactID(f)).sentence)))
            case .fact: return Value(f)
            }
        }

        // The index arrays are read through unsafe buffers once per join: a probe below is a
        // range of positions, and each fact a plain load (no iterator, slice or optional check
        // a fact). Rows are appended to one flat [Value] buffer.
        var count = 0
        // The cancellation counter is kept in a local while the loop runs (a class property
        // would pay a dynamic exclusivity check a fact).
        var tick = self.tick
        defer { self.tick = tick }
        try subjectOrder.withUnsafeBufferPointer { bySubject in
        try predicateOrder.withUnsafeBufferPointer { byPredicate in
        try subjects.withUnsafeBufferPointer { subjectCol in
        try predicates.withUnsafeBufferPointer { predicateCol in
        try objects.withUnsafeBufferPointer { objectCol in
        @inline(__always) func fresh(_ src: Source, _ f: Int) -> Value {
            switch src {
            case .s: return subjectCol[f]
            case .p: return predicateCol[f]
            case .o: return objectCol[f]
            default: return valueOf(src, f)
            }
        }
        try left.rows.withUnsafeBufferPointer { lbuf in
            rowLoop: for r in 0..<left.count {
                if count >= budget { break rowLoop }
                let base = r * lw
                // Each position: the row's value, the constant's candidates, or unbound (nil).
                var sRow: TermID? = nil, pRow: TermID? = nil, oRow: TermID? = nil
                if let c = sB { let v = lbuf[base + c]; if v == Relation.null || values.isLocal(v) { continue }; sRow = v }
                if let c = pB { let v = lbuf[base + c]; if v == Relation.null || values.isLocal(v) { continue }; pRow = v }
                if let c = oB { let v = lbuf[base + c]; if v == Relation.null || values.isLocal(v) { continue }; oRow = v }
                let sN = sC?.count ?? 1, pN = pC?.count ?? 1, oN = oC?.count ?? 1
                for si in 0..<sN { for pi in 0..<pN { for oi in 0..<oN {
                    let sv = sRow ?? sC?[si], pv = pRow ?? pC?[pi], ov = oRow ?? oC?[oi]
                    // The narrowest index for the bound positions (as FactStore.match reads
                    // them), and what is left to check on each of its facts.
                    let order: UnsafeBufferPointer<FactID>?
                    let range: Range<Int>
                    var checkP: TermID? = nil, checkO: TermID? = nil
                    var listed: [FactID] = []
                    if let sv {
                        order = bySubject; range = store.subjectRange(sv); checkP = pv; checkO = ov
                    } else if let pv {
                        order = byPredicate
                        range = ov.map { store.predicateObjectRange(pv, $0) } ?? store.predicateRange(pv)
                    } else if ov != nil {
                        // Object alone: rare; the store gathers it under every predicate.
                        listed = Array(store.match(subject: nil, predicate: nil, object: ov))
                        order = nil; range = 0..<listed.count
                    } else {
                        order = nil; range = 0..<subjectCol.count
                    }
                    // One left row (a scan or a point lookup): the range bounds the output.
                    if left.count == 1 && !range.isEmpty { rows.reserveCapacity(rows.count + range.count * out.width) }
                    for i in range {
                        let fid: FactID = order.map { $0[i] } ?? (listed.isEmpty ? FactID(i) : listed[i])
                        let f = Int(fid)
                        if let cp = checkP, predicateCol[f] != cp { continue }
                        if let co = checkO, objectCol[f] != co { continue }
                        tick &+= 1
                        if tick & 4095 == 0, isCancelled() { throw QueryCancelled() }
                        if !simple {
                            var ok = true
                            for (a, b) in checks where valueOf(a, f) != valueOf(b, f) { ok = false; break }
                            if ok { for (a, col) in boundChecks where valueOf(a, f) != lbuf[base + col] { ok = false; break } }
                            if ok {
                                for q in quals {
                                    guard let key = q.key, let v = store.qualifier(fid, key) else { ok = false; break }
                                    if case .constant(let ids) = q.value, !ids.contains(v) { ok = false; break }
                                }
                            }
                            if !ok { continue }
                        }
                        if lw > 0 { rows.append(contentsOf: UnsafeBufferPointer(rebasing: lbuf[base..<base + lw])) }
                        for src in freshSources { rows.append(fresh(src, f)) }
                        count += 1
                        if count >= budget { break rowLoop }
                    }
                } } }
            }
        }
        } } } } }
        out.rows = rows
        out.count = count
        return out
    }

    private func articleValue(_ f: FactID) -> Value {
        let a = store.articleIndex(of: f)
        if let v = articleValues[a] { return v }
        // The article's entity when the store has one (so `?a published ?d` joins), else its id as text.
        let id = store.articles[a].article.id
        let v = store.termID(.entity(id)) ?? values.local(.text(id))
        articleValues[a] = v
        return v
    }

    // MARK: - Joins

    /// Joins two relations on their shared variables (a cross product when none are shared).
    func hashJoin(_ l: Relation, _ r: Relation) throws -> Relation {
        let shared = l.columns.filter { r.columns.contains($0) }
        let rNew = r.columns.indices.filter { !l.columns.contains(r.columns[$0]) }
        var out = Relation(columns: l.columns + rNew.map { r.columns[$0] })
        let lw = l.width, rw = r.width
        if l.count == 0 || r.count == 0 { return out }
        let lKey = shared.map { l.column(of: $0)! }
        let rKey = shared.map { r.column(of: $0)! }
        try l.rows.withUnsafeBufferPointer { lb in
            try r.rows.withUnsafeBufferPointer { rb in
                func emit(_ li: Int, _ ri: Int) {
                    out.rows.append(contentsOf: UnsafeBufferPointer(rebasing: lb[li * lw..<(li + 1) * lw]))
                    for c in rNew { out.rows.append(rb[ri * rw + c]) }
                    out.count += 1
                }
                if shared.isEmpty {
                    for li in 0..<l.count { try poll(); for ri in 0..<r.count { emit(li, ri) } }
                } else if r.count <= l.count {
                    let index = RowIndex(r, keyColumns: rKey)
                    for li in 0..<l.count {
                        try poll()
                        index.forEachMatch(r, relBuf: rb, probe: lb, at: li * lw, probeCols: lKey) { emit(li, $0) }
                    }
                } else {
                    let index = RowIndex(l, keyColumns: lKey)
                    for ri in 0..<r.count {
                        try poll()
                        index.forEachMatch(l, relBuf: lb, probe: rb, at: ri * rw, probeCols: rKey) { emit($0, ri) }
                    }
                }
            }
        }
        return out
    }

    /// The distinct values of `left` over the variables `body` shares with it: the seed a
    /// `not` or `optional` body is evaluated from.
    private func seed(_ left: Relation, _ body: [BoundClause]) -> (Relation, [Int]) {
        var vars: [Int] = []
        for c in body { for v in c.variables where left.columns.contains(v) && !vars.contains(v) { vars.append(v) } }
        if vars.isEmpty { return (.unit, []) }
        return (left.projected(vars).distinct(), vars)
    }

    /// `not`: drops the rows of `left` for which `body` has a match.
    private func antiJoin(_ left: Relation, _ body: [BoundClause], depth: Int) throws -> (Relation, String) {
        if left.count == 0 { return (left, "anti-join (skipped)") }
        if let (out, v) = try antiJoinByIDSet(left, body) {
            return (out, tracing ? "anti-join on " + names([v]) + " (id set from the index)" : "")
        }
        let (s, shared) = seed(left, body)
        let inner = try evaluate(body, from: s, depth: depth + 1)
        if shared.isEmpty { return (inner.count > 0 ? Relation(columns: left.columns) : left, "anti-join (no shared variables)") }
        var found = RowSet(width: shared.count, capacity: inner.count)
        let innerCols = shared.map { inner.column(of: $0)! }
        inner.rows.withUnsafeBufferPointer { b in
            for r in 0..<inner.count { _ = found.insert(b, at: r * inner.width, cols: innerCols) }
        }
        let leftCols = shared.map { left.column(of: $0)! }
        var out = Relation(columns: left.columns)
        left.rows.withUnsafeBufferPointer { b in
            let w = left.width
            for r in 0..<left.count where !found.contains(b, at: r * w, cols: leftCols) {
                out.rows.append(contentsOf: UnsafeBufferPointer(rebasing: b[r * w..<(r + 1) * w]))
                out.count += 1
            }
        }
        return (out, tracing ? "anti-join on " + names(shared) : "")
    }

    /// `not PATTERN` where the pattern has a constant predicate and shares one variable with
    /// `left`, in subject or object position (its other positions constant, `_` or variables
    /// of its own): the ids at the shared position of every fact the pattern's constants
    /// select are read once from the index into a bitset over term ids, then each left row is
    /// one bit test. Used when that read is not much larger than `left` (else nil: the general
    /// anti-join probes the index a distinct left value). A left value that is empty or not a
    /// store term has no bit, so its row stays, as in the general path.
    private func antiJoinByIDSet(_ left: Relation, _ body: [BoundClause]) throws -> (Relation, Int)? {
        guard body.count == 1, case .pattern(let p) = body[0], p.qualifiers.isEmpty,
              p.articleVar == nil, p.sentenceVar == nil, p.factVar == nil,
              case .constant(let preds) = p.p else { return nil }
        let sVar = p.s.variable, oVar = p.o.variable
        if sVar != nil && sVar == oVar { return nil }
        let sShared = sVar.map { left.columns.contains($0) } ?? false
        let oShared = oVar.map { left.columns.contains($0) } ?? false
        guard sShared != oShared else { return nil }
        let key = sShared ? sVar! : oVar!
        let other = sShared ? p.o : p.s
        let otherIDs: [TermID]? = { if case .constant(let ids) = other { return ids }; return nil }()

        // The index ranges to read: (positions, in subject order?, predicate left to check).
        var ranges: [(Range<Int>, bySubject: Bool, check: TermID?)] = []
        for pr in preds {
            if let ids = otherIDs {
                for c in ids {
                    if sShared { ranges.append((store.predicateObjectRange(pr, c), false, nil)) }
                    else { ranges.append((store.subjectRange(c), true, pr)) }
                }
            } else {
                ranges.append((store.predicateRange(pr), false, nil))
            }
        }
        let scan = ranges.reduce(0) { $0 + $1.0.count }
        if scan > 16 * left.count + 1024 { return nil }

        let termCount = store.termCount
        var bits = [UInt64](repeating: 0, count: (termCount + 63) / 64)
        let keyColumn = sShared ? subjects : objects
        bits.withUnsafeMutableBufferPointer { bits in
            subjectOrder.withUnsafeBufferPointer { bySubject in
                predicateOrder.withUnsafeBufferPointer { byPredicate in
                    predicates.withUnsafeBufferPointer { predicateCol in
                        keyColumn.withUnsafeBufferPointer { keyCol in
                            for (range, inSubjectOrder, check) in ranges {
                                let order = inSubjectOrder ? bySubject : byPredicate
                                for i in range {
                                    let f = Int(order[i])
                                    if let check, predicateCol[f] != check { continue }
                                    let v = Int(keyCol[f])
                                    bits[v >> 6] |= 1 << UInt64(v & 63)
                                }
                            }
                        }
                    }
                }
            }
        }
        try poll()
        let col = left.column(of: key)!
        var out = Relation(columns: left.columns)
        let w = left.width
        var rows: [Value] = []
        var count = 0
        bits.withUnsafeBufferPointer { bits in
            left.rows.withUnsafeBufferPointer { b in
                for r in 0..<left.count {
                    let v = Int(b[r * w + col])
                    if v < termCount && bits[v >> 6] & (1 << UInt64(v & 63)) != 0 { continue }
                    rows.append(contentsOf: UnsafeBufferPointer(rebasing: b[r * w..<(r + 1) * w]))
                    count += 1
                }
            }
        }
        out.rows = rows
        out.count = count
        return (out, key)
    }

    /// `optional`: each row of `left` joined with the matches of `body`, or kept with the new
    /// variables empty when there are none.
    private func leftJoin(_ left: Relation, _ body: [BoundClause], depth: Int) throws -> (Relation, String) {
        let (s, shared) = seed(left, body)
        let inner = try evaluate(body, from: s, depth: depth + 1)
        let newCols = inner.columns.indices.filter { !left.columns.contains(inner.columns[$0]) }
        var out = Relation(columns: left.columns + newCols.map { inner.columns[$0] })
        let lw = left.width, iw = inner.width
        let lKey = shared.map { left.column(of: $0)! }
        let iKey = shared.map { inner.column(of: $0)! }
        let index = RowIndex(inner, keyColumns: iKey)
        try left.rows.withUnsafeBufferPointer { lb in
            try inner.rows.withUnsafeBufferPointer { ib in
                for li in 0..<left.count {
                    try poll()
                    var matched = false
                    index.forEachMatch(inner, relBuf: ib, probe: lb, at: li * lw, probeCols: lKey) { ri in
                        matched = true
                        out.rows.append(contentsOf: UnsafeBufferPointer(rebasing: lb[li * lw..<(li + 1) * lw]))
                        for c in newCols { out.rows.append(ib[ri * iw + c]) }
                        out.count += 1
                    }
                    if !matched {
                        out.rows.append(contentsOf: UnsafeBufferPointer(rebasing: lb[li * lw..<(li + 1) * lw]))
                        for _ in newCols { out.rows.append(Relation.null) }
                        out.count += 1
                    }
                }
            }
        }
        return (out, tracing ? "left join on " + names(shared) : "")
    }

    // MARK: - Filters

    private func filter(_ rel: Relation, _ f: BoundFilter) throws -> Relation {
        let cols = (f.left.variable.map { rel.column(of: $0) }, f.right.variable.map { rel.column(of: $0) },
                    f.upper?.variable.map { rel.column(of: $0) })
        var failure: Error?
        let out = rel.filtered { r in
            do { try poll() } catch { failure = error; return false }
            func item(_ o: Operand?, _ col: Int??) -> Item? {
                guard let o else { return nil }
                switch o {
                case .variable: return .value(rel.value(r, col!!))
                case .constant(let c): return .constant(c)
                }
            }
            return test(f, item(f.left, cols.0)!, item(f.right, cols.1)!, item(f.upper, cols.2))
        }
        if let failure { throw failure }
        return out
    }

    enum Item {
        case value(Value)
        case constant(Constant)
    }

    private func isNull(_ i: Item) -> Bool { if case .value(let v) = i { return v == Relation.null }; return false }
    private func text(_ i: Item) -> String { switch i { case .value(let v): return values.text(v); case .constant(let c): return c.text } }
    private func date(_ i: Item) -> DateValue? { switch i { case .value(let v): return values.date(v); case .constant(let c): return c.date } }
    private func number(_ i: Item) -> Double? { switch i { case .value(let v): return values.number(v); case .constant(let c): return c.number } }

    /// The filter semantics documented in Grammar.md ("Filters").
    func test(_ f: BoundFilter, _ a: Item, _ b: Item, _ c: Item?) -> Bool {
        if isNull(a) || isNull(b) || c.map(isNull) == true { return false }
        switch f.op {
        case .equal: return equal(a, b)
        case .notEqual: return !equal(a, b)
        case .less, .lessEqual, .greater, .greaterEqual:
            if let x = date(a), let y = date(b) {
                switch f.op {
                case .less: return x.firstDay < y.firstDay
                case .lessEqual: return x.firstDay <= y.lastDay
                case .greater: return x.lastDay > y.lastDay
                default: return x.lastDay >= y.firstDay
                }
            }
            if let x = number(a), let y = number(b) {
                switch f.op {
                case .less: return x < y
                case .lessEqual: return x <= y
                case .greater: return x > y
                default: return x >= y
                }
            }
            let x = text(a), y = text(b)
            switch f.op {
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            default: return x >= y
            }
        case .between:
            guard let c else { return false }
            if let x = date(a), let lo = date(b), let hi = date(c) { return x.lastDay >= lo.firstDay && x.firstDay <= hi.lastDay }
            if let x = number(a), let lo = number(b), let hi = number(c) { return x >= lo && x <= hi }
            let x = text(a)
            return x >= text(b) && x <= text(c)
        case .contains:
            let needle = text(b)
            if needle.isEmpty { return true }
            return text(a).range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        case .matches:
            guard let re = f.regex else { return false }
            let s = text(a)
            return re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
        }
    }

    private func equal(_ a: Item, _ b: Item) -> Bool {
        switch (a, b) {
        case (.value(let x), .value(let y)):
            if x == y { return true }
            if let dx = values.date(x), let dy = values.date(y) { return dx.lastDay >= dy.firstDay && dx.firstDay <= dy.lastDay }
            if let nx = values.number(x), let ny = values.number(y) { return nx == ny }
            return false
        case (.value(let x), .constant(let c)), (.constant(let c), .value(let x)):
            if c.ids.contains(x) { return true }
            if let d = c.date, let dx = values.date(x) { return dx.lastDay >= d.firstDay && dx.firstDay <= d.lastDay }
            if let n = c.number, let nx = values.number(x) { return n == nx }
            if let k = values.kind(x), k == .text || k == .entity, c.ids.isEmpty { return values.text(x) == c.text }
            return false
        case (.constant(let c), .constant(let d)):
            return c.text == d.text
        }
    }

    // MARK: - Rules

    private func joinCall(_ left: Relation, _ call: BoundCall) throws -> (Relation, String) {
        let source = try deltas[call.id] ?? ruleRelation(call.name)
        var vars: [Int] = []
        var firstArg: [Int: Int] = [:]
        for (i, a) in call.arguments.enumerated() {
            if let v = a.variable, firstArg[v] == nil { firstArg[v] = i; vars.append(v) }
        }
        var r = Relation(columns: vars)
        var seen = RowSet(width: vars.count, capacity: source.count)
        var row = [Value](repeating: 0, count: vars.count)
        let w = source.width
        source.rows.withUnsafeBufferPointer { b in
            outer: for t in 0..<source.count {
                for (i, a) in call.arguments.enumerated() {
                    let v = b[t * w + i]
                    switch a {
                    case .constant(let ids): if !ids.contains(v) { continue outer }
                    case .variable(let x): if firstArg[x]! != i && b[t * w + firstArg[x]!] != v { continue outer }
                    case .any: break
                    }
                }
                for (k, x) in vars.enumerated() { row[k] = b[t * w + firstArg[x]!] }
                row.withUnsafeBufferPointer { rb in
                    if seen.insert(rb, at: 0, cols: Array(0..<vars.count)) { r.rows.append(contentsOf: rb); r.count += 1 }
                }
            }
        }
        return (try hashJoin(left, r), deltas[call.id] != nil ? "join with the rule's new rows" : "hash join with rule \(call.name) (\(source.count) rows)")
    }

    private func calls(_ clauses: [BoundClause], negated: Bool = false, into out: inout [(BoundCall, Bool)]) {
        for c in clauses {
            switch c {
            case .call(let call): out.append((call, negated))
            case .not(let cs, _): calls(cs, negated: true, into: &out)
            case .optional(let cs, _): calls(cs, negated: negated, into: &out)
            default: break
            }
        }
    }

    /// The rows a rule derives (a set), computed once per statement by semi-naive iteration
    /// over the rules it depends on positively; rules it negates are computed first.
    func ruleRelation(_ name: String) throws -> Relation {
        // Rules are derived whole, whatever the query's limit.
        let savedBudget = rowBudget
        rowBudget = .max
        defer { rowBudget = savedBudget }
        if let r = ruleRelations[name] { return r }
        guard let defs = rules[name] else { throw EvaluationError(code: .unknownRule, message: "unknown rule '\(name)'") }
        var group: [String] = []
        var stack = [name]
        while let n = stack.popLast() {
            if group.contains(n) || ruleRelations[n] != nil { continue }
            group.append(n)
            for d in rules[n] ?? [] {
                var cs: [(BoundCall, Bool)] = []
                calls(d.body, into: &cs)
                for (c, neg) in cs where !neg { stack.append(c.name) }
            }
        }
        if !computing.isDisjoint(with: group) {
            throw EvaluationError(code: .unstratified, message: "rule '\(name)' depends on its own negation (not stratifiable)")
        }
        computing.formUnion(group)
        defer { computing.subtract(group) }
        for n in group {
            for d in rules[n] ?? [] {
                var cs: [(BoundCall, Bool)] = []
                calls(d.body, into: &cs)
                for (c, neg) in cs where neg {
                    if group.contains(c.name) {
                        throw EvaluationError(code: .unstratified, message: "rule '\(n)' negates '\(c.name)', which depends on it (not stratifiable)")
                    }
                    _ = try ruleRelation(c.name)
                }
            }
        }
        let savedTrace = trace
        trace = nil
        defer { trace = savedTrace }
        var full: [String: RowSet] = [:]
        for n in group {
            let arity = rules[n]![0].arity
            full[n] = RowSet(width: arity)
            ruleRelations[n] = Relation(columns: Array(0..<arity))
        }
        func derive(_ d: BoundRule, into next: inout [String: Relation]) throws {
            let res = try evaluate(d.body, from: .unit, depth: 0)
            let cols = d.parameters.map { res.column(of: $0)! }
            res.rows.withUnsafeBufferPointer { b in
                for r in 0..<res.count where full[d.name]!.insert(b, at: r * res.width, cols: cols) {
                    for c in cols { next[d.name, default: Relation(columns: Array(0..<d.arity))].rows.append(b[r * res.width + c]) }
                    next[d.name]!.count += 1
                }
            }
        }
        var delta: [String: Relation] = [:]
        for n in group { for d in rules[n]! { try derive(d, into: &delta) } }
        var iterations = 0
        while delta.values.contains(where: { $0.count > 0 }) {
            iterations += 1
            if iterations > Evaluator.maxIterations {
                throw EvaluationError(code: .tooComplex, message: "rule '\(name)' did not settle after \(Evaluator.maxIterations) rounds")
            }
            if isCancelled() { throw QueryCancelled() }
            for n in group { ruleRelations[n] = Relation(columns: Array(0..<rules[n]![0].arity), rows: full[n]!.rows, count: full[n]!.count) }
            var next: [String: Relation] = [:]
            for n in group {
                for d in rules[n]! {
                    var cs: [(BoundCall, Bool)] = []
                    calls(d.body, into: &cs)
                    for (c, neg) in cs where !neg && group.contains(c.name) {
                        guard let dr = delta[c.name], dr.count > 0 else { continue }
                        deltas[c.id] = dr
                        defer { deltas[c.id] = nil }
                        try derive(d, into: &next)
                    }
                }
            }
            delta = next
        }
        for n in group { ruleRelations[n] = Relation(columns: Array(0..<rules[n]![0].arity), rows: full[n]!.rows, count: full[n]!.count) }
        _ = defs
        return ruleRelations[name]!
    }

    // MARK: - Aggregates and order

    private func aggregate(_ rel: Relation, _ q: BoundQuery) throws -> ResultSet {
        let keyCols = q.groupBy.map { rel.column(of: $0)! }
        var groups = RowSet(width: keyCols.count, capacity: 64)
        var groupOf = [Int32](repeating: 0, count: rel.count)
        try rel.rows.withUnsafeBufferPointer { b in
            if keyCols.count == 1 {
                // One grouping column: a small open-addressing map from value to group, then the
                // groups are added to `groups` in first-seen order.
                var size = 64
                var keys = [Value](repeating: 0, count: size), slots = [Int32](repeating: -1, count: size)
                var used = 0
                let c = keyCols[0], w = rel.width
                for r in 0..<rel.count {
                    if r & 4095 == 0 { try poll() }
                    let v = b[r * w + c]
                    var i = Int((UInt64(v) &* 0x9E3779B97F4A7C15) >> 40) & (size - 1)
                    while slots[i] >= 0 && keys[i] != v { i = (i + 1) & (size - 1) }
                    if slots[i] < 0 {
                        slots[i] = Int32(groups.find(b, at: r * w, cols: keyCols).index)
                        keys[i] = v
                        used += 1
                        if used * 2 > size {
                            let oldKeys = keys, oldSlots = slots
                            size *= 2
                            keys = [Value](repeating: 0, count: size); slots = [Int32](repeating: -1, count: size)
                            for j in 0..<oldSlots.count where oldSlots[j] >= 0 {
                                var k = Int((UInt64(oldKeys[j]) &* 0x9E3779B97F4A7C15) >> 40) & (size - 1)
                                while slots[k] >= 0 { k = (k + 1) & (size - 1) }
                                slots[k] = oldSlots[j]; keys[k] = oldKeys[j]
                            }
                            i = Int((UInt64(v) &* 0x9E3779B97F4A7C15) >> 40) & (size - 1)
                            while keys[i] != v || slots[i] < 0 { i = (i + 1) & (size - 1) }
                        }
                    }
                    groupOf[r] = slots[i]
                }
            } else {
                for r in 0..<rel.count {
                    try poll()
                    groupOf[r] = Int32(groups.find(b, at: r * rel.width, cols: keyCols).index)
                }
            }
        }
        if rel.count == 0 && keyCols.isEmpty { _ = groups.find(UnsafeBufferPointer(start: nil, count: 0), at: 0, cols: []) }
        let g = groups.count
        let groupRows = groups.rows
        var columns: [[Value]] = []
        for o in q.outputs {
            switch o {
            case .variable(let v):
                let k = q.groupBy.firstIndex(of: v)!
                columns.append((0..<g).map { groupRows[$0 * keyCols.count + k] })
            case .aggregate(let fn, let distinct, let v):
                let col = v.flatMap { rel.column(of: $0) }
                var counts = [Int](repeating: 0, count: g)
                var sums = [Double](repeating: 0, count: g)
                var best = [Value](repeating: Relation.null, count: g)
                var sets = distinct ? [Set<Value>](repeating: [], count: g) : []
                if fn == .count && !distinct && col == nil {
                    for r in 0..<rel.count { counts[Int(groupOf[r])] += 1 }
                } else if fn == .count && !distinct, let col {
                    rel.rows.withUnsafeBufferPointer { b in
                        let w = rel.width
                        for r in 0..<rel.count where b[r * w + col] != Relation.null { counts[Int(groupOf[r])] += 1 }
                    }
                } else {
                for r in 0..<rel.count {
                    let gi = Int(groupOf[r])
                    let x: Value
                    if let col { x = rel.value(r, col); if x == Relation.null { continue } } else { x = 0 }
                    if distinct && !sets[gi].insert(x).inserted { continue }
                    switch fn {
                    case .count: counts[gi] += 1
                    case .sum, .avg:
                        if let n = values.number(x) { sums[gi] += n; counts[gi] += 1 }
                    case .min, .max:
                        if best[gi] == Relation.null || (fn == .min ? orderedBefore(x, best[gi]) : orderedBefore(best[gi], x)) { best[gi] = x }
                    }
                }
                }
                columns.append((0..<g).map { i in
                    switch fn {
                    case .count: return values.local(.number(Double(counts[i])))
                    case .sum: return values.local(.number(sums[i]))
                    case .avg: return counts[i] == 0 ? Relation.null : values.local(.number(sums[i] / Double(counts[i])))
                    case .min, .max: return best[i]
                    }
                })
            }
        }
        return try finishAggregate(q, columns: columns, groupRows: groupRows, groupCount: g)
    }

    /// `find ?o…, count(?s) where ?s P ?o group by ?o` (one pattern, a constant predicate,
    /// counts of every row): the group sizes are the run lengths of the (predicate, object)
    /// index, read from its run boundaries without producing a row a fact. Groups come in index
    /// order, which is the first-seen order the general path gives (it reads the same index).
    /// Nil when the query is not of that shape.
    private func countFromIndex(_ q: BoundQuery) throws -> ResultSet? {
        guard q.clauses.count == 1, case .pattern(let p) = q.clauses[0], q.groupBy.count == 1,
              case .constant(let ps) = p.p, ps.count == 1, !values.isLocal(ps[0]),
              p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil,
              let ov = p.o.variable, ov == q.groupBy[0] else { return nil }
        // The subject is free; a hidden fact variable (sources) is never an aggregate's input.
        switch p.s {
        case .any: break
        case .variable(let sv) where sv != ov && sv != p.factVar: break
        default: return nil
        }
        for o in q.outputs {
            switch o {
            case .variable(let v) where v == ov: continue
            case .aggregate(.count, false, let v) where v == nil || v == ov || v == p.s.variable: continue
            default: return nil
            }
        }
        let runs = store.objectCounts(predicate: ps[0])
        let facts = runs.reduce(0) { $0 + $1.facts }
        lastPlan = [PlanStep(clause: q.clauses[0], estimate: Double(facts))]
        trace?.append(TraceLine(depth: 0, clause: p.source, method: "counted from index ranges by predicate+object",
                                estimate: Double(facts), actual: facts))
        let keys = runs.map(\.object)
        let counts = runs.map { values.local(.number(Double($0.facts))) }
        let columns = q.outputs.map { o -> [Value] in if case .variable = o { return keys } else { return counts } }
        return try finishAggregate(q, columns: columns, groupRows: keys, groupCount: runs.count)
    }

    /// Orders, de-duplicates and limits aggregated rows: `columns` a column an output,
    /// `groupRows` the group-by values (`q.groupBy.count` a group).
    private func finishAggregate(_ q: BoundQuery, columns: [[Value]], groupRows: [Value], groupCount g: Int) throws -> ResultSet {
        let keyWidth = q.groupBy.count
        var order = Array(0..<g)
        if !q.orderBy.isEmpty {
            let keys = q.orderBy.map { key -> ([Value], Bool) in
                if let i = q.outputs.firstIndex(of: key.0) { return (columns[i], key.descending) }
                if case .variable(let v) = key.0, let k = q.groupBy.firstIndex(of: v) {
                    return ((0..<g).map { groupRows[$0 * keyWidth + k] }, key.descending)
                }
                return ([Value](repeating: 0, count: g), false)
            }
            order = try sortedRows(count: g, keys: keys)
        }
        var result = ResultSet(headers: q.headers)
        var seen = q.distinct ? RowSet(width: columns.count) : nil
        var skipped = 0
        var row = [Value](repeating: 0, count: columns.count)
        for i in order {
            if result.count >= (q.limit ?? .max) { break }
            for c in 0..<columns.count { row[c] = columns[c][i] }
            if seen != nil, !seen!.insert(row, at: 0) { continue }
            if skipped < (q.offset ?? 0) { skipped += 1; continue }
            result.rows.append(contentsOf: row)
            result.count += 1
        }
        return result
    }

    /// Value order: empty first, then numbers, dates, then text and names (case-insensitive,
    /// ties broken by exact text).
    func orderedBefore(_ a: Value, _ b: Value) -> Bool {
        if a == b { return false }
        if a == Relation.null { return true }
        if b == Relation.null { return false }
        func rank(_ v: Value) -> Int {
            switch values.kind(v)! { case .number: return 0; case .date: return 1; default: return 2 }
        }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb }
        if ra == 0, let x = values.number(a), let y = values.number(b), x != y { return x < y }
        if ra == 1, let x = values.date(a), let y = values.date(b), x != y { return x < y }
        let x = values.text(a), y = values.text(b)
        let lx = x.lowercased(), ly = y.lowercased()
        return lx != ly ? lx < ly : x < y
    }

    /// Row numbers sorted by the key columns (stable), ranking each distinct value once.
    private func sortedRows(count: Int, keys: [([Value], Bool)]) throws -> [Int] {
        var ranks: [[Int32]] = []
        for (col, _) in keys {
            let distinct = Array(Set(col))
            if distinct.count > 5_000_000 { throw EvaluationError(code: .tooComplex, message: "too many distinct values to order") }
            let sorted = distinct.sorted { orderedBefore($0, $1) }
            var rank: [Value: Int32] = [:]
            rank.reserveCapacity(sorted.count)
            for (i, v) in sorted.enumerated() { rank[v] = Int32(i) }
            ranks.append(col.map { rank[$0]! })
        }
        return Array(0..<count).sorted { a, b in
            for (k, key) in keys.enumerated() {
                let x = ranks[k][a], y = ranks[k][b]
                if x != y { return key.1 ? x > y : x < y }
            }
            return a < b
        }
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
