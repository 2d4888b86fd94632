import NewsFacts

// An index nested-loop join by subject whose probes are put in subject order first.
extension Evaluator {
    /// Left rows from which a join by subject sorts its probes (`sortedProbeJoin`).
    static let sortedProbeRows = 1 << 16

    /// The rows of the index nested-loop join of `left` and `p` as `layout` lays it out, its
    /// probes made in subject order: the left rows' subjects are sorted (with the row each came
    /// from), joined as one block-at-a-time join (`NestedLoopJoin+Blocks.swift`), and the
    /// matches sorted back by their row, so the rows come exactly as the plain join gives them.
    /// Nil (the caller joins as usual) unless the join reads the subject index by a left column
    /// alone, in blocks, the left side has at least `minRows` rows and its subjects are not in
    /// order already.
    ///
    /// Why: probes in the order of the left rows read the subject index, and then the facts, at
    /// places the data chooses; past the size of the last cache (about a million facts) each
    /// read misses it (at 10M facts, S03 spent 90% of its time on four such reads a probe). In
    /// subject order the probes read the index and the fact columns forward, neighbours sharing
    /// cache lines, and the two sorts stream (`RecordSort`).
    ///
    /// - Throws: the budget's errors.
    func sortedProbeJoin(
        _ left: Relation, _ p: BoundPattern, layout: JoinLayout, minRows: Int = Evaluator.sortedProbeRows
    ) throws -> Relation? {
        let n = left.count
        guard n >= max(2, minRows), n < Int(UInt32.max), case .bound(let sc) = layout.s, layout.p.column == nil,
            layout.o.column == nil, layout.simple, layout.boundChecks.isEmpty
        else { return nil }
        // The probe side: the subject and the left row it came from (a column no pattern names).
        let probeColumns = [left.columns[sc], Evaluator.probeOwner]
        let probeLayout = JoinLayout(p, leftColumns: probeColumns)
        guard probeLayout.freshSources.count == layout.freshSources.count,
            Array(probeLayout.columns.dropFirst(2)) == Array(layout.columns.dropFirst(left.width))
        else { return nil }
        let probe0 = NestedLoopJoin(Relation(columns: probeColumns), p, layout: probeLayout, cap: .max, evaluator: self)
        guard probe0.inBlocks else { return nil }

        // Subjects already (nearly) in order, each near the one before, gain nothing from
        // sorting; ascending runs far apart (a scan by predicate and object gives one run an
        // object) do.
        var records = [UInt32](repeating: 0, count: 2 * n)
        var jumps = 0, maxKey: UInt32 = 0
        left.withRows { b in
            var previous: UInt32 = 0
            records.withUnsafeMutableBufferPointer { r in
                for i in 0..<n {
                    let s = b[i, sc]
                    r[2 * i] = s
                    r[2 * i + 1] = UInt32(i)
                    if s < previous || s - previous > Evaluator.nearSubjects { jumps += 1 }
                    previous = s
                    maxKey = max(maxKey, s)
                }
            }
        }
        if jumps <= n / 32 { return nil }
        try RecordSort.sort(&records, width: 2, key: 0, maxKey: maxKey) { try poll() }

        let probes = Relation(columns: probeColumns, rows: records, count: n)
        records = []
        let join = NestedLoopJoin(probes, p, layout: probeLayout, cap: .max, evaluator: self)
        var (matched, _) = try join.run(from: NestedLoopPosition(), rows: [])
        let width = matched.width, fresh = width - 2, m = matched.count
        try RecordSort.sort(&matched.rows, width: width, key: 1, maxKey: UInt32(n - 1)) { try poll() }

        // Each match after its left row, the rows of one left row in the index's order.
        let outWidth = left.width + fresh
        var rows = [Value](repeating: 0, count: m * outWidth)
        left.withRows { l in
            matched.withRows { mb in
                rows.withUnsafeMutableBufferPointer { dst in
                    var at = 0
                    for j in 0..<m {
                        let owner = Int(mb[j, 1])
                        for c in 0..<left.width { dst[at + c] = l[owner, c] }
                        for c in 0..<fresh { dst[at + left.width + c] = mb[j, 2 + c] }
                        at += outWidth
                    }
                }
            }
        }
        try spend(m, building: rows.count)
        return Relation(columns: layout.columns, rows: rows, count: m)
    }

    /// Subjects at most this far apart (in term ids) are read as neighbours: their facts are
    /// near each other when the store was loaded subject by subject.
    static let nearSubjects: UInt32 = 16

    /// The column of a sorted probe that holds the left row it came from: no variable has
    /// this number.
    static let probeOwner = Int.min
}
