import NewsFacts

/// Where an index nested-loop join stopped: the left row, the combination of constant
/// candidates within it, and the position in that combination's index range (nil: from
/// its start).
struct NestedLoopPosition {
    var row = 0
    var combination = 0
    var index: Int?
    var done = false
}

/// An index nested-loop join of left rows with one pattern: for each left row, the facts that
/// match the row's bound positions are read from the narrowest index, and each gives a row —
/// the left row followed by the fact's fresh values (`JoinLayout`). A fact stated in several
/// places is one fact: it gives one row, or one row a source (article, or article and
/// sentence) when the pattern binds its provenance.
///
/// A constant with several candidates (a name several entities answer to) makes each left row
/// probe each combination of candidates in turn. The join stops once it has `cap` rows and
/// says where (`NestedLoopPosition`), so that a query with a limit ends early and a later
/// piece goes on from there.
///
/// Safe: it reads the store through `FactColumns` and the left rows through `RowBuffer` (see
/// each), and the facts an object alone selects through a buffer borrowed for one probe.
struct NestedLoopJoin {
    let left: Relation
    let pattern: BoundPattern
    let layout: JoinLayout
    let evaluator: Evaluator
    let store: FactStore
    let budget: StatementBudget
    let cap: Int
    /// The left column holding a position's value, when the left row binds it.
    let sColumn: Int?, pColumn: Int?, oColumn: Int?
    /// A position's candidate terms, when it is a constant.
    let sCandidates: [TermID]?, pCandidates: [TermID]?, oCandidates: [TermID]?
    /// How many combinations of candidates a left row probes (see `probe`).
    let combinations: Int
    /// The pattern binds provenance: a row for each distinct source of a fact.
    let expand: Bool
    let hasRepeats: Bool

    let freshSources: [JoinLayout.Source]
    let simple: Bool
    /// The join can run a block of left rows at a time (`runInBlocks`).
    let inBlocks: Bool

    /// A join of `left` and `pattern` as `layout` lays it out, to stop at `cap` rows.
    init(_ left: Relation, _ pattern: BoundPattern, layout: JoinLayout, cap: Int, evaluator: Evaluator) {
        self.left = left
        self.pattern = pattern
        self.layout = layout
        self.evaluator = evaluator
        store = evaluator.store
        budget = evaluator.budget
        self.cap = cap
        sColumn = layout.s.column
        pColumn = layout.p.column
        oColumn = layout.o.column
        sCandidates = layout.s.candidates
        pCandidates = layout.p.candidates
        oCandidates = layout.o.candidates
        combinations = (sCandidates?.count ?? 1) * (pCandidates?.count ?? 1) * (oCandidates?.count ?? 1)
        expand = pattern.articleVar != nil || pattern.sentenceVar != nil
        hasRepeats = store.hasRepeats
        freshSources = layout.freshSources
        simple = layout.simple
        inBlocks = NestedLoopJoin.runsInBlocks(layout, expand: expand, combinations: combinations)
    }

    /// Joins the left rows from `start` until `cap` rows are out or the left rows are, appending
    /// to `rows` (an empty buffer, maybe with capacity kept from an earlier run). Gives the
    /// rows, and where it stopped (`done` when every left row is joined).
    ///
    /// - Throws: the budget's errors (`StatementBudget.check`: Ctrl-C, the time and memory
    ///   limits).
    func run(from start: NestedLoopPosition, rows: [Value]) throws -> (Relation, NestedLoopPosition) {
        var out = Output(rows: rows, tick: evaluator.tick)
        defer { evaluator.tick = out.tick }
        // One left row and a lone constant predicate (a scan of a predicate): the index's
        // count bounds the output.
        if left.count == 1, case .constant(let ids) = layout.p, ids.count == 1, case .free = layout.s,
            case .free = layout.o
        {
            let facts = store.estimate(subject: nil, predicate: ids[0], object: nil)
            out.rows.reserveCapacity(min(cap, facts) * layout.columns.count)
        }
        let stop = try FactColumns.read(evaluator) { facts in
            try left.withRows { leftRows in
                try inBlocks ? runInBlocks(from: start, leftRows, facts, &out) : run(from: start, leftRows, facts, &out)
            }
        }
        return (Relation(columns: layout.columns, rows: out.rows, count: out.count), stop)
    }

    /// The rows under way, and the work done (the evaluator's counter, kept here while the
    /// join runs: the class's property would cost a dynamic exclusivity check a fact).
    struct Output {
        var rows: [Value]
        var count = 0
        var tick: Int
        /// The sources (article, sentence) a fact stated in several places has given rows for.
        var seenSources: [(article: Int, sentence: Int)] = []

        init(rows: [Value], tick: Int) {
            self.rows = rows
            self.tick = tick
        }

