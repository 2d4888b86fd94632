import NewsFacts
import XCTest

@testable import Query

/// QueryCompleter, the one completion engine (the prompt's Tab goes through it).
final class QueryCompleterTests: XCTestCase {
    private func complete(_ line: String, _ completer: QueryCompleter) -> [String] {
        completer.complete(line: line, cursor: line.utf8.count).candidates
    }

    func testKeywordsPredicatesVariablesAndNames() throws {
        let completer = QueryCompleter(store: try QueryFixture.sampleStore())
        XCTAssertEqual(complete("fi", completer), ["find"])
        let c = completer.complete(line: "find ?p where ?p tit", cursor: 20)
        XCTAssertEqual(c.replacementStart, 17)
        XCTAssertEqual(c.candidates, ["title"])
        XCTAssertEqual(complete("find ?person where ?pe", completer), ["?person"])
        XCTAssertEqual(complete("who is Ant", completer), ["\"Antony Blinken\""])
    }

    func testTheCursorMayStandInsideTheLine() throws {
        let completer = QueryCompleter(store: try QueryFixture.sampleStore())
        let c = completer.complete(line: "fi ?p where ?p alias Kishi", cursor: 2)
        XCTAssertEqual(c.replacementStart, 0)
        XCTAssertEqual(c.candidates, ["find"])
    }

    func testKeywordsAreListedInAStableSortedOrder() throws {
        let completer = QueryCompleter(store: try QueryFixture.sampleStore())
        // `explain ?x o⇥` is no known context: keywords, variables and names are offered.
        let offered = complete("explain ?x o", completer)
        XCTAssertEqual(offered, ["of", "offset", "optional", "order"])
    }

    func testEntityTypesAndNamesFollowTheStore() throws {
        let store = try QueryFixture.sampleStore()
        let completer = QueryCompleter(store: store)
        XCTAssertTrue(completer.entityTypes().contains("person"))
        XCTAssertEqual(complete("who is Zzy", completer), [])
        store.load(try FactsFile.parse("Zzyzx Quill | type | person\n", articleID: "z", file: "z.facts"))
        XCTAssertEqual(complete("who is Zzy", completer), ["\"Zzyzx Quill\""], "names are read again after a load")
    }

    func testQuotedIfNeeded() {
        XCTAssertEqual(QueryCompleter.quotedIfNeeded("Motegi"), "Motegi")
        XCTAssertEqual(QueryCompleter.quotedIfNeeded("Antony Blinken"), "\"Antony Blinken\"")
        XCTAssertEqual(QueryCompleter.quotedIfNeeded("where"), "\"where\"")
        XCTAssertEqual(QueryCompleter.quotedIfNeeded("2021"), "\"2021\"")
        XCTAssertEqual(QueryCompleter.quotedIfNeeded("Motegi", force: true), "\"Motegi\"")
    }

    func testLexerKeepsOffsetsAndRunsAnOpenStringToTheEnd() {
        let tokens = CompletionLexer.tokens("find ?p where ?p said \"Jo")
        XCTAssertEqual(tokens.map(\.text), ["find", "?p", "where", "?p", "said", "\"Jo"])
        XCTAssertEqual(tokens.last?.kind, .string)
        XCTAssertEqual(tokens.last?.end, 25)
        XCTAssertEqual(CompletionLexer.tokens("-- only a comment\n   "), [])
    }
}

/// The one list of the language's words.
final class VocabularyTests: XCTestCase {
    func testEveryStatementKeywordStartsAStatement() {
        for word in Vocabulary.statementKeywords {
            XCTAssertTrue(Vocabulary.keywords.contains(word), word)
        }
    }

    func testReservedWordsAreKeywordsAndMustBeQuotedAsNames() {
        for word in Vocabulary.reservedInTerms {
            XCTAssertTrue(Vocabulary.keywords.contains(word), word)
            XCTAssertFalse(TermRef.isBare(word), word)
        }
    }
}
