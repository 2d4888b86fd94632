import NewsFacts

// Hash joins and cross products, run a piece at a time (see `HashJoin`).
extension Evaluator {
    /// The next rows of a hash join (or cross product, or left outer join): the iterated
    /// side's rows from where it stopped, until `cap` rows are out at the end of one of them;
    /// nil once every row is out.
    ///
    /// - Throws: the budget's errors (`StatementBudget.check`).
    func next(_ h: HashJoin, cap: Int) throws -> Relation? {
        if h.done { return nil }
        let l = h.left, r = h.right
        if l.count == 0 || (r.count == 0 && !h.outer) {
            h.position = max(l.count, r.count)
            return Relation(columns: h.columns)
        }
        let rNew = h.rNew, lKey = h.leftKey, rKey = h.rightKey
        var rows: [Value] = [], count = 0
        try l.withRows { lb in
            try r.withRows { rb in
                @inline(__always) func emit(_ li: Int, _ ri: Int) {
                    rows.append(contentsOf: lb.row(li))
                    for c in rNew { rows.append(rb[ri, c]) }
                    count += 1
                }
                var i = h.position
                let end = h.iteratesLeft ? l.count : r.count
                // Work is handed to `spend` a few thousand units at a time.
                var work = 0
                defer { tick &+= work }
                // The chain heads of a block of probes are read before any chain is walked: an
                // index larger than the cache then has the block's misses in flight together
                // (see `NestedLoopJoin+Blocks.swift`).
                var heads = [Int32](repeating: -1, count: HashJoin.probeBlock)
                var headsFrom = i, headsTo = i
                while i < end && count < cap {
                    let before = count
                    if let index = h.index {
                        if i >= headsTo {
                            headsFrom = i
                            headsTo = min(end, i + HashJoin.probeBlock)
                            let (probe, keys) = h.iteratesLeft ? (lb, lKey) : (rb, rKey)
                            for k in headsFrom..<headsTo {
                                heads[k - headsFrom] = index.chainHead(probe: probe, row: k, probeColumns: keys)
                            }
                        }
                        let head = heads[i - headsFrom]
                        if h.iteratesLeft {
                            index.forEachMatch(in: rb, probe: lb, row: i, probeColumns: lKey, from: head) {
                                emit(i, $0)
                            }
                        } else {
                            index.forEachMatch(in: lb, probe: rb, row: i, probeColumns: rKey, from: head) {
                                emit($0, i)
                            }
                        }
                    } else {
                        for ri in 0..<r.count { emit(i, ri) }
                    }
                    if h.outer && count == before {
                        // No match: the left row with its new variables empty.
                        rows.append(contentsOf: lb.row(i))
                        for _ in rNew { rows.append(Relation.null) }
                        count += 1
                    }
                    i += 1
                    work += 1 + count - before
                    if work >= 4096 {
                        try spend(work, building: rows.count)
                        work = 0
                    }
                }
                h.position = i
            }
        }
        return Relation(columns: h.columns, rows: rows, count: count)
    }
}
