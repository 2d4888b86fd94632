import NewsFacts

// Rules: each derived once per statement, recursive ones by semi-naive iteration.
extension Evaluator {
    /// The rows a rule derives (a set), computed once per statement: the components of the
    /// rule graph it reaches are derived callees first (see `RuleGraph`), each once.
    ///
    /// - Throws: `EvaluationError` for an unknown rule or a rule that depends on its own
    ///   negation; `QueryCancelled` and the limits' errors while deriving.
    func ruleRelation(_ name: String) throws -> Relation {
        if let r = ruleRelations[name] { return r }
        guard rules[name] != nil else { throw EvaluationError(code: .unknownRule, message: "unknown rule '\(name)'") }
        // Rules are derived whole (whatever the query's limit: their bodies run whole) and
        // without tracing.
        let savedTrace = trace
        trace = nil
        defer { trace = savedTrace }
        let graph = ruleGraph
        for component in graph.components(from: name, done: { ruleRelations[$0] != nil }) {
            if let (caller, callee) = graph.negationInside(component) {
                let message =
                    caller == callee && component.count == 1
                    ? "rule '\(caller)' depends on its own negation (not stratifiable)"
                    : "rule '\(caller)' negates '\(callee)', which depends on it (not stratifiable)"
                throw EvaluationError(code: .unstratified, message: message)
            }
            try derive(component, graph: graph)
        }
        guard let r = ruleRelations[name] else {
            throw EvaluationError(code: .unknownRule, message: "unknown rule '\(name)'")
        }
        return r
    }

    /// The rule graph of this evaluator's rules, built on first use.
    private var ruleGraph: RuleGraph {
        if let g = builtRuleGraph { return g }
        let g = RuleGraph(rules: rules)
        builtRuleGraph = g
        return g
    }

    /// Derives one component of the rule graph into `ruleRelations`; every rule it calls
    /// outside it is derived already. One pass when it is not recursive, else semi-naive
    /// iteration: each round joins only the rows new in the previous one.
    private func derive(_ component: [String], graph: RuleGraph) throws {
        var full: [String: RowSet] = [:]
        for n in component {
            guard let arity = rules[n]?.first?.arity else { continue }
            full[n] = RowSet(width: arity)
            ruleRelations[n] = Relation(columns: Array(0..<arity))
        }
        // The component's rows count against the memory limit for the rest of the statement.
        let keptBefore = budget.kept
        func publish() throws {
            var bytes = 0
            for n in component {
                guard let set = full[n] else { continue }
                ruleRelations[n] = Relation(columns: Array(0..<set.width), rows: set.rows, count: set.count)
                bytes += StatementBudget.bytes(set.rows.count)
            }
            budget.kept = keptBefore + bytes
            try budget.checkMemory()
        }
        /// Evaluates one definition and adds its new rows to `full` and to `next`.
        func run(_ d: BoundRule, into next: inout [String: Relation]) throws {
            definitionsEvaluated += 1
            let res = try evaluate(d.body, from: .unit, depth: 0)
            let cols = try d.parameters.map { try column(of: $0, in: res) }
            guard var set = full[d.name] else { return }
            full[d.name] = nil // sole owner while rows are added
            defer { full[d.name] = set }
            var added = next[d.name] ?? Relation(columns: Array(0..<d.arity))
            try res.withRows { b in
                for r in 0..<res.count {
                    try spend(1, building: set.rows.count + added.rows.count)
                    if set.count >= HashJoin.maxRows { try checkRows(set.count + 1) }
                    guard set.insert(b, row: r, columns: cols) else { continue }
                    for c in cols { added.rows.append(b[r, c]) }
                    added.count += 1
                }
            }
            next[d.name] = added
        }
        var delta: [String: Relation] = [:]
        for n in component { for d in rules[n] ?? [] { try run(d, into: &delta) } }
        if graph.isRecursive(component) {
            let members = Set(component)
            var rounds = 0
            while delta.values.contains(where: { $0.count > 0 }) {
                rounds += 1
                if rounds > Evaluator.maxIterations {
                    throw EvaluationError(
                        code: .tooComplex,
                        message: "rule '\(component[0])' did not settle after \(Evaluator.maxIterations) rounds")
                }
                try budget.check()
                try publish()
                var next: [String: Relation] = [:]
                for n in component {
                    let definitions = rules[n] ?? []
                    let callLists = graph.calls[n] ?? []
                    for (d, callList) in zip(definitions, callLists) {
                        for (c, negated) in callList where !negated && members.contains(c.name) {
                            guard let dr = delta[c.name], dr.count > 0 else { continue }
                            deltas[c.id] = dr
                            defer { deltas[c.id] = nil }
                            try run(d, into: &next)
                        }
                    }
                }
                delta = next
            }
        }
        try publish()
    }

}
