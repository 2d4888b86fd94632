import NewsFacts
import XCTest

@testable import Query

/// Statements that are not kept run on one evaluator the session keeps (`spareEvaluator`):
/// each must answer as on a new evaluator, see the rules defined since, and leave no rule's
/// rows held between statements.
final class SpareEvaluatorTests: XCTestCase {
    private func chain() -> FactStore {
        let store = FactStore()
        for (a, b) in [("A", "B"), ("B", "C"), ("C", "D")] {
            store.assert(subject: .entity(a), predicate: "next", object: .entity(b))
        }
        store.assert(subject: .entity("D"), predicate: "jump", object: .entity("E"))
        return store
    }

    private func typed(_ store: FactStore) -> QuerySession {
        let s = QuerySession(store: store)
        s.options.format = .tsv
        s.keepsStatements = false
        return s
    }

    func testATypedStatementSeesAClauseAddedToItsRuleSince() {
        let s = typed(chain())
        _ = QueryFixture.run(s, "rule step(?a, ?b) :- ?a next ?b.")
        let query = "find ?x where step(C, ?x) order by ?x"
        XCTAssertEqual(QueryFixture.run(s, query).text, "x\nD\n")
        _ = QueryFixture.run(s, "rule step(?a, ?b) :- ?a jump ?b.")
        XCTAssertEqual(QueryFixture.run(s, "find ?x where step(D, ?x) order by ?x").text, "x\nE\n")
        XCTAssertEqual(QueryFixture.run(s, query).text, "x\nD\n")
    }

    func testARuleThatDoesNotResolveLeavesTypedStatementsTheirAnswers() {
        let s = typed(chain())
        _ = QueryFixture.run(s, "rule step(?a, ?b) :- ?a next ?b.")
        let query = "find ?x where step(A, ?x)"
        XCTAssertEqual(QueryFixture.run(s, query).text, "x\nB\n")
        XCTAssertEqual(QueryFixture.run(s, "rule step(?a, ?b) :- ?a nosuch ?b.").failed, 1)
        XCTAssertEqual(QueryFixture.run(s, query).text, "x\nB\n")
        XCTAssertEqual(QueryFixture.run(s, "find ?a, ?b where ?a jump ?b").text, "a\tb\nD\tE\n")
    }

    func testTypedStatementsOnTheSpareEvaluatorAnswerAsAFreshSessionDoes() {
        let store = chain()
        let rules = """
            rule reach(?a, ?b) :- ?a next ?b.
            rule reach(?a, ?c) :- reach(?a, ?b), ?b next ?c.
            """
        let queries = [
            "find ?x where reach(A, ?x) order by ?x",
            "find ?a, count(?b) where reach(?a, ?b) group by ?a order by ?a",
            "find ?p, ?o where B ?p ?o",
            "find ?x where reach(A, ?x), not ?x next _ order by ?x",
            "find ?x where reach(B, ?x) order by ?x limit 1",
        ]
        let kept = typed(store)
        _ = QueryFixture.run(kept, rules)
        for q in queries + queries.reversed() {
            let fresh = typed(store)
            _ = QueryFixture.run(fresh, rules)
            XCTAssertEqual(QueryFixture.run(kept, q).text, QueryFixture.run(fresh, q).text, q)
        }
    }

    func testNoRuleRowsAreHeldBetweenTypedStatements() throws {
        let s = typed(chain())
        _ = QueryFixture.run(s, "rule reach(?a, ?b) :- ?a next ?b.\nrule reach(?a, ?c) :- reach(?a, ?b), ?b next ?c.")
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where reach(?a, ?b)").text, "count(*)\n6\n")
        let spare = try XCTUnwrap(s.spare, "the statement ran on the session's spare evaluator")
        XCTAssertTrue(spare.ruleRelations.isEmpty)
        XCTAssertTrue(spare.callSides.isEmpty)
        XCTAssertEqual(spare.definitionsEvaluated, 0, "a statement's count starts again on the next")
    }

    func testAFailedTypedStatementLeavesTheNextOneItsAnswer() {
        let s = typed(chain())
        s.isCancelled = { true }
        XCTAssertEqual(QueryFixture.run(s, "find ?a, ?b where ?a next ?b").failed, 1)
        s.isCancelled = { false }
        XCTAssertEqual(QueryFixture.run(s, "find ?a, ?b where ?a next ?b order by ?a").text, "a\tb\nA\tB\nB\tC\nC\tD\n")
    }
}
