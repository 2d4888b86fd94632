import NewsFacts
import XCTest

@testable import Query

/// Limits on what one text may hold: nesting (every recursive rule of the grammar), tokens a
/// statement, tokens a script. Each is a normal error; nothing is dropped without one.
final class InputLimitTests: XCTestCase {
    private func session() throws -> QuerySession {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        return s
    }

    func testExplainNestedPastTheDepthLimitIsAnErrorAtTheToken() throws {
        let s = try session()
        // 4,500 deep overflowed the stack before.
        let (text, failed) = QueryFixture.run(s, String(repeating: "explain ", count: 4_500) + "who is Motegi?")
        XCTAssertEqual(failed, 1)
        let column = 8 * Parser.maxDepth + 1
        let message = "test.nq:1:\(column): error: 'explain' nested more than \(Parser.maxDepth) deep\n"
        XCTAssertTrue(text.hasPrefix(message), String(text.prefix(200)))
        // Within the limit it runs.
        let ok = QueryFixture.run(s, String(repeating: "explain ", count: Parser.maxDepth) + "who is Motegi?")
        XCTAssertEqual(ok.failed, 0, String(ok.text.prefix(300)))
    }

    func testClausesAndExplainShareOneDepthLimit() throws {
        let s = try session()
        let half = Parser.maxDepth / 2
        let inner =
            "find ?p where ?p type person, "
            + String(
                repeating: "not (",
                count: half) + "?p said _" + String(repeating: ")", count: half)
        XCTAssertEqual(QueryFixture.run(s, String(repeating: "explain ", count: half - 2) + inner).failed, 0)
        let (text, failed) = QueryFixture.run(s, String(repeating: "explain ", count: half + 2) + inner)
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(
            text.contains("error: clauses nested more than \(Parser.maxDepth) deep"),
            String(text.prefix(300)))
    }

    func testEveryStatementOfALongScriptRuns() throws {
        let s = try session()
        var script = ""
        for i in 0..<30_000 { script += "find ?p where ?p alias \"nobody \(i)\";\n" }
        script += "find count(*) where ?p type person\n"
        var outputs = 0, last = ""
        let failed = s.run(
            script, sourceName: "long.nq", stopAtFirstError: false,
            output: {
                outputs += 1
                last = $0
            }, errors: { XCTFail($0) })
        XCTAssertEqual(failed, 0)
        XCTAssertEqual(outputs, 30_001)
        XCTAssertEqual(last, "count(*)\n5\n")
    }

    func testAStatementOverTheTokenLimitFailsAloneAndTheOthersRun() throws {
        let s = try session()
        let long =
            "find ?p where "
            + Array(
                repeating: "?p type person",
                count: Parser.maxStatementTokens / 3 + 10
            ).joined(separator: ", ")
        var out = ""
        let failed = s.run(
            "find count(*) where ?p type person\n" + long + "\nfind count(*) where ?c type country\n",
            sourceName: "t.nq",
            stopAtFirstError: false, output: { out += $0 }, errors: { out += $0 })
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(out.hasPrefix("count(*)\n5\nt.nq:2:"), String(out.prefix(200)))
        XCTAssertTrue(
            out.contains("error: the statement holds more than \(Parser.maxStatementTokens) tokens"),
            String(out.prefix(300)))
        let countries = QueryFixture.run(s, "find count(*) where ?c type country").text
        XCTAssertTrue(out.hasSuffix("\n" + countries), String(out.suffix(200)))
    }

    func testATextOverTheTokenLimitIsRefusedWhole() throws {
        let s = try session()
        let statement = "find ?p where ?p type person limit 1;\n" // 10 tokens
        let script = String(repeating: statement, count: Lexer.maxTokens / 10 + 1)
        var out = "", ran = 0
        let failed = s.run(
            script, sourceName: "huge.nq", stopAtFirstError: false,
            output: { _ in ran += 1 }, errors: { out += $0 })
        XCTAssertEqual(failed, 1)
        XCTAssertEqual(ran, 0, "nothing of a refused text runs")
        let message = "huge.nq:1:1: error: the text holds more than \(Lexer.maxTokens) tokens; none of it was run"
        XCTAssertTrue(out.hasPrefix(message), out)
    }

    func testEveryBadStatementOfALongScriptIsReportedAtItsLineFromOneScanOfTheText() throws {
        // Each diagnostic scanned the whole script for its lines (a copy of its bytes too):
        // a script of N bad statements cost N scans, 21 s at 25,000 statements.
        let bad = 3_000
        let script = String(repeating: "find ?x where ?x ?p\n\n", count: bad)
        let source = SourceText(name: "bad.nq", text: script)
        var parser = Parser(source: source)
        let errors = parser.parseScript().compactMap { item -> Diagnostic? in
            if case .error(let d) = item { return d }
            return nil
        }
        XCTAssertEqual(errors.count, bad)
        XCTAssertEqual(errors.map(\.line), Array(stride(from: 1, to: 2 * bad, by: 2)))
        XCTAssertEqual(errors.last?.column, 20)
        XCTAssertEqual(errors.last?.lineText, "find ?x where ?x ?p")
        XCTAssertEqual(source.lineScans, 1, "the lines of the text are found once, not once a diagnostic")
    }
}
