import NewsFacts
import XCTest

@testable import Query

/// The resolver finds a statement's first variables by comparing names and keeps a table of
/// them only past `Resolver.scannedVariables`: a statement with more must still give each
/// name one number, whether it is met again before or after the table takes over.
final class ManyVariablesTests: XCTestCase {
    func testAStatementWithMoreVariablesThanTheScannedFewNumbersEachNameOnce() throws {
        let session = QuerySession(store: try QueryFixture.sampleStore())
        session.options.format = .tsv
        let count = Resolver.scannedVariables + 4
        // Every ?kN is the type person, so the rows are the people, once each.
        let clauses = (1...count).map { "?v type ?k\($0), ?k\($0) = \"person\"" }.joined(separator: ", ")
        let many = "find distinct ?v, ?k\(count), ?k2 where \(clauses), ?v type ?k2, ?v type ?k\(count)"
        let few =
            "find distinct ?v, ?k\(count), ?k2 where ?v type ?k\(count), ?k\(count) = \"person\", "
            + "?v type ?k2, ?k2 = \"person\""
        let answer = QueryFixture.run(session, many)
        XCTAssertEqual(answer.failed, 0, answer.text)
        XCTAssertGreaterThan(answer.text.split(separator: "\n").count, 2, "the people are found")
        XCTAssertEqual(answer.text, QueryFixture.run(session, few).text)
    }

    func testAVariableUsedOnlyOnceAmongManyIsStillUnbound() throws {
        let session = QuerySession(store: try QueryFixture.sampleStore())
        session.options.format = .tsv
        let clauses = (1...(Resolver.scannedVariables + 2)).map { "?v type ?k\($0)" }.joined(separator: ", ")
        let answer = QueryFixture.run(session, "find ?v, ?nowhere where \(clauses)")
        XCTAssertEqual(answer.failed, 1)
        XCTAssertTrue(answer.text.contains("variable ?nowhere is not bound by any pattern"), answer.text)
    }

    func testVariableSetsKeepNumbersPastTheFirstWordApart() {
        var set = VariableSet()
        set.formUnion([0, 63, 64, 130])
        for v in [0, 63, 64, 130] { XCTAssertTrue(set.contains(v), "\(v) was inserted") }
        for v in [1, 62, 65, 128, 129, 131, 500, -1] { XCTAssertFalse(set.contains(v), "\(v) was not inserted") }
    }
}
