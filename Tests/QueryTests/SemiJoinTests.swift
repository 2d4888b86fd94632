import NewsFacts
import XCTest

@testable import Query

/// A pattern that adds no column to the rows it joins (`?e type summit` once `?e` is bound) is
/// answered from an id set read from the index (`Evaluator.semiJoinByIDSet`) when the rows are
/// many, and gives the rows a naive join over the facts gives.
final class SemiJoinTests: XCTestCase {
    /// Events with a type and participants with titles; `expected` is the naive join.
    private struct Events {
        var types: [String: String] = [:]
        var participants: [(event: String, person: String)] = []
        var titles: [String: String] = [:]
    }

    private func store(_ seed: UInt64) -> (FactStore, Events) {
        var random = SeededRandom(state: seed)
        let store = FactStore()
        var ev = Events()
        for i in 0..<400 {
            let t = ["summit", "merger", "trial"][random.next(3)]
            ev.types["e\(i)"] = t
            store.assert(subject: .entity("e\(i)"), predicate: "type", object: .entity(t))
        }
        for i in 0..<1_500 {
            let e = "e\(random.next(400))", p = "p\(random.next(300))"
            // The store keeps a fact stated twice once.
            if !ev.participants.contains(where: { $0 == (e, p) }) { ev.participants.append((e, p)) }
            store.assert(subject: .entity(e), predicate: "participant", object: .entity(p), sentence: i)
        }
        for i in 0..<300 where random.next(4) != 0 {
            let t = ["minister", "president"][random.next(2)]
            ev.titles["p\(i)"] = t
            store.assert(subject: .entity("p\(i)"), predicate: "title", object: .entity(t))
        }
        return (store, ev)
    }

    func testSemiJoinKeepsTheRowsANaiveJoinGives() {
        for seed in [UInt64(3), 17, 29] {
            let (store, ev) = store(seed)
            let session = QuerySession(store: store)
            session.options.format = .tsv
            let q = "find ?e, ?x where ?x title minister, ?e participant ?x, ?e type summit"
            let plan = QueryFixture.run(session, "explain " + q).text
            XCTAssertTrue(plan.contains("semi-join on ?"), plan)
            let rows = QueryFixture.run(session, q).text.split(separator: "\n").dropFirst().map(String.init)
            let naive = ev.participants.filter { ev.titles[$0.person] == "minister" && ev.types[$0.event] == "summit" }
                .map { "\($0.event)\t\($0.person)" }
            XCTAssertEqual(rows.sorted(), naive.sorted(), "seed \(seed)")
        }
    }

    /// With a limit the plan runs in pieces (`evaluateInPieces`), each piece's semi-join
    /// testing its rows against the bitset the first one read.
    func testSemiJoinUnderALimitGivesRowsOfTheWholeAnswer() {
        let (store, _) = store(23)
        let session = QuerySession(store: store)
        session.options.format = .tsv
        let q = "find ?e, ?x where ?x title minister, ?e participant ?x, ?e type summit"
        let all = Set(QueryFixture.run(session, q).text.split(separator: "\n").dropFirst().map(String.init))
        let some = QueryFixture.run(session, q + " limit 7").text.split(separator: "\n").dropFirst().map(String.init)
        XCTAssertEqual(some.count, min(7, all.count))
        XCTAssertTrue(Set(some).isSubset(of: all), "\(some)")
    }

    func testSemiJoinOnTheObjectKeepsTheRowsANaiveJoinGives() {
        let (store, ev) = store(5)
        for i in 0..<300 where i % 3 == 0 {
            store.assert(subject: .entity("registry"), predicate: "lists", object: .entity("p\(i)"))
        }
        let session = QuerySession(store: store)
        session.options.format = .tsv
        let q = "find ?e, ?x where ?e type trial, ?e participant ?x, registry lists ?x"
        let rows = QueryFixture.run(session, q).text.split(separator: "\n").dropFirst().map(String.init)
        let naive = ev.participants.filter { ev.types[$0.event] == "trial" && Int($0.person.dropFirst())! % 3 == 0 }
            .map { "\($0.event)\t\($0.person)" }
        XCTAssertEqual(rows.sorted(), naive.sorted())
    }

    /// A subject holding the fact under two of the constant's ids (an entity and a text of the
    /// same name) has two matches: the join gives its row twice, as the nested loop does.
    func testTwoMatchesOfOneRowGiveTwoRows() {
        let (store, ev) = store(11)
        store.assert(subject: .entity("e1"), predicate: "type", object: .text(ev.types["e1"]!))
        let session = QuerySession(store: store)
        session.options.format = .tsv
        let t = ev.types["e1"]!
        let q = "find ?e, ?x where ?e participant ?x, ?e type \(t)"
        let rows = QueryFixture.run(session, q).text.split(separator: "\n").dropFirst().map(String.init)
        let naive = ev.participants.filter { ev.types[$0.event] == t }.flatMap { p in
            Array(repeating: "\(p.event)\t\(p.person)", count: p.event == "e1" ? 2 : 1)
        }
        XCTAssertEqual(rows.sorted(), naive.sorted())
    }
}
