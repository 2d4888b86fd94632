import NewsFacts
import XCTest

@testable import Query

/// What one statement may spend: `limit` ends the work, the memory and time limits stop a
/// runaway statement with an error and leave the session working, Ctrl-C is seen as work is
/// done, and a regular expression cannot run away on one value. Nothing here depends on the
/// wall clock: time comes from a clock the test drives.
final class StatementLimitTests: XCTestCase {
    /// `n` entities `e0…` each with `types` type facts (`t0`, `t1`…), plus one quote.
    private func store(entities n: Int, types: Int = 1) -> FactStore {
        let store = FactStore()
        for i in 0..<n {
            for t in 0..<types { store.assert(subject: .entity("e\(i)"), predicate: "type", object: .text("t\(t)")) }
        }
        store.assert(subject: .entity("e0"), predicate: "said", object: .text(String(repeating: "a", count: 40) + "b"))
        return store
    }

    private func session(_ store: FactStore) -> QuerySession {
        let s = QuerySession(store: store)
        s.options.format = .tsv
        return s
    }

    // MARK: - limit

    func testALimitOverACrossProductStopsOnceItHasItsRows() {
        let s = session(store(entities: 2_000))
        // The whole product would be 4,000,000 rows of 4 values (64 MB); 1 MB is enough for 3.
        s.options.limits.memory = 1 << 20
        let (text, failed) = QueryFixture.run(s, "find ?a, ?b where ?a type ?t, ?b type ?u limit 3")
        XCTAssertEqual(failed, 0, text)
        XCTAssertEqual(text, "a\tb\ne0\te0\ne0\te1\ne0\te2\n")
        XCTAssertEqual(
            QueryFixture.run(s, "find ?a, ?b where ?a type ?t, ?b type ?u limit 2 offset 5").text,
            "a\tb\ne0\te5\ne0\te6\n")
    }

    func testALimitOverManySelfJoinsStopsOnceItHasItsRows() {
        let s = session(store(entities: 10, types: 4))
        // 4^10 rows of 11 values an entity without the limit: 460 MB.
        s.options.limits.memory = 4 << 20
        let query =
            "find ?p where "
            + Array(repeating: "?p type ?t", count: 10).enumerated()
            .map { "?p type ?t\($0.offset)" }.joined(separator: ", ")
        let (text, failed) = QueryFixture.run(s, query + " limit 3")
        XCTAssertEqual(failed, 0, text)
        XCTAssertEqual(text, "p\ne0\ne0\ne0\n")
        let distinct = QueryFixture.run(
            s,
            "find distinct ?p where " + query.dropFirst("find ?p where ".count) + " limit 3")
        XCTAssertEqual(distinct.text, "p\ne0\ne1\ne2\n")
        let unlimited = QueryFixture.run(s, query)
        XCTAssertEqual(unlimited.failed, 1)
        let message = "error: the statement needs more than the memory limit (4 MB) for its rows"
        XCTAssertTrue(unlimited.text.contains(message), unlimited.text)
    }

    func testALimitedAnswerIsTheFirstRowsOfTheWholeOne() {
        let s = session(store(entities: 40, types: 3))
        let queries = [
            "find ?a, ?t, ?u where ?a type ?t, ?a type ?u",
            "find ?a, ?b where ?a type t1, ?b type t2, ?a != ?b",
            "find ?a, ?u where ?a type t0, optional (?a type ?u)",
            "find ?a where ?a type ?t, not ?a said _",
        ]
        for q in queries {
            let all = QueryFixture.run(s, q).text.split(separator: "\n")
            XCTAssertGreaterThan(all.count, 8, q)
            for n in [1, 5, 77] {
                let some = QueryFixture.run(s, q + " limit \(n)").text.split(separator: "\n")
                XCTAssertEqual(some, Array(all.prefix(n + 1)), "\(q) limit \(n)")
            }
        }
    }

