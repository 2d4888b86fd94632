import NewsFacts

// Aggregates: `group by`, `count`, `sum`, `avg`, `min`, `max`.
extension Evaluator {
    /// The rows of a query with aggregates or `group by`: `rel`'s rows in groups by the
    /// `group by` variables (one group of every row when there are none), a row a group with
    /// each output's value, then ordered, de-duplicated and limited (`finishAggregate`).
    ///
    /// - Throws: `EvaluationError` when an output is neither grouped nor aggregated or `rel`
    ///   is too large; the budget's errors.
    func aggregate(_ rel: Relation, _ q: BoundQuery) throws -> ResultSet {
        let keyCols = try q.groupBy.map { try column(of: $0, in: rel) }
        try checkRows(rel.count)
        var groups = RowSet(width: keyCols.count, capacity: 64)
        let groupOf = try groupNumbers(rel, keyColumns: keyCols, into: &groups)
        // No rows and no `group by`: one group, of no rows (`count` is 0).
        if rel.count == 0 && keyCols.isEmpty { groups.insert([]) }
        let g = groups.count
        let groupRows = groups.rows
        var columns: [[Value]] = []
        for o in q.outputs {
            switch o {
            case .variable(let v):
                guard let k = q.groupBy.firstIndex(of: v) else {
                    throw EvaluationError(code: .syntax, message: "an output is neither grouped nor aggregated")
                }
                columns.append((0..<g).map { groupRows[$0 * keyCols.count + k] })
            case .aggregate(let fn, let distinct, let v):
                let input = v.flatMap { rel.column(of: $0) }
                columns.append(aggregated(fn, distinct: distinct, input, rel, groupOf: groupOf, groupCount: g))
            }
        }
        return try finishAggregate(q, columns: columns, groupRows: groupRows, groupCount: g)
    }

    /// The group of each row of `rel` by its values in `keyColumns`: groups are numbered in the
    /// order they are first seen, and `groups` holds their keys.
    ///
    /// - Throws: the budget's errors.
    private func groupNumbers(_ rel: Relation, keyColumns: [Int], into groups: inout RowSet) throws -> [Int32] {
        var groupOf = [Int32](repeating: 0, count: rel.count)
        try rel.withRows { b in
            if keyColumns.count == 1 {
                // One grouping column: a value's group found without hashing a row.
                var byValue = ValueGroups()
                let c = keyColumns[0]
                for r in 0..<rel.count {
                    if r & 4095 == 0 { try poll() }
                    groupOf[r] = byValue.group(of: b[r, c]) {
                        Int32(groups.find(b, row: r, columns: keyColumns).index)
                    }
                }
            } else {
                for r in 0..<rel.count {
                    try poll()
                    groupOf[r] = Int32(groups.find(b, row: r, columns: keyColumns).index)
                }
            }
        }
        return groupOf
    }

