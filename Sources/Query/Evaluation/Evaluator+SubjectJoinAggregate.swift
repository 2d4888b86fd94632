import NewsFacts

// Grouped counts, minima and maxima over two patterns joined on their subject, without the
// join's rows.
extension Evaluator {
    /// What one output of `subjectJoinAggregate` is.
    private enum JoinAggregate {
        /// The group's value (the grouped object).
        case group
        /// The group's rows: `count(*)`, `count(?v)` of a variable of the join (never empty).
        case rows
        /// The least or greatest object of the other pattern among the group's rows.
        case least, greatest
    }

    /// A query of two patterns with constant predicates joined on their subject, `?e P ?x,
    /// ?e Q ?y`, perhaps filtered by `?x != ?y`, grouped by `?x` (or not at all), whose outputs
    /// are `?x`, counts, and `min`/`max` of `?y`:
    ///
    ///     find ?type, count(?e) where ?e type ?type, ?e date ?d group by ?type
    ///     find ?t, min(?d), max(?d) where ?e type ?t, ?e date ?d group by ?t
    ///     find ?a, count(?b) where ?e participant ?a, ?e participant ?b, ?a != ?b group by ?a
    ///
    /// The join is a merge over the subject index, read once in order: each subject's facts
    /// give its `P` objects and its `Q` objects, and each `P` object `?x` stands for as many
    /// rows of the join as the subject has `Q` objects (less those equal to `?x` under `!=`),
    /// so a self-join of `n` facts on one subject counts `n * (n - 1)` pairs without making
    /// them. The groups are the `P` objects, whose accumulators are arrays indexed by term id
    /// (no table is hashed); `min`/`max` compare the places of the `Q` objects in value order
    /// (`ValueOrder`), worked out once for `Q`'s distinct objects. The same groups and values
    /// as the join's rows would give, in index order.
    ///
    /// Why: S03, S14 and S18 of the shapes benchmark built the join (500,000 rows for S18 at 1M
    /// facts), hashed each row's group and then dropped the rows: DuckDB answered them within
    /// 2 to 4 times newsq's time. (Probing the subject index from each `P` fact instead reads
    /// it out of order, a cache miss a probe: four times slower than the join.)
    ///
    /// Taken when `P` and `Q` hold at least a `subjectWalkShare` of the store's facts (a walk
    /// of every subject costs too much for a few); nil otherwise, or when the query is not of
    /// that shape (then the general path answers the same).
    ///
    /// - Throws: the budget's errors.
    func subjectJoinAggregate(_ q: BoundQuery) throws -> ResultSet? {
        guard let shape = subjectJoinShape(q) else { return nil }
        let (grouped, other, e, x, y, filter) = shape
        guard case .constant(let gp) = grouped.p, case .constant(let op) = other.p else { return nil }
        let p = gp[0], qp = op[0]
        guard q.groupBy.isEmpty || q.groupBy == [x] else { return nil }
        var kinds: [JoinAggregate] = []
        for o in q.outputs {
            switch o {
            case .variable(let v) where q.groupBy.contains(v): kinds.append(.group)
            case .aggregate(.count, false, let v) where v == nil || v == e || v == x || v == y: kinds.append(.rows)
            case .aggregate(.min, _, let v) where v == y: kinds.append(.least)
            case .aggregate(.max, _, let v) where v == y: kinds.append(.greatest)
            default: return nil
            }
        }
        let pRange = store.predicateRange(p), qRange = store.predicateRange(qp)
        guard (pRange.count + qRange.count) * Evaluator.subjectWalkShare >= store.factCount else { return nil }
        let byGroup = !q.groupBy.isEmpty
        // Group slots: `P`'s objects run from `lowest` to `highest` in the index.
        var lowest: Value = 0, slots = 1
        if byGroup && !pRange.isEmpty {
            lowest = predicateObjects[pRange.lowerBound]
            slots = Int(predicateObjects[pRange.upperBound - 1] - lowest) + 1
        }
        // The place in value order of each object of `Q`, when a `min` or `max` needs it:
        // `rank[y - qLowest]`, and a value at each place.
        var rank: [Int32] = []
        var valueAt: [Value] = []
        var qLowest: Value = 0
        let wantsRanks = kinds.contains { $0 == .least || $0 == .greatest }
        if wantsRanks {
            let distinct = store.objectCounts(predicate: qp).map { Value($0.object) }
            if let first = distinct.first, let last = distinct.last {
                qLowest = first
                rank = [Int32](repeating: -1, count: Int(last - first) + 1)
                let places = ValueOrder.ranks(distinct, values: values)
                valueAt = [Value](repeating: Relation.null, count: Int(places.max() ?? 0) + 1)
                for (i, v) in distinct.enumerated() {
                    rank[Int(v - first)] = places[i]
                    if valueAt[Int(places[i])] == Relation.null { valueAt[Int(places[i])] = v }
                }
            }
        }
        // Many groups and only counts: the credits kept and summed a range of groups at a time
        // (a pair of 8 bytes a `P` fact, and as much again when they are scattered by range).
        let partitioning = byGroup && !wantsRanks && slots > Evaluator.directSlots
        try budget.checkMemory(
            building: StatementBudget.bytes(slots * (wantsRanks ? 4 : 2) + (partitioning ? pRange.count * 4 : 0)))
        var counts = [Int](repeating: 0, count: slots)
        var partitioned = partitioning ? PartitionedSums(slots: slots, expected: pRange.count) : nil
        var least = [Int32](repeating: .max, count: wantsRanks ? slots : 0)
        var greatest = [Int32](repeating: -1, count: wantsRanks ? slots : 0)
        // `!=` between `?x` and `?y`: ids that differ are unequal unless both are dates or
        // numbers (which compare by what they denote).
        let xLeft = filter?.left.variable == x
        let filtering = filter != nil
        // The terms that are dates or numbers, a bit each (read from the kinds in one pass):
        // a kind is then a bit in the cache, not a read of the term table a fact.
        let looseTerms = filtering ? TermBits.datesAndNumbers(of: store) : TermBits(termCount: 0)
        func unequal(_ xv: Value, _ yv: Value) -> Bool {
            let (a, b) = xLeft ? (xv, yv) : (yv, xv)
            return test(filter!, .value(a), .value(b), nil)
        }
        // Each subject's facts read twice (they are in cache the second time): its `Q` objects
        // counted (and their least and greatest places), then each `P` object credited.
        try FactColumns.read(self) { c in
            try rank.withUnsafeBufferPointer { rank in
                try counts.withUnsafeMutableBufferPointer { counts in
                    try least.withUnsafeMutableBufferPointer { least in
                        try greatest.withUnsafeMutableBufferPointer { greatest in
                            var work = 0
                            for s in 0..<max(0, c.subjectStarts.count - 1) {
                                let lo = Int(c.subjectStarts[s]), hi = Int(c.subjectStarts[s + 1])
                                if lo == hi { continue }
                                work += hi - lo
                                if work >= 4096 {
                                    try spend(work, building: 0)
                                    work = 0
                                }
                                var ny = 0, hasX = false
                                var yLeast = Int32.max, yGreatest: Int32 = -1
                                for j in lo..<hi {
                                    let h = Int(c.bySubject[j])
                                    let ph = c.predicates[h]
                                    if ph == p { hasX = true }
                                    if ph == qp {
                                        ny += 1
                                        if wantsRanks {
                                            let k = rank[Int(c.objects[h] &- qLowest)]
                                            yLeast = min(yLeast, k)
                                            yGreatest = max(yGreatest, k)
                                        }
                                    }
                                }
                                if ny == 0 || !hasX { continue }
                                for j in lo..<hi {
                                    let h = Int(c.bySubject[j])
                                    if c.predicates[h] != p { continue }
                                    let xv = c.objects[h]
                                    let g = byGroup ? Int(xv &- lowest) : 0
                                    if !filtering {
                                        if partitioning {
                                            partitioned!.add(g, ny)
                                        } else {
                                            counts[g] += ny
                                        }
                                        if wantsRanks {
                                            least[g] = min(least[g], yLeast)
                                            greatest[g] = max(greatest[g], yGreatest)
                                        }
                                        continue
                                    }
                                    // Under `!=`, each `Q` object apart.
                                    let xLoose = looseTerms.contains(xv)
                                    var w = 0
                                    for k in lo..<hi {
                                        let hk = Int(c.bySubject[k])
                                        if c.predicates[hk] != qp { continue }
                                        let yv = c.objects[hk]
                                        if yv == xv || xLoose && !unequal(xv, yv) { continue }
                                        w += 1
                                        if wantsRanks {
                                            let r = rank[Int(yv &- qLowest)]
                                            least[g] = min(least[g], r)
                                            greatest[g] = max(greatest[g], r)
                                        }
                                    }
                                    if w == 0 { continue }
                                    if partitioning {
                                        partitioned!.add(g, w)
                                    } else {
                                        counts[g] += w
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if let partitioned { counts.withUnsafeMutableBufferPointer { partitioned.sum(into: $0) } }
        // A group is a `P` object with at least one row of the join (the one group of no
        // `group by` is there always).
        let present = byGroup ? counts.indices.filter { counts[$0] > 0 } : [0]
        trace?.append(
            TraceLine(
                depth: 0, clause: q.clauses.map(\.source.text).joined(separator: ", "),
                method: "grouped over the subject index (no join rows)",
                estimate: Double(pRange.count), actual: present.reduce(0) { $0 + counts[$1] }))
        lastPlan = q.clauses.map { PlanStep(clause: $0, estimate: Double(pRange.count)) }
        let groupValues = present.map { lowest &+ Value($0) }
        let columns = kinds.map { kind -> [Value] in
            switch kind {
            case .group: return groupValues
            case .rows:
                // A local value a distinct count, made once.
                var made: [Int: Value] = [:]
                return present.map { g in
                    if let v = made[counts[g]] { return v }
                    let v = values.local(.number(Double(counts[g])))
                    made[counts[g]] = v
                    return v
                }
            case .least: return present.map { counts[$0] > 0 ? valueAt[Int(least[$0])] : Relation.null }
            case .greatest: return present.map { counts[$0] > 0 ? valueAt[Int(greatest[$0])] : Relation.null }
            }
        }
        return try finishAggregate(
            q, columns: columns, groupRows: byGroup ? groupValues : [], groupCount: present.count)
    }

    /// `subjectJoinAggregate` walks every subject when its two predicates hold at least one
    /// fact in this many of the store.
    static let subjectWalkShare = 16

    /// Groups up to which `subjectJoinAggregate` adds to each group's count as it goes (more
    /// are credited through `PartitionedSums`).
    static let directSlots = 1 << 16

    /// The parts of a query `subjectJoinAggregate` answers: the pattern whose object is
    /// grouped, the other, the subject variable, the two object variables, and the `!=`
    /// filter between them if there is one. Nil for any other shape.
    private func subjectJoinShape(
        _ q: BoundQuery
    ) -> (BoundPattern, BoundPattern, Int, Int, Int, BoundFilter?)? {
        var patterns: [BoundPattern] = []
        var filters: [BoundFilter] = []
        for c in q.clauses {
            switch c {
            case .pattern(let p): patterns.append(p)
            case .filter(let f): filters.append(f)
            default: return nil
            }
        }
        guard patterns.count == 2, filters.count <= 1 else { return nil }
        for p in patterns {
            guard case .constant(let ps) = p.p, ps.count == 1, !values.isLocal(ps[0]),
                p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil, p.factVar == nil,
                p.s.variable != nil, p.o.variable != nil
            else { return nil }
        }
        guard let e = patterns[0].s.variable, patterns[1].s.variable == e,
            let x0 = patterns[0].o.variable, let x1 = patterns[1].o.variable,
            x0 != x1, x0 != e, x1 != e
        else { return nil }
        var filter: BoundFilter? = nil
        if let f = filters.first {
            guard f.op == .notEqual, f.upper == nil, let l = f.left.variable, let r = f.right.variable,
                Set([l, r]) == Set([x0, x1])
            else { return nil }
            filter = f
        }
        // The grouped pattern is the one whose object is the `group by` variable; without one,
        // the first.
        if q.groupBy == [x1] { return (patterns[1], patterns[0], e, x1, x0, filter) }
        return (patterns[0], patterns[1], e, x0, x1, filter)
    }
}
