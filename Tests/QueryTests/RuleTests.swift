import NewsFacts
import XCTest

@testable import Query

/// Rules are derived by the components of their call graph, callees first: a rule that does
/// not call itself is evaluated once, so long chains cost time linear in their length.
final class RuleTests: XCTestCase {
    /// An evaluator over `store` with the rules of `text` (one `rule …` a line) resolved.
    private func evaluator(_ store: FactStore, rules text: String) throws -> Evaluator {
        let values = Values(store: store)
        var definitions: [String: [RuleDefinition]] = [:]
        var bound: [String: [BoundRule]] = [:]
        for line in text.split(separator: "\n") {
            let source = SourceText(name: "rules", text: String(line))
            var parser = Parser(source: source)
            guard case .statement(let parsed)? = parser.parseScript().first, case .rule(let d) = parsed.statement else {
                XCTFail("not a rule: \(line)")
                continue
            }
            definitions[d.name, default: []].append(d)
            var r = Resolver(
                store: store, values: values, source: source, rules: definitions, wantFacts: false,
                literalCache: LiteralPredicateCache())
            bound[d.name, default: []].append(try XCTUnwrap(r.resolve(rule: d), "\(r.diagnostics)"))
        }
        return Evaluator(store: store, values: values, rules: bound, isCancelled: { false })
    }

    func testAChainOfRulesEvaluatesEachDefinitionOnce() throws {
        let store = try QueryFixture.sampleStore()
        let n = 3_000
        var text = "rule r0(?x) :- ?x type person.\n"
        for i in 1..<n { text += "rule r\(i)(?x) :- r\(i - 1)(?x).\n" }
        let ev = try evaluator(store, rules: text)
        let persons = try ev.ruleRelation("r0").count
        XCTAssertGreaterThan(persons, 0)
        XCTAssertEqual(try ev.ruleRelation("r\(n - 1)").count, persons)
        // The whole chain was one fixpoint before: about n rounds over n rules.
        XCTAssertEqual(ev.definitionsEvaluated, n)
    }

    func testMutuallyRecursiveRulesReachTheirFixpoint() throws {
        let store = FactStore()
        for (a, b) in [("A", "B"), ("B", "C"), ("C", "D"), ("D", "E")] {
            store.assert(subject: .entity(a), predicate: "next", object: .entity(b))
        }
        let s = QuerySession(store: store)
        let text = QueryFixture.run(
            s,
            """
            rule odd(?a, ?b) :- ?a next ?b.
            rule even(?a, ?c) :- odd(?a, ?b), ?b next ?c.
            rule odd(?a, ?c) :- even(?a, ?b), ?b next ?c.
            rule far(?a, ?b) :- odd(?a, ?b).
            rule far(?a, ?b) :- even(?a, ?b).
            find ?x where far(A, ?x) order by ?x
            find ?x where odd(A, ?x) order by ?x
            """
        ).text
        XCTAssertTrue(text.hasSuffix("x\nB\nC\nD\nE\n4 rows\nx\nB\nD\n2 rows\n"), text)
    }

    func testARuleThatDependsOnItsOwnNegationIsAnError() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        _ = QueryFixture.run(s, "rule p(?x) :- ?x type person.")
        _ = QueryFixture.run(s, "rule q(?x) :- ?x type person, not p(?x).")
        _ = QueryFixture.run(s, "rule p(?x) :- q(?x).")
        let (text, failed) = QueryFixture.run(s, "find ?x where q(?x)")
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(text.contains("error: rule 'q' negates 'p', which depends on it (not stratifiable)"), text)
        _ = QueryFixture.run(s, "rule own(?x) :- ?x type person, not own(?x).")
        let own = QueryFixture.run(s, "find ?x where own(?x)").text
        XCTAssertTrue(own.contains("error: rule 'own' depends on its own negation (not stratifiable)"), own)
    }

    func testARepeatedStatementCallingARuleGivesTheSameAnswer() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        _ = QueryFixture.run(s, "rule titled(?x) :- ?x type person, ?x title ?t.")
        let query = "find count(*) where titled(?x), ?c type country"
        let first = QueryFixture.run(s, query).text
        // The second run is the cached statement: it must keep the statement's own plan,
        // not the plan of the rule's body derived while it ran.
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
    }

    /// The recursive definition joins `edge` again every round; its rows and index are kept
    /// from the round before (`CallSide`), and the closure is still the naive one.
    func testAClosureOverARuleCalledEveryRoundIsTheNaiveClosure() throws {
        var random = SeededRandom(state: 7)
        let store = FactStore()
        var edges: [Int: Set<Int>] = [:]
        for _ in 0..<300 {
            let a = random.next(120), b = random.next(120)
            store.assert(subject: .entity("n\(a)"), predicate: "next", object: .entity("n\(b)"))
            edges[a, default: []].insert(b)
        }
        var naive = 0
        for start in 0..<120 {
            var seen = Set<Int>(), stack = Array(edges[start] ?? [])
            while let x = stack.popLast() {
                if seen.insert(x).inserted { stack += Array(edges[x] ?? []) }
            }
            naive += seen.count
        }
        let s = QuerySession(store: store)
        s.options.format = .tsv
        _ = QueryFixture.run(
            s,
            """
            rule edge(?a, ?b) :- ?a next ?b.
            rule reach(?a, ?b) :- edge(?a, ?b).
            rule reach(?a, ?c) :- reach(?a, ?b), edge(?b, ?c).
            """)
        for _ in 0..<2 {
            XCTAssertEqual(QueryFixture.run(s, "find count(*) where reach(?a, ?b)").text, "count(*)\n\(naive)\n")
        }
    }
    /// A call whose arguments are variables of their own reads the rule's rows as they are
    /// (they are distinct already); a repeated variable, a constant or `_` picks some of them
    /// and drops the repeats the picking makes.
    func testACallOfItsOwnVariablesGivesTheRuleRowsAndOtherCallsPickDistinctRows() throws {
        let store = FactStore()
        for (a, b) in [("A", "B"), ("B", "C"), ("C", "A"), ("D", "B")] {
            store.assert(subject: .entity(a), predicate: "next", object: .entity(b))
        }
        let s = QuerySession(store: store)
        s.options.format = .tsv
        _ = QueryFixture.run(
            s,
            """
            rule reach(?a, ?b) :- ?a next ?b.
            rule reach(?a, ?c) :- reach(?a, ?b), ?b next ?c.
            """)
        // A, B and C reach all three; D reaches them too.
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where reach(?a, ?b)").text, "count(*)\n12\n")
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where reach(?b, ?a)").text, "count(*)\n12\n")
        XCTAssertEqual(QueryFixture.run(s, "find ?a where reach(?a, ?a) order by ?a").text, "a\nA\nB\nC\n")
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where reach(?a, _)").text, "count(*)\n4\n")
        XCTAssertEqual(QueryFixture.run(s, "find ?x where reach(D, ?x) order by ?x").text, "x\nA\nB\nC\n")
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where reach(?a, B)").text, "count(*)\n4\n")
    }
}
