import NewsFacts
import TestSupport
import XCTest

@testable import Query

/// The planner orders clauses greedily (Grammar.md, "Planning") in time near-linear in the
/// query's size. `referencePlan` is the plain reading of the rule — every remaining clause
/// costed again at every step — and the planner must give exactly its plans.
final class PlannerTests: XCTestCase {
    private static func benchStore() throws -> FactStore {
        let dir = TestPaths.temporaryDirectory("newsq-planner")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("facts.tsv").path
        try BenchmarkQueryTests.tsv(BenchmarkQueryTests.generate(persons: 200)).write(
            toFile: path, atomically: true,
            encoding: .utf8)
        let store = FactStore()
        try FactsFile.load(path: path, into: store)
        return store
    }

    /// The greedy rule as first written: quadratic, and the oracle for the planner.
    private func referencePlan(
        _ planner: Planner, _ clauses: [BoundClause], bound initial: Set<Int>,
        rows: Double
    ) -> [PlanStep] {
        var bound = initial
        var rowsSoFar = max(1, rows)
        var steps: [PlanStep] = []
        var positive: [BoundClause] = [], filters: [BoundFilter] = [], nots: [BoundClause] = [],
            optionals: [BoundClause] = []
        for c in clauses {
            switch c {
            case .pattern, .call: positive.append(c)
            case .filter(let f): filters.append(f)
            case .not: nots.append(c)
            case .optional: optionals.append(c)
            }
        }
        var positiveVars = initial
        for c in positive + optionals { positiveVars.formUnion(c.binds) }
        func placeReady() {
            filters.removeAll { f in
                guard Set(f.variables).isSubset(of: bound) else { return false }
                rowsSoFar = max(1, rowsSoFar * 0.5)
                steps.append(PlanStep(clause: .filter(f), estimate: rowsSoFar))
                return true
            }
            nots.removeAll { n in
                guard Set(n.variables).intersection(positiveVars).isSubset(of: bound) else { return false }
                steps.append(PlanStep(clause: n, estimate: rowsSoFar))
                return true
            }
        }
        placeReady()
        while !positive.isEmpty {
            let connected = positive.indices.filter { !Set(positive[$0].variables).isDisjoint(with: bound) }
            let pool = bound.isEmpty || connected.isEmpty ? Array(positive.indices) : connected
            var best = pool[0], bestRows = Double.infinity
            for i in pool {
                let r = planner.estimate(positive[i], bound: bound, rows: rowsSoFar)
                if r < bestRows {
                    bestRows = r
                    best = i
                }
            }
            let c = positive.remove(at: best)
            rowsSoFar = max(bestRows, 0)
            steps.append(PlanStep(clause: c, estimate: rowsSoFar))
            bound.formUnion(c.binds)
            placeReady()
        }
        for o in optionals {
            steps.append(PlanStep(clause: o, estimate: rowsSoFar))
            bound.formUnion(o.binds)
            placeReady()
        }
        for f in filters { steps.append(PlanStep(clause: .filter(f), estimate: rowsSoFar)) }
        for n in nots { steps.append(PlanStep(clause: n, estimate: rowsSoFar)) }
        return steps
    }

    private func bind(_ text: String, store: FactStore) -> BoundQuery? {
        let source = SourceText(name: "t", text: text)
        var parser = Parser(source: source)
        guard case .statement(let parsed)? = parser.parseScript().first,
            case .find(let q) = parsed.statement
        else { return nil }
        var r = Resolver(
            store: store, values: Values(store: store), source: source, rules: [:], wantFacts: false,
            literalCache: LiteralPredicateCache())
        return r.resolve(q)
    }

    func testThePlanIsTheOneTheGreedyScanGives() throws {
        let store = try Self.benchStore()
        let planner = Planner(store: store)
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let vars = ["?a", "?b", "?c", "?d", "?e"]
        let predicates = ["title", "country", "employer", "type", "date", "participant", "speaker", "name", "?p"]
        let objects = vars + ["minister", "country_03", "person/7", "2024-03-15", "_", "nobody-has-this"]
        func pattern() -> String {
            let s = next(5) == 0 ? "person/\(next(20))" : vars[next(vars.count)]
            return "\(s) \(predicates[next(predicates.count)]) \(objects[next(objects.count)])"
        }
        var compared = 0
        for _ in 0..<600 {
            var clauses: [String] = []
            for _ in 0..<(1 + next(7)) {
                switch next(10) {
                case 0: clauses.append("\(vars[next(vars.count)]) != \(vars[next(vars.count)])")
                case 1: clauses.append("not \(pattern())")
                case 2: clauses.append("optional (\(pattern()), \(pattern()))")
                default: clauses.append(pattern())
                }
            }
            guard let q = bind("find count(*) where " + clauses.joined(separator: ", "), store: store) else { continue }
            for rows in [1.0, 0, 1e300 * 1e300, 37] {
                let seed: Set<Int> = rows == 37 ? [0] : []
                let expected = referencePlan(planner, q.clauses, bound: seed, rows: rows)
                let actual = planner.plan(q.clauses, bound: seed, rows: rows)
                XCTAssertEqual(
                    actual.map(\.clause.source), expected.map(\.clause.source),
                    clauses.joined(separator: ", "))
                XCTAssertEqual(actual.map(\.estimate), expected.map(\.estimate), clauses.joined(separator: ", "))
            }
            compared += 1
        }
        XCTAssertGreaterThan(compared, 200)
    }

    func testPlanningCostsEachClauseAFewTimesNotOnceAStep() throws {
        let store = try QueryFixture.sampleStore()
        let n = 2_000
        let text = "find count(*) where " + (0..<n).map { "?p type ?t\($0)" }.joined(separator: ", ")
        let q = try XCTUnwrap(bind(text, store: store))
        var state = PlanState(planner: Planner(store: store), clauses: q.clauses, bound: [], rows: 1)
        let steps = state.run()
        XCTAssertEqual(steps.count, n)
        // Once alone, once when ?p is bound, and the pick of the first: the scan took ~n²/2.
        XCTAssertLessThanOrEqual(state.costsComputed, 3 * n)
    }
}
