import NewsFacts
import XCTest

@testable import Query

/// `keepsStatements` decides whether a one-statement text is answered from the plan kept at its
/// first run (as a prepared statement is) or parsed, resolved and planned again as typed.
final class KeptStatementTests: XCTestCase {
    private let query = #"find ?p, ?o where "Toshimitsu Motegi" ?p ?o"#

    func testARepeatedStatementIsAnsweredFromItsKeptPlan() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        let first = QueryFixture.run(s, query).text
        XCTAssertEqual(s.keptPlanRuns, 0)
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(s.keptPlanRuns, 1, "the repeat reuses the kept plan")
    }

    func testAStatementKeptBeforeIsPlannedAgainOnceKeepingIsOff() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        let first = QueryFixture.run(s, query).text
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(s.keptPlanRuns, 1)
        s.keepsStatements = false
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(s.keptPlanRuns, 1, "with keepsStatements off no run reads a kept plan")
    }

    func testNothingIsKeptWhileKeepingIsOff() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        s.keepsStatements = false
        let first = QueryFixture.run(s, query).text
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        s.keepsStatements = true
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(s.keptPlanRuns, 0, "the statement was not kept while keeping was off")
    }
}