    func testALimitNotReachedReadsEachJoinedPatternOnce() throws {
        // 100,000 entities a type and a tag: the first step hands on 4 pieces, and the second
        // joins each to every tag by hash. The filter keeps nothing, so no piece ends the work.
        var text = ""
        for i in 0..<100_000 { text += "e\(i) | type | t\(i % 3)\ne\(i) | tag | g\(i % 10)\n" }
        let store = FactStore()
        store.load(try FactsFile.parse(text, articleID: "many", file: "many.facts"))
        let s = session(store)
        var polls = 0
        s.isCancelled = {
            polls += 1
            return false
        }
        let query = "find ?a, ?t where ?a type ?t, ?a tag ?g, ?g = none"
        XCTAssertEqual(QueryFixture.run(s, query).text, "a\tt\n")
        let whole = polls
        polls = 0
        XCTAssertEqual(QueryFixture.run(s, query + " limit 1").text, "a\tt\n")
        // Read again for each piece, the tags would be 4 times the work.
        XCTAssertLessThanOrEqual(Double(polls), Double(whole) * 1.3)
    }

    // MARK: - Ctrl-C

    func testCancellationIsCheckedByWorkDoneNotByLeftRows() {
        let s = session(store(entities: 300))
        var polls = 0
        s.isCancelled = {
            polls += 1
            return false
        }
        // 300 left rows, each giving 300: the checks follow the 90,000 rows made, about one a
        // 4,096 (a check every 4,096 left rows saw none).
        let (text, failed) = QueryFixture.run(s, "find count(*) where ?a type ?t, ?b type ?u")
        XCTAssertEqual(failed, 0, text)
        XCTAssertEqual(text, "count(*)\n90000\n")
        XCTAssertGreaterThanOrEqual(polls, 90_000 / 4_096)
    }

    func testCancellationStopsAProductPartWay() {
        let s = session(store(entities: 2_000))
        var polls = 0
        s.isCancelled = {
            polls += 1
            return polls > 3
        }
        let (text, failed) = QueryFixture.run(s, "find ?a, ?b where ?a type ?t, ?b type ?u")
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(text.contains("error: cancelled"), text)
        XCTAssertEqual(polls, 4)
    }

    // MARK: - Memory and time limits

    func testTheMemoryLimitStopsAStatementAndTheSessionLivesOn() {
        let s = session(store(entities: 1_000))
        s.options.limits.memory = 4 << 20
        let (text, failed) = QueryFixture.run(s, "find ?a, ?b where ?a type ?t, ?b type ?u")
        XCTAssertEqual(failed, 1)
        let message = "test.nq:1:1: error: the statement needs more than the memory limit (4 MB) for its rows\n"
        XCTAssertTrue(text.hasPrefix(message), text)
        XCTAssertTrue(text.contains(".limit memory"), text)
        // The store and the session are as they were.
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where ?a type ?t").text, "count(*)\n1000\n")
        s.options.limits.memory = nil
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where ?a type ?t, ?b type ?u").text, "count(*)\n1000000\n")
    }

    func testTheTimeLimitStopsAStatementAndTheSessionLivesOn() {
        let s = session(store(entities: 1_000))
        var now: UInt64 = 1
        // Each look at the clock moves it one second on.
        s.clock = {
            now += 1_000_000_000
            return now
        }
        s.options.limits.time = 10
        let (text, failed) = QueryFixture.run(s, "find count(*) where ?a type ?t, ?b type ?u")
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(text.hasPrefix("test.nq:1:1: error: the statement ran past the time limit (10 s)\n"), text)
        // A statement that checks less often than ten times is within it.
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where ?a type ?t").text, "count(*)\n1000\n")
        s.options.limits.time = nil
        XCTAssertEqual(QueryFixture.run(s, "find count(*) where ?a type ?t, ?b type ?u").text, "count(*)\n1000000\n")
    }

    func testAnAnswersTextCountsAgainstTheMemoryLimit() {
        let store = FactStore()
        let long = String(repeating: "x", count: 1_000)
        for i in 0..<10_000 { store.assert(subject: .entity("\(long)\(i)"), predicate: "type", object: .text("t0")) }
        let s = session(store)
        // 40 KB of rows, 10 MB of text.
        s.options.limits.memory = 1 << 20
        for format in [OutputFormat.tsv, .table, .csv, .json, .markdown] {
            s.options.format = format
            let (text, failed) = QueryFixture.run(s, "find ?a where ?a type t0")
            XCTAssertEqual(failed, 1, "\(format)")
            XCTAssertTrue(
                text.contains("error: the statement needs more than the memory limit (1 MB)"),
                String(text.prefix(300)))
        }
        s.options.limits.memory = 16 << 20
        XCTAssertEqual(QueryFixture.run(s, "find ?a where ?a type t0").failed, 0)
    }

