import NewsFacts
import XCTest

@testable import Query

/// A point lookup (one pattern, a constant subject) is read straight from the subject index;
/// its answer must be exactly the general join's — the same query with a filter that keeps
/// every row goes the general way.
final class PointLookupTests: XCTestCase {
    private func output(_ session: QuerySession, _ q: String) -> String {
        QueryFixture.run(session, q).text
    }

    private func assertSameAsGeneralPath(
        _ lookup: String, _ general: String, sources: Bool,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        s.options.showSources = sources
        let fast = output(s, lookup)
        XCTAssertGreaterThan(fast.split(separator: "\n").count, 1, "the lookup finds rows", file: file, line: line)
        XCTAssertEqual(fast, output(s, general), file: file, line: line)
        XCTAssertEqual(output(s, lookup), fast, "a cached rerun gives the same", file: file, line: line)
    }

    func testEveryFactOfASubjectMatchesTheGeneralJoin() throws {
        try assertSameAsGeneralPath(
            #"find ?p, ?o where "Toshimitsu Motegi" ?p ?o"#,
            #"find ?p, ?o where "Toshimitsu Motegi" ?p ?o, ?o != "no such value""#, sources: false)
    }

    func testSourcesNameTheSameArticlesAndSentences() throws {
        try assertSameAsGeneralPath(
            #"find ?p, ?o where "Toshimitsu Motegi" ?p ?o"#,
            #"find ?p, ?o where "Toshimitsu Motegi" ?p ?o, ?o != "no such value""#, sources: true)
    }

    func testAConstantPredicateAndALimitKeepTheirMeaning() throws {
        try assertSameAsGeneralPath(
            #"find ?o where "Toshimitsu Motegi" alias ?o limit 1"#,
            #"find ?o where "Toshimitsu Motegi" alias ?o, ?o != "no such value" limit 1"#, sources: false)
        try assertSameAsGeneralPath(
            #"find ?p where "Toshimitsu Motegi" ?p "Motegi""#,
            #"find ?p where "Toshimitsu Motegi" ?p "Motegi", ?p != "no such value""#, sources: true)
    }
}
