import NewsFacts
import TestSupport
import XCTest

@testable import Query

/// The five benchmark queries on a small generated fact set of the benchmark's shape
/// (persons, events, quotes), with row counts checked against a brute-force count.
final class BenchmarkQueryTests: XCTestCase {
    struct Row { var s, p, o: String }

    /// A deterministic fact set: `persons` persons with name/title/country/employer, twice as
    /// many events with type/date/one or two participants, and quotes with speaker/text.
    static func generate(persons: Int = 400) -> [Row] {
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let titles = ["minister", "president", "ceo", "senator", "mayor", "judge"]
        let types = ["election", "meeting", "summit", "protest", "visit"]
        var rows: [Row] = []
        for i in 0..<persons {
            let s = "person/\(i)"
            rows.append(Row(s: s, p: "name", o: "Person \(i)"))
            rows.append(Row(s: s, p: "title", o: titles[next(titles.count)]))
            rows.append(Row(s: s, p: "country", o: "country_0\(next(8))"))
            rows.append(Row(s: s, p: "employer", o: "org/\(next(20))"))
        }
        for j in 0..<persons * 2 {
            let s = "event/\(j)"
            rows.append(Row(s: s, p: "type", o: types[next(types.count)]))
            rows.append(Row(s: s, p: "date", o: "2024-03-\(10 + next(10))"))
            rows.append(Row(s: s, p: "participant", o: "person/\(next(persons))"))
            if j % 2 == 0 { rows.append(Row(s: s, p: "participant", o: "person/\(next(persons))")) }
        }
        for q in 0..<persons / 2 {
            rows.append(Row(s: "quote/\(q)", p: "speaker", o: "person/\(next(persons))"))
            rows.append(Row(s: "quote/\(q)", p: "text", o: "Quote \(q)"))
        }
        return rows
    }

    static func tsv(_ rows: [Row]) -> String {
        rows.enumerated().map { i, r in
            let kind =
                r.p == "employer" || r.p == "participant" || r.p == "speaker" ? "iri" : (r.p == "date" ? "date" : "str")
            return "\(r.s)\t\(r.p)\t\(r.o)\t\(kind)\t\(i / 30)\t\(i % 30)\n"
        }.joined()
    }

    func testTheFiveBenchmarkQueriesCountLikeABruteForceJoin() throws {
        let rows = Self.generate()
        let dir = TestPaths.temporaryDirectory("newsq-bench")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("facts.tsv").path
        try Self.tsv(rows).write(toFile: path, atomically: true, encoding: .utf8)
        let store = FactStore()
        try FactsFile.load(path: path, into: store)
        let session = QuerySession(store: store)
        session.options.format = .tsv

        func count(_ q: String) -> Int {
            var out = ""
            let failed = session.run(
                q, sourceName: "bench", stopAtFirstError: false, output: { out += $0 }, errors: { out += $0 })
            XCTAssertEqual(failed, 0, out)
            return out.split(separator: "\n", omittingEmptySubsequences: false).count - 2
        }
        // A fact stated twice (an event with the same participant drawn twice) is one fact.
        var seen = Set<String>()
        let distinct = rows.filter { seen.insert("\($0.s)\t\($0.p)\t\($0.o)").inserted }
        func facts(_ p: String) -> [Row] { distinct.filter { $0.p == p } }

        let q1 = distinct.filter { $0.s == "person/123" }.count
        let titleOf = Dictionary(grouping: facts("title"), by: \.s)
        let q2 = facts("title").filter { t in
            t.o == "minister" && facts("country").contains { $0.s == t.s && $0.o == "country_03" }
        }.count
        var q3 = 0
        for d in facts("date") where d.o == "2024-03-15" {
            for p in facts("participant") where p.s == d.s { q3 += titleOf[p.o]?.count ?? 0 }
        }
        let q4 = Set(facts("type").map(\.o)).count
        let speakers = Set(facts("speaker").map(\.o))
        let q5 = facts("title").filter { !speakers.contains($0.s) }.count

        XCTAssertEqual(count("find ?p, ?o where person/123 ?p ?o"), q1)
        XCTAssertEqual(count("find ?s where ?s title minister, ?s country country_03"), q2)
        XCTAssertEqual(count("find ?e, ?x, ?t where ?e date 2024-03-15, ?e participant ?x, ?x title ?t"), q3)
        XCTAssertEqual(count("find ?type, count(?e) where ?e type ?type group by ?type"), q4)
        XCTAssertEqual(count("find ?s where ?s title ?t, not ?q speaker ?s"), q5)
        XCTAssertGreaterThan(q3, 0)
        XCTAssertGreaterThan(q5, 0)

        // The counts per group add up to the events.
        var out = ""
        session.run(
            "find ?type, count(?e) where ?e type ?type group by ?type", sourceName: "bench", stopAtFirstError: false,
            output: { out += $0 }, errors: { out += $0 })
        let total = out.split(separator: "\n").dropFirst().compactMap { Int($0.split(separator: "\t")[1]) }.reduce(0, +)
        XCTAssertEqual(total, facts("type").count)
    }

    func testThePlanStartsWithTheMostSelectivePattern() throws {
        let rows = Self.generate()
        let dir = TestPaths.temporaryDirectory("newsq-bench")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("facts.tsv").path
        try Self.tsv(rows).write(toFile: path, atomically: true, encoding: .utf8)
        let store = FactStore()
        try FactsFile.load(path: path, into: store)
        let (text, _) = QueryFixture.run(
            QuerySession(store: store),
            "explain find ?e, ?x, ?t where ?x title ?t, ?e participant ?x, ?e date 2024-03-15")
        let steps = text.split(separator: "\n").filter {
            $0.hasPrefix("  1.") || $0.hasPrefix("  2.") || $0.hasPrefix("  3.")
        }
        XCTAssertEqual(steps.count, 3, text)
        XCTAssertTrue(steps[0].contains("?e date 2024-03-15"), text)
        XCTAssertTrue(steps[1].contains("?e participant ?x"), text)
    }
}
