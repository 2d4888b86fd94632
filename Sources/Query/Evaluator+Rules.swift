import Foundation
import NewsFacts

// The evaluator's rule calls and the rules' fixpoint.
extension Evaluator {
    /// Starts joining a rule call to `left`: the rule's rows (or, while a recursive rule is
    /// derived, the rows new in the last round) that fit the call's constants and repeated
    /// variables, one column a variable, joined on the variables shared with `left`.
    /// `slot` keeps those rows between the pieces of a query (see `RightSide`).
    func startCall(_ left: Relation, _ call: BoundCall, slot: RightSlot?, morePieces: Bool = false) throws -> StepRun {
        let source = try deltas[call.id] ?? ruleRelation(call.name)
        let method =
            deltas[call.id] != nil
            ? "join with the rule's new rows"
            : "hash join with rule \(call.name) (\(source.count) rows)"
        if let side = slot?.side {
            return StepRun(hashJoin: try HashJoin(left, side.rows, right: side, morePieces: morePieces), method: method)
        }
        guard source.width == call.arguments.count else {
            throw EvaluationError(
                code: .ruleArity,
                message: "rule '\(call.name)' takes \(source.width) arguments, not \(call.arguments.count)")
        }
        var vars: [Int] = []
        var firstArg: [Int: Int] = [:]
        for (i, a) in call.arguments.enumerated() {
            if let v = a.variable, firstArg[v] == nil {
                firstArg[v] = i
                vars.append(v)
            }
        }
        // Each argument: its constants, or the position of its variable's first use.
        let checks: [(ids: [Value]?, first: Int?)] = call.arguments.enumerated().map { i, a in
            switch a {
            case .constant(let ids): return (ids, nil)
            case .variable(let x): return (nil, firstArg[x] == i ? nil : firstArg[x])
            case .any: return (nil, nil)
            }
        }
        let picked = vars.compactMap { firstArg[$0] }
        var r = Relation(columns: vars)
        var seen = RowSet(width: vars.count, capacity: source.count)
        var row = [Value](repeating: 0, count: vars.count)
        let allColumns = Array(0..<vars.count)
        let w = source.width
        try source.rows.withUnsafeBufferPointer { b in
            outer: for t in 0..<source.count {
                try poll()
                for (i, check) in checks.enumerated() {
                    let v = b[t * w + i]
                    if let ids = check.ids, !ids.contains(v) { continue outer }
                    if let first = check.first, b[t * w + first] != v { continue outer }
                }
                for (k, i) in picked.enumerated() { row[k] = b[t * w + i] }
                row.withUnsafeBufferPointer { rb in
                    if seen.insert(rb, at: 0, cols: allColumns) {
                        r.rows.append(contentsOf: rb)
                        r.count += 1
                    }
                }
            }
        }
        var side: RightSide? = nil
        if let slot {
            side = RightSide(r)
            slot.side = side
        }
        return StepRun(hashJoin: try HashJoin(left, r, right: side, morePieces: morePieces), method: method)
    }

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
            try res.rows.withUnsafeBufferPointer { b in
                for r in 0..<res.count {
                    try spend(1, building: set.rows.count + added.rows.count)
                    if set.count >= HashJoin.maxRows { try checkRows(set.count + 1) }
                    guard set.insert(b, at: r * res.width, cols: cols) else { continue }
                    for c in cols { added.rows.append(b[r * res.width + c]) }
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
