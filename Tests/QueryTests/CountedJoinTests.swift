import NewsFacts
import XCTest

@testable import Query

/// Counts over a join with a pattern whose subject is only counted (`countedJoin`: the pattern
/// read as its objects' fact counts, a weight a row) are those of the join of every fact: the
/// same query with the subject named in a filter that passes every row, which the general path
/// answers.
final class CountedJoinTests: XCTestCase {
    private func rows(_ session: QuerySession, _ query: String) -> [String] {
        session.options.format = .tsv
        let out = QueryFixture.run(session, query).text
        return out.split(separator: "\n").dropFirst().map(String.init).sorted()
    }

    func testWeightedCountsAreTheCountsOfTheWholeJoin() {
        var random = SeededRandom(state: 53)
        let queries = [
            ("find ?t, count(?e) where ?e met ?x, ?x title ?t group by ?t", "?e met ?x"),
            ("find ?t, count(*), count(?x) where ?e met ?x, ?x title ?t group by ?t", "?e met ?x"),
            ("find count(?e), count(?t) where ?e met ?x, optional ?x title ?t", "?e met ?x"),
            (
                "find ?t, count(?e) where ?e met ?x, ?x title ?t group by ?t order by count(?e) desc, ?t limit 3",
                "?e met ?x"
            ),
            ("find ?x, ?o, count(?e) where ?e said ?x, ?x member_of ?o group by ?x, ?o", "?e said ?x"),
        ]
        for round in 0..<4 {
            let store = QueryFixture.randomStore(&random, subjects: 12 + round * 6, facts: 300 + round * 300)
            let session = QuerySession(store: store)
            for (query, pattern) in queries {
                let general = query.replacingOccurrences(of: pattern, with: pattern + ", ?e != \"none\"")
                let counted = rows(session, query)
                XCTAssertFalse(counted.isEmpty, "round \(round): \(query)")
                XCTAssertEqual(counted, rows(session, general), "round \(round): \(query)")
            }
        }
    }

    func testExplainNamesTheCountedPatternAndLeavesOtherShapesAlone() {
        var random = SeededRandom(state: 59)
        let session = QuerySession(store: QueryFixture.randomStore(&random, subjects: 10, facts: 400))
        let counted = QueryFixture.run(session, "explain find ?t, count(?e) where ?e met ?x, ?x title ?t group by ?t")
        XCTAssertTrue(counted.text.contains("counted by object from index ranges"), counted.text)
        // The subject named elsewhere, or a distinct count: the join's rows are needed.
        for query in [
            "explain find ?t, count(?e) where ?e met ?x, ?x title ?t, ?e title _ group by ?t",
            "explain find ?t, count(distinct ?x) where ?e met ?x, ?x title ?t group by ?t",
        ] {
            let text = QueryFixture.run(session, query).text
            XCTAssertFalse(text.contains("counted by object"), text)
        }
    }
}
