import NewsFacts
import XCTest

@testable import Query

/// Counts over one pattern answered from the (predicate, object) index (`countFromIndex`) give
/// the answers of the general path (the same query with a filter that passes every row, which
/// the index count does not take), and the naive counts over the facts.
final class IndexCountTests: XCTestCase {
    private func rows(_ session: QuerySession, _ query: String) -> [String] {
        session.options.format = .tsv
        let out = QueryFixture.run(session, query).text
        return out.split(separator: "\n").dropFirst().map(String.init).sorted()
    }

    func testCountsWithoutGroupAreThoseOfTheGeneralPathAndTheFacts() {
        var random = SeededRandom(state: 41)
        for round in 0..<5 {
            let store = QueryFixture.randomStore(&random, subjects: 20 + round * 15, facts: 80 + round * 200)
            let session = QuerySession(store: store)
            for p in ["title", "met", "said"] {
                var triples = Set<String>(), subjects = Set<String>(), objects = Set<String>()
                for f in 0..<store.factCount where store.text(store.predicates[f]) == p {
                    let s = store.text(store.subjects[f]), o = store.text(store.objects[f])
                    triples.insert(s + "\t" + o)
                    subjects.insert(s)
                    objects.insert(o)
                }
                let naive = ["\(triples.count)\t\(objects.count)\t\(subjects.count)\t\(triples.count)"]
                let outputs = "count(*), count(distinct ?o), count(distinct ?s), count(?s)"
                let fromIndex = rows(session, "find \(outputs) where ?s \(p) ?o")
                let general = rows(session, "find \(outputs) where ?s \(p) ?o, ?o != \"no such value\"")
                XCTAssertEqual(fromIndex, naive, "round \(round), \(p)")
                XCTAssertEqual(fromIndex, general, "round \(round), \(p)")
            }
        }
    }

    func testGroupedDistinctObjectCountsAreOneAGroup() {
        var random = SeededRandom(state: 43)
        let store = QueryFixture.randomStore(&random, subjects: 40, facts: 400)
        let session = QuerySession(store: store)
        let query = "find ?o, count(distinct ?o), count(?s) where ?s met ?o group by ?o"
        let fromIndex = rows(session, query)
        XCTAssertFalse(fromIndex.isEmpty)
        XCTAssertEqual(
            fromIndex, rows(session, query.replacingOccurrences(of: " group", with: ", ?o != \"x\" group")))
    }

    func testExplainSaysTheCountCameFromTheIndex() {
        var random = SeededRandom(state: 47)
        let session = QuerySession(store: QueryFixture.randomStore(&random, subjects: 10, facts: 50))
        let text = QueryFixture.run(session, "explain find count(distinct ?o) where ?s title ?o").text
        XCTAssertTrue(text.contains("counted from the index's statistics"), text)
        // `count(distinct ?s)` by the object needs each run's subjects: the general path.
        let grouped = QueryFixture.run(session, "explain find ?o, count(distinct ?s) where ?s title ?o group by ?o")
        XCTAssertFalse(grouped.text.contains("counted from"), grouped.text)
    }
}
