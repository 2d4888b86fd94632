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
            left: Relation, pattern: BoundPattern, layout: JoinLayout, step: Int,
            at: NestedLoopPosition)
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
