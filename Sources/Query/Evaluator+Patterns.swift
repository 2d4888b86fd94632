import Foundation
import NewsFacts

// The evaluator's pattern joins: the choice of method, the join layout, the index nested loop.
extension Evaluator {

    /// Starts joining a pattern to `left`: an index nested loop (few left rows, or no
    /// constant in the pattern), a hash join with the pattern read once, or a cross product
    /// when they share no variable — chosen from the row counts. `step` is the plan step's
    /// number (see `nestedLoop`).
    ///
    /// `slot`: where the pattern read whole is kept between the pieces of a query (nil: it is
    /// not kept); filled in here the first time it is needed. `morePieces`: `left` is one
    /// piece of several (see `HashJoin`).
    func startJoin(
        _ left: Relation, _ p: BoundPattern, step: Int, kept: inout Kept?, slot: RightSlot?,
        morePieces: Bool = false
    ) throws -> StepRun {
        func whole() throws -> (Relation, RightSide?) {
            if let side = slot?.side { return (side.rows, side) }
            let rows = try nestedLoop(.unit, p)
            guard let slot else { return (rows, nil) }
            let side = RightSide(rows)
            slot.side = side
            return (rows, side)
        }
        let layout = kept?.layout(step, p, leftColumns: left.columns) ?? JoinLayout(p, leftColumns: left.columns)
        func nested(_ method: String) -> StepRun {
            StepRun(
                .nested(left: left, pattern: p, layout: layout, step: step, at: NestedLoopPosition()),
                columns: layout.columns, method: method)
        }
        if left.count == 1 && left.width == 0 { return nested(tracing ? "scan " + indexName(p, bound: []) : "") }
        let shared = p.variables.filter { left.columns.contains($0) }
        if left.count == 0 {
            var empty = Relation(columns: left.columns)
            for v in p.variables where !empty.columns.contains(v) { empty.columns.append(v) }
            return StepRun(.whole(empty), columns: empty.columns, method: "skipped (no rows)")
        }
        let planner = Planner(store: store)
        let hasConstant = [p.s, p.p, p.o].contains {
            if case .constant = $0 { return true }
            return false
        }
        if shared.isEmpty {
            if left.count == 1 { return nested(tracing ? "scan " + indexName(p, bound: []) : "") }
            let (r, side) = try whole()
            let h = try HashJoin(left, r, right: side, morePieces: morePieces)
            return StepRun(hashJoin: h, method: "cross product")
        }
        let bound = Set(shared)
        let sBound = p.s.variable.map(bound.contains) ?? false
        let perProbe = sBound ? Planner.factsPerSubject : 24
        let inlCost = Double(left.count) * perProbe
        let hashCost = planner.standalone(p) + Double(left.count) * 2
        if !hasConstant || inlCost <= hashCost {
            return nested(tracing ? "nested loop, index " + indexName(p, bound: bound) : "")
        }
        let (r, side) = try whole()
        return StepRun(
            hashJoin: try HashJoin(left, r, right: side, morePieces: morePieces),
            method: tracing ? "hash join on \(names(shared)) (scan \(indexName(p, bound: [])))" : "")
    }

    func indexName(_ p: BoundPattern, bound: Set<Int>) -> String {
        func isBound(_ s: Slot) -> Bool {
            if case .constant = s { return true }
            if let v = s.variable { return bound.contains(v) }
            return false
        }
        if isBound(p.s) { return "by subject" }
        if isBound(p.p) { return isBound(p.o) ? "by predicate+object" : "by predicate" }
        if isBound(p.o) { return "by object" }
        return "all facts"
    }

    enum Source { case s, p, o, qualifier(Int), article, sentence, fact }
    enum Pos { case bound(Int), constant([TermID]), free }

    /// Where each value of a pattern join comes from, for left rows with given columns: the
    /// output columns (the left ones plus one per fresh variable), the source of each fresh
    /// value, how each position reads the index, and the equalities left to check on each
    /// fact. Worked out once per join; a cached statement keeps its steps' layouts between runs.
    final class JoinLayout {
        // A class of constants: a kept layout is handed to each run as one reference, and
        // reading it needs no exclusivity check.
        let leftColumns: [Int]
        let columns: [Int]
        let freshSources: [Source]
        let checks: [(Source, Source)] // repeated variables within the pattern
        let boundChecks: [(Source, Int)] // positions compared with a left column (not used by the index)
        let s: Pos, p: Pos, o: Pos
        /// Nothing to check on a fact beyond the index positions.
        let simple: Bool

