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
        var seen = RowSet(width: vars.count, capacity: source.count)
        var row = [Value](repeating: 0, count: vars.count)
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
        var side: RightSide? = nil
        if let slot {
            side = RightSide(r)
            slot.side = side
        }
        return StepRun(hashJoin: try HashJoin(left, r, right: side, morePieces: morePieces), method: method)
    }
}
