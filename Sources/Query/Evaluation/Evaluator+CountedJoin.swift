import NewsFacts

// Grouped counts over a join, one of whose patterns is counted from the index first.
extension Evaluator {
    /// A query of counts whose `where` holds a pattern `?e P ?x` (a constant predicate) whose
    /// subject `?e` is named nowhere else but in `count(?e)`, joined to the other clauses on its
    /// object `?x` alone: `find ?t, count(?e) where ?e participant ?x, ?x title ?t group by ?t`.
    /// Each row of the other clauses then stands for as many rows of the join as `?x` has facts
    /// under `P`, which the (predicate, object) index gives as run lengths
    /// (`FactStore.objectCounts`). So the other clauses are evaluated once a distinct `?x`, each
    /// row carrying its object's count as a weight, and a group's count is the sum of its rows'
    /// weights: the same counts as the join of every fact, without making its rows.
    ///
    /// Why: S01 made a row for each of 300,000 `participant` facts (3 million at 10M facts) to
    /// count them by the title of their object; there are six times fewer people.
    ///
    /// Taken when every output is a `group by` variable or a `count` without `distinct`, and
    /// `P` has at least twice as many facts as distinct objects. Nil otherwise.
    ///
    /// - Throws: what evaluating the other clauses throws; the budget's errors.
    func countedJoin(_ q: BoundQuery) throws -> ResultSet? {
        guard q.clauses.count >= 2, let (k, p, e, x) = countedPattern(q) else { return nil }
        var rest = q.clauses
        rest.remove(at: k)
        guard case .constant(let ps) = p.p else { return nil }
        let stats = store.statistics(predicate: ps[0])
        guard stats.facts >= 2 * max(1, stats.objects) else { return nil }
        for o in q.outputs {
            switch o {
            case .variable(let v) where q.groupBy.contains(v): continue
            case .aggregate(.count, false, _): continue
            default: return nil
            }
        }
        // The seed: each distinct object with its facts as a weight, in a column of a variable
        // of its own (numbered past the query's).
        let weight = (q.factVariables + [q.variableNames.count]).max()! + 1
        let runs = store.objectCounts(predicate: ps[0])
        var seed = Relation(columns: [x, weight])
        seed.rows.reserveCapacity(runs.count * 2)
        for run in runs {
            seed.rows.append(run.object)
            seed.rows.append(Value(run.facts))
        }
        seed.count = runs.count
        try spend(runs.count, building: seed.rows.count)
        trace?.append(
            TraceLine(
                depth: 0, clause: p.source.text,
                method: "counted by object from index ranges (each object's facts a weight)",
                estimate: Double(stats.facts), actual: stats.facts))
        let steps = planner().plan(rest, bound: [x, weight], rows: Double(runs.count))
        lastPlan = [PlanStep(clause: q.clauses[k], estimate: Double(stats.facts))] + steps
        var none: Kept? = nil
        let rel = try evaluate(steps[...], from: seed, depth: 0, firstStep: 1, kept: &none)
        budget.held = StatementBudget.bytes(rel.rows.count)
        try checkRows(rel.count)
        let keyCols = try q.groupBy.map { try column(of: $0, in: rel) }
        let weightCol = try column(of: weight, in: rel)
        var groups = RowSet(width: keyCols.count, capacity: 64)
        var sums: [Int] = []
        // `count(?v)` of a variable an `optional` may leave empty counts the rows where it is
        // not: a sum a counted variable.
        let counted: [Int?] = q.outputs.map {
            if case .aggregate(.count, false, let v) = $0, let v, v != e, v != x { return v }
            return nil
        }
        let countedCols = try counted.map { try $0.map { try column(of: $0, in: rel) } }
        var sumsBy = [[Int]](repeating: [], count: q.outputs.count)
        try rel.withRows { b in
            for r in 0..<rel.count {
                if r & 4095 == 0 { try poll() }
                let (g, inserted) = groups.find(b, row: r, columns: keyCols)
                if inserted {
                    sums.append(0)
                    for i in sumsBy.indices where countedCols[i] != nil { sumsBy[i].append(0) }
                }
                let w = Int(b[r, weightCol])
                sums[g] += w
                for i in sumsBy.indices {
                    if let c = countedCols[i], b[r, c] != Relation.null { sumsBy[i][g] += w }
                }
            }
        }
        if rel.count == 0 && keyCols.isEmpty {
            groups.insert([])
            sums.append(0)
            for i in sumsBy.indices where countedCols[i] != nil { sumsBy[i].append(0) }
        }
        let g = groups.count
        let groupRows = groups.rows
        let columns = q.outputs.enumerated().map { (i, o) -> [Value] in
            switch o {
            case .variable(let v):
                let c = q.groupBy.firstIndex(of: v)!
                return (0..<g).map { groupRows[$0 * keyCols.count + c] }
            case .aggregate:
                let counts = countedCols[i] != nil ? sumsBy[i] : sums
                return counts.map { values.local(.number(Double($0))) }
            }
        }
        return try finishAggregate(q, columns: columns, groupRows: groupRows, groupCount: g)
    }

    /// The clause of `q` that `countedJoin` counts from the index: its place, the pattern, its
    /// subject variable (nil for `_`) and its object variable. The one with the most facts
    /// when several qualify.
    private func countedPattern(_ q: BoundQuery) -> (Int, BoundPattern, Int?, Int)? {
        var best: (Int, BoundPattern, Int?, Int)? = nil
        var bestFacts = -1
        for (k, c) in q.clauses.enumerated() {
            guard case .pattern(let p) = c, case .constant(let ps) = p.p, ps.count == 1, !values.isLocal(ps[0]),
                p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil, p.factVar == nil,
                let x = p.o.variable
            else { continue }
            var e: Int? = nil
            switch p.s {
            case .any: break
            case .variable(let v) where v != x: e = v
            default: continue
            }
            // `?e` named in no other clause, no group and no output but a count; `?x` joins.
            var others = Set<Int>()
            for (j, other) in q.clauses.enumerated() where j != k { others.formUnion(other.variables) }
            guard others.contains(x) else { continue }
            if let e {
                if others.contains(e) || q.groupBy.contains(e) { continue }
                let named = q.outputs.contains {
                    if case .variable(let v) = $0 { return v == e }
                    return false
                }
                let ordered = q.orderBy.contains {
                    if case .variable(let v) = $0.0 { return v == e }
                    return false
                }
                if named || ordered { continue }
            }
            let facts = store.statistics(predicate: ps[0]).facts
            if facts > bestFacts {
                bestFacts = facts
                best = (k, p, e, x)
            }
        }
        return best
    }
}