        init(_ pattern: BoundPattern, leftColumns: [Int]) {
            var b = Builder(leftColumns: leftColumns)
            s = b.place(pattern.s, .s, indexable: true)
            p = b.place(pattern.p, .p, indexable: true)
            o = b.place(pattern.o, .o, indexable: true)
            for (i, q) in pattern.qualifiers.enumerated() {
                if case .constant = q.value { continue } // checked against the fact's qualifier in the join
                _ = b.place(q.value, .qualifier(i), indexable: false)
            }
            if let a = pattern.articleVar { _ = b.place(.variable(a), .article, indexable: false) }
            if let n = pattern.sentenceVar { _ = b.place(.variable(n), .sentence, indexable: false) }
            if let f = pattern.factVar { _ = b.place(.variable(f), .fact, indexable: false) }
            self.leftColumns = leftColumns
            columns = b.columns
            freshSources = b.freshSources
            checks = b.checks
            boundChecks = b.boundChecks
            simple = b.checks.isEmpty && b.boundChecks.isEmpty && pattern.qualifiers.isEmpty
        }

        private struct Builder {
            let leftColumns: [Int]
            var columns: [Int]
            var freshSources: [Source] = []
            var freshVars: [Int] = [] // the variable of each fresh source
            var checks: [(Source, Source)] = []
            var boundChecks: [(Source, Int)] = []

            init(leftColumns: [Int]) {
                self.leftColumns = leftColumns
                columns = leftColumns
            }

            mutating func place(_ slot: Slot, _ src: Source, indexable: Bool) -> Pos {
                switch slot {
                case .any: return .free
                case .constant(let ids): return .constant(ids)
                case .variable(let v):
                    if let col = leftColumns.firstIndex(of: v) {
                        if indexable { return .bound(col) }
                        boundChecks.append((src, col))
                        return .free
                    }
                    if let i = freshVars.firstIndex(of: v) {
                        checks.append((freshSources[i], src))
                        return .free
                    }
                    freshVars.append(v)
                    freshSources.append(src)
                    columns.append(v)
                    return .free
                }
            }
        }
    }

    /// Where an index nested-loop join stopped: the left row, the combination of constant
    /// candidates within it, and the position in that combination's index range (nil: from
    /// its start).
    struct NestedLoopPosition {
        var row = 0
        var combination = 0
        var index: Int?
        var done = false
    }

    /// Every row of an index nested-loop join of `left` and `p` at once.
    func nestedLoop(_ left: Relation, _ p: BoundPattern) throws -> Relation {
        var none: Kept? = nil
        var at = NestedLoopPosition()
        return try nestedLoop(
            left, p, layout: JoinLayout(p, leftColumns: left.columns), cap: .max, at: &at,
            kept: &none)
    }

