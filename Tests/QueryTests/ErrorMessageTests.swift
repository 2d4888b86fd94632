import NewsFacts
import XCTest

@testable import Query

/// Malformed statements and the exact messages they produce, one row per case.
final class ErrorMessageTests: XCTestCase {
    static let cases: [(statement: String, message: String)] = [
        (
            "find ?p where ?p titel ?t",
            """
            test.nq:1:18: error: unknown predicate 'titel'
             1 │ find ?p where ?p titel ?t
               │                  ^~~~~
            did you mean 'title'?

            """
        ),
        (
            "find ?q where ?p says ?q",
            """
            test.nq:1:18: error: unknown predicate 'says'
             1 │ find ?q where ?p says ?q
               │                  ^~~~
            did you mean 'said'?

            """
        ),
        (
            "find ?who where Motegi met ?who",
            """
            test.nq:1:24: error: unknown predicate 'met'
             1 │ find ?who where Motegi met ?who
               │                        ^~~
            meetings and visits are events: ask 'who met X?', or write '?e participant X, ?e participant ?who'

            """
        ),
        (
            "fnd ?p where ?p title ?t",
            """
            test.nq:1:1: error: unknown statement keyword 'fnd'
             1 │ fnd ?p where ?p title ?t
               │ ^~~
            did you mean 'find'?

            """
        ),
        (
            "find ?p wher ?p title ?t",
            """
            test.nq:1:9: error: expected 'where' after the outputs of 'find', found 'wher'
             1 │ find ?p wher ?p title ?t
               │         ^~~~
            did you mean 'where'?

            """
        ),
        (
            "find ?p where ?p title",
            """
            test.nq:1:23: error: expected a term as the object of '?p title', found the end of the input
             1 │ find ?p where ?p title
               │                       ^

            """
        ),
        (
            "find ?t where Motegu title ?t",
            """
            test.nq:1:15: error: unknown name 'Motegu'
             1 │ find ?t where Motegu title ?t
               │               ^~~~~~
            did you mean 'Toshimitsu Motegi'?

            """
        ),
        (
            "find ?p where ?p title ?t,",
            """
            test.nq:1:27: error: expected a term at the start of a clause, found the end of the input
             1 │ find ?p where ?p title ?t,
               │                           ^

            """
        ),
        (
            "find ?x where ?p title ?t",
            """
            test.nq:1:6: error: variable ?x is not bound by any pattern
             1 │ find ?x where ?p title ?t
               │      ^~

            """
        ),
        (
            "find ?p where ?p title \"Foreign Minister",
            """
            test.nq:1:24: error: unterminated string
             1 │ find ?p where ?p title "Foreign Minister
               │                        ^

            """
        ),
        (
            "find ?p where ?p title ?t limit -1",
            """
            test.nq:1:33: error: expected a whole number from 0 to 1000000000 after 'limit', found -1
             1 │ find ?p where ?p title ?t limit -1
               │                                 ^~

            """
        ),
        (
            "find ?p where ?p title ?t ordr by ?p",
            """
            test.nq:1:27: error: unexpected 'ordr' after the clauses
             1 │ find ?p where ?p title ?t ordr by ?p
               │                           ^~~~
            did you mean 'order'?

            """
        ),
        (
            "find ?p where ?p title ?t order ?p",
            """
            test.nq:1:33: error: expected 'by' after 'order', found '?p'
             1 │ find ?p where ?p title ?t order ?p
               │                                 ^~

            """
        ),
        (
            "find ?p where met(?p, ?q)",
            """
            test.nq:1:15: error: unknown rule 'met'
             1 │ find ?p where met(?p, ?q)
               │               ^~~
            define it first: rule met(?a, ?b) :- …

            """
        ),
        (
            "find ?p where minister(?p)",
            """
            test.nq:1:15: error: unknown rule 'minister'
             1 │ find ?p where minister(?p)
               │               ^~~~~~~~
            define it first: rule minister(?a) :- …

            """
        ),
        (
            "find ?p where ?p title ?t [off: Japan]",
            """
            test.nq:1:28: error: unknown qualifier 'off'
             1 │ find ?p where ?p title ?t [off: Japan]
               │                            ^~~
            did you mean 'of'?

            """
        ),
        (
            "find ?p where ?p title ?t [of Japan]",
            """
            test.nq:1:31: error: expected ':' after the qualifier 'of', found 'Japan'
             1 │ find ?p where ?p title ?t [of Japan]
               │                               ^~~~~

            """
        ),
        (
            "find ?p where ?p title ?t, ?t matches \"(\"",
            """
            test.nq:1:39: error: invalid regular expression "("
             1 │ find ?p where ?p title ?t, ?t matches "("
               │                                       ^~~

            """
        ),
        (
            "find cnt(?p) where ?p title ?t",
            """
            test.nq:1:6: error: unknown aggregate 'cnt'
             1 │ find cnt(?p) where ?p title ?t
               │      ^~~
            aggregates are count, sum, min, max, avg

            """
        ),
        (
            "find ?p, count(?t) where ?p title ?t group by ?t",
            """
            test.nq:1:6: error: ?p is neither grouped nor aggregated
             1 │ find ?p, count(?t) where ?p title ?t group by ?t
               │      ^~
            add it to 'group by' or wrap it in an aggregate such as count(?p)

            """
        ),
        (
            "find ?p where ?p title ?t, ?z > 3",
            """
            test.nq:1:28: error: variable ?z is not bound by any pattern
             1 │ find ?p where ?p title ?t, ?z > 3
               │                            ^~
            a filter tests variables that a pattern binds

            """
        ),
        (
            "find ?p where ?p title ?t ?x",
            """
            test.nq:1:27: error: expected the end of the statement, found '?x'
             1 │ find ?p where ?p title ?t ?x
               │                           ^~
            separate statements with ';' or a line break; separate clauses with ','

            """
        ),
        (
            "who iz Motegi?",
            """
            test.nq:1:5: error: expected 'is', 'holds' or 'met' after 'who', found 'iz'
             1 │ who iz Motegi?
               │     ^~
            did you mean 'who is'?

            """
        ),
        (
            "who is Smith?",
            """
            test.nq:1:8: error: unknown name 'Smith'
             1 │ who is Smith?
               │        ^~~~~
            no entity has that name or alias

            """
        ),
        (
            "what did Motegi tell?",
            """
            test.nq:1:17: error: expected 'say' after 'what did Motegi', found 'tell'
             1 │ what did Motegi tell?
               │                 ^~~~

            """
        ),
        (
            "timeline Motegi",
            """
            test.nq:1:10: error: expected 'of' after 'timeline', found 'Motegi'
             1 │ timeline Motegi
               │          ^~~~~~

            """
        ),
        (
            "explain",
            """
            test.nq:1:8: error: expected a statement after 'explain'
             1 │ explain
               │        ^

            """
        ),
        (
            "why ?p",
            """
            test.nq:1:7: error: expected a predicate after ?p, found the end of the input
             1 │ why ?p
               │       ^
            a pattern is 'subject predicate object', such as '?p title ?t'

            """
        ),
        (
            "find ?p where ?p title ?t, not (?p said _",
            """
            test.nq:1:42: error: expected ')' to close 'not (', found the end of the input
             1 │ find ?p where ?p title ?t, not (?p said _
               │                                          ^

            """
        ),
        (
            "find ?p where 1e999 title ?t",
            """
            test.nq:1:15: error: number '1e999' is too large
             1 │ find ?p where 1e999 title ?t
               │               ^~~~~

            """
        ),
        (
            "rule r(?a, ?b) :- ?a title ?t.",
            """
            test.nq:1:12: error: rule parameter ?b is not bound by the rule's body
             1 │ rule r(?a, ?b) :- ?a title ?t.
               │            ^~

            """
        ),
        (
            "?p title ?t",
            """
            test.nq:1:1: error: a statement starts with a keyword such as 'find', not '?p'
             1 │ ?p title ?t
               │ ^~
            write 'find … where …' or a question such as 'who is Motegi?'

            """
        ),
        (
            "find ?t where 2021-02 title ?t",
            """
            test.nq:1:15: error: a subject is an entity, not 2021-02
             1 │ find ?t where 2021-02 title ?t
               │               ^~~~~~~

            """
        ),
        (
            "find ?p where ?p title ?t, ?t = \u{1B}[31m",
            """
            test.nq:1:33: error: unexpected character '\\e'
             1 │ find ?p where ?p title ?t, ?t = \\e[31m
               │                                 ^~

            """
        ),
        (
            "find ?p where ?p title ?t, ?t contains \"a\\q\"",
            """
            test.nq:1:42: error: unknown escape '\\q' in a string (use \\" \\\\ \\n \\t)
             1 │ find ?p where ?p title ?t, ?t contains "a\\q"
               │                                          ^~

            """
        ),
    ]