        /// One unit of work; every 4,096 the budget is checked, with the rows built so far.
        @inline(__always) mutating func poll(_ budget: StatementBudget) throws {
            tick &+= 1
            if tick & 4095 == 0 { try budget.check(building: StatementBudget.bytes(rows.count)) }
        }
    }

    private func run(
        from start: NestedLoopPosition, _ leftRows: RowBuffer, _ facts: FactColumns, _ out: inout Output
    ) throws -> NestedLoopPosition {
        for r in start.row..<left.count {
            try out.poll(budget)
            guard let bound = boundValues(r, leftRows) else { continue }
            let resuming = r == start.row
            for combination in (resuming ? start.combination : 0)..<combinations {
                let from = resuming && combination == start.combination ? start.index : nil
                if let stop = try probe(combination, bound, from: from, leftRow: r, leftRows, facts, &out) {
                    return NestedLoopPosition(row: r, combination: combination, index: stop)
                }
            }
        }
        return NestedLoopPosition(row: left.count, done: true)
    }

    /// The values left row `r` gives the positions it binds (nil where it binds none); nil
    /// when one is empty or not a store term, which no fact holds.
    @inline(__always)
    func boundValues(_ r: Int, _ leftRows: RowBuffer) -> (s: TermID?, p: TermID?, o: TermID?)? {
        var bound: (s: TermID?, p: TermID?, o: TermID?) = (nil, nil, nil)
        if let c = sColumn {
            let v = leftRows[r, c]
            if !isTerm(v) { return nil }
            bound.s = v
        }
        if let c = pColumn {
            let v = leftRows[r, c]
            if !isTerm(v) { return nil }
            bound.p = v
        }
        if let c = oColumn {
            let v = leftRows[r, c]
            if !isTerm(v) { return nil }
            bound.o = v
        }
        return bound
    }

    @inline(__always) private func isTerm(_ v: Value) -> Bool {
        v != Relation.null && !evaluator.values.isLocal(v)
    }

    /// Gives the rows of one combination of candidates for left row `r`, read from the
    /// narrowest index for the bound positions (as `FactStore.match` reads them) from position
    /// `from` of its range when going on. Returns the position after the fact at which `cap`
    /// rows were out, else nil.
    private func probe(
        _ combination: Int, _ bound: (s: TermID?, p: TermID?, o: TermID?), from: Int?,
        leftRow r: Int, _ leftRows: RowBuffer, _ facts: FactColumns, _ out: inout Output
    ) throws -> Int? {
        // Combinations are numbered subject-major: (subject, predicate, object) candidates.
        let pN = pCandidates?.count ?? 1, oN = oCandidates?.count ?? 1
        let s = bound.s ?? sCandidates?[combination / (pN * oN)]
        let p = bound.p ?? pCandidates?[(combination / oN) % pN]
        let o = bound.o ?? oCandidates?[combination % oN]
        var scan = Scan(from: from, leftRow: r)
        if let s {
            scan.predicate = p
            scan.object = o
            return try self.scan(facts.bySubject, store.subjectRange(s), scan, leftRows, facts, &out)
        }
        if let p {
            let range = o.map { store.predicateObjectRange(p, $0) } ?? store.predicateRange(p)
            scan.inPredicateOrder = true
            return try self.scan(facts.byPredicate, range, scan, leftRows, facts, &out)
        }
        if let o {
            // Object alone: rare; the store gathers it under every predicate.
            let listed = Array(store.match(subject: nil, predicate: nil, object: o))
            return try listed.withUnsafeBufferPointer {
                try self.scan($0, 0..<listed.count, scan, leftRows, facts, &out)
            }
        }
        // Nothing bound: every fact, each stated once.
        scan.skipsRepeats = hasRepeats
        return try self.scan(nil, 0..<facts.count, scan, leftRows, facts, &out)
    }

    /// What one probe reads besides its index range.
    private struct Scan {
        /// Where to go on from in the range (nil: its start).
        var from: Int?
        var leftRow: Int
        /// The predicate and object a fact must have (when the index does not select them).
        var predicate: TermID? = nil
        var object: TermID? = nil
        /// Skip the facts that repeat an earlier one.
        var skipsRepeats = false
        /// The range is of the (predicate, object) index: subjects and objects are read beside it.
        var inPredicateOrder = false

        init(from: Int?, leftRow: Int) {
            self.from = from
            self.leftRow = leftRow
        }
    }