    /// For each left row from `at`, reads the facts matching the row's bound positions from
    /// the narrowest index and appends one row per fact; stops after `cap` rows, with `at`
    /// where to go on from (`at.done` when every left row is done). With `kept` (a rerun) the
    /// spare row buffer is reused.
    func nestedLoop(
        _ left: Relation, _ p: BoundPattern, layout: JoinLayout, cap: Int,
        at position: inout NestedLoopPosition,
        kept: inout Kept?
    ) throws -> Relation {
        let outColumns = layout.columns, freshSources = layout.freshSources
        let checks = layout.checks, boundChecks = layout.boundChecks
        let sPos = layout.s, pPos = layout.p, oPos = layout.o

        var out = Relation(columns: outColumns)
        let lw = left.width
        // Sole owner of the buffer: appends never copy it.
        var rows = kept?.takeRows() ?? []
        if left.count == 1, case .constant(let ids) = pPos, ids.count == 1, case .free = sPos, case .free = oPos {
            rows.reserveCapacity(
                min(
                    cap,
                    store.estimate(
                        subject: nil, predicate: ids[0],
                        object: nil)) * outColumns.count)
        }
        func candidates(_ pos: Pos) -> [TermID]? {
            if case .constant(let ids) = pos { return ids }
            return nil
        }
        let sC = candidates(sPos), pC = candidates(pPos), oC = candidates(oPos)
        let sB: Int? = {
            if case .bound(let c) = sPos { return c }
            return nil
        }()
        let pB: Int? = {
            if case .bound(let c) = pPos { return c }
            return nil
        }()
        let oB: Int? = {
            if case .bound(let c) = oPos { return c }
            return nil
        }()
        let quals = p.qualifiers
        let simple = layout.simple
        let sN = sC?.count ?? 1, pN = pC?.count ?? 1, oN = oC?.count ?? 1
        let combinations = sN * pN * oN

        // A fact stated in several places is one fact: it gives one row, or one row a source
        // (article, or article and sentence) when the pattern binds its provenance.
        let expand = p.articleVar != nil || p.sentenceVar != nil
        let bySentence = p.sentenceVar != nil
        let hasRepeats = store.hasRepeats
        // `g`: the fact whose provenance is read (f or one of its repeats). Safe: a cell allocated
        // here and freed when this function returns, read and written only by this thread; a
        // captured `var` would cost a dynamic exclusivity check at every read in the loop below.
        let g = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        g.initialize(to: 0)
        defer { g.deallocate() }
        @inline(__always) func valueOf(_ src: Source, _ f: Int) -> Value {
            switch src {
            case .s: return subjects[f]
            case .p: return predicates[f]
            case .o: return objects[f]
            case .qualifier(let i): return quals[i].key.flatMap { store.qualifier(FactID(f), $0) } ?? Relation.null
            case .article: return articleValue(FactID(g.pointee))
            case .sentence: return values.local(.number(Double(store.source(of: FactID(g.pointee)).sentence)))
            case .fact: return Value(f)
            }
        }
        var seenSources: [(article: Int, sentence: Int)] = []

        // The index arrays are read through unsafe buffers once per join: a probe below is a
        // range of positions, and each fact a plain load (no iterator, slice or optional check
        // a fact). Rows are appended to one flat [Value] buffer.
        var count = 0
        // Where to stop, once `cap` rows are out (nil: the left rows ran out).
        var stoppedAt: NestedLoopPosition? = nil
        let from = position
        // The work counter is kept in a local while the loop runs (a class property would pay
        // a dynamic exclusivity check a fact).
        var tick = self.tick
        defer { self.tick = tick }
        let budget = self.budget
        try subjectOrder.withUnsafeBufferPointer { bySubject in
            try predicateOrder.withUnsafeBufferPointer { byPredicate in
                try subjects.withUnsafeBufferPointer { subjectCol in
                    try predicates.withUnsafeBufferPointer { predicateCol in
                        try objects.withUnsafeBufferPointer { objectCol in
                            @inline(__always) func fresh(_ src: Source, _ f: Int) -> Value {
                                switch src {
                                case .s: return subjectCol[f]
                                case .p: return predicateCol[f]
                                case .o: return objectCol[f]
                                default: return valueOf(src, f)
                                }
                            }
                            try left.rows.withUnsafeBufferPointer { lbuf in
                                rowLoop: for r in from.row..<left.count {
                                    let resuming = r == from.row
                                    tick &+= 1
                                    if tick & 4095 == 0 {
                                        try budget.check(building: StatementBudget.bytes(rows.count))
                                    }
                                    let base = r * lw
                                    // Each position: the row's value, the constant's candidates, or unbound (nil).
                                    var sRow: TermID? = nil, pRow: TermID? = nil, oRow: TermID? = nil
                                    if let c = sB {
                                        let v = lbuf[base + c]
                                        if v == Relation.null || values.isLocal(v) { continue }
                                        sRow = v
                                    }
                                    if let c = pB {
                                        let v = lbuf[base + c]
                                        if v == Relation.null || values.isLocal(v) { continue }
                                        pRow = v
                                    }
                                    if let c = oB {
                                        let v = lbuf[base + c]
                                        if v == Relation.null || values.isLocal(v) { continue }
                                        oRow = v
                                    }
                                    for combination in (resuming ? from.combination : 0)..<combinations {
                                        let si = combination / (pN * oN), pi = (combination / oN) % pN,
                                            oi = combination % oN
                                        let sv = sRow ?? sC?[si], pv = pRow ?? pC?[pi], ov = oRow ?? oC?[oi]
                                        // The narrowest index for the bound positions (as FactStore.match reads
                                        // them), and what is left to check on each of its facts.
                                        let order: UnsafeBufferPointer<FactID>?
                                        let range: Range<Int>
                                        var checkP: TermID? = nil, checkO: TermID? = nil
                                        var listed: [FactID] = []
                                        if let sv {
                                            order = bySubject
                                            range = store.subjectRange(sv)
                                            checkP = pv
                                            checkO = ov
                                        } else if let pv {
                                            order = byPredicate
                                            range =
                                                ov.map { store.predicateObjectRange(pv, $0) }
                                                ?? store.predicateRange(pv)
                                        } else if ov != nil {
                                            // Object alone: rare; the store gathers it under every predicate.
                                            listed = Array(store.match(subject: nil, predicate: nil, object: ov))
                                            order = nil
                                            range = 0..<listed.count
                                        } else {
                                            order = nil
                                            range = 0..<subjectCol.count
                                        }
                                        var start = range.lowerBound
                                        if resuming && combination == from.combination, let i = from.index {
                                            start = max(start, min(i, range.upperBound))
                                        }
                                        // One left row (a scan or a point lookup): the range bounds the output.
                                        if left.count == 1 && start < range.upperBound {
                                            rows.reserveCapacity(
                                                rows.count + min(range.upperBound - start, cap - count) * out.width)
                                        }
                                        for i in start..<range.upperBound {
                                            let fid: FactID =
                                                order.map { $0[i] } ?? (listed.isEmpty ? FactID(i) : listed[i])
                                            let f = Int(fid)
                                            if let cp = checkP, predicateCol[f] != cp { continue }
                                            if let co = checkO, objectCol[f] != co { continue }
                                            if order == nil && hasRepeats && listed.isEmpty
                                                && repeatBits[f >> 6]
                                                    & (1 << UInt64(f & 63)) != 0
                                            {
                                                continue
                                            }
                                            tick &+= 1
                                            if tick & 4095 == 0 {
                                                try budget.check(building: StatementBudget.bytes(rows.count))
                                            }
                                            // Only a pattern that binds provenance reads every source: the
                                            // others read the fact alone, without making an array a fact.
                                            let sourceFacts: [FactID]? =
                                                expand && hasRepeats ? store.sourceFacts(of: fid) : nil
                                            let sourceCount = sourceFacts?.count ?? 1
                                            if sourceCount > 1 { seenSources.removeAll(keepingCapacity: true) }
                                            for k in 0..<sourceCount {
                                                let source = sourceFacts?[k] ?? fid
                                                g.pointee = Int(source)
                                                if expand && sourceCount > 1 {
                                                    let at = store.source(of: source)
                                                    let key = (
                                                        article: at.article, sentence: bySentence ? at.sentence : 0
                                                    )
                                                    if seenSources.contains(where: { $0 == key }) { continue }
                                                    seenSources.append(key)
                                                }
                                                if !simple {
                                                    var ok = true
                                                    for (a, b) in checks where valueOf(a, f) != valueOf(b, f) {
                                                        ok = false
                                                        break
                                                    }
                                                    if ok {
                                                        for (a, col) in boundChecks
                                                        where valueOf(a, f) != lbuf[base + col] {
                                                            ok = false
                                                            break
                                                        }
                                                    }
                                                    if ok {
                                                        for q in quals {
                                                            guard let key = q.key, let v = store.qualifier(fid, key)
                                                            else {
                                                                ok = false
                                                                break
                                                            }
                                                            if case .constant(let ids) = q.value, !ids.contains(v) {
                                                                ok = false
                                                                break
                                                            }
                                                        }
                                                    }
                                                    if !ok { continue }
                                                }
                                                if lw > 0 {
                                                    rows.append(
                                                        contentsOf: UnsafeBufferPointer(
                                                            rebasing: lbuf[base..<base + lw]))
                                                }
                                                for src in freshSources { rows.append(fresh(src, f)) }
                                                count += 1
                                            }
                                            if count >= cap {
                                                stoppedAt = NestedLoopPosition(
                                                    row: r, combination: combination, index: i + 1)
                                                break rowLoop
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        position = stoppedAt ?? NestedLoopPosition(row: left.count, done: true)
        out.rows = rows
        out.count = count
        return out
    }

    func articleValue(_ f: FactID) -> Value {
        let a = store.articleIndex(of: f)
        if let v = articleValues[a] { return v }
        // The article's entity when the store has one (so `?a published ?d` joins), else its id as text.
        let id = store.articles[a].article.id
        let v = store.termID(.entity(id)) ?? values.local(.text(id))
        articleValues[a] = v
        return v
    }

}
