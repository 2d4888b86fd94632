import NewsFacts

// `not` answered by one index look-up a distinct value, without the pattern's rows.
extension Evaluator {
    /// `not PATTERN` where the pattern (as `existenceOnly` leaves it) has constant predicates,
    /// no qualifiers or provenance, and shares one variable with `left`: in object position
    /// under `_` (`not _ participant ?p`), or in subject position over `_` or constants
    /// (`not ?p employer _`). Whether a value has a matching fact is then whether one index
    /// range is empty: the value's run in the (predicate, object) index, or a match among the
    /// subject's few facts. Each distinct left value is looked up once, in ascending order,
    /// the binary searches of a block of values advancing together
    /// (`FactStore.predicateObjectRanges`); the values with a match go in a bit set over term
    /// ids and each left row is one bit test, as in `antiJoinByIDSet`. A left value that is
    /// empty or not a store term has no match, so its row stays, as in the general path. Gives
    /// the rows kept and the shared variable; nil when the clause is not of that shape.
    ///
    /// Why: the general anti-join evaluates the pattern from the distinct left values, making a
    /// row for every fact that matches, puts each row in a hash set and looks each left row up
    /// in it: S09 (`?p title minister, not ?e participant ?p`) made 6,000 rows to learn which of
    /// 1,244 ministers took part in anything.
    ///
    /// - Throws: the budget's errors; `EvaluationError` for an unbound variable.
    func antiJoinByProbes(_ left: Relation, _ body: [BoundClause]) throws -> (Relation, Int)? {
        guard body.count == 1, case .pattern(let p) = body[0], p.qualifiers.isEmpty,
            p.articleVar == nil, p.sentenceVar == nil, p.factVar == nil,
            case .constant(let preds) = p.p, !preds.isEmpty, !preds.contains(where: values.isLocal)
        else { return nil }
        let key: Int
        var objectIDs: [TermID]? = nil
        switch (p.s, p.o) {
        case (.any, .variable(let o)) where left.columns.contains(o):
            key = o
        case (.variable(let s), .any) where left.columns.contains(s):
            key = s
        case (.variable(let s), .constant(let ids)) where left.columns.contains(s):
            key = s
            objectIDs = ids
        default:
            return nil
        }
        let bySubject = p.s.variable == key
        let col = try column(of: key, in: left)
        let distinct = distinctTerms(left, column: col)
        try spend(left.count + distinct.count, building: 0)

        var matched = TermBits(termCount: store.termCount)
        if bySubject {
            FactColumns.read(self) { facts in
                for s in distinct {
                    let range = store.subjectRange(s)
                    for i in range {
                        let f = Int(facts.bySubject[i])
                        if preds.contains(facts.predicates[f])
                            && (objectIDs.map { $0.contains(facts.objects[f]) } ?? true)
                        {
                            matched.insert(s)
                            break
                        }
                    }
                }
            }
        } else {
            let block = Evaluator.probeBlock
            var ps = [TermID](repeating: 0, count: block)
            var lower = [Int](repeating: 0, count: block), upper = [Int](repeating: 0, count: block)
            for pr in preds {
                for i in 0..<block { ps[i] = pr }
                var from = 0
                while from < distinct.count {
                    let n = min(block, distinct.count - from)
                    distinct.withUnsafeBufferPointer { d in
                        ps.withUnsafeBufferPointer { psb in
                            lower.withUnsafeMutableBufferPointer { lo in
                                upper.withUnsafeMutableBufferPointer { hi in
                                    store.predicateObjectRanges(
                                        predicates: UnsafeBufferPointer(rebasing: psb[0..<n]),
                                        objects: UnsafeBufferPointer(rebasing: d[from..<from + n]),
                                        lower: UnsafeMutableBufferPointer(rebasing: lo[0..<n]),
                                        upper: UnsafeMutableBufferPointer(rebasing: hi[0..<n]))
                                }
                            }
                        }
                    }
                    for i in 0..<n where upper[i] > lower[i] { matched.insert(distinct[from + i]) }
                    from += n
                    try poll()
                }
            }
        }
        let (rows, count) = left.withRows { matched.rowsWithout($0, count: left.count, column: col) }
        return (Relation(columns: left.columns, rows: rows, count: count), key)
    }

    /// The distinct store terms in column `col` of `rel`, ascending (empty and session-local
    /// values left out: no fact holds them).
    private func distinctTerms(_ rel: Relation, column col: Int) -> [TermID] {
        let termCount = store.termCount
        var out: [TermID] = []
        out.reserveCapacity(rel.count)
        rel.withRows { b in
            for r in 0..<rel.count {
                let v = b[r, col]
                if Int(v) < termCount && !values.isLocal(v) { out.append(v) }
            }
        }
        out.sort()
        var kept = 0
        for i in out.indices where kept == 0 || out[kept - 1] != out[i] {
            out[kept] = out[i]
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
    }

    /// Values whose (predicate, object) searches advance together (see `antiJoinByProbes`).
    static let probeBlock = 256
}
