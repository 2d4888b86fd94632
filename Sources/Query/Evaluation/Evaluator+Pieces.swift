import NewsFacts

// Running a plan in pieces, so that a limit ends the work.
extension Evaluator {
    /// Runs the plan depth first, a piece at a time: each step hands on at most
    /// `pieceValues` values before the steps after it have used them, and the last stops at
    /// `rows` rows (distinct over `distinctOn`, when given). So a limit ends the work, and no
    /// step holds a whole product that only a few rows of are wanted from.
    ///
    /// Each step decides how to join (index or hash, which side to index) from the piece it
    /// is given; the rows come in the order the pieces give them.
    ///
    /// - Throws: what the steps throw: `QueryCancelled`, the limits' errors, `EvaluationError`.
    func evaluateInPieces(
        _ steps: [PlanStep], rows wanted: Int, distinctOn: [Int]?,
        kept: inout Kept?
    ) throws -> Relation {
        let held = budget.held
        defer { budget.held = held }
        var answer = Answer(wanted: wanted)
        guard !steps.isEmpty, wanted > 0 else {
            return try evaluate(steps[...], from: Relation(columns: []), depth: 0, firstStep: 0, kept: &kept)
        }
        // The step runs under way, stack[k] running step k, with the bytes it holds.
        var stack: [(run: StepRun, bytes: Int)] = []
        var traceIndex: [Int] = []
        // What each step joins that does not depend on its piece, read once.
        let slots = steps.map { _ in RightSlot() }
        var stackBytes = 0
        /// The columns of the deepest step started so far.
        var startedColumns: [Int] = []
        /// Starts step `k` over `left`; the first start of a step writes its trace line, later
        /// ones write none (a `not` or `optional` body is traced once).
        func push(_ k: Int, _ left: Relation, morePieces: Bool) throws {
            budget.held = held + stackBytes + answer.bytes + StatementBudget.bytes(left.rows.count)
            let first = traceIndex.count == k
            let savedTrace = trace
            if tracing && first {
                traceIndex.append(trace!.count)
                trace!.append(
                    TraceLine(
                        depth: 0, clause: steps[k].clause.source.text, method: "",
                        estimate: steps[k].estimate, actual: 0))
            } else if first {
                traceIndex.append(-1)
            } else {
                trace = nil
            }
            defer { if !first { trace = savedTrace } }
            let run =
                try fusedStart(k, over: left)
                ?? start(
                    steps[k], over: left, depth: 0, step: k, kept: &kept, slot: slots[k],
                    morePieces: morePieces)
            if first, tracing, traceIndex[k] >= 0 { trace![traceIndex[k]].method = run.method }
            if first { startedColumns = run.columns }
            let bytes = StatementBudget.bytes(left.rows.count) + run.bytes
            stackBytes += bytes
            stack.append((run, bytes))
        }
        /// Step `k`, a scan the filter after it narrows to fewer rows than a piece holds (by the
        /// planner's estimate, which knows the filter's share, see `objectSelectivity`), read with
        /// the filter at once (`filteredScan`); the filter step then keeps every row. Nil
        /// otherwise: a larger scan goes a piece at a time, so a limit ends it early.
        func fusedStart(_ k: Int, over left: Relation) throws -> StepRun? {
            guard k + 1 < steps.count, case .pattern(let p) = steps[k].clause,
                case .filter(let f) = steps[k + 1].clause,
                steps[k].estimate * 3 <= Double(Evaluator.pieceValues),
                let rows = try filteredScan(p, f, over: left)
            else { return nil }
            return StepRun(.whole(rows), columns: rows.columns, method: tracing ? Evaluator.filteredScanMethod : "")
        }
        try push(0, .unit, morePieces: false)
        pieces: while let (run, bytes) = stack.last {
            let k = stack.count - 1
            let last = k == steps.count - 1
            budget.held = held + stackBytes + answer.bytes
            let pieceRows = max(1, Evaluator.pieceValues / max(1, run.columns.count))
            let cap = last && distinctOn == nil ? wanted - answer.count : pieceRows
            guard let piece = try piece(of: run, cap: cap, kept: &kept) else {
                stack.removeLast()
                stackBytes -= bytes
                continue
            }
            if tracing, traceIndex[k] >= 0 { trace![traceIndex[k]].actual += piece.count }
            if !last {
                if piece.count > 0 { try push(k + 1, piece, morePieces: !run.isDone) }
                continue
            }
            if answer.rows == nil {
                let distinctColumns = try distinctOn.map { try $0.map { try column(of: $0, in: piece) } }
                answer.begin(columns: piece.columns, distinctColumns: distinctColumns)
            }
            answer.add(piece)
            try budget.checkMemory()
            if answer.count >= wanted { break pieces }
        }
        if let rows = answer.rows { return rows }
        // No row reached the end: the steps never started run over no rows, for their trace
        // lines and the columns of the (empty) answer.
        let started = traceIndex.count
        return try evaluate(
            steps[started...], from: Relation(columns: startedColumns), depth: 0, firstStep: started,
            kept: &kept)
    }
}

/// The rows a query run in pieces has so far: at most `wanted`, distinct over some columns
/// when asked, in the order the pieces gave them.
private struct Answer {
    let wanted: Int
    /// Nil until the first piece reaches the last step.
    private(set) var rows: Relation?
    private var distinctColumns: [Int]?
    private var seen: RowSet?

    init(wanted: Int) { self.wanted = wanted }

    var count: Int { rows?.count ?? 0 }
    /// The bytes of the rows held (for the memory limit).
    var bytes: Int { StatementBudget.bytes(rows?.rows.count ?? 0) }

    /// Starts the answer with its columns, and the ones rows must be distinct over (nil: any
    /// rows).
    mutating func begin(columns: [Int], distinctColumns: [Int]?) {
        rows = Relation(columns: columns)
        self.distinctColumns = distinctColumns
        if let distinctColumns { seen = RowSet(width: distinctColumns.count) }
    }

    /// Adds the rows of `piece` (whose columns are the answer's) until there are `wanted`.
    mutating func add(_ piece: Relation) {
        guard var out = rows else { return }
        rows = nil // sole owner of the buffer while it grows
        let distinctColumns = self.distinctColumns ?? []
        piece.withRows { b in
            for r in 0..<piece.count where out.count < wanted {
                if seen != nil, !seen!.insert(b, row: r, columns: distinctColumns) { continue }
                out.rows.append(contentsOf: b.row(r))
                out.count += 1
            }
        }
        rows = out
    }
}
