import NewsFacts

// Pattern joins: the choice of method (index nested loop, hash join, cross product).
extension Evaluator {

    /// Starts joining a pattern to `left`: an index nested loop (few left rows, or no
    /// constant in the pattern), a hash join with the pattern read once, or a cross product
    /// when they share no variable — chosen from the row counts. `step` is the plan step's
    /// number (see `nestedLoop`).
    ///
    /// `slot`: where the pattern read whole is kept between the pieces of a query (nil: it is
    /// not kept); filled in here the first time it is needed. `morePieces`: `left` is one
    /// piece of several (see `HashJoin`).
    func startJoin(
        _ left: Relation, _ p: BoundPattern, step: Int, kept: inout Kept?, slot: RightSlot?,
        morePieces: Bool = false
    ) throws -> StepRun {
        func whole() throws -> (Relation, RightSide?) {
            if let side = slot?.side { return (side.rows, side) }
            let rows = try nestedLoop(.unit, p)
            guard let slot else { return (rows, nil) }
            let side = RightSide(rows)
            slot.side = side
            return (rows, side)
        }
        let layout = kept?.layout(step, p, leftColumns: left.columns) ?? JoinLayout(p, leftColumns: left.columns)
        func nested(_ method: String) -> StepRun {
            StepRun(
                .nested(left: left, pattern: p, layout: layout, step: step, at: NestedLoopPosition()),
                columns: layout.columns, method: method)
        }
        if left.count == 1 && left.width == 0 { return nested(tracing ? "scan " + indexName(p, bound: []) : "") }
        let shared = p.variables.filter { left.columns.contains($0) }
        if left.count == 0 {
            var empty = Relation(columns: left.columns)
            for v in p.variables where !empty.columns.contains(v) { empty.columns.append(v) }
            return StepRun(.whole(empty), columns: empty.columns, method: "skipped (no rows)")
        }
        let planner = Planner(store: store)
        let hasConstant = [p.s, p.p, p.o].contains {
            if case .constant = $0 { return true }
            return false
        }
        if shared.isEmpty {
            if left.count == 1 { return nested(tracing ? "scan " + indexName(p, bound: []) : "") }
            let (r, side) = try whole()
            let h = try HashJoin(left, r, right: side, morePieces: morePieces)
            return StepRun(hashJoin: h, method: "cross product")
        }
        if shared.count == p.variables.count, let (rows, method) = try semiJoinByIDSet(left, p, slot: slot) {
            return StepRun(.whole(rows), columns: rows.columns, method: method)
        }
        let bound = Set(shared)
        let sBound = p.s.variable.map(bound.contains) ?? false
        // A probe by subject reads the subject's few facts; with many left rows the probes run
        // in blocks whose cache misses overlap (`NestedLoopJoin+Blocks.swift`), so each costs
        // about two fact reads — less than hashing its row into an index of the other side,
        // which past the cache misses as often (at 10M facts S03 took 1.5 s by hash, 0.6 s so).
        let perProbe = sBound ? (left.count >= Evaluator.blockedProbes ? 2 : Planner.factsPerSubject) : 24
        let inlCost = Double(left.count) * perProbe
        let hashCost = planner.standalone(p) + Double(left.count) * 2
        if !hasConstant || inlCost <= hashCost {
            return nested(tracing ? "nested loop, index " + indexName(p, bound: bound) : "")
        }
        let (r, side) = try whole()
        return StepRun(
            hashJoin: try HashJoin(left, r, right: side, morePieces: morePieces),
            method: tracing ? "hash join on \(names(shared)) (scan \(indexName(p, bound: [])))" : "")
    }

    /// Left rows from which probes by subject are costed as blocked ones.
    static let blockedProbes = 4096

    func indexName(_ p: BoundPattern, bound: Set<Int>) -> String {
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

    /// Every row of an index nested-loop join of `left` and `p` at once.
    ///
    /// - Throws: the budget's errors.
    func nestedLoop(_ left: Relation, _ p: BoundPattern) throws -> Relation {
        var none: Kept? = nil
        var at = NestedLoopPosition()
        return try nestedLoop(
            left, p, layout: JoinLayout(p, leftColumns: left.columns), cap: .max, at: &at, kept: &none)
    }

    /// The next rows of an index nested-loop join (see `NestedLoopJoin`): from `at`, until `cap`
    /// rows are out, with `at` moved to where to go on from. With `kept` (a rerun) the spare
    /// row buffer is reused.
    ///
    /// - Throws: the budget's errors.
    func nestedLoop(
        _ left: Relation, _ p: BoundPattern, layout: JoinLayout, cap: Int, at position: inout NestedLoopPosition,
        kept: inout Kept?
    ) throws -> Relation {
        // Joined whole from its start: many probes by subject are made in subject order.
        if cap == .max && position.row == 0 && position.combination == 0 && position.index == nil && !position.done,
            let rows = try sortedProbeJoin(left, p, layout: layout)
        {
            position = NestedLoopPosition(row: left.count, done: true)
            return rows
        }
        let join = NestedLoopJoin(left, p, layout: layout, cap: cap, evaluator: self)
        let (rows, stop) = try join.run(from: position, rows: kept?.takeRows() ?? [])
        position = stop
        return rows
    }

    /// The value fact `f`'s article gives `?a` in `[article: ?a]`: the article's entity when
    /// the store has one, else its id as text (remembered by article).
    func articleValue(_ f: FactID) -> Value {
        let a = store.articleIndex(of: f)
        if let v = articleValues[a] { return v }
        // The article's entity when the store has one (so `?a published ?d` joins), else its id as text.
        let id = store.articleID(at: a)
        let v = store.termID(.entity(id)) ?? values.local(.text(id))
        articleValues[a] = v
        return v
    }
}
