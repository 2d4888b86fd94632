import NewsFacts
import XCTest

@testable import Query

/// A fact stated in several articles (every article that names a person says it is a person)
/// is true once: it gives one row, counts once, and lists every place it was stated.
final class RepeatedFactTests: XCTestCase {
    /// Two people, each typed in three articles; one title stated twice, one title with other
    /// qualifiers (a different fact).
    private func store() -> FactStore {
        let store = FactStore()
        for a in ["a1", "a2", "a3"] {
            store.assert(subject: .entity("Ana Reyes"), predicate: "type", object: .text("person"), articleID: a)
            store.assert(subject: .entity("Bo Lind"), predicate: "type", object: .text("person"), articleID: a)
        }
        for (a, n) in [("a1", 2), ("a2", 5)] {
            store.assert(
                subject: .entity("Ana Reyes"), predicate: "title", object: .text("Minister"),
                qualifiers: [Qualifier("of", .entity("Chile"))], articleID: a, sentence: n)
        }
        store.assert(
            subject: .entity("Ana Reyes"), predicate: "title", object: .text("Minister"),
            qualifiers: [Qualifier("of", .entity("Peru"))], articleID: "a3", sentence: 1)
        store.assert(subject: .entity("Chile"), predicate: "type", object: .text("country"), articleID: "a1")
        store.assert(subject: .entity("Peru"), predicate: "type", object: .text("country"), articleID: "a3")
        return store
    }

    private func run(_ s: QuerySession, _ q: String) -> String { QueryFixture.run(s, q).text }

    func testCountingPersonsCountsEachPersonOnce() {
        let s = QuerySession(store: store())
        s.options.format = .tsv
        XCTAssertEqual(run(s, "find count(*) where ?p type person"), "count(*)\n2\n")
        XCTAssertEqual(
            run(s, "find ?t, count(*) where ?p type ?t group by ?t order by ?t"), "t\tcount(*)\ncountry\t2\nperson\t2\n"
        )
    }

    func testAddingATypePatternDoesNotMultiplyRows() {
        let s = QuerySession(store: store())
        s.options.format = .tsv
        let plain = run(s, "find ?p, ?t where ?p title ?t order by ?p")
        XCTAssertEqual(plain, "p\tt\nAna Reyes\tMinister\nAna Reyes\tMinister\n")
        XCTAssertEqual(run(s, "find ?p, ?t where ?p title ?t, ?p type person order by ?p"), plain)
    }

    func testAStatedAgainFactListsEverySource() {
        let s = QuerySession(store: store())
        s.options.format = .tsv
        s.options.showSources = true
        XCTAssertEqual(
            run(s, "find ?p where ?p title Minister [of: Chile]"), "p\tsources\nAna Reyes\ta1 s2; a2 s5\n")
        s.options.format = .json
        XCTAssertEqual(
            run(s, "find ?p where ?p title Minister [of: Chile]"),
            "{\"p\":\"Ana Reyes\",\"sources\":[{\"article\":\"a1\",\"sentence\":2},{\"article\":\"a2\",\"sentence\":5}]}\n"
        )
    }

    func testBindingTheArticleGivesOneRowASource() {
        let s = QuerySession(store: store())
        s.options.format = .tsv
        XCTAssertEqual(
            run(s, "find ?a where \"Ana Reyes\" type person [article: ?a] order by ?a"), "a\na1\na2\na3\n")
        XCTAssertEqual(
            run(s, "find ?a, ?n where \"Ana Reyes\" title _ [of: Chile, article: ?a, sentence: ?n]"),
            "a\tn\na1\t2\na2\t5\n")
        XCTAssertEqual(
            run(s, "find ?a where \"Ana Reyes\" type person [article: ?a], ?a != a2 order by ?a"), "a\na1\na3\n")
    }

    func testWhyShowsAFactOnceWithItsSources() {
        let s = QuerySession(store: store())
        s.options.format = .table
        let text = run(s, "why \"Ana Reyes\" type ?t")
        XCTAssertEqual(text.components(separatedBy: "Ana Reyes type \"person\"").count - 1, 1, text)
        XCTAssertTrue(text.contains("  a1 s0"), text)
        XCTAssertTrue(text.contains("  a3 s0"), text)
        XCTAssertTrue(text.hasSuffix("1 fact from 3 sources\n"), text)
    }

    func testTheStoreCountsDistinctFacts() {
        let store = store()
        XCTAssertEqual(store.factCount, 11)
        XCTAssertEqual(store.distinctFactCount, 6)
        let person = store.termID(.text("person"))!, type = store.predicateID("type")!
        XCTAssertEqual(Array(store.match(subject: nil, predicate: type, object: person)).count, 2)
        XCTAssertEqual(store.statistics(predicate: type).facts, 4)
    }
}
