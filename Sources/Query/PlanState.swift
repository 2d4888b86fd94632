import NewsFacts

/// The bookkeeping of one `Planner.plan` call: which variables are bound, what each waiting
/// clause needs, and the positive clauses ordered by cost.
///
/// The order is the greedy one `Planner` documents: the positive clause with the fewest
/// estimated rows given what is bound, among those sharing a variable with it when there are
/// any (ties: the one written first); filters as soon as their variables are bound, `not` as
/// soon as the variables it shares with the positive clauses are, `optional` groups last.
/// What makes it near-linear: a clause's estimate changes only when one of its own variables
/// becomes bound, so it is worked out again then and pushed on a heap (older entries are
/// skipped when they surface); a filter or `not` keeps a count of the variables it still waits
/// for, counted down as they are bound.
struct PlanState {
    private let planner: Planner
    private var bound: Set<Int>
    private var rowsSoFar: Double
    private var steps: [PlanStep] = []

    private var positive: [BoundClause] = []
    private var filters: [BoundFilter] = []
    private var nots: [BoundClause] = []
    private var optionals: [BoundClause] = []

    /// Per positive clause: placed yet, shares a bound variable, the version of its newest
    /// heap entry.
    private var placed: [Bool] = []
    private var connected: [Bool] = []
    private var version: [Int] = []
    private var placedCount = 0
    /// Positive clauses by variable, and filters and `not`s waiting on each variable.
    private var positiveByVariable: [Int: [Int]] = [:]
    private var waiters: [Int: [Waiter]] = [:]
    private var filterWaits: [Int] = []
    private var notWaits: [Int] = []
    private var readyFilters: [Int] = []
    private var readyNots: [Int] = []
    private var filterDone: [Bool] = []
    private var notDone: [Bool] = []

    /// Connected clauses by their cost a left row, and every clause by its cost alone.
    private var connectedHeap = Heap()
    private var standaloneHeap = Heap()
    /// Connected clauses by position only (see `pick`), and the first clause maybe unplaced.
    private var connectedInOrder = Heap()
    private var firstUnplaced = 0
    /// How many clause costs were worked out (for tests of the planner's own cost).
    private(set) var costsComputed = 0

    private enum Waiter { case filter(Int), not(Int) }

    init(planner: Planner, clauses: [BoundClause], bound: Set<Int>, rows: Double) {
        self.planner = planner
        self.bound = bound
        rowsSoFar = max(1, rows)
        for c in clauses {
            switch c {
            case .pattern, .call: positive.append(c)
            case .filter(let f): filters.append(f)
            case .not: nots.append(c)
            case .optional: optionals.append(c)
            }
        }
        steps.reserveCapacity(clauses.count)
        placed = [Bool](repeating: false, count: positive.count)
        connected = placed
        version = [Int](repeating: 0, count: positive.count)
        var positiveVars = bound
        for (i, c) in positive.enumerated() {
            // Each variable once (a pattern lists each once; a rule call may name one twice,
            // `r(?a, ?a)`); a pattern or a rule call binds every variable it has.
            let vars: [Int]
            if case .call = c { vars = Array(Set(c.variables)) } else { vars = c.variables }
            for v in vars { positiveByVariable[v, default: []].append(i) }
            positiveVars.formUnion(vars)
            standaloneHeap.push(Heap.Entry(cost: standaloneCost(c), index: i, version: 0))
            costsComputed += 1
        }
        for c in optionals { positiveVars.formUnion(c.binds) }
        filterDone = [Bool](repeating: false, count: filters.count)
        for (i, f) in filters.enumerated() {
            let waiting = Set(f.variables).subtracting(bound)
            filterWaits.append(waiting.count)
            for v in waiting { waiters[v, default: []].append(.filter(i)) }
            if waiting.isEmpty { readyFilters.append(i) }
        }
        notDone = [Bool](repeating: false, count: nots.count)
        for (i, n) in nots.enumerated() {
            let waiting = Set(n.variables).intersection(positiveVars).subtracting(bound)
            notWaits.append(waiting.count)
            for v in waiting { waiters[v, default: []].append(.not(i)) }
            if waiting.isEmpty { readyNots.append(i) }
        }
        for v in bound { for i in positiveByVariable[v] ?? [] { connect(i) } }
    }

    mutating func run() -> [PlanStep] {
        placeReady()
        while placedCount < positive.count {
            let (i, cost) = pick()
            placed[i] = true
            placedCount += 1
            rowsSoFar = max(cost, 0)
            steps.append(PlanStep(clause: positive[i], estimate: rowsSoFar))
            bind(positive[i].binds)
            placeReady()
        }
        for o in optionals {
            steps.append(PlanStep(clause: o, estimate: rowsSoFar))
            bind(o.binds)
            placeReady()
        }
        for (i, f) in filters.enumerated() where !filterDone[i] {
            steps.append(PlanStep(clause: .filter(f), estimate: rowsSoFar))
        }
        for (i, n) in nots.enumerated() where !notDone[i] { steps.append(PlanStep(clause: n, estimate: rowsSoFar)) }
        return steps
    }

