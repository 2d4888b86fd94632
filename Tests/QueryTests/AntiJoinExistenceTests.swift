import NewsFacts
import XCTest

@testable import Query

/// `not` asks only whether a fact matches: a variable its lone pattern names once, and the rows
/// do not hold, is read as `_` (`Evaluator.existenceOnly`), and the rows kept are those of a
/// naive check over the facts.
final class AntiJoinExistenceTests: XCTestCase {
    func testNotKeepsTheRowsANaiveCheckKeeps() {
        var random = SeededRandom(state: 29)
        for round in 0..<6 {
            let store = FactStore()
            var facts: [(s: String, p: String, o: String)] = []
            for _ in 0..<(60 + round * 40) {
                let f = ("e\(random.next(25))", ["title", "met", "said"][random.next(3)], "e\(random.next(25))")
                store.assert(subject: .entity(f.0), predicate: f.1, object: .entity(f.2))
                facts.append(f)
            }
            let unique = Set(facts.map { "\($0.s) \($0.p) \($0.o)" })
            let titled = unique.map { $0.split(separator: " ").map(String.init) }.filter { $0[1] == "title" }
            let objects = Set(facts.map(\.o))
            let subjects = Set(facts.map(\.s))
            let session = QuerySession(store: store)
            session.options.format = .tsv
            func rows(_ q: String) -> [String] {
                QueryFixture.run(session, q).text.split(separator: "\n").dropFirst().map(String.init).sorted()
            }
            // ?r is a variable, so no id set answers it: the general anti-join runs.
            XCTAssertEqual(
                rows("find ?x, ?t where ?x title ?t, not ?e ?r ?x"),
                titled.filter { !objects.contains($0[0]) }.map { "\($0[0])\t\($0[2])" }.sorted(), "round \(round)")
            XCTAssertEqual(
                rows("find ?x, ?t where ?x title ?t, not ?t ?r ?y"),
                titled.filter { !subjects.contains($0[2]) }.map { "\($0[0])\t\($0[2])" }.sorted(), "round \(round)")
        }
    }

    func testOnlyTheNotsOwnVariablesNamedOnceBecomeAny() throws {
        let store = FactStore()
        store.assert(subject: .entity("a"), predicate: "met", object: .entity("b"))
        let evaluator = Evaluator(store: store, values: Values(store: store), rules: [:], isCancelled: { false })
        let met = try XCTUnwrap(store.predicateID("met"))
        let left = Relation(columns: [0])
        func rewritten(_ s: Slot, _ o: Slot) -> (Slot, Slot) {
            let clause = evaluator.existenceOnly(
                .pattern(BoundPattern(s: s, p: .constant([met]), o: o, source: "")), left: left)
            guard case .pattern(let p) = clause else { return (s, o) }
            return (p.s, p.o)
        }
        // ?1 is the not's own and named once: `_`; ?0 is the rows'.
        let (s1, o1) = rewritten(.variable(1), .variable(0))
        XCTAssertNil(s1.variable)
        XCTAssertEqual(o1.variable, 0)
        // Named twice (?1 met ?1): it must equal itself, so it stays.
        let (s2, o2) = rewritten(.variable(1), .variable(1))
        XCTAssertEqual(s2.variable, 1)
        XCTAssertEqual(o2.variable, 1)
    }
}
