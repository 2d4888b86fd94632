import NewsFacts

// Projection: the final relation's rows, in order, as the query's outputs.
extension Evaluator {
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

    /// Writes `rel`'s rows into `result` in `order` (nil: as they are), as `q`'s outputs (and,
    /// with `sources`, the facts behind each row): `distinct` drops repeated rows, then
    /// `offset` and `limit` apply. `result`'s buffers are cleared and refilled.
    ///
    /// - Throws: `EvaluationError` when `rel` is too large or an output is unbound; the
    ///   budget's errors.
    func project(
        _ rel: Relation, _ q: BoundQuery, order: [Int]?, sources: Bool, kept: inout Kept?,
        into result: inout ResultSet
    ) throws {
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
        try rel.withRows { buf in
            rows.reserveCapacity(min(rel.count, limit) * outCols.count)
            facts.reserveCapacity(min(rel.count, limit) * factCols.count)
            // An order may give only the first rows (a top-k, see `sortedRows`).
            for i in 0..<(order?.count ?? rel.count) {
                let r = order?[i] ?? i
                if count >= limit { break }
                if seen != nil, !seen!.insert(buf, row: r, columns: outCols) { continue }
                if skipped < (q.offset ?? 0) {
                    skipped += 1
                    continue
                }
                for c in outCols { rows.append(buf[r, c]) }
                for c in factCols { facts.append(buf[r, c]) }
                count += 1
                if count & 4095 == 0 { try spend(4096, building: rows.count + facts.count) }
            }
        }
        result.count = count
    }

    /// The columns of `rel` that `q`'s outputs (and, with `sources`, its fact variables) read:
    /// the ones `kept` holds when they were worked out for the same columns, else new ones,
    /// kept.
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
}
