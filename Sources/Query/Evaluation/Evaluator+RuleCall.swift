import NewsFacts

// Rule calls: a rule's relation joined like a pattern.
extension Evaluator {
    /// Starts joining a rule call to `left`: the rule's rows (or, while a recursive rule is
    /// derived, the rows new in the last round) that fit the call's constants and repeated
    /// variables, one column a variable, joined on the variables shared with `left`.
    /// `slot` keeps those rows between the pieces of a query (see `RightSide`).
    func startCall(_ left: Relation, _ call: BoundCall, slot: RightSlot?, morePieces: Bool = false) throws -> StepRun {
        let source = try deltas[call.id] ?? ruleRelation(call.name)
        let method =
            deltas[call.id] != nil
            ? "join with the rule's new rows"
            : "hash join with rule \(call.name) (\(source.count) rows)"
        if let side = slot?.side {
            return StepRun(hashJoin: try HashJoin(left, side.rows, right: side, morePieces: morePieces), method: method)
        }
        // The same call over the same rows made before in this statement (a round of a rule's
        // fixpoint before this one): its rows, and its index once built, are reused, and the
        // index is built the second time (`morePieces`: the right side indexed whatever the
        // sizes), so a round costs what its new rows cost, not a pass over the callee's rows.
        let reusable = deltas[call.id] == nil
        if reusable,
            let kept = callSides.first(where: {
                $0.name == call.name && $0.arguments == call.arguments && $0.sourceRows == source.count
            })
        {
            slot?.side = kept.side
            return StepRun(
                hashJoin: try HashJoin(left, kept.side.rows, right: kept.side, morePieces: true), method: method)
        }
        guard source.width == call.arguments.count else {
            throw EvaluationError(
                code: .ruleArity,
                message: "rule '\(call.name)' takes \(source.width) arguments, not \(call.arguments.count)")
        }
        var vars: [Int] = []
        var firstArg: [Int: Int] = [:]
        for (i, a) in call.arguments.enumerated() {
            if let v = a.variable, firstArg[v] == nil {
                firstArg[v] = i
                vars.append(v)
            }
        }
        // Each argument: its constants, or the position of its variable's first use.
        let checks: [(ids: [Value]?, first: Int?)] = call.arguments.enumerated().map { i, a in
            switch a {
            case .constant(let ids): return (ids, nil)
            case .variable(let x): return (nil, firstArg[x] == i ? nil : firstArg[x])
            case .any: return (nil, nil)
            }
        }
        let picked = vars.compactMap { firstArg[$0] }
        var r = Relation(columns: vars)
        if picked == Array(0..<source.width) {
            // Each argument a variable of its own: the call's rows are the callee's, which are
            // distinct already (a rule's relation is a set, and so are a round's new rows), in
            // the same order, so they are taken as they are, with no set built to drop repeats
            // (S17 built one over all of a closure's rows to count them).
            r.rows = source.rows
            r.count = source.count
        } else {
            try pickDistinct(source, checks: checks, picked: picked, into: &r)
        }
        var side: RightSide? = nil
        if let slot {
            side = RightSide(r)
            slot.side = side
        }
        if reusable {
            let kept = side ?? RightSide(r)
            side = kept
            callSides.append(CallSide(name: call.name, arguments: call.arguments, sourceRows: source.count, side: kept))
        }
        return StepRun(hashJoin: try HashJoin(left, r, right: side, morePieces: morePieces), method: method)
    }

    /// Appends to `r` the rows of `source` that pass `checks` (an argument's constants, or the
    /// argument its variable was first used at), each reduced to the columns `picked`, once.
    ///
    /// - Throws: the budget's errors.
    private func pickDistinct(
        _ source: Relation, checks: [(ids: [Value]?, first: Int?)], picked: [Int], into r: inout Relation
    ) throws {
        var seen = RowSet(width: picked.count, capacity: source.count)
        var row = [Value](repeating: 0, count: picked.count)
        try source.withRows { b in
            outer: for t in 0..<source.count {
                try poll()
                for (i, check) in checks.enumerated() {
                    let v = b[t, i]
                    if let ids = check.ids, !ids.contains(v) { continue outer }
                    if let first = check.first, b[t, first] != v { continue outer }
                }
                for (k, i) in picked.enumerated() { row[k] = b[t, i] }
                if seen.insert(row) {
                    r.rows.append(contentsOf: row)
                    r.count += 1
                }
            }
        }
    }
}

/// A rule call's rows as a join reads them (`Evaluator.startCall`): the callee's rows that fit
/// the call's constants and repeated variables, one column a variable, with the index a join
/// built over them. Kept for the statement, to be joined again while the callee holds as many
/// rows (rows are only added to a rule's relation while it is derived, so as many rows are the
/// same rows).
struct CallSide {
    let name: String
    let arguments: [Slot]
    let sourceRows: Int
    let side: RightSide
}
