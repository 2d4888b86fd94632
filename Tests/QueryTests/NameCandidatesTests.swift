import NewsFacts
import XCTest

@testable import Query

/// A session remembers what each name denotes (`NameCandidates`) while the store is unchanged,
/// and finds it again once the store changes: a name unknown before a load is found after it,
/// and a name that comes to denote a second entity is ambiguous from then on.
final class NameCandidatesTests: XCTestCase {
    private func answer(_ session: QuerySession, _ text: String) -> (out: String, errors: String) {
        var out = "", errors = ""
        session.run(text, sourceName: "-e", stopAtFirstError: true, output: { out += $0 }, errors: { errors += $0 })
        return (out, errors)
    }

    private func session(_ store: FactStore) -> QuerySession {
        let session = QuerySession(store: store)
        session.options.format = .tsv
        session.keepsStatements = false // each statement resolved as typed
        return session
    }

    func testANameUnknownBeforeAChangeIsFoundAfterIt() {
        let store = FactStore()
        store.assert(subject: .entity("Ana Reyes"), predicate: "type", object: .text("person"))
        store.assert(subject: .entity("Ana Reyes"), predicate: "title", object: .text("minister"))
        let s = session(store)
        let query = "find ?t where Bo Lind title ?t"
        XCTAssertTrue(answer(s, query).errors.contains("unknown name 'Bo Lind'"))
        store.assert(subject: .entity("Bo Lind"), predicate: "type", object: .text("person"))
        store.assert(subject: .entity("Bo Lind"), predicate: "title", object: .text("envoy"))
        XCTAssertEqual(answer(s, query).out, "t\nenvoy\n")
        XCTAssertEqual(answer(s, query).out, "t\nenvoy\n") // asked again: the name remembered
        XCTAssertEqual(answer(s, "find ?t where Ana Reyes title ?t").out, "t\nminister\n")
    }

    func testANameGivenToASecondEntityIsAmbiguousFromThen() {
        let store = FactStore()
        store.assert(subject: .entity("person/1"), predicate: "type", object: .text("person"))
        store.assert(subject: .entity("person/1"), predicate: "alias", object: .text("Kim"))
        store.assert(subject: .entity("person/1"), predicate: "title", object: .text("minister"))
        let s = session(store)
        let query = "find ?t where Kim title ?t"
        XCTAssertEqual(answer(s, query).out, "t\nminister\n")
        store.assert(subject: .entity("person/2"), predicate: "type", object: .text("person"))
        store.assert(subject: .entity("person/2"), predicate: "alias", object: .text("Kim"))
        XCTAssertTrue(answer(s, query).errors.contains("'Kim' is ambiguous"), answer(s, query).errors)
    }

    func testTheNamesRememberedStayBounded() {
        let store = FactStore()
        store.assert(subject: .entity("person/1"), predicate: "type", object: .text("person"))
        let names = NameCandidates()
        for i in 0..<(NameCandidates.limit + 10) { _ = names.ids("nobody \(i)", store: store) }
        XCTAssertLessThanOrEqual(names.count, NameCandidates.limit)
        XCTAssertEqual(names.ids("person/1", store: store), store.entities(named: "person/1"))
    }
}
