import NewsFacts

/// One plan step run over one left relation, a piece at a time: `Evaluator.piece(of:cap:kept:)`
/// gives the next rows until the left relation is used up. How it joins — index nested loop,
/// hash join (and which side it indexes), cross product — is decided once, when it starts,
/// from the whole left relation it is given, so the pieces together are the rows the step
/// gives in one go, in the same order.
final class StepRun {
    enum State {
        /// Rows computed whole (a filter, `not`, a join of no rows), handed out once.
        case whole(Relation?)
        /// An index nested-loop join, going on from where it stopped.
        case nested(
            left: Relation, pattern: BoundPattern, layout: Evaluator.JoinLayout, step: Int,
            at: Evaluator.NestedLoopPosition)
        /// A hash join or a cross product with a relation read whole.
        case hash(HashJoin)
        /// `optional`: a left outer join with its body's rows.
        case outer(HashJoin)
    }

    var state: State
    /// The variables of the rows it gives, a column each.
    let columns: [Int]
    /// How it joins, for `explain`.
    let method: String
    /// Bytes it holds besides its left relation (the relation joined, its hash index).
    let bytes: Int

    init(_ state: State, columns: [Int], method: String, bytes: Int = 0) {
        self.state = state
        self.columns = columns
        self.method = method
        self.bytes = bytes
    }

    /// True when every row is given.
    var isDone: Bool {
        switch state {
        case .whole(let rows): return rows == nil
        case .nested(_, _, _, _, let at): return at.done
        case .hash(let h), .outer(let h): return h.done
        }
    }

    convenience init(hashJoin: HashJoin, method: String) {
        self.init(.hash(hashJoin), columns: hashJoin.columns, method: method, bytes: hashJoin.bytes)
    }
}

extension Evaluator {
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
            let rows = try filter(left, f)
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
}
