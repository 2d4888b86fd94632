import Foundation
import NewsFacts

// The evaluator's aggregates and ordering.
extension Evaluator {
    func aggregate(_ rel: Relation, _ q: BoundQuery) throws -> ResultSet {
        let keyCols = try q.groupBy.map { try column(of: $0, in: rel) }
        try checkRows(rel.count)
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
                            keys = [Value](repeating: 0, count: size)
                            slots = [Int32](repeating: -1, count: size)
                            for j in 0..<oldSlots.count where oldSlots[j] >= 0 {
                                var k = Int((UInt64(oldKeys[j]) &* 0x9E3779B97F4A7C15) >> 40) & (size - 1)
                                while slots[k] >= 0 { k = (k + 1) & (size - 1) }
                                slots[k] = oldSlots[j]
                                keys[k] = oldKeys[j]
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
        if rel.count == 0 && keyCols.isEmpty {
            _ = groups.find(UnsafeBufferPointer(start: nil, count: 0), at: 0, cols: [])
        }
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
                        if let col {
                            x = rel.value(r, col)
                            if x == Relation.null { continue }
                        } else {
                            x = 0
                        }
                        if distinct && !sets[gi].insert(x).inserted { continue }
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
                columns.append(
                    (0..<g).map { i in
                        switch fn {
                        case .count: return values.local(.number(Double(counts[i])))
                        case .sum: return values.local(.number(sums[i]))
                        case .avg:
                            return counts[i] == 0 ? Relation.null : values.local(.number(sums[i] / Double(counts[i])))
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
    func countFromIndex(_ q: BoundQuery) throws -> ResultSet? {
        guard q.clauses.count == 1, case .pattern(let p) = q.clauses[0], q.groupBy.count == 1,
            case .constant(let ps) = p.p, ps.count == 1, !values.isLocal(ps[0]),
            p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil,
            let ov = p.o.variable, ov == q.groupBy[0]
        else { return nil }
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
        trace?.append(
            TraceLine(
                depth: 0, clause: p.source, method: "counted from index ranges by predicate+object",
                estimate: Double(facts), actual: facts))
        let keys = runs.map(\.object)
        let counts = runs.map { values.local(.number(Double($0.facts))) }
        let columns = q.outputs.map { o -> [Value] in if case .variable = o { return keys } else { return counts } }
        return try finishAggregate(q, columns: columns, groupRows: keys, groupCount: runs.count)
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
            if skipped < (q.offset ?? 0) {
                skipped += 1
                continue
            }
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
            switch values.kind(v) {
            case .number: return 0
            case .date: return 1
            default: return 2
            }
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
    func sortedRows(count: Int, keys: [([Value], Bool)]) throws -> [Int] {
        var ranks: [[Int32]] = []
        for (col, _) in keys {
            let distinct = Array(Set(col))
            if distinct.count > 5_000_000 {
                throw EvaluationError(code: .tooComplex, message: "too many distinct values to order")
            }
            // Values the order calls equal (the same text as an entity and as a text) are put in
            // the order of their ids: a Set's order varies from one Set to the next, and a run
            // answered again from the cache must print its rows in the same order.
            let sorted = distinct.sorted { orderedBefore($0, $1) || !orderedBefore($1, $0) && $0 < $1 }
            var rank: [Value: Int32] = [:]
            rank.reserveCapacity(sorted.count)
            for (i, v) in sorted.enumerated() { rank[v] = Int32(i) }
            ranks.append(col.map { rank[$0] ?? 0 })
        }
        try checkRows(count)
        try poll()
        return Array(0..<count).sorted { a, b in
            for (k, key) in keys.enumerated() {
                let x = ranks[k][a], y = ranks[k][b]
                if x != y { return key.1 ? x > y : x < y }
            }
            return a < b
        }
    }
}
