import NewsFacts
import XCTest

@testable import Query

/// The evaluators of a session read one shared set of the store's columns (`StoreColumns`,
/// from `Values.columns`) while the store is unchanged, and a fresh set once it changes: a
/// statement after a change sees the new facts, never the columns kept from before.
final class StoreColumnsTests: XCTestCase {
    private func store(people: Int) -> FactStore {
        let store = FactStore()
        for person in 0..<people {
            store.assert(subject: .entity("p\(person)"), predicate: "title", object: .text("minister"))
        }
        return store
    }

    private func answer(_ session: QuerySession, _ text: String) -> String {
        var out = "", errors = ""
        session.run(text, sourceName: "-e", stopAtFirstError: true, output: { out += $0 }, errors: { errors += $0 })
        XCTAssertEqual(errors, "", text)
        return out
    }

    func testEvaluatorsOfAnUnchangedStoreShareOneSetOfColumns() {
        let store = store(people: 3)
        let values = Values(store: store)
        let first = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        let second = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        XCTAssertTrue(first.columns === second.columns)
        XCTAssertEqual(first.subjects.count, 3)
        XCTAssertEqual(first.subjectOrder.count, 3)
    }

    func testAChangedStoreGivesTheNextEvaluatorItsNewColumns() {
        let store = store(people: 3)
        let values = Values(store: store)
        let before = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        store.assert(subject: .entity("p3"), predicate: "title", object: .text("minister"))
        let after = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        XCTAssertFalse(before.columns === after.columns)
        XCTAssertEqual(after.columns.generation, store.generation)
        XCTAssertEqual(after.subjects.count, 4)
        XCTAssertEqual(after.predicateOrder.count, 4)
        // The evaluator made before the change keeps reading the columns it was made with.
        XCTAssertEqual(before.subjects.count, 3)
    }

    func testATypedStatementAfterAChangeSeesTheNewFacts() {
        let store = store(people: 2)
        let session = QuerySession(store: store)
        session.options.format = .tsv
        session.keepsStatements = false
        let query = "find ?p where ?p title minister"
        XCTAssertEqual(answer(session, query), "p\np0\np1\n")
        store.assert(subject: .entity("p2"), predicate: "title", object: .text("minister"))
        XCTAssertEqual(answer(session, query), "p\np0\np1\np2\n")
        XCTAssertEqual(answer(session, "find ?t where p2 title ?t"), "t\nminister\n")
    }
}
