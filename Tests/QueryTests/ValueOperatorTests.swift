import Foundation
import NewsFacts
import XCTest

@testable import Query

/// The operators that decide once a distinct value: `ValueOrder` (ordering, min and max), the
/// top-k of `order by … limit`, and filters on one variable (`filterByValue`), each against the
/// row-at-a-time answer on random values.
final class ValueOperatorTests: XCTestCase {
    private static let words = [
        "alpha", "Alpha", "ALPHA", "beta", "Ärger", "arger", "Zeta", "é", "e", "Strike This", "",
    ]

    /// A store whose `said` facts have objects of every kind: texts that differ only in case or
    /// accents, entities with the same text as a text, dates of each precision, numbers.
    private func randomStore(_ random: inout SeededRandom, facts: Int) -> FactStore {
        let store = FactStore()
        let dates = ["2024-03-01", "2024-03", "2024", "2024-02-29", "2023-12-31", "2020s"]
        for i in 0..<facts {
            let object: Term
            switch random.next(5) {
            case 0: object = .text(Self.words[random.next(Self.words.count)] + (random.next(2) == 0 ? "" : " \(i % 7)"))
            case 1: object = .entity(Self.words[random.next(Self.words.count - 1)])
            case 2: object = .date(DateValue(iso: dates[random.next(dates.count)])!)
            default: object = .number(Double(random.next(9)) / 2)
            }
            _ = store.assert(subject: .entity("s\(random.next(facts / 3 + 1))"), predicate: "said", object: object)
        }
        return store
    }

    private func objects(_ store: FactStore) -> [Value] {
        Array(Set((0..<FactID(store.factCount)).map { store.object($0) }))
    }

    func testValueOrderSortsAsOrderedBeforeDoes() {
        var random = SeededRandom(state: 3)
        for round in 0..<6 {
            let store = randomStore(&random, facts: 60 + round * 40)
            let values = Values(store: store)
            let evaluator = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
            var distinct = objects(store) + [Relation.null, values.local(.number(1.5)), values.local(.text("alpha"))]
            distinct.shuffle()
            let expected = distinct.sorted {
                evaluator.orderedBefore($0, $1) || !evaluator.orderedBefore($1, $0) && $0 < $1
            }
            XCTAssertEqual(ValueOrder.sorted(distinct, values: values), expected, "round \(round)")
            // Places: one value before another exactly when the order says so.
            let column = (0..<200).map { _ in distinct[random.next(distinct.count)] }
            let ranks = ValueOrder.ranks(column, values: values)
            for i in 0..<column.count {
                for j in 0..<column.count where i != j {
                    XCTAssertEqual(ranks[i] < ranks[j], evaluator.orderedBefore(column[i], column[j]))
                }
            }
        }
    }

    /// `order by … limit k` (with and without aggregates, with an offset) gives the first rows
    /// of the same query without its limit.
    func testATopKGivesTheFirstRowsOfTheWholeOrder() {
        var random = SeededRandom(state: 5)
        for round in 0..<4 {
            let store = randomStore(&random, facts: 400 + round * 100)
            let session = QuerySession(store: store)
            session.options.format = .tsv
            let queries = [
                ("find ?s, count(?o) where ?s said ?o group by ?s order by count(?o) desc, ?s", "limit 7"),
                ("find ?s, ?o where ?s said ?o order by ?o desc, ?s", "limit 9 offset 4"),
                ("find ?s, min(?o), max(?o) where ?s said ?o group by ?s order by max(?o), ?s desc", "limit 3"),
            ]
            for (query, limit) in queries {
                let whole = QueryFixture.run(session, query).text.split(separator: "\n").map(String.init)
                let top = QueryFixture.run(session, query + " " + limit).text.split(separator: "\n").map(String.init)
                let words = limit.split(separator: " ")
                let k = Int(words[1])!, skip = words.count > 3 ? Int(words[3])! : 0
                XCTAssertEqual(top, [whole[0]] + Array(whole.dropFirst(1 + skip).prefix(k)), "\(query) \(limit)")
            }
        }
    }

    /// A filter on one variable decided once a distinct value gives the rows the filter
    /// tested row by row gives, in order.
    func testFiltersDecidedOnceAValueGiveTheRowByRowAnswer() throws {
        var random = SeededRandom(state: 9)
        let store = randomStore(&random, facts: 5000)
        let values = Values(store: store)
        let evaluator = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        let column = objects(store) + [Relation.null, values.local(.text("Alpha 3")), values.local(.number(2))]
        for rows in [50, 9000] { // a dictionary, then bits a term
            var rel = Relation(columns: [4, 0])
            for r in 0..<rows {
                rel.rows += [Value(r), column[random.next(column.count)]]
                rel.count += 1
            }
            func constant(_ text: String) -> Operand {
                .constant(
                    Constant(
                        ids: store.termID(.text(text)).map { [$0] } ?? [], text: text, number: Double(text),
                        date: DateValue(iso: text)))
            }
            let filters: [BoundFilter] = [
                BoundFilter(op: .contains, left: .variable(0), right: constant("ALP"), source: ""),
                BoundFilter(op: .contains, left: .variable(0), right: constant("rger"), source: ""),
                BoundFilter(op: .contains, left: .variable(0), right: constant("é"), source: ""),
                BoundFilter(op: .contains, left: .variable(0), right: constant(""), source: ""),
                BoundFilter(
                    op: .between, left: .variable(0), right: constant("2024-02-01"), upper: constant("2024-03-01"),
                    source: ""),
                BoundFilter(op: .greaterEqual, left: .variable(0), right: constant("2"), source: ""),
                BoundFilter(op: .less, left: constant("beta"), right: .variable(0), source: ""),
                BoundFilter(op: .equal, left: .variable(0), right: constant("alpha"), source: ""),
                BoundFilter(
                    op: .in, left: .variable(0), right: constant("alpha"),
                    list: [Constant(ids: [], text: "Zeta", number: nil, date: nil)], source: ""),
            ]
            for f in filters {
                let once = try XCTUnwrap(try evaluator.filterByValue(rel, f))
                let each = try evaluator.filter(rel, f)
                XCTAssertEqual(once.count, each.count, "\(f.op) over \(rows) rows")
                XCTAssertEqual(once.rows, each.rows, "\(f.op) over \(rows) rows")
            }
        }
    }

