import XCTest

@testable import NewsqCLI

/// The prompt's Tab completion, called directly (the pty tests drive it through libedit).
final class InputCompleterTests: XCTestCase {
    private func candidates(_ line: String, _ completer: InputCompleter) -> [String] {
        completer.complete(line: line, cursor: line.utf8.count).candidates
    }

    func testStatementKeywordsAtTheStart() throws {
        let completer = InputCompleter(shell: try ShellFixture().shell)
        XCTAssertEqual(candidates("fi", completer), ["find"])
        XCTAssertEqual(candidates("ti", completer), ["timeline"])
    }

    func testPredicatesAfterASubjectWithTheWordStart() throws {
        let completer = InputCompleter(shell: try ShellFixture().shell)
        let c = completer.complete(line: "find ?p where ?p tit", cursor: 20)
        XCTAssertEqual(c.replacementStart, 17)
        XCTAssertEqual(c.candidates, ["title"])
    }

    func testVariablesOfTheStatement() throws {
        let completer = InputCompleter(shell: try ShellFixture().shell)
        XCTAssertEqual(candidates("find ?person where ?pe", completer), ["?person"])
    }

    func testEntityNamesAreQuotedWhenTheyHoldSpaces() throws {
        let completer = InputCompleter(shell: try ShellFixture().shell)
        XCTAssertEqual(candidates("who is Ant", completer), ["\"Antony Blinken\""])
        XCTAssertEqual(candidates("who is Kis", completer), ["Kishi"])
    }

    func testDotCommandsAndTheirArguments() throws {
        let completer = InputCompleter(shell: try ShellFixture().shell)
        XCTAssertEqual(candidates(".fo", completer), [".format"])
        XCTAssertEqual(candidates(".format c", completer), ["csv"])
        XCTAssertEqual(candidates(".sources o", completer), ["on", "off"])
    }

    func testQuotingKeepsBackslashesAndQuotesReadable() {
        XCTAssertEqual(InputCompleter.quotedIfNeeded("Motegi"), "Motegi")
        XCTAssertEqual(InputCompleter.quotedIfNeeded("find"), "\"find\"", "a keyword is not a bare name")
        XCTAssertEqual(InputCompleter.quotedIfNeeded(#"a "b" \c"#), #""a \"b\" \\c""#)
    }
}
