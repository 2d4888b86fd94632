import NewsFacts

// Point lookups: one pattern about one subject, read straight from the subject index.
extension Evaluator {
    /// Answers `q` as a point lookup when it is one — a single step, a pattern whose subject
    /// is one constant, such as `find ?p, ?o where person/1234 ?p ?o`, and no grouping,
    /// ordering, `distinct` or `offset` — and says whether it did (false: nothing was written).
    func pointLookup(_ q: BoundQuery, plan: [PlanStep], sources: Bool, into result: inout ResultSet) -> Bool {
        guard q.groupBy.isEmpty, q.orderBy.isEmpty, !q.distinct, q.offset == nil,
            plan.count == 1, case .pattern(let p) = plan[0].clause,
            case .constant(let ids) = p.s, ids.count == 1
        else { return false }
        return pointLookup(q, p, subject: ids[0], sources: sources, into: &result)
    }

    /// Reads pattern `p` about `subject` from the subject index into the result: the same rows
    /// in the same order as the join gives, without a relation in between (at a microsecond a
    /// query, building one is most of the cost). False when the pattern needs more
    /// (qualifiers, provenance variables, a variable twice), and nothing was written.
    private func pointLookup(
        _ q: BoundQuery, _ p: BoundPattern, subject: Value, sources: Bool,
        into result: inout ResultSet
    ) -> Bool {
        guard p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil else { return false }
        // A position's constant (nil: any value) and variable.
        func part(_ slot: Slot) -> (constant: Value?, variable: Int?)? {
            switch slot {
            case .any: return (nil, nil)
            case .variable(let v): return (nil, v)
            case .constant(let ids): return ids.count == 1 ? (ids[0], nil) : nil
            }
        }
        guard let pPart = part(p.p), let oPart = part(p.o) else { return false }
        if let v = pPart.variable, v == oPart.variable { return false }
        // Where each output comes from: 1 the predicate, 2 the object, 3 the fact (scratch of
        // the call, on the stack: a typed statement's few rows paid more for an array).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: q.outputs.count) { outputs in
            for (k, output) in q.outputs.enumerated() {
                guard case .variable(let v) = output else { return false }
                if v == pPart.variable {
                    outputs[k] = 1
                } else if v == oPart.variable {
                    outputs[k] = 2
                } else if v == p.factVar {
                    outputs[k] = 3
                } else {
                    return false
                }
            }
            if sources && (q.factVariables.count != 1 || q.factVariables[0] != p.factVar) { return false }
            write(
                subject: subject, pPart.constant, oPart.constant, outputs: UnsafeBufferPointer(outputs),
                headers: q.headers, limit: q.limit ?? .max, sources: sources, into: &result)
            return true
        }
    }

    /// The rows of `pointLookup`: the facts about `subject` whose predicate and object are
    /// `predicate` and `object` where those are given, each written as `outputs` says.
    private func write(
        subject: Value, _ predicate: Value?, _ object: Value?, outputs: UnsafeBufferPointer<UInt8>,
        headers: [String], limit: Int, sources: Bool, into result: inout ResultSet
    ) {
        result.headers = headers
        result.rows.removeAll(keepingCapacity: true)
        result.facts.removeAll(keepingCapacity: true)
        result.factWidth = sources ? 1 : 0
        var count = 0
        let range = store.subjectRange(subject)
        // Room for the rows at once, not grown row by row: every fact of the subject, or when a
        // predicate or object must match (a few of many, maybe), room for a few.
        let most = min(range.count, limit, predicate == nil && object == nil ? .max : 64)
        result.rows.reserveCapacity(most * outputs.count)
        if sources { result.facts.reserveCapacity(most) }
        for i in range where count < limit {
            let f = Int(subjectOrder[i])
            if let c = predicate, predicates[f] != c { continue }
            if let c = object, objects[f] != c { continue }
            for o in outputs {
                result.rows.append(o == 1 ? predicates[f] : o == 2 ? objects[f] : Value(f))
            }
            if sources { result.facts.append(Value(f)) }
            count += 1
        }
        result.count = count
    }
}
