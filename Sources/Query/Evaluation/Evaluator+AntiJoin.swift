import NewsFacts

// `not`: anti-joins.
extension Evaluator {
    /// `not`: drops the rows of `left` for which `body` has a match, and says how (for
    /// `explain`). The body is evaluated once, from the distinct values of the variables it
    /// shares with `left` (see `seed`), unless `antiJoinByIDSet` or `antiJoinByProbes` can
    /// answer from the index.
    ///
    /// - Throws: what evaluating `body` throws; `EvaluationError` when a relation is too large.
    func antiJoin(_ left: Relation, _ body: [BoundClause], depth: Int) throws -> (Relation, String) {
        if left.count == 0 { return (left, "anti-join (skipped)") }
        if let (out, v) = try antiJoinByIDSet(left, body) {
            return (out, tracing ? "anti-join on " + names([v]) + " (id set from the index)" : "")
        }
        let body = body.count == 1 ? [existenceOnly(body[0], left: left)] : body
        if let (out, v) = try antiJoinByProbes(left, body) {
            return (out, tracing ? "anti-join on " + names([v]) + " (an index look-up a distinct value)" : "")
        }
        let (s, shared) = try seed(left, body)
        let inner = try evaluate(body, from: s, depth: depth + 1)
        if shared.isEmpty {
            return (inner.count > 0 ? Relation(columns: left.columns) : left, "anti-join (no shared variables)")
        }
        try checkRows(inner.count)
        var found = RowSet(width: shared.count, capacity: inner.count)
        let innerCols = try shared.map { try column(of: $0, in: inner) }
        inner.withRows { b in
            for r in 0..<inner.count { found.insert(b, row: r, columns: innerCols) }
        }
        let leftCols = try shared.map { try column(of: $0, in: left) }
        let out = left.withRows { b in
            var rows: [Value] = [], count = 0
            for r in 0..<left.count where !found.contains(b, row: r, columns: leftCols) {
                rows.append(contentsOf: b.row(r))
                count += 1
            }
            return Relation(columns: left.columns, rows: rows, count: count)
        }
        return (out, tracing ? "anti-join on " + names(shared) : "")
    }

    /// A `not`'s lone pattern with each variable of its own that it names once (in subject or
    /// object position) made `_`: `not` asks only whether a fact matches, so the facts' values
    /// there need not be read (past the cache each read is a miss: S09 read the subject of
    /// every `participant` fact of its people).
    func existenceOnly(_ clause: BoundClause, left: Relation) -> BoundClause {
        guard case .pattern(var p) = clause, p.factVar == nil else { return clause }
        var named = [p.s, p.p, p.o].compactMap(\.variable) + p.qualifiers.compactMap { $0.value.variable }
        named += [p.articleVar, p.sentenceVar].compactMap { $0 }
        func once(_ v: Int) -> Bool { !left.columns.contains(v) && named.filter { $0 == v }.count == 1 }
        if let v = p.s.variable, once(v) { p.s = .any }
        if let v = p.o.variable, once(v) { p.o = .any }
        return .pattern(p)
    }

    /// `not PATTERN` where the pattern has a constant predicate and shares one variable with
    /// `left`, in subject or object position (its other positions constant, `_` or variables
    /// of its own): the ids at the shared position of every fact the pattern's constants
    /// select are read once from the index into a bitset over term ids, then each left row is
    /// one bit test. Used when that read is not much larger than `left` (else nil: the general
    /// anti-join probes the index a distinct left value). A left value that is empty or not a
    /// store term has no bit, so its row stays, as in the general path. Gives the rows kept
    /// and the shared variable.
    ///
    /// - Throws: the budget's errors; `EvaluationError` for an unbound variable.
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

        var bits = TermBits(termCount: store.termCount)
        FactColumns.read(self) { facts in
            for (range, inSubjectOrder, check) in ranges {
                if inSubjectOrder {
                    let keyColumn = sShared ? facts.subjects : facts.objects
                    bits.insert(
                        keys: keyColumn, order: facts.bySubject, range: range, predicates: facts.predicates,
                        check: check)
                } else {
                    // The keys of a range of the (predicate, object) index are stored beside it.
                    bits.insert(range, of: sShared ? facts.byPredicateSubjects : facts.byPredicateObjects)
                }
            }
        }
        try poll()
        let col = try column(of: key, in: left)
        let (rows, count) = left.withRows { bits.rowsWithout($0, count: left.count, column: col) }
        return (Relation(columns: left.columns, rows: rows, count: count), key)
    }
}
