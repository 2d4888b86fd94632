/// Which user rules call which, and the order to derive them in: the strongly connected
/// components of the call graph, callees before callers.
///
/// A component of one rule that does not call itself is derived in one pass over its
/// definitions; a larger component, or a rule that calls itself, by semi-naive iteration. A
/// call under `not` inside a component is a cycle through negation (not stratifiable). Built
/// once per evaluator, in time linear in the rules' size; finding the components is Tarjan's
/// algorithm with an explicit stack, so a chain of thousands of rules costs no deep recursion.
struct RuleGraph {
    /// The calls in each definition of each rule (aligned with `rules[name]`), each with
    /// whether it sits under `not`.
    private(set) var calls: [String: [[(call: BoundCall, negated: Bool)]]] = [:]
    /// Per rule: the rules its definitions call, without repeats, in the order written.
    private var callees: [String: [String]] = [:]

    init(rules: [String: [BoundRule]]) {
        for (name, definitions) in rules {
            var perDefinition: [[(call: BoundCall, negated: Bool)]] = []
            var names: [String] = []
            var seen = Set<String>()
            for d in definitions {
                var found: [(call: BoundCall, negated: Bool)] = []
                RuleGraph.collect(d.body, negated: false, into: &found)
                perDefinition.append(found)
                // Calls of rules that are not defined stay out of the graph: evaluating them
                // reports the unknown rule.
                for (c, _) in found where rules[c.name] != nil && seen.insert(c.name).inserted { names.append(c.name) }
            }
            calls[name] = perDefinition
            callees[name] = names
        }
    }

    private static func collect(
        _ clauses: [BoundClause], negated: Bool,
        into out:
            inout [(
                call: BoundCall,
                negated: Bool
            )]
    ) {
        for c in clauses {
            switch c {
            case .call(let call): out.append((call, negated))
            case .not(let cs, _): collect(cs, negated: true, into: &out)
            case .optional(let cs, _): collect(cs, negated: negated, into: &out)
            default: break
            }
        }
    }

    /// The components reachable from `root` (through any call, under `not` too), callees
    /// before callers. Rules for which `done` is true (derived already) are left out, with
    /// everything reached only through them.
    func components(from root: String, done: (String) -> Bool) -> [[String]] {
        var index: [String: Int] = [:]
        var low: [String: Int] = [:]
        var onStack = Set<String>()
        var stack: [String] = []
        var out: [[String]] = []
        var counter = 0
        // The depth-first walk: each entry a rule and the position of its next callee.
        var walk: [(rule: String, next: Int)] = []
        func enter(_ r: String) {
            index[r] = counter
            low[r] = counter
            counter += 1
            stack.append(r)
            onStack.insert(r)
            walk.append((r, 0))
        }
        if done(root) { return [] }
        enter(root)
        while let (v, i) = walk.last {
            let edges = callees[v] ?? []
            if i < edges.count {
                walk[walk.count - 1].next += 1
                let w = edges[i]
                if done(w) { continue }
                if let wi = index[w] {
                    if onStack.contains(w), let lv = low[v] { low[v] = min(lv, wi) }
                } else {
                    enter(w)
                }
                continue
            }
            walk.removeLast()
            guard let lv = low[v], let iv = index[v] else { continue }
            if let parent = walk.last?.rule, let lp = low[parent] { low[parent] = min(lp, lv) }
            if lv == iv {
                var component: [String] = []
                while let w = stack.popLast() {
                    onStack.remove(w)
                    component.append(w)
                    if w == v { break }
                }
                // In the order the walk met them: a stable order to derive them in.
                component.sort { (index[$0] ?? 0) < (index[$1] ?? 0) }
                out.append(component)
            }
        }
        return out
    }

    /// True when the component needs a fixpoint: several rules, or one that calls itself.
    func isRecursive(_ component: [String]) -> Bool {
        component.count > 1 || (callees[component[0]] ?? []).contains(component[0])
    }

    /// The first call under `not` from a rule of the component to a rule of the same
    /// component, as (caller, callee): such a rule depends on its own negation.
    func negationInside(_ component: [String]) -> (caller: String, callee: String)? {
        let members = Set(component)
        for n in component {
            for definition in calls[n] ?? [] {
                for (c, negated) in definition where negated && members.contains(c.name) { return (n, c.name) }
            }
        }
        return nil
    }
}
