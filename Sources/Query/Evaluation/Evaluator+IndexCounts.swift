import NewsFacts

// Counts of one pattern answered from the (predicate, object) index, with no row a fact.
extension Evaluator {
    /// What one output of an index count is.
    private enum IndexCount {
        /// The group's object.
        case object
        /// Its facts (`count(*)`, `count(?s)`, `count(?o)`).
        case facts
        /// Its distinct objects (`count(distinct ?o)`).
        case objects
        /// Its distinct subjects (`count(distinct ?s)`, without `group by`).
        case subjects
    }

    /// A query over one pattern with a constant predicate, `?s P ?o`, whose outputs are
    /// counts, grouped by the object or not at all:
    ///
    /// - `find ?o, count(?s) where ?s P ?o group by ?o`: the group sizes are the run lengths
    ///   of the (predicate, object) index, read from its run boundaries without producing a row
    ///   a fact. Groups come in index order, which is the first-seen order the general path
    ///   gives (it reads the same index). `count(distinct ?o)` is 1 a group.
    /// - `find count(*), count(distinct ?o), count(distinct ?s) where ?s P ?o`: the predicate's
    ///   facts, distinct objects and distinct subjects, which the index counted when it was
    ///   built (`FactStore.statistics`), so the answer costs nothing a fact.
    ///
    /// Nil when the query is not of that shape (then the general path answers; the answers
    /// are the same).
    func countFromIndex(_ q: BoundQuery) throws -> ResultSet? {
        guard q.clauses.count == 1, case .pattern(let p) = q.clauses[0], q.groupBy.count <= 1,
            case .constant(let ps) = p.p, ps.count == 1, !values.isLocal(ps[0]),
            p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil,
            let ov = p.o.variable
        else { return nil }
        let grouped = !q.groupBy.isEmpty
        if grouped && q.groupBy[0] != ov { return nil }
        // The subject is free; a hidden fact variable (sources) is never an aggregate's input.
        var sv: Int? = nil
        switch p.s {
        case .any: break
        case .variable(let v) where v != ov && v != p.factVar: sv = v
        default: return nil
        }
        var parts: [IndexCount] = []
        for o in q.outputs {
            switch o {
            case .variable(let v) where grouped && v == ov: parts.append(.object)
            case .aggregate(.count, false, let v) where v == nil || v == ov || (v != nil && v == sv):
                parts.append(.facts)
            case .aggregate(.count, true, let v?) where v == ov: parts.append(.objects)
            case .aggregate(.count, true, let v?) where !grouped && v == sv: parts.append(.subjects)
            default: return nil
            }
        }
        if !grouped {
            let stats = store.statistics(predicate: ps[0])
            lastPlan = [PlanStep(clause: q.clauses[0], estimate: Double(stats.facts))]
            trace?.append(
                TraceLine(
                    depth: 0, clause: p.source.text, method: "counted from the index's statistics by predicate",
                    estimate: Double(stats.facts), actual: stats.facts))
            let row = parts.map { part -> Value in
                switch part {
                case .object, .facts: return values.local(.number(Double(stats.facts)))
                case .objects: return values.local(.number(Double(stats.objects)))
                case .subjects: return values.local(.number(Double(stats.subjects)))
                }
            }
            return try finishAggregate(q, columns: row.map { [$0] }, groupRows: [], groupCount: 1)
        }
        let runs = store.objectCounts(predicate: ps[0])
        let facts = runs.reduce(0) { $0 + $1.facts }
        lastPlan = [PlanStep(clause: q.clauses[0], estimate: Double(facts))]
        trace?.append(
            TraceLine(
                depth: 0, clause: p.source.text, method: "counted from index ranges by predicate+object",
                estimate: Double(facts), actual: facts))
        let keys = runs.map(\.object)
        let one = values.local(.number(1))
        let columns = parts.map { part -> [Value] in
            switch part {
            case .object: return keys
            case .facts: return countValues(runs.map(\.facts))
            case .objects, .subjects: return [Value](repeating: one, count: runs.count)
            }
        }
        return try finishAggregate(q, columns: columns, groupRows: keys, groupCount: runs.count)
    }

    /// Each count as a session value, each distinct count made once: runs share few lengths,
    /// and making a value hashes its term (50,000 groups of S10 hashed as many terms). Small
    /// counts are remembered in an array by count, larger ones (few groups) in a dictionary.
    private func countValues(_ counts: [Int]) -> [Value] {
        var made: [Value?] = []
        var larger: [Int: Value] = [:]
        return counts.map { n in
            if n < 1 << 12 {
                if n >= made.count { made += [Value?](repeating: nil, count: n + 1 - made.count) }
                if let v = made[n] { return v }
                let v = values.local(.number(Double(n)))
                made[n] = v
                return v
            }
            if let v = larger[n] { return v }
            let v = values.local(.number(Double(n)))
            larger[n] = v
            return v
        }
    }
}