    /// The value of `fn` for each group: over the values of column `input` of the group's
    /// rows (empty values left out), or over its rows when `input` is nil; with `distinct`,
    /// each value once.
    private func aggregated(
        _ fn: AggregateFunction, distinct: Bool, _ input: Int?, _ rel: Relation, groupOf: [Int32],
        groupCount g: Int
    ) -> [Value] {
        var counts = [Int](repeating: 0, count: g)
        var sums = [Double](repeating: 0, count: g)
        var best = [Value](repeating: Relation.null, count: g)
        var seen = PairSet(capacity: distinct ? min(rel.count, 1 << 16) : 0)
        if fn == .count && !distinct && input == nil {
            for r in 0..<rel.count { counts[Int(groupOf[r])] += 1 }
        } else if fn == .count && !distinct, let col = input {
            rel.withRows { b in
                for r in 0..<rel.count where b[r, col] != Relation.null { counts[Int(groupOf[r])] += 1 }
            }
        } else if fn == .count && distinct, let col = input,
            var bits = GroupTermBits(groups: g, termCount: store.termCount, rows: rel.count)
        {
            // A bit a group and term (see `GroupTermBits`); other values in the pair set.
            rel.withRows { b in
                for r in 0..<rel.count {
                    let x = b[r, col], gi = Int(groupOf[r])
                    if x == Relation.null { continue }
                    if bits.holds(x) ? bits.insert(group: gi, x) : seen.insert(group: gi, x) { counts[gi] += 1 }
                }
            }
        } else if fn == .count && distinct, let col = input,
            let grouped = rel.withRows({ b in
                GroupedTermCounts.counts(
                    b, count: rel.count, column: col, groupOf: groupOf, groups: g, termCount: store.termCount,
                    others: &seen)
            })
        {
            // Too many groups and terms for a bit each: a group at a time (see `GroupedTermCounts`).
            counts = grouped
        } else if fn == .count && distinct, let col = input {
            rel.withRows { b in
                for r in 0..<rel.count {
                    let x = b[r, col], gi = Int(groupOf[r])
                    if x != Relation.null && seen.insert(group: gi, x) { counts[gi] += 1 }
                }
            }
        } else if fn == .min || fn == .max, let col = input {
            // Each value's place in value order worked out once (`ValueOrder`), then the
            // least or greatest place in each group: no comparison reads a text per row.
            // (`distinct` changes neither.)
            let column = rel.columnValues(col)
            let ranks = ValueOrder.ranks(column, values: values)
            var bestRank = [Int32](repeating: -1, count: g)
            for r in 0..<rel.count where column[r] != Relation.null {
                let gi = Int(groupOf[r]), k = ranks[r]
                if bestRank[gi] < 0 || (fn == .min ? k < bestRank[gi] : k > bestRank[gi]) {
                    bestRank[gi] = k
                    best[gi] = column[r]
                }
            }
        } else {
            for r in 0..<rel.count {
                let gi = Int(groupOf[r])
                let x: Value
                if let col = input {
                    x = rel.value(r, col)
                    if x == Relation.null { continue }
                } else {
                    x = 0
                }
                if distinct && !seen.insert(group: gi, x) { continue }
                switch fn {
                case .count: counts[gi] += 1
                case .sum, .avg:
                    if let n = values.number(x) {
                        sums[gi] += n
                        counts[gi] += 1
                    }
                case .min, .max:
                    if best[gi] == Relation.null
                        || (fn == .min ? orderedBefore(x, best[gi]) : orderedBefore(best[gi], x))
                    {
                        best[gi] = x
                    }
                }
            }
        }
        return (0..<g).map { i in
            switch fn {
            case .count: return values.local(.number(Double(counts[i])))
            case .sum: return values.local(.number(sums[i]))
            case .avg: return counts[i] == 0 ? Relation.null : values.local(.number(sums[i] / Double(counts[i])))
            case .min, .max: return best[i]
            }
        }
    }

    /// Orders, de-duplicates and limits aggregated rows: `columns` a column an output,
    /// `groupRows` the group-by values (`q.groupBy.count` a group).
    func finishAggregate(
        _ q: BoundQuery, columns: [[Value]], groupRows: [Value],
        groupCount g: Int
    ) throws -> ResultSet {
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
            order = try sortedRows(count: g, keys: keys, first: q.distinct ? nil : q.limit.map { $0 + (q.offset ?? 0) })
        }
        var result = ResultSet(headers: q.headers)
        var seen = q.distinct ? RowSet(width: columns.count) : nil
        var skipped = 0
        var row = [Value](repeating: 0, count: columns.count)
        for i in order {
            if result.count >= (q.limit ?? .max) { break }
            for c in 0..<columns.count { row[c] = columns[c][i] }
            if seen != nil, !seen!.insert(row) { continue }
            if skipped < (q.offset ?? 0) {
                skipped += 1
                continue
            }
            result.rows.append(contentsOf: row)
            result.count += 1
        }
        return result
    }
}