    /// The next positive clause and the rows expected after it. Among connected clauses when
    /// any is (and something is bound), else among all left.
    ///
    /// Costs compare as `rows × cost a row`: while the rows so far are 0 or infinite every
    /// product is equal, and the clause written first wins, as a plain scan would pick it.
    private mutating func pick() -> (Int, Double) {
        let useConnected = !bound.isEmpty && hasConnected()
        if rowsSoFar == 0 || rowsSoFar.isInfinite {
            let i: Int
            if useConnected {
                i = connectedInOrder.peek!.index
            } else {
                while placed[firstUnplaced] { firstUnplaced += 1 }
                i = firstUnplaced
            }
            // As the scan computes it: the product of rows and the cost, or infinity when it
            // is not a number (0 × ∞).
            costsComputed += 1
            let product = rowsSoFar * costNow(i)
            return (i, rowsSoFar.isInfinite || product.isNaN ? .infinity : product)
        }
        if useConnected {
            let e = connectedHeap.peek!
            return (e.index, rowsSoFar * e.cost)
        }
        while let e = standaloneHeap.peek, placed[e.index] { standaloneHeap.pop() }
        let e = standaloneHeap.peek!
        return (e.index, rowsSoFar * e.cost)
    }

    /// Drops placed and outdated entries from the front of the connected heaps; true when a
    /// connected clause is left.
    private mutating func hasConnected() -> Bool {
        while let e = connectedHeap.peek, placed[e.index] || e.version != version[e.index] { connectedHeap.pop() }
        while let e = connectedInOrder.peek, placed[e.index] { connectedInOrder.pop() }
        return connectedHeap.peek != nil
    }

    /// The clause's cost for one left row as things are bound now (connected) or alone.
    private func costNow(_ i: Int) -> Double {
        connected[i] ? connectedCost(positive[i]) : standaloneCost(positive[i])
    }

    private func connectedCost(_ c: BoundClause) -> Double {
        switch c {
        case .pattern(let p): return planner.perRow(p, bound: bound)
        case .call(let call): return max(1, Double(planner.ruleSize(call.name)) / 100)
        default: return 1
        }
    }

    private func standaloneCost(_ c: BoundClause) -> Double {
        switch c {
        case .pattern(let p):
            // A filter on the pattern's object alone runs right after it (with the scan, see
            // `Evaluator.filteredScan`): the pattern costs the facts that pass.
            var share = 1.0
            if let selectivity = planner.objectSelectivity, let o = p.o.variable {
                for f in filters where Set(f.variables) == [o] {
                    if let s = selectivity(p, f) { share = min(share, s) }
                }
            }
            return planner.standalone(p) * share
        case .call(let call): return Double(planner.ruleSize(call.name))
        default: return 1
        }
    }

    /// Marks positive clause `i` as sharing a bound variable and (re)computes its cost.
    private mutating func connect(_ i: Int) {
        guard !placed[i] else { return }
        if !connected[i] {
            connected[i] = true
            connectedInOrder.push(Heap.Entry(cost: Double(i), index: i, version: 0))
        }
        version[i] += 1
        costsComputed += 1
        connectedHeap.push(Heap.Entry(cost: connectedCost(positive[i]), index: i, version: version[i]))
    }

    private mutating func bind(_ vars: [Int]) {
        var fresh: [Int] = []
        for v in vars where bound.insert(v).inserted { fresh.append(v) }
        // Every fresh variable first, so each cost below sees all of them bound.
        var touched: [Int] = []
        var seen = Set<Int>()
        for v in fresh {
            for i in positiveByVariable[v] ?? [] where !placed[i] && seen.insert(i).inserted { touched.append(i) }
            for w in waiters[v] ?? [] {
                switch w {
                case .filter(let i):
                    filterWaits[i] -= 1
                    if filterWaits[i] == 0 { readyFilters.append(i) }
                case .not(let i):
                    notWaits[i] -= 1
                    if notWaits[i] == 0 { readyNots.append(i) }
                }
            }
        }
        for i in touched { connect(i) }
    }

    /// Places the filters, then the `not`s, that have every variable they wait for, in the
    /// order written.
    private mutating func placeReady() {
        if !readyFilters.isEmpty {
            readyFilters.sort()
            for i in readyFilters {
                filterDone[i] = true
                rowsSoFar = max(1, rowsSoFar * 0.5)
                steps.append(PlanStep(clause: .filter(filters[i]), estimate: rowsSoFar))
            }
            readyFilters.removeAll()
        }
        if !readyNots.isEmpty {
            readyNots.sort()
            for i in readyNots {
                notDone[i] = true
                steps.append(PlanStep(clause: nots[i], estimate: rowsSoFar))
            }
            readyNots.removeAll()
        }
    }
}

/// A binary min-heap of plan candidates by (cost, index).
private struct Heap {
    struct Entry {
        var cost: Double
        var index: Int
        var version: Int
        func before(_ o: Entry) -> Bool { cost != o.cost ? cost < o.cost : index < o.index }
    }
    private var items: [Entry] = []

    var peek: Entry? { items.first }

    mutating func push(_ e: Entry) {
        items.append(e)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i].before(items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() {
        guard !items.isEmpty else { return }
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count && items[l].before(items[m]) { m = l }
            if r < items.count && items[r].before(items[m]) { m = r }
            if m == i { return }
            items.swapAt(i, m)
            i = m
        }
    }
}
