import NewsFacts
import XCTest

@testable import Query

/// Aggregates over two patterns joined on their subject, answered without the join's rows
/// (`subjectJoinAggregate`), are those of the join itself: the same query with a second filter
/// that passes every row, which the general path answers.
final class SubjectJoinAggregateTests: XCTestCase {
    private func rows(_ session: QuerySession, _ query: String) -> [String] {
        session.options.format = .tsv
        let out = QueryFixture.run(session, query).text
        return out.split(separator: "\n").dropFirst().map(String.init).sorted()
    }

    /// Events with a kind, one or more days (dates and numbers mixed, some equal in value but
    /// not in id: a month and a day in it), and people, some of them twice.
    private func store(_ random: inout SeededRandom, events: Int) -> FactStore {
        let store = FactStore()
        let days: [Term] = [
            .date(DateValue(iso: "2024-03-01")!), .date(DateValue(iso: "2024-03")!),
            .date(DateValue(iso: "2023-12-31")!), .number(2), .number(10), .text("soon"), .entity("Monday"),
        ]
        for e in 0..<events {
            let s = Term.entity("event\(e)")
            if random.next(5) > 0 {
                _ = store.assert(subject: s, predicate: "kind", object: .text("k\(random.next(6))"))
            }
            for _ in 0..<random.next(3) {
                _ = store.assert(subject: s, predicate: "on", object: days[random.next(days.count)])
            }
            for _ in 0..<random.next(4) {
                _ = store.assert(subject: s, predicate: "with", object: .entity("p\(random.next(9))"))
            }
            if random.next(4) == 0 {
                _ = store.assert(subject: s, predicate: "with", object: days[random.next(days.count)])
            }
        }
        // A predicate no event has.
        _ = store.assert(subject: .entity("p0"), predicate: "alias", object: .text("P"))
        return store
    }

    func testGroupedCountsMinimaAndMaximaAreThoseOfTheJoin() {
        var random = SeededRandom(state: 71)
        let queries = [
            ("find ?k, count(?e) where ?e kind ?k, ?e on ?d group by ?k", "?e on ?d"),
            ("find ?k, min(?d), max(?d), count(*) where ?e kind ?k, ?e on ?d group by ?k", "?e on ?d"),
            ("find ?d, count(?k) where ?e kind ?k, ?e on ?d group by ?d", "?e on ?d"),
            ("find count(*), min(?d) where ?e kind ?k, ?e on ?d", "?e on ?d"),
            (
                "find ?a, count(?b) where ?e with ?a, ?e with ?b, ?a != ?b group by ?a "
                    + "order by count(?b) desc, ?a limit 4",
                "?e with ?b"
            ),
            ("find ?a, count(?b) where ?e with ?a, ?e with ?b, ?b != ?a group by ?a", "?e with ?b"),
            ("find ?a, count(*) where ?e with ?a, ?e on ?b, ?a != ?b group by ?a", "?e on ?b"),
            ("find ?a, max(?b) where ?e with ?a, ?e on ?b group by ?a", "?e on ?b"),
        ]
        for round in 0..<4 {
            let session = QuerySession(store: store(&random, events: 20 + round * 40))
            for (query, pattern) in queries {
                let general = query.replacingOccurrences(of: pattern, with: pattern + ", ?e != \"none\"")
                let answered = rows(session, query)
                XCTAssertFalse(answered.isEmpty, "round \(round): \(query)")
                XCTAssertEqual(answered, rows(session, general), "round \(round): \(query)")
            }
        }
    }

    func testMoreThanDirectSlotsGroupsCountAsTheJoinDoes() {
        // People's ids spread over more than `directSlots` terms: the counts go through
        // `PartitionedSums`.
        var random = SeededRandom(state: 97)
        let store = FactStore()
        let people = Evaluator.directSlots + 4_000
        for e in 0..<3_000 {
            let s = Term.entity("event\(e)")
            _ = store.assert(subject: s, predicate: "kind", object: .text("k\(random.next(4))"))
            for _ in 0..<(1 + random.next(3)) {
                _ = store.assert(subject: s, predicate: "with", object: .entity("p\(random.next(people))"))
            }
        }
        // More terms than `directSlots` between the first person and the last.
        for i in 0..<Evaluator.directSlots {
            _ = store.assert(subject: .entity("filler\(i)"), predicate: "alias", object: .text("f\(i)"))
        }
        _ = store.assert(subject: .entity("event0"), predicate: "with", object: .entity("p\(people)"))
        let session = QuerySession(store: store)
        for (query, pattern) in [
            ("find ?a, count(*) where ?e with ?a, ?e kind ?k group by ?a", "?e kind ?k"),
            ("find ?a, count(?b) where ?e with ?a, ?e with ?b, ?a != ?b group by ?a", "?e with ?b"),
        ] {
            let explained = QueryFixture.run(session, "explain " + query).text
            XCTAssertTrue(explained.contains("grouped over the subject index"), explained)
            let general = query.replacingOccurrences(of: pattern, with: pattern + ", ?e != \"none\"")
            let answered = rows(session, query)
            XCTAssertGreaterThan(answered.count, 1_000, query)
            XCTAssertEqual(answered, rows(session, general), query)
        }
    }

    func testAnEmptyJoinCountsZeroWithoutGroupsAndNoGroupWithThem() {
        var random = SeededRandom(state: 73)
        let session = QuerySession(store: store(&random, events: 30))
        XCTAssertEqual(rows(session, "find count(*) where ?e kind ?k, ?e alias ?d"), ["0"])
        XCTAssertEqual(rows(session, "find ?k, count(*) where ?e kind ?k, ?e alias ?d group by ?k"), [])
    }

    func testExplainNamesTheSubjectIndexAndLeavesOtherShapesAlone() {
        var random = SeededRandom(state: 79)
        let session = QuerySession(store: store(&random, events: 30))
        let answered = QueryFixture.run(session, "explain find ?k, count(?e) where ?e kind ?k, ?e on ?d group by ?k")
        XCTAssertTrue(answered.text.contains("grouped over the subject index"), answered.text)
        // A distinct count, a grouped subject, a third pattern: the join's rows are needed.
        for query in [
            "explain find ?k, count(distinct ?d) where ?e kind ?k, ?e on ?d group by ?k",
            "explain find ?e, count(?d) where ?e kind ?k, ?e on ?d group by ?e",
            "explain find ?k, count(?d) where ?e kind ?k, ?e on ?d, ?e with ?p group by ?k",
        ] {
            let text = QueryFixture.run(session, query).text
            XCTAssertFalse(text.contains("grouped over the subject index"), text)
        }
    }
}

/// Sums by slot made by partitioning the (slot, weight) pairs first are the sums made one pair
/// at a time.
final class PartitionedSumsTests: XCTestCase {
    func testSumsAreThoseAddedOneByOne() {
        var random = SeededRandom(state: 89)
        for slots in [1, 2, 255, 256, 257, 70_000, 1 << 20] {
            var sums = PartitionedSums(slots: slots, expected: 16)
            var expected = [Int](repeating: 0, count: slots)
            for _ in 0..<5_000 {
                let slot = random.next(slots), weight = random.next(1000)
                sums.add(slot, weight)
                expected[slot] += weight
            }
            var got = [Int](repeating: 0, count: slots)
            got.withUnsafeMutableBufferPointer { sums.sum(into: $0) }
            XCTAssertEqual(got, expected, "\(slots) slots")
        }
    }
}