    /// Gives the rows of the facts at positions `range` of `order` (nil: the positions are
    /// the fact ids) that pass `scan`'s checks. Returns the position after the fact at which
    /// `cap` rows were out, else nil.
    @inline(__always)
    private func scan(
        _ order: UnsafeBufferPointer<FactID>?, _ range: Range<Int>, _ scan: Scan, _ leftRows: RowBuffer,
        _ facts: FactColumns, _ out: inout Output
    ) throws -> Int? {
        var start = range.lowerBound
        if let from = scan.from { start = max(start, min(from, range.upperBound)) }
        // One left row (a scan or a point lookup): the range bounds the output.
        if left.count == 1 && start < range.upperBound {
            out.rows.reserveCapacity(
                out.rows.count + min(range.upperBound - start, cap - out.count) * layout.columns.count)
        }
        for i in start..<range.upperBound {
            let fid = order.map { $0[i] } ?? FactID(i)
            let f = Int(fid)
            if let p = scan.predicate, facts.predicates[f] != p { continue }
            if let o = scan.object, facts.objects[f] != o { continue }
            if scan.skipsRepeats && facts.isRepeat(f) { continue }
            try out.poll(budget)
            emitRows(fid, at: scan.inPredicateOrder ? i : nil, leftRow: scan.leftRow, leftRows, facts, &out)
            if out.count >= cap { return i + 1 }
        }
        return nil
    }

    /// Gives the rows of fact `fid` for left row `r`: one, or, when the pattern binds
    /// provenance, one for each distinct source of the fact (its article, or article and
    /// sentence) — only such a pattern reads the sources, the others read the fact alone.
    /// `position`: the fact's place in the (predicate, object) index, when read from it.
    @inline(__always)
    private func emitRows(
        _ fid: FactID, at position: Int?, leftRow r: Int, _ leftRows: RowBuffer, _ facts: FactColumns,
        _ out: inout Output
    ) {
        guard expand && hasRepeats else {
            return emitRow(fid, at: position, source: fid, leftRow: r, leftRows, facts, &out)
        }
        let sources = store.sourceFacts(of: fid)
        if sources.count > 1 { out.seenSources.removeAll(keepingCapacity: true) }
        for source in sources {
            if sources.count > 1 {
                let at = store.source(of: source)
                let key = (article: at.article, sentence: pattern.sentenceVar != nil ? at.sentence : 0)
                if out.seenSources.contains(where: { $0 == key }) { continue }
                out.seenSources.append(key)
            }
            emitRow(fid, at: position, source: source, leftRow: r, leftRows, facts, &out)
        }
    }

    /// Appends the row of fact `fid` (with its provenance read from `source`, the fact itself
    /// or one of its repeats) for left row `r`, when the fact passes the pattern's checks.
    @inline(__always)
    private func emitRow(
        _ fid: FactID, at position: Int?, source: FactID, leftRow r: Int, _ leftRows: RowBuffer, _ facts: FactColumns,
        _ out: inout Output
    ) {
        if !simple && !passesChecks(fid, at: position, source: source, leftRow: r, leftRows, facts) { return }
        if leftRows.width > 0 { out.rows.append(contentsOf: leftRows.row(r)) }
        for src in freshSources { out.rows.append(value(src, fid, at: position, source: source, facts)) }
        out.count += 1
    }

    /// True when fact `fid` meets what the index did not select: a variable used twice in
    /// the pattern holds one value, a variable of the left row outside the index positions
    /// holds the row's value, and each qualifier is present (with its constant's value).
    private func passesChecks(
        _ fid: FactID, at position: Int?, source: FactID, leftRow r: Int, _ leftRows: RowBuffer, _ facts: FactColumns
    ) -> Bool {
        for (a, b) in layout.checks
        where value(a, fid, at: position, source: source, facts) != value(b, fid, at: position, source: source, facts) {
            return false
        }
        for (a, c) in layout.boundChecks where value(a, fid, at: position, source: source, facts) != leftRows[r, c] {
            return false
        }
        for q in pattern.qualifiers {
            guard let key = q.key, let v = store.qualifier(fid, key) else { return false }
            if case .constant(let ids) = q.value, !ids.contains(v) { return false }
        }
        return true
    }

    /// The value `src` of fact `fid`; provenance (article, sentence) is read from `source`. The
    /// subject and object of a fact at `position` of the (predicate, object) index are read
    /// beside it.
    @inline(__always)
    private func value(
        _ src: JoinLayout.Source, _ fid: FactID, at position: Int?, source: FactID, _ facts: FactColumns
    ) -> Value {
        switch src {
        case .s: return position.map { facts.byPredicateSubjects[$0] } ?? facts.subjects[Int(fid)]
        case .p: return facts.predicates[Int(fid)]
        case .o: return position.map { facts.byPredicateObjects[$0] } ?? facts.objects[Int(fid)]
        case .qualifier(let i): return pattern.qualifiers[i].key.flatMap { store.qualifier(fid, $0) } ?? Relation.null
        case .article: return evaluator.articleValue(source)
        case .sentence: return evaluator.values.local(.number(Double(store.source(of: source).sentence)))
        case .fact: return Value(fid)
        }
    }
}
