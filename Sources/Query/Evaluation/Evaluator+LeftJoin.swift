import NewsFacts

// `optional`: left outer joins, and the seed a `not` or `optional` body starts from.
extension Evaluator {
    /// Starts `optional`: each row of `left` joined with the matches of `body`, or kept with
    /// the new variables empty when there are none. The body is evaluated once, from the
    /// distinct values of the variables it shares with `left`.
    ///
    /// - Throws: what evaluating `body` throws; `EvaluationError` when a relation is too large.
    func startLeftJoin(_ left: Relation, _ body: [BoundClause], depth: Int) throws -> StepRun {
        let (s, shared) = try seed(left, body)
        let inner = try evaluate(body, from: s, depth: depth + 1)
        let h = try HashJoin(left, inner, outer: true)
        return StepRun(
            .outer(h), columns: h.columns, method: tracing ? "left join on " + names(shared) : "",
            bytes: h.bytes)
    }

    /// The distinct values of `left` over the variables `body` shares with it, and those
    /// variables: the seed a `not` or `optional` body is evaluated from.
    ///
    /// - Throws: `EvaluationError` when `left` is too large to de-duplicate.
    func seed(_ left: Relation, _ body: [BoundClause]) throws -> (Relation, [Int]) {
        var vars: [Int] = []
        for c in body { for v in c.variables where left.columns.contains(v) && !vars.contains(v) { vars.append(v) } }
        if vars.isEmpty { return (.unit, []) }
        try checkRows(left.count)
        return (left.projected(vars).distinct(), vars)
    }
}
