import NewsFacts
import XCTest

@testable import Query

final class LanguageTests: XCTestCase {
    var session: QuerySession!

    override func setUpWithError() throws {
        session = QuerySession(store: try QueryFixture.sampleStore())
    }

    private func run(_ s: String) -> String { QueryFixture.run(session, s).text }

    // MARK: - Names, literals, dates

    func testBareCapitalisedWordsJoinIntoOneName() {
        XCTAssertEqual(run("find ?t where Antony Blinken title ?t"), "t\nSecretary of State\n1 row\n")
        XCTAssertEqual(run("find ?t where \"antony blinken\" title ?t"), "t\nSecretary of State\n1 row\n")
    }

    func testALiteralPredicateMatchesTextConstants() {
        XCTAssertEqual(run("find ?e where ?e kind talks order by ?e"), "e\ndefense-talks#1\nphone-talks#1\n2 rows\n")
        XCTAssertEqual(run("find ?p where ?p title \"Prime Minister\""), "p\n0 rows\n")
    }

    func testATextConstantInAnotherCaseFindsTheStoredText() {
        XCTAssertEqual(run("find ?p where ?p title \"secretary of state\""), "p\nAntony Blinken\n1 row\n")
        XCTAssertEqual(
            run("who holds \"SECRETARY OF STATE\"?"), "who             of\nAntony Blinken  United States\n1 row\n")
    }

    func testATextConstantStoredAsWrittenMatchesOnlyThatText() {
        let store = FactStore()
        store.assert(subject: .entity("A"), predicate: "title", object: .text("Trade Minister"))
        store.assert(subject: .entity("B"), predicate: "title", object: .text("trade minister"))
        let s = QuerySession(store: store)
        XCTAssertEqual(QueryFixture.run(s, "find ?p where ?p title \"trade minister\"").text, "p\nB\n1 row\n")
        XCTAssertEqual(
            QueryFixture.run(s, "find ?p where ?p title \"TRADE MINISTER\" order by ?p").text, "p\nA\nB\n2 rows\n")
    }

    func testATextConstantFindsTheStoredTextWrittenWithAccents() {
        let store = FactStore()
        store.assert(subject: .entity("A"), predicate: "title", object: .text("Président"))
        let s = QuerySession(store: store)
        XCTAssertEqual(QueryFixture.run(s, "find ?p where ?p title president").text, "p\nA\n1 row\n")
    }

    func testQuotesAreNotFoldedForAConstantInAnotherCase() {
        let store = FactStore()
        for i in 0...LiteralPredicateCache.foldedObjectsLimit {
            store.assert(subject: .entity("P\(i % 7)"), predicate: "said", object: .text("Statement \(i)"))
        }
        let s = QuerySession(store: store)
        XCTAssertEqual(QueryFixture.run(s, "find ?p where ?p said \"Statement 12\"").text, "p\nP5\n1 row\n")
        XCTAssertEqual(QueryFixture.run(s, "find ?p where ?p said \"statement 12\"").text, "p\n0 rows\n")
    }

    func testMonthPrecisionDatesOverlapDayRanges() {
        XCTAssertEqual(run("find ?e where ?e date ?d, ?d between 2021-02-10 and 2021-03-01"), "e\nvisit-us#1\n1 row\n")
        XCTAssertEqual(run("find ?e where ?e date ?d, ?d >= 2021-02"), "e\nvisit-us#1\n1 row\n")
        XCTAssertEqual(
            run("find ?e where ?e date ?d, ?d < 2021-01-25 order by ?e"), "e\ndefense-talks#1\ninauguration#1\n2 rows\n"
        )
        XCTAssertEqual(run("find ?e where ?e date ?d, ?d = 2021-02-14"), "e\nvisit-us#1\n1 row\n")
    }

    func testRecursiveRulesReachAFixpoint() {
        let store = FactStore()
        for (a, b) in [("A", "B"), ("B", "C"), ("C", "D"), ("D", "B")] {
            store.assert(subject: .entity(a), predicate: "next", object: .entity(b))
            store.assert(subject: .entity(a), predicate: "type", object: .text("node"))
        }
        let s = QuerySession(store: store)
        let text = QueryFixture.run(
            s,
            """
            rule reach(?a, ?b) :- ?a next ?b.
            rule reach(?a, ?c) :- reach(?a, ?b), ?b next ?c.
            find ?x where reach(A, ?x) order by ?x
            find ?n where ?n type node, not reach(?n, A)
            """
        ).text
        XCTAssertEqual(
            text,
            """
            rule reach/2 defined (1 clause)
            rule reach/2 defined (2 clauses)
            x
            B
            C
            D
            3 rows
            n
            A
            B
            C
            D
            4 rows

            """)
    }

    func testAggregatesGroupAndOrder() {
        XCTAssertEqual(
            run("find ?kind, count(?e) where ?e kind ?kind group by ?kind order by count(?e) desc, ?kind limit 2"),
            "kind          count(e)\ntalks         2\ninauguration  1\n2 rows\n")
        XCTAssertEqual(run("find count(*) where ?p type person"), "count(*)\n5\n1 row\n")
        XCTAssertEqual(
            run("find min(?d), max(?d) where ?e date ?d"), "min(d)      max(d)\n2021-01-20  2021-02\n1 row\n")
    }

    func testOptionalLeavesUnmatchedVariablesEmpty() {
        session.options.format = .json
        XCTAssertEqual(
            run("find ?e, ?m where ?e kind talks, optional ?e medium ?m order by ?e"),
            "{\"e\":\"defense-talks#1\",\"m\":null}\n{\"e\":\"phone-talks#1\",\"m\":\"phone\"}\n")
    }

