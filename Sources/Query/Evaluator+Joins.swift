import Foundation
import NewsFacts

// The evaluator's hash joins, `not` and `optional`.
extension Evaluator {
    /// The next rows of a hash join (or cross product, or left outer join): the iterated
    /// side's rows from where it stopped, until `cap` rows are out at the end of one of them.
    func next(_ h: HashJoin, cap: Int) throws -> Relation? {
        if h.done { return nil }
        let l = h.left, r = h.right
        let lw = l.width, rw = r.width
        let rNew = h.rNew, lKey = h.leftKey, rKey = h.rightKey
        var out = Relation(columns: h.columns)
        if l.count == 0 || (r.count == 0 && !h.outer) {
            h.position = max(l.count, r.count)
            return out
        }
        var rows: [Value] = [], count = 0
        try l.rows.withUnsafeBufferPointer { lb in
            try r.rows.withUnsafeBufferPointer { rb in
                @inline(__always) func emit(_ li: Int, _ ri: Int) {
                    rows.append(contentsOf: UnsafeBufferPointer(rebasing: lb[li * lw..<(li + 1) * lw]))
                    for c in rNew { rows.append(rb[ri * rw + c]) }
                    count += 1
                }
                var i = h.position
                let end = h.iteratesLeft ? l.count : r.count
                // Work is handed to `spend` a few thousand units at a time.
                var work = 0
                defer { tick &+= work }
                while i < end && count < cap {
                    let before = count
                    if let index = h.index {
                        if h.iteratesLeft {
                            index.forEachMatch(r, relBuf: rb, probe: lb, at: i * lw, probeCols: lKey) { emit(i, $0) }
                        } else {
                            index.forEachMatch(l, relBuf: lb, probe: rb, at: i * rw, probeCols: rKey) { emit($0, i) }
                        }
                    } else {
                        for ri in 0..<r.count { emit(i, ri) }
                    }
                    if h.outer && count == before {
                        // No match: the left row with its new variables empty.
                        rows.append(contentsOf: UnsafeBufferPointer(rebasing: lb[i * lw..<(i + 1) * lw]))
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
        out.rows = rows
        out.count = count
        return out
    }

    /// Every row of the join of two relations on their shared variables (a cross product
    /// when none are shared).
    func hashJoin(_ l: Relation, _ r: Relation) throws -> Relation {
        let h = try HashJoin(l, r)
        return try next(h, cap: .max) ?? Relation(columns: h.columns)
    }

    /// The distinct values of `left` over the variables `body` shares with it: the seed a
    /// `not` or `optional` body is evaluated from.
    func seed(_ left: Relation, _ body: [BoundClause]) throws -> (Relation, [Int]) {
        var vars: [Int] = []
        for c in body { for v in c.variables where left.columns.contains(v) && !vars.contains(v) { vars.append(v) } }
        if vars.isEmpty { return (.unit, []) }
        try checkRows(left.count)
        return (left.projected(vars).distinct(), vars)
    }

    /// `not`: drops the rows of `left` for which `body` has a match.
    func antiJoin(_ left: Relation, _ body: [BoundClause], depth: Int) throws -> (Relation, String) {
        if left.count == 0 { return (left, "anti-join (skipped)") }
        if let (out, v) = try antiJoinByIDSet(left, body) {
            return (out, tracing ? "anti-join on " + names([v]) + " (id set from the index)" : "")
        }
        let (s, shared) = try seed(left, body)
        let inner = try evaluate(body, from: s, depth: depth + 1)
        if shared.isEmpty {
            return (inner.count > 0 ? Relation(columns: left.columns) : left, "anti-join (no shared variables)")
        }
        try checkRows(inner.count)
        var found = RowSet(width: shared.count, capacity: inner.count)
        let innerCols = try shared.map { try column(of: $0, in: inner) }
        inner.rows.withUnsafeBufferPointer { b in
            for r in 0..<inner.count { _ = found.insert(b, at: r * inner.width, cols: innerCols) }
        }
        let leftCols = try shared.map { try column(of: $0, in: left) }
        var out = Relation(columns: left.columns)
        left.rows.withUnsafeBufferPointer { b in
            let w = left.width
            for r in 0..<left.count where !found.contains(b, at: r * w, cols: leftCols) {
                out.rows.append(contentsOf: UnsafeBufferPointer(rebasing: b[r * w..<(r + 1) * w]))
                out.count += 1
            }
        }
        return (out, tracing ? "anti-join on " + names(shared) : "")
    }

    /// `not PATTERN` where the pattern has a constant predicate and shares one variable with
    /// `left`, in subject or object position (its other positions constant, `_` or variables
    /// of its own): the ids at the shared position of every fact the pattern's constants
    /// select are read once from the index into a bitset over term ids, then each left row is
    /// one bit test. Used when that read is not much larger than `left` (else nil: the general
    /// anti-join probes the index a distinct left value). A left value that is empty or not a
    /// store term has no bit, so its row stays, as in the general path.
    func antiJoinByIDSet(_ left: Relation, _ body: [BoundClause]) throws -> (Relation, Int)? {
        guard body.count == 1, case .pattern(let p) = body[0], p.qualifiers.isEmpty,
            p.articleVar == nil, p.sentenceVar == nil, p.factVar == nil,
            case .constant(let preds) = p.p
        else { return nil }
        let sVar = p.s.variable, oVar = p.o.variable
        if sVar != nil && sVar == oVar { return nil }
        let sShared = sVar.map { left.columns.contains($0) } ?? false
        let oShared = oVar.map { left.columns.contains($0) } ?? false
        guard sShared != oShared else { return nil }
        guard let key = sShared ? sVar : oVar else { return nil }
        let other = sShared ? p.o : p.s
        let otherIDs: [TermID]? = {
            if case .constant(let ids) = other { return ids }
            return nil
        }()

        // The index ranges to read: (positions, in subject order?, predicate left to check).
        var ranges: [(Range<Int>, bySubject: Bool, check: TermID?)] = []
        for pr in preds {
            if let ids = otherIDs {
                for c in ids {
                    if sShared {
                        ranges.append((store.predicateObjectRange(pr, c), false, nil))
                    } else {
                        ranges.append((store.subjectRange(c), true, pr))
                    }
                }
            } else {
                ranges.append((store.predicateRange(pr), false, nil))
            }
        }
        let scan = ranges.reduce(0) { $0 + $1.0.count }
        if scan > 16 * left.count + 1024 { return nil }

        let termCount = store.termCount
        var bits = [UInt64](repeating: 0, count: (termCount + 63) / 64)
        let keyColumn = sShared ? subjects : objects
        bits.withUnsafeMutableBufferPointer { bits in
            subjectOrder.withUnsafeBufferPointer { bySubject in
                predicateOrder.withUnsafeBufferPointer { byPredicate in
                    predicates.withUnsafeBufferPointer { predicateCol in
                        keyColumn.withUnsafeBufferPointer { keyCol in
                            for (range, inSubjectOrder, check) in ranges {
                                let order = inSubjectOrder ? bySubject : byPredicate
                                for i in range {
                                    let f = Int(order[i])
                                    if let check, predicateCol[f] != check { continue }
                                    let v = Int(keyCol[f])
                                    bits[v >> 6] |= 1 << UInt64(v & 63)
                                }
                            }
                        }
                    }
                }
            }
        }
        try poll()
        let col = try column(of: key, in: left)
        var out = Relation(columns: left.columns)
        let w = left.width
        var rows: [Value] = []
        var count = 0
        bits.withUnsafeBufferPointer { bits in
            left.rows.withUnsafeBufferPointer { b in
                for r in 0..<left.count {
                    let v = Int(b[r * w + col])
                    if v < termCount && bits[v >> 6] & (1 << UInt64(v & 63)) != 0 { continue }
                    rows.append(contentsOf: UnsafeBufferPointer(rebasing: b[r * w..<(r + 1) * w]))
                    count += 1
                }
            }
        }
        out.rows = rows
        out.count = count
        return (out, key)
    }

    /// Starts `optional`: each row of `left` joined with the matches of `body`, or kept with
    /// the new variables empty when there are none. The body is evaluated once, from the
    /// distinct values of the variables it shares with `left`.
    func startLeftJoin(_ left: Relation, _ body: [BoundClause], depth: Int) throws -> StepRun {
        let (s, shared) = try seed(left, body)
        let inner = try evaluate(body, from: s, depth: depth + 1)
        let h = try HashJoin(left, inner, outer: true)
        return StepRun(
            .outer(h), columns: h.columns, method: tracing ? "left join on " + names(shared) : "",
            bytes: h.bytes)
    }
}