    func testWhyCountsItsTextAgainstTheMemoryLimit() {
        let store = FactStore()
        for i in 0..<5_000 { store.assert(subject: .entity("e\(i)"), predicate: "type", object: .text("t0")) }
        let s = session(store)
        s.options.limits.memory = 64 << 10
        let (text, failed) = QueryFixture.run(s, "why ?a type t0")
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(
            text.contains("error: the statement needs more than the memory limit (64 KB)"),
            String(text.prefix(300)))
        s.options.limits.memory = nil
        s.options.format = .table
        XCTAssertTrue(QueryFixture.run(s, "why ?a type t0").text.hasSuffix("5000 facts\n"))
    }

    func testLimitsReadAndWriteTheirUnits() {
        XCTAssertEqual(QueryLimits.parseTime("10s"), .some(10))
        XCTAssertEqual(QueryLimits.parseTime("500ms"), .some(0.5))
        XCTAssertEqual(QueryLimits.parseTime("2m"), .some(120))
        XCTAssertEqual(QueryLimits.parseTime("1.5 h"), .some(5400))
        XCTAssertEqual(QueryLimits.parseTime("30"), .some(30))
        XCTAssertEqual(QueryLimits.parseTime("off"), .some(nil))
        for bad in ["", "0", "-1s", "ten", "1e999s", "10 parsecs", "nan"] {
            // `.some(nil)` is `off`; unreadable is nil itself.
            XCTAssertEqual(QueryLimits.parseTime(bad), Double??.none, bad)
        }
        XCTAssertEqual(QueryLimits.parseMemory("2GB"), .some(2 << 30))
        XCTAssertEqual(QueryLimits.parseMemory("512mb"), .some(512 << 20))
        XCTAssertEqual(QueryLimits.parseMemory("64 KiB"), .some(64 << 10))
        XCTAssertEqual(QueryLimits.parseMemory("1g"), .some(1 << 30))
        XCTAssertEqual(QueryLimits.parseMemory("off"), .some(nil))
        for bad in ["", "0", "-2GB", "lots", "2 GBs", "1e99GB"] {
            XCTAssertEqual(QueryLimits.parseMemory(bad), Int??.none, bad)
        }
        XCTAssertEqual(QueryLimits.describe(time: 10), "10 s")
        XCTAssertEqual(QueryLimits.describe(time: 0.5), "500 ms")
        XCTAssertEqual(QueryLimits.describe(time: 300), "5 min")
        XCTAssertEqual(QueryLimits.describe(time: nil), "off")
        XCTAssertEqual(QueryLimits.describe(memory: 2 << 30), "2 GB")
        XCTAssertEqual(QueryLimits.describe(memory: 1536 << 20), "1.5 GB")
        XCTAssertEqual(QueryLimits.describe(memory: nil), "off")
    }

    // MARK: - Regular expressions

    func testARunawayRegularExpressionIsStoppedOnItsValue() {
        let s = session(store(entities: 1))
        var now: UInt64 = 1
        s.clock = {
            now += 500_000_000
            return now
        }
        let (text, failed) = QueryFixture.run(s, "find ?q where ?p said ?q, ?q matches \"(.*a){20}\"")
        XCTAssertEqual(failed, 1)
        let message = "test.nq:1:1: error: the regular expression \"(.*a){20}\" ran longer than 10 ms on one value\n"
        XCTAssertTrue(text.hasPrefix(message), text)
        XCTAssertEqual(QueryFixture.run(s, "find ?q where ?p said ?q, ?q matches \"a+b$\"").failed, 0)
    }

    func testCtrlCStopsARegularExpression() {
        let s = session(store(entities: 1))
        var polls = 0
        s.isCancelled = {
            polls += 1
            return polls > 1
        }
        let (text, failed) = QueryFixture.run(s, "find ?q where ?p said ?q, ?q matches \"(.*a){20}\"")
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(text.contains("error: cancelled"), text)
    }
}
