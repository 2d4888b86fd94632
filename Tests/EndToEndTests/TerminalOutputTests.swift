import Foundation
import TestSupport
import XCTest

/// Nothing from the data drives the terminal: file names in messages, article headers and
/// every export format reach a terminal escaped, while a pipe gets the data unchanged.
final class TerminalOutputTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-terminal-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Sets the window title, rings the bell, writes the clipboard (OSC 52), a C1 CSI and a
    /// right-to-left override.
    static let hostile = "\u{1B}]0;owned\u{07} \u{1B}]52;c;aGk=\u{07} \u{9B}2J \u{202E}txt.exe"

    /// Runs newsq on a terminal and returns all it printed and its exit status.
    private func onTerminal(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let term = try PseudoTerminal(
            executable: NewsqProcess.binary.path, arguments: arguments,
            environment: [
                "PATH": "/usr/bin:/bin", "HOME": folder, "NO_COLOR": "1",
                "TERM": "xterm",
            ])
        let status = try term.waitForExit(timeout: 60)
        return (term.output, status)
    }

    private func assertNothingRaw(_ shown: String, file: StaticString = #filePath, line: UInt = #line) {
        for raw in ["\u{1B}]", "\u{07}", "\u{9B}", "\u{202E}"] {
            let code = raw.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "?"
            XCTAssertFalse(
                shown.contains(raw), "U+\(code) reached the terminal: \(shown.debugDescription)",
                file: file, line: line)
        }
    }

    private func hostileArticle() throws -> String {
        let path = folder + "/evil\u{1B}]0;x\u{07}.txt"
        try "Title: Talks \(TerminalOutputTests.hostile)\nID: id\(TerminalOutputTests.hostile)\nDate: 2026-03-02\n\n"
            .appending("Trade Minister Ana Pereira said \"the deal \(TerminalOutputTests.hostile) is done\".\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testSkippedFileNamesAreEscapedOnATerminal() throws {
        let bad = folder + "/evil\u{1B}]0;x\u{07}\u{9B}2J.txt"
        try "".write(toFile: bad, atomically: true, encoding: .utf8)
        let script = folder + "/q.nq"
        try "find ?p where ?p type person\n".write(toFile: script, atomically: true, encoding: .utf8)
        for arguments in [
            ["--no-data", bad, "-e", "find ?p where ?p type person"],
            ["run", "--no-data", "--load", bad, script],
            ["export", "--no-data", bad],
            ["extract", bad],
        ] {
            let (shown, status) = try onTerminal(arguments)
            XCTAssertEqual(status, 1, shown)
            XCTAssertTrue(
                shown.contains("skipped") && shown.contains("evil\\e]0;x\\x07\\u{9b}2J.txt"),
                shown.debugDescription)
            assertNothingRaw(shown)
        }
    }

    func testExtractTableHeaderIsEscapedOnATerminal() throws {
        let (shown, status) = try onTerminal(["extract", "--format", "table", try hostileArticle()])
        XCTAssertEqual(status, 0, shown)
        XCTAssertTrue(shown.contains("id\\e]0;owned\\x07"), shown.debugDescription)
        assertNothingRaw(shown)
    }

    func testEveryExportFormatIsEscapedOnATerminal() throws {
        let article = try hostileArticle()
        for format in ["csv", "nquads", "jsonl"] {
            let (shown, status) = try onTerminal(["export", "--no-data", "--format", format, article])
            XCTAssertEqual(status, 0, shown)
            XCTAssertTrue(shown.contains("Pereira"), shown)
            assertNothingRaw(shown)
        }
    }

    func testAPipeGetsTheExportUnchanged() throws {
        let result = try NewsqProcess.run(["export", "--no-data", "--format", "csv", try hostileArticle()])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Talks \(TerminalOutputTests.hostile)"), result.stdout.debugDescription)
    }

    func testAMissingDataFolderIsNamedEscaped() throws {
        let result = try NewsqProcess.run([
            "--data", folder + "/evil\u{1B}]0;x\u{07}",
            "-e", "find ?p where ?p type person",
        ])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("evil\\e]0;x\\x07' does not exist"), result.stderr.debugDescription)
        assertNothingRaw(result.stderr)
    }
}
