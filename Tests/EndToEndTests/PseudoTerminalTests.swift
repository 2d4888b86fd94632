import XCTest

/// The harness itself, on /bin/sh: the child owns the terminal, sees its size, and gets SIGINT
/// from a typed Ctrl-C even though the test runner blocks SIGINT in its threads.
final class PseudoTerminalTests: XCTestCase {
    func testTheChildSeesATerminalOfTheGivenSize() throws {
        let term = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "stty size; tty -s && echo on-a-tty"],
            environment: ["PATH": "/usr/bin:/bin"], columns: 91, rows: 27)
        try term.expect("27 91")
        try term.expect("on-a-tty")
        XCTAssertEqual(try term.waitForExit(), 0)
    }

    func testCtrlCReachesTheChild() throws {
        let script = "trap 'echo caught-interrupt; exit 3' INT; echo ready; while :; do sleep 0.1; done"
        let term = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", script],
            environment: ["PATH": "/usr/bin:/bin"])
        try term.expect("ready")
        term.send("\u{3}")
        try term.expect("caught-interrupt")
        XCTAssertEqual(try term.waitForExit(), 3)
    }

    func testExpectFailsInsteadOfHanging() throws {
        let term = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "echo one"],
            environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertThrowsError(try term.expect("never printed", timeout: 5))
    }

    func testEscapeSequencesAreStrippedForMessages() {
        XCTAssertEqual(PseudoTerminal.strippingEscapes("a\u{1B}[7Gb\r\n\u{1B}]0;title\u{07}c"), "ab\nc")
    }
}
