import NewsFacts

/// One step of a plan: a clause, and what the planner expected of it.
struct PlanStep {
    var clause: BoundClause
    /// Rows expected after the step.
    var estimate: Double
}

/// Orders clauses from index statistics.
///
/// Greedy: start from the variables already bound; next take the positive clause (pattern or
/// rule call) with the fewest estimated rows given what is bound so far, among the clauses that
/// share a variable with it when there are any (no cross products while a join is possible).
/// Filters follow as soon as their variables are bound; `not` as soon as the variables it
/// shares with the rest are bound; `optional` groups come after every positive clause, in the
/// order written. The evaluator then picks, per step and from the actual row count, an index
/// nested-loop join (few rows on the left) or a hash join.
struct Planner {
    let store: FactStore
    /// Sizes of rule relations already computed (unknown rules are guessed at 1,000 rows).
    var ruleSize: (String) -> Int = { _ in 1000 }
    /// The share of a pattern's facts whose object passes a filter on the object alone, where
    /// it can be worked out cheaply (nil: unknown, the pattern's estimate stands). The evaluator
    /// gives one (`Evaluator.objectSelectivity`); so a scan of `date` followed by a week's
    /// `between` is costed at a week's facts, not a year's.
    var objectSelectivity: ((BoundPattern, BoundFilter) -> Double?)? = nil

    /// Facts per subject assumed when a pattern's predicate is not a constant.
    static let factsPerSubject = 8.0

    /// The clauses in the order to run them, each with the rows expected after it.
    ///
    /// Near-linear in the query's size: each clause's cost is worked out again only when one
    /// of its own variables becomes bound (a heap keeps the cheapest in front), and a filter or
    /// `not` waits on a count of its unbound variables rather than being checked at every step.
    func plan(_ clauses: [BoundClause], bound initial: Set<Int>, rows: Double) -> [PlanStep] {
        if clauses.count == 1, initial.isEmpty, rows.isFinite, let only = alone(clauses[0], rows: rows) {
            return [only]
        }
        var state = PlanState(planner: self, clauses: clauses, bound: initial, rows: rows)
        return state.run()
    }

    /// The plan of one positive clause with nothing bound before it: there is no order to
    /// choose, and the step is the one `PlanState` gives it (its rows: the rows so far, at
    /// least one, times its cost alone), without the state's tables. A statement of one
    /// pattern (a point lookup) spent more on that bookkeeping than on its answer.
    private func alone(_ c: BoundClause, rows: Double) -> PlanStep? {
        let cost: Double
        switch c {
        case .pattern(let p): cost = standalone(p)
        case .call(let call): cost = Double(ruleSize(call.name))
        case .filter, .not, .optional: return nil
        }
        return PlanStep(clause: c, estimate: max(max(1, rows) * cost, 0))
    }

    /// Rows after joining `c` to `rows` rows binding `bound`.
    func estimate(_ c: BoundClause, bound: Set<Int>, rows: Double) -> Double {
        switch c {
        case .pattern(let p):
            let connected = !Set(p.variables).isDisjoint(with: bound)
            return connected ? rows * perRow(p, bound: bound) : rows * standalone(p)
        case .call(let call):
            let size = Double(ruleSize(call.name))
            let connected = !Set(call.variables).isDisjoint(with: bound)
            return connected ? rows * max(1, size / 100) : rows * size
        default:
            return rows
        }
    }

    /// Facts a pattern matches from its constants alone (exact where the index gives it).
    ///
    /// The first 16 combinations of the positions' constants, subject first, are counted. The
    /// positions are read in place (`Slot.constant(at:)`), not as arrays of optionals: those
    /// cost a typed point lookup three arrays made and cast (about 900 instructions of 31,000).
    func standalone(_ p: BoundPattern) -> Double {
        let sn = p.s.constantCount, pn = p.p.constantCount, on = p.o.constantCount
        var total = 0
        var combos = 0
        combining: for si in 0..<sn {
            for pi in 0..<pn {
                for oi in 0..<on {
                    combos += 1
                    if combos > 16 { break combining }
                    total += store.estimate(
                        subject: p.s.constant(at: si), predicate: p.p.constant(at: pi), object: p.o.constant(at: oi))
                }
            }
        }
        var est = Double(total)
        if p.qualifiers.contains(where: {
            if case .constant = $0.value { return true }
            return false
        }) {
            est *= 0.5
        }
        return est
    }

    /// Expected facts for one left row when the bound variables are known.
    func perRow(_ p: BoundPattern, bound: Set<Int>) -> Double {
        func isBound(_ s: Slot) -> Bool {
            if case .variable(let v) = s { return bound.contains(v) }
            return false
        }
        let sBound = isBound(p.s), oBound = isBound(p.o)
        if !sBound && !oBound && !isBound(p.p) { return standalone(p) }
        if case .constant(let ps) = p.p {
            var est = 0.0
            for pr in ps {
                let st = store.statistics(predicate: pr)
                guard st.facts > 0 else { continue }
                let facts = Double(st.facts)
                var e: Double
                if sBound {
                    e = facts / Double(max(1, st.subjects))
                    if oBound {
                        e /= Double(max(1, st.objects))
                    } else if case .constant(let os) = p.o {
                        e *=
                            Double(os.reduce(0) { $0 + store.estimate(subject: nil, predicate: pr, object: $1) })
                            / facts
                    }
                } else if oBound {
                    e = facts / Double(max(1, st.objects))
                    if case .constant(let ss) = p.s {
                        e = min(
                            e, Double(ss.reduce(0) { $0 + store.estimate(subject: $1, predicate: nil, object: nil) }))
                    }
                } else {
                    e = Double(
                        store.estimate(
                            subject: p.s.constants.first ?? nil, predicate: pr, object: p.o.constants.first ?? nil))
                }
                est += e
            }
            return est
        }
        if sBound { return oBound ? 1 : Planner.factsPerSubject }
        return oBound ? 2 : standalone(p)
    }
}

extension Slot {
    /// The constants to try at this position (nil: unbound).
    var constants: [TermID?] {
        if case .constant(let ids) = self { return ids }
        return [nil]
    }

    /// How many entries `constants` has: the constants, or 1 (the unbound position).
    var constantCount: Int {
        if case .constant(let ids) = self { return ids.count }
        return 1
    }

    /// `constants[i]`, without making the array.
    @inline(__always) func constant(at i: Int) -> TermID? {
        if case .constant(let ids) = self { return ids[i] }
        return nil
    }
}
