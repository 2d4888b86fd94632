import NewsFacts
import XCTest

@testable import Query

/// `limit` without ordering stops the last join early; the answer must be the first rows of
/// the unlimited one, and nothing the limit should not touch may be cut.
final class LimitTests: XCTestCase {
    private func rows(_ session: QuerySession, _ q: String) -> [String] {
        let out = QueryFixture.run(session, q).text.split(separator: "\n").map(String.init)
        return Array(out.dropFirst()) // the header
    }

    private func session() throws -> QuerySession {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        return s
    }

    func testLimitGivesTheFirstRowsOfTheUnlimitedAnswer() throws {
        let s = try session()
        let all = rows(s, "find ?s, ?p, ?o where ?s type person, ?s ?p ?o")
        XCTAssertGreaterThan(all.count, 5)
        XCTAssertEqual(rows(s, "find ?s, ?p, ?o where ?s type person, ?s ?p ?o limit 5"), Array(all.prefix(5)))
        XCTAssertEqual(rows(s, "find ?s, ?p, ?o where ?s type person, ?s ?p ?o limit 2 offset 3"), Array(all[3..<5]))
    }

    func testAFilterAfterTheLastPatternStillSeesEveryRow() throws {
        let s = try session()
        let all = rows(s, "find ?s, ?o where ?s type person, ?s ?p ?o, ?o contains \"minister\"")
        XCTAssertFalse(all.isEmpty)
        XCTAssertEqual(
            rows(s, "find ?s, ?o where ?s type person, ?s ?p ?o, ?o contains \"minister\" limit 1"), [all[0]])
    }

    func testRulesAreDerivedWholeUnderALimit() throws {
        let s = try session()
        _ = QueryFixture.run(s, "rule knows(?a, ?b) :- ?e participant ?a, ?e participant ?b, ?a != ?b.")
        let all = rows(s, "find ?a, ?b where knows(?a, ?b)")
        XCTAssertGreaterThan(all.count, 1)
        XCTAssertEqual(rows(s, "find ?a, ?b where knows(?a, ?b) limit 1"), [all[0]])
        XCTAssertEqual(rows(s, "find ?a, ?b where knows(?a, ?b)"), all, "a limited query leaves the rule whole")
    }

    func testOrderedAndDistinctQueriesStillSeeEveryRowBeforeTheLimit() throws {
        let s = try session()
        let ordered = rows(s, "find ?p where ?p type person order by ?p desc")
        XCTAssertEqual(rows(s, "find ?p where ?p type person order by ?p desc limit 1"), [ordered[0]])
        let distinct = rows(s, "find distinct ?k where ?e kind ?k")
        XCTAssertEqual(rows(s, "find distinct ?k where ?e kind ?k limit 10"), Array(distinct.prefix(10)))
    }
}
