import Foundation
import XCTest

@testable import NewsqCLI

/// A statement cancelled with Ctrl-C is said to be cancelled in one line: no caret under a
/// text that did nothing wrong, and no place at the prompt.
final class CancelMessageTests: XCTestCase {
    func testACancelledStatementAtThePromptIsOneWord() throws {
        let f = try ShellFixture()
        f.session.isCancelled = { true }
        XCTAssertEqual(
            f.shell.feed("find ?p where ?p type person;"), .ran(text: "find ?p where ?p type person;", failed: true))
        XCTAssertEqual(f.errors, "cancelled\n")
    }

    func testACancelledStatementInAScriptNamesItsLine() throws {
        let f = try ShellFixture()
        f.session.isCancelled = { true }
        XCTAssertEqual(f.shell.runScript("\nfind ?p where ?p type person\n", sourceName: "t.nq"), 1)
        XCTAssertEqual(f.errors, "t.nq:2: error: cancelled\n")
    }

    func testEachStatementOfALineSaysItWasCancelled() throws {
        // A message is shown once a statement, not once a line: the same words from two
        // statements are two messages.
        let f = try ShellFixture()
        f.session.isCancelled = { true }
        _ = f.shell.feed("find ?p where ?p type person; find ?q where ?q alias Kishi;")
        XCTAssertEqual(f.errors, "cancelled\ncancelled\n")
    }
}
