import XCTest

@testable import Query

/// Tokens are a kind and a byte range of the statement's text: what the parser reads from
/// them (keywords, names, string contents, variable names) is the text as the user wrote it.
final class TokenTextTests: XCTestCase {
    private func statement(_ text: String) throws -> Statement {
        var parser = Parser(source: SourceText(name: "test.nq", text: text))
        let items = parser.parseScript()
        guard items.count == 1, case .statement(let parsed) = items[0] else {
            XCTFail("expected one statement from \(text), got \(items)")
            throw XCTSkip()
        }
        return parsed.statement
    }

    func testAStringTokenCoversItsQuotesAndReadsAsItsContentWithEscapesResolved() {
        let scan = Lexer.scan(#"?x said "a \"b\"\tc\\" "plain""#)
        let strings = scan.tokens.filter { $0.kind == .string }
        XCTAssertEqual(strings.map(\.range), [8..<22, 23..<30])
        XCTAssertEqual(strings.map { $0.text(in: scan.bytes) }, ["a \"b\"\tc\\", "plain"])
    }

    func testAVariableReadsAsItsNameWithoutTheQuestionMark() {
        let scan = Lexer.scan("?pé, ?o")
        XCTAssertEqual(
            scan.tokens.filter { $0.kind == .variable }.map { $0.text(in: scan.bytes) }, ["pé", "o"])
    }

    func testAKeywordIsTheWholeWordNotAPrefixOrALongerWord() {
        let scan = Lexer.scan("find finds fin")
        let words = scan.tokens.filter { $0.kind == .word }
        XCTAssertEqual(words.map { $0.isWord("find", in: scan.bytes) }, [true, false, false])
    }

    func testAnErrorTokenKeepsItsMessageBesideTheTokens() {
        let scan = Lexer.scan("find ?p where ?p title \"open")
        let error = scan.tokens.first { $0.kind == .error }
        XCTAssertEqual(error.map { scan.messages[Int($0.message)] }, "unterminated string")
        XCTAssertEqual(error?.range, 23..<24)
    }

    func testCapitalisedWordsJoinIntoOneNameWithSingleSpacesWhateverTheBlankBetween() throws {
        guard case .find(let q) = try statement("find ?t where Antony \t Blinken title ?t"),
            case .pattern(let p) = q.clauses[0], case .name(let name, let quoted, let range) = p.subject
        else { return XCTFail("expected a pattern about a name") }
        XCTAssertEqual(name, "Antony Blinken")
        XCTAssertFalse(quoted)
        XCTAssertEqual(range, 14..<30)
    }

    func testAStringEndingInAnEscapedBackslashEndsAtItsClosingQuote() {
        let scan = Lexer.scan(#""x\\" ?y"#)
        XCTAssertEqual(scan.tokens.map(\.kind), [.string, .variable, .eof])
        XCTAssertEqual(scan.tokens[0].range, 0..<5)
        XCTAssertEqual(scan.tokens[0].text(in: scan.bytes), "x\\")
    }

    func testAFilterConstantWithAnEscapeReadsAsItsDecodedText() throws {
        guard case .find(let q) = try statement(#"find ?q where ?p said ?q, ?q = "tab\there""#),
            case .filter(let f) = q.clauses[1], case .name(let text, true, _) = f.right
        else { return XCTFail("expected a filter against a quoted constant") }
        XCTAssertEqual(text, "tab\there")
    }

    func testNonASCIICapitalisedWordsJoinIntoOneName() throws {
        guard case .question(.whoIs(.name(let name, false, let range)), _) = try statement("who is Émile Zoë Ortiz?")
        else { return XCTFail("expected 'who is' a bare name") }
        XCTAssertEqual(name, "Émile Zoë Ortiz")
        XCTAssertEqual(range, 7..<24)
    }

    func testAnErrorAfterANonASCIIStringIsAtItsColumnInCharacters() {
        var parser = Parser(source: SourceText(name: "test.nq", text: #"find ?s where ?s said "Zoë" ?x"#))
        _ = parser.parseScript()
        XCTAssertEqual(parser.diagnostics.map(\.message), ["expected the end of the statement, found '?x'"])
        XCTAssertEqual(parser.diagnostics.map(\.column), [29])
    }

    func testADoubledEqualsSignIsWrittenBackAsOneInTheContextOfAnError() {
        var parser = Parser(source: SourceText(name: "test.nq", text: "find ?a where ?a title ?t, ?a == ,"))
        _ = parser.parseScript()
        XCTAssertEqual(parser.diagnostics.map(\.message), ["expected a term after '=', found ','"])
    }
}
