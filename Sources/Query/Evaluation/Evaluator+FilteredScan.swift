import NewsFacts

// A scan of one predicate and a filter on its object, run as one step.
extension Evaluator {
    /// `?s P ?o` read from the start (no rows bound yet), followed by a filter on `?o` alone
    /// (`?o between A and B`, `?o contains "x"`, `?o > 3`, …): the (predicate, object) index
    /// holds the predicate's facts in runs of one object, so each run's object is tested once
    /// and only the facts of the runs that pass are read. The rows, and their order, are those
    /// of the scan then the filter; the facts that fail are never touched, so a week of dates
    /// out of 10M facts reads the week's facts, not the year's. Nil when the two steps are not
    /// of that shape.
    ///
    /// - Throws: the budget's errors.
    func filteredScan(_ p: BoundPattern, _ f: BoundFilter, over left: Relation) throws -> Relation? {
        guard left.count == 1, left.width == 0, f.op != .matches, p.qualifiers.isEmpty,
            p.articleVar == nil, p.sentenceVar == nil, p.factVar == nil,
            case .constant(let preds) = p.p, preds.count == 1, !values.isLocal(preds[0]),
            let o = p.o.variable, Set(f.variables) == [o]
        else { return nil }
        let layout = JoinLayout(p, leftColumns: [])
        guard layout.simple, layout.freshSources.allSatisfy({ if case .p = $0 { return false } else { return true } })
        else { return nil }
        guard case .free = layout.s else { return nil }
        var out = Relation(columns: layout.columns)
        var read = 0
        let width = layout.freshSources.count
        let subjectColumns = layout.freshSources.indices.filter { layout.freshSources[$0].isSubject }
        /// Appends the rows of the facts at `positions` of the predicate's index, whose object
        /// is `object`, charging the budget as they grow (every 4,096 facts read).
        ///
        /// The rows are made room for first and filled a column at a time: the object is the
        /// run's, and the subjects are the run's range of those beside the index, read forward
        /// (appended value by value at each fact id, each read missed the cache past a million
        /// facts and waited behind the array's checks: S04 grew 24 times from 1M to 10M facts).
        func emit(_ positions: Range<Int>, _ object: Value, _ facts: FactColumns) throws {
            let n = positions.count, base = out.rows.count
            out.rows.append(contentsOf: repeatElement(object, count: n * width))
            out.rows.withUnsafeMutableBufferPointer { dst in
                for c in subjectColumns {
                    var at = base + c
                    for i in positions {
                        dst[at] = facts.byPredicateSubjects[i]
                        at += width
                    }
                }
            }
            out.count += n
            read += positions.count
            if read >= 4096 {
                try spend(read, building: out.rows.count)
                read = 0
            }
        }
        // `contains` over text: the objects that pass found in one pass over the text.
        if let passing = try containsByTextScan(preds[0], f) {
            try FactColumns.read(self) { facts in
                for object in passing {
                    try emit(store.predicateObjectRange(preds[0], object), object, facts)
                }
            }
            try spend(read, building: out.rows.count)
            return out
        }
        // The runs' objects as a relation of one column, filtered once: the objects that pass,
        // in run order.
        let runs = store.objectCounts(predicate: preds[0])
        var objects = Relation(columns: [o])
        objects.rows = runs.map(\.object)
        objects.count = runs.count
        let passing = try filterByValue(objects, f) ?? filter(objects, f)
        read = runs.count
        var next = 0 // the next passing object
        var position = store.predicateRange(preds[0]).lowerBound
        try FactColumns.read(self) { facts in
            for run in runs {
                defer { position += run.facts }
                guard next < passing.count, passing.rows[next] == run.object else { continue }
                next += 1
                try emit(position..<position + run.facts, run.object, facts)
            }
        }
        try spend(read, building: out.rows.count)
        return out
    }
}

extension Evaluator {
    /// How `explain` names a filtered scan.
    static let filteredScanMethod = "scan by predicate+object, a run of one object at a time, filtered"

    /// Objects a predicate may have for `objectSelectivity` to test them all when planning.
    static let selectivityObjects = 4096

    /// The share of `p`'s facts whose object passes `f` (a filter on the object alone), for a
    /// constant predicate with few distinct objects: each distinct object tested once
    /// (`filterByValue`) and weighed by its facts. Nil otherwise (a predicate of many objects,
    /// such as text, would cost the planner a pass over them).
    func objectSelectivity(_ p: BoundPattern, _ f: BoundFilter) -> Double? {
        guard f.op != .matches, case .constant(let preds) = p.p, preds.count == 1, !values.isLocal(preds[0]),
            let o = p.o.variable, p.s.variable != o
        else { return nil }
        let stats = store.statistics(predicate: preds[0])
        guard stats.facts > 0, stats.objects <= Evaluator.selectivityObjects else { return nil }
        let runs = store.objectCounts(predicate: preds[0])
        var objects = Relation(columns: [o])
        objects.rows = runs.map(\.object)
        objects.count = runs.count
        guard let passing = try? (filterByValue(objects, f) ?? filter(objects, f)) else { return nil }
        let pass = Set(passing.rows)
        let facts = runs.reduce(0) { $0 + (pass.contains($1.object) ? $1.facts : 0) }
        return Double(facts) / Double(stats.facts)
    }
}

extension JoinLayout.Source {
    fileprivate var isSubject: Bool {
        if case .s = self { return true }
        return false
    }
}
