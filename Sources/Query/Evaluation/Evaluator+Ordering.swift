import NewsFacts

// Ordering: `order by`, and the order of values it and `min`/`max` use.
extension Evaluator {
    /// The order `q`'s `order by` puts `rel`'s rows in (row numbers), nil when it has none.
    ///
    /// - Throws: `EvaluationError` when there are too many rows or values to order, or a
    ///   variable is unbound; the budget's errors.
    func rowOrder(_ rel: Relation, _ q: BoundQuery) throws -> [Int]? {
        if q.orderBy.isEmpty { return nil }
        var keys: [([Value], Bool)] = []
        for key in q.orderBy {
            guard case .variable(let v) = key.0 else {
                keys.append(([Value](repeating: 0, count: rel.count), false))
                continue
            }
            keys.append((rel.columnValues(try column(of: v, in: rel)), key.descending))
        }
        return try sortedRows(
            count: rel.count, keys: keys, first: q.distinct ? nil : q.limit.map { $0 + (q.offset ?? 0) })
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

    /// Row numbers sorted by the key columns (stable), ranking each distinct value once. With
    /// `first`, only the first `first` rows of that order are asked for: the rows given are
    /// those (and maybe more), in order — the rows that cannot be among them by the first key
    /// are left out before the others are ranked (a top-k), so `order by count(?e) desc, ?p
    /// limit 10` does not put every `?p` in order.
    ///
    /// - Throws: `EvaluationError` when there are too many rows or distinct values to order;
    ///   the budget's errors.
    func sortedRows(count: Int, keys: [([Value], Bool)], first: Int? = nil) throws -> [Int] {
        try checkRows(count)
        var rows = Array(0..<count)
        var keys = keys
        if let first, first < count / 2, let (column, descending) = keys.first {
            // The place of the first key of the `first`-th row in order: the rows after it
            // cannot be among the first ones.
            let ranks = ValueOrder.ranks(column, values: values)
            let directed = ranks.map { descending ? -Int64($0) : Int64($0) }
            let threshold = Self.smallest(max(0, first - 1), of: directed)
            rows = rows.filter { directed[$0] <= threshold }
            keys = keys.map { (col, descending) in (rows.map { col[$0] }, descending) }
        }
        let kept = rows
        let order = try sortedRows(count: kept.count, allKeys: keys)
        return order.map { kept[$0] }
    }

    /// The `k`-th smallest of `values` (from 0), by selection (Hoare's partitions around a
    /// median of three) rather than a sort of them all: a top 10 of 50,000 groups sorted every
    /// group's count for its threshold (a fifth of S10).
    static func smallest(_ k: Int, of values: [Int64]) -> Int64 {
        var a = values
        return a.withUnsafeMutableBufferPointer { a -> Int64 in
            var lo = 0, hi = a.count - 1
            while lo < hi {
                let x = a[lo], y = a[(lo + hi) >> 1], z = a[hi]
                let pivot = max(min(x, y), min(max(x, y), z))
                var i = lo, j = hi
                while i <= j {
                    while a[i] < pivot { i += 1 }
                    while a[j] > pivot { j -= 1 }
                    if i <= j {
                        a.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if k <= j {
                    hi = j
                } else if k >= i {
                    lo = i
                } else {
                    return a[k]
                }
            }
            return a[k]
        }
    }

    private func sortedRows(count: Int, allKeys keys: [([Value], Bool)]) throws -> [Int] {
        var ranks: [[Int32]] = []
        for (col, _) in keys {
            // Values the order calls equal (the same text as an entity and as a text) are put in
            // the order of their ids: a run answered again from the cache must print its rows
            // in the same order.
            ranks.append(ValueOrder.distinctRanks(col, values: values))
        }
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