    func testEachMalformedStatementHasItsExactMessage() throws {
        let store = try QueryFixture.sampleStore()
        XCTAssertGreaterThanOrEqual(Self.cases.count, 25)
        for (statement, message) in Self.cases {
            let session = QuerySession(store: store)
            let (text, failed) = QueryFixture.run(session, statement)
            XCTAssertEqual(text, message, "for: \(statement)")
            XCTAssertEqual(failed, 1, "for: \(statement)")
        }
    }

    func testOnePassReportsEveryBadStatementAndRunsTheGoodOnes() throws {
        let session = QuerySession(store: try QueryFixture.sampleStore())
        let (text, failed) = QueryFixture.run(
            session, "find ?p where ?p titel ?t\nfind ?p where ?p alias Biden\n\nfnd ?x")
        XCTAssertEqual(failed, 2)
        XCTAssertTrue(text.contains("test.nq:1:18: error: unknown predicate 'titel'"))
        XCTAssertTrue(text.contains("Joe Biden\n1 row\n"))
        XCTAssertTrue(text.contains("test.nq:4:1: error: unknown statement keyword 'fnd'"), text)
    }

    func testStopAtFirstErrorStops() throws {
        let session = QuerySession(store: try QueryFixture.sampleStore())
        let (text, failed) = QueryFixture.run(session, "fnd ?x\nfind ?p where ?p alias Biden", stop: true)
        XCTAssertEqual(failed, 1)
        XCTAssertFalse(text.contains("Joe Biden"))
    }