    /// `count(distinct ?o)` by group counts each group's distinct values, as a set of the
    /// facts' objects per subject does.
    func testCountDistinctByGroupCountsEachGroupsDistinctValues() {
        var random = SeededRandom(state: 13)
        let store = randomStore(&random, facts: 3000)
        let session = QuerySession(store: store)
        session.options.format = .tsv
        var expected: [String: Set<TermID>] = [:]
        for f in 0..<FactID(store.factCount) {
            expected[store.text(store.subject(f)), default: []].insert(store.object(f))
        }
        let text = QueryFixture.run(session, "find ?s, count(distinct ?o) where ?s said ?o group by ?s").text
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        XCTAssertEqual(rows.count, expected.count)
        for row in rows { XCTAssertEqual(Int(row[1]), expected[row[0]]?.count, row[0]) }
    }

    /// A scan of one predicate and a filter on its object, run as one step (`filteredScan`),
    /// gives the rows of the scan then the filter, in order, and only the facts that pass are
    /// read.
    func testAFilteredScanGivesTheScanThenTheFilter() throws {
        var random = SeededRandom(state: 17)
        let store = randomStore(&random, facts: 4000)
        let values = Values(store: store)
        let evaluator = Evaluator(store: store, values: values, rules: [:], isCancelled: { false })
        let said = try XCTUnwrap(store.predicateID("said"))
        func constant(_ text: String) -> Operand {
            .constant(
                Constant(
                    ids: store.termID(.text(text)).map { [$0] } ?? [], text: text, number: Double(text),
                    date: DateValue(iso: text)))
        }
        let patterns = [
            BoundPattern(s: .variable(1), p: .constant([said]), o: .variable(0), source: ""),
            BoundPattern(s: .any, p: .constant([said]), o: .variable(0), source: ""),
        ]
        let filters = [
            BoundFilter(op: .contains, left: .variable(0), right: constant("alp"), source: ""),
            BoundFilter(
                op: .between, left: .variable(0), right: constant("2024-01-01"), upper: constant("2024-03-01"),
                source: ""),
            BoundFilter(op: .less, left: .variable(0), right: constant("2"), source: ""),
            BoundFilter(op: .notEqual, left: .variable(0), right: constant("beta"), source: ""),
        ]
        for p in patterns {
            for f in filters {
                let fused = try XCTUnwrap(try evaluator.filteredScan(p, f, over: .unit))
                let apart = try evaluator.filter(try evaluator.nestedLoop(.unit, p), f)
                XCTAssertEqual(fused.columns, apart.columns)
                XCTAssertEqual(fused.count, apart.count, "\(f.op)")
                XCTAssertEqual(fused.rows, apart.rows, "\(f.op)")
            }
        }
        // A filter on the subject, or a pattern bound by a left row, is not of the shape.
        let onSubject = BoundFilter(op: .contains, left: .variable(1), right: constant("s"), source: "")
        XCTAssertNil(try evaluator.filteredScan(patterns[0], onSubject, over: .unit))
    }

    /// A pattern whose object a later filter narrows is costed at the facts that pass: a
    /// scan of 2,000 dates narrowed to 2 days of 100 goes before a scan of 300 titles.
    func testAFilterOnAPatternsObjectMakesItCheaperToPlanFirst() {
        let store = FactStore()
        for e in 0..<2000 {
            let day = String(format: "2024-01-%02d", 1 + e % 25)
            _ = store.assert(
                subject: .entity("event/\(e)"), predicate: "date", object: .date(DateValue(iso: day)!))
            _ = store.assert(subject: .entity("event/\(e)"), predicate: "participant", object: .entity("p\(e % 300)"))
        }
        for p in 0..<300 { _ = store.assert(subject: .entity("p\(p)"), predicate: "title", object: .text("t\(p % 7)")) }
        let session = QuerySession(store: store)
        let text = QueryFixture.run(
            session,
            "explain find ?t, count(?x) where ?e date ?d, ?d between 2024-01-03 and 2024-01-04, "
                + "?e participant ?x, ?x title ?t group by ?t"
        ).text
        let first = text.split(separator: "\n").first { $0.hasPrefix("  1.") }.map(String.init) ?? ""
        XCTAssertTrue(first.contains("?e date ?d"), text)
        XCTAssertTrue(first.contains("est 160 → 160"), text)
    }
}
