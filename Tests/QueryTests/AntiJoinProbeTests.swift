import NewsFacts
import XCTest

@testable import Query

/// `not` over a pattern with a constant predicate that shares one variable with the rows, whose
/// facts are too many to read into an id set, looks each distinct value up in the index
/// (`Evaluator.antiJoinByProbes`), and keeps the rows a naive check over the facts keeps.
final class AntiJoinProbeTests: XCTestCase {
    func testNotByIndexLookUpsKeepsTheRowsANaiveCheckKeeps() {
        var random = SeededRandom(state: 41)
        for round in 0..<4 {
            let store = FactStore()
            var met: Set<[String]> = []
            // Far more `met` facts than titled rows: the id set (`antiJoinByIDSet`) declines.
            for _ in 0..<(2_000 + round * 500) {
                let f = ["e\(random.next(600))", "e\(random.next(600))"]
                store.assert(subject: .entity(f[0]), predicate: "met", object: .entity(f[1]))
                met.insert(f)
            }
            var titled: [(String, String)] = []
            for i in 0..<(20 + round * 5) {
                let x = "e\(random.next(700))", t = "t\(i % 4)"
                store.assert(subject: .entity(x), predicate: "title", object: .entity(t))
                titled.append((x, t))
            }
            let session = QuerySession(store: store)
            session.options.format = .tsv
            func rows(_ q: String) -> [String] {
                QueryFixture.run(session, q).text.split(separator: "\n").dropFirst().map(String.init).sorted()
            }
            func expected(_ keep: (String) -> Bool) -> [String] {
                Array(Set(titled.filter { keep($0.0) }.map { "\($0.0)\t\($0.1)" })).sorted()
            }
            let objects = Set(met.map { $0[1] }), subjects = Set(met.map { $0[0] })
            XCTAssertEqual(
                rows("find ?x, ?t where ?x title ?t, not ?e met ?x"), expected { !objects.contains($0) },
                "round \(round)")
            XCTAssertEqual(
                rows("find ?x, ?t where ?x title ?t, not ?x met ?y"), expected { !subjects.contains($0) },
                "round \(round)")
            XCTAssertEqual(
                rows("find ?x, ?t where ?x title ?t, not ?x met e7"), expected { !met.contains([$0, "e7"]) },
                "round \(round)")
            let plan = QueryFixture.run(session, "explain find ?x where ?x title ?t, not ?e met ?x").text
            XCTAssertTrue(plan.contains("an index look-up a distinct value"), plan)
        }
    }
}