    func testAmbiguousNamesListTheCandidates() {
        let store = FactStore()
        store.assert(subject: .entity("Kim Jong Un"), predicate: "type", object: .text("person"))
        store.assert(subject: .entity("Kim Jong Un"), predicate: "alias", object: .text("Kim"))
        store.assert(subject: .entity("Kim Yo Jong"), predicate: "type", object: .text("person"))
        store.assert(subject: .entity("Kim Yo Jong"), predicate: "alias", object: .text("Kim"))
        let (text, _) = QueryFixture.run(QuerySession(store: store), "find ?t where Kim type ?t")
        XCTAssertEqual(
            text,
            """
            test.nq:1:15: error: 'Kim' is ambiguous: 2 entities have that name
             1 │ find ?t where Kim type ?t
               │               ^~~
            it could be:
              Kim Jong Un (person)
              Kim Yo Jong (person)
            write the full name in quotes

            """)
    }

    func testQuestionsThatNeedANameSayWhenGivenAVariable() {
        let session = QuerySession(store: (try? QueryFixture.sampleStore()) ?? FactStore())
        // These failed before with no message at all.
        let (card, cardFailed) = QueryFixture.run(session, "who is ?x?")
        XCTAssertEqual(cardFailed, 1)
        XCTAssertEqual(card, "test.nq:1:8: error: 'who is' takes a name, not ?x\n 1 │ who is ?x?\n   │        ^~\n")
        let (timeline, timelineFailed) = QueryFixture.run(session, "timeline of ?x")
        XCTAssertEqual(timelineFailed, 1)
        XCTAssertEqual(
            timeline,
            "test.nq:1:13: error: 'timeline of' takes a name, not ?x\n 1 │ timeline of ?x\n   │             ^~\n")
    }
}