    // MARK: - Output

    func testFormats() {
        let q = "find ?p, ?t where ?p title ?t, ?p alias Biden"
        session.options.format = .tsv
        XCTAssertEqual(run(q), "p\tt\nJoe Biden\tPresident\n")
        session.options.format = .csv
        XCTAssertEqual(
            run("find ?q where Motegi said ?q, ?q contains \"canada\""),
            "q\r\n\"His talks with Japan, with myself, were the second following Canada.\"\r\n")
        session.options.format = .markdown
        XCTAssertEqual(run(q), "| p | t |\n| --- | --- |\n| Joe Biden | President |\n")
        session.options.format = .json
        XCTAssertEqual(
            run("find ?p, count(?t) where ?p title ?t, ?p alias Biden"), "{\"p\":\"Joe Biden\",\"count(t)\":1}\n")
    }

    func testSourcesListTheFactsBehindEachRow() {
        session.options.showSources = true
        XCTAssertEqual(
            run("find ?p, ?t where ?p title ?t, ?p alias Biden"),
            "p          t          sources\nJoe Biden  President  sample.facts s14 s13\n1 row\n")
    }

    func testTerminalSafeEscapesControls() {
        XCTAssertEqual(TerminalSafe.escape("a\u{1B}[2Jb\u{07}"), "a\\e[2Jb\\x07")
        XCTAssertEqual(TerminalSafe.escape("\u{9B}31m"), "\\u{9b}31m")
        XCTAssertEqual(TerminalSafe.escape("line\nnext\t"), "line\\nnext\\t")
        XCTAssertEqual(TerminalSafe.escape("line\nnext", keepLineBreaks: true), "line\nnext")
        XCTAssertEqual(TerminalSafe.escape("Motegi 茂木 é"), "Motegi 茂木 é")
        let store = FactStore()
        store.assert(subject: .entity("X"), predicate: "said", object: .text("evil\u{1B}]0;title\u{07}"))
        XCTAssertEqual(
            QueryFixture.run(QuerySession(store: store), "find ?s where X said ?s").text,
            "s\nevil\\e]0;title\\x07\n1 row\n")
    }

    // MARK: - REPL support

    func testIsComplete() {
        XCTAssertTrue(session.isComplete("who is Motegi?"))
        XCTAssertTrue(session.isComplete("find ?p where ?p title ?t;"))
        XCTAssertTrue(session.isComplete("find ?p where ?p title ?t\n"), "a blank line ends it")
        XCTAssertTrue(session.isComplete("rule r(?a) :- ?a type person."))
        // Complete as far as the parser goes, but not ended: `order by` may follow.
        XCTAssertFalse(session.isComplete("find ?p where ?p title ?t"))
        XCTAssertFalse(session.isComplete("find ?p, ?t\n  where ?p title ?t,\n        ?p type person"))
        XCTAssertFalse(session.isComplete("find ?p where ?p title ?t,"))
        XCTAssertFalse(session.isComplete("find ?p, ?t"))
        XCTAssertFalse(session.isComplete("find ?p where ?p title \"Foreign"))
        XCTAssertFalse(session.isComplete("find ?p where not (?p said _"))
        XCTAssertFalse(session.isComplete("rule met(?a, ?b) :-"))
        XCTAssertFalse(session.isComplete(""))
        XCTAssertTrue(session.isComplete("fnd ?p;")) // ended, and wrong: the REPL reports it
    }

    func testMultiLineStatementsInScripts() {
        let text = run(
            "find ?p, ?t\n  where ?p title ?t,\n        ?p alias Biden\n  order by ?p\nfind ?x where ?x alias Kishi")
        XCTAssertEqual(text, "p          t\nJoe Biden  President\n1 row\nx\nNobuo Kishi\n1 row\n")
    }

    // MARK: - Bad input

    func testBadInputNeverCrashesOrHangs() {
        let inputs = [
            "", " ", "\n\n;;;", String(repeating: "(", count: 100_000),
            "find ?p where " + String(repeating: "not (", count: 5_000) + "?p said _",
            "find ?p where ?p title ?t limit 1" + String(repeating: "9", count: 400),
            "find ?p where ?p title \"" + String(repeating: "x", count: 1_000_000),
            String(repeating: "find ?p where ?p title ?t ", count: 40_000),
            "\u{0}\u{1}\u{7}\u{1B}\u{9B}\u{7F}", "?", "??", "\"", "find", "who", "rule", "rule x(", "why _ _ _ [",
            "find ?p where ?p title ?t [of: [of: ]]",
        ]
        for input in inputs {
            let (_, failed) = QueryFixture.run(session, input)
            XCTAssertLessThanOrEqual(failed, 100_000)
        }
        XCTAssertEqual(QueryFixture.run(session, "").failed, 0)
    }

    func testCancellationStopsAQuery() {
        var polls = 0
        session.isCancelled = {
            polls += 1
            return true
        }
        let (text, failed) = QueryFixture.run(session, "find ?a, ?b where ?a ?p ?x, ?b ?q ?y")
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(text.contains("error: cancelled"), text)
        XCTAssertGreaterThan(polls, 0)
    }

    func testExplainShowsTheDesugaredFind() {
        let text = run("explain who met Blinken?")
        XCTAssertTrue(
            text.hasPrefix(
                "find distinct ?who where ?e participant Blinken, ?e participant ?who, ?who != Blinken, "
                    + "?who type person, ?e kind ?kind, ?kind in (\"meeting\", \"talks\", \"phone talks\", \"summit\", "
                    + "\"call\", \"phone call\", \"video call\", \"interview\", \"visit\") order by ?who\nplan"
            ), text)
    }
}
