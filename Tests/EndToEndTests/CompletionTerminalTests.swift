import Foundation
import TestSupport
import XCTest

/// Tab completion through libedit on a real terminal, for what spans more than the word at the
/// cursor: the words of a name typed without quotes are replaced together.
final class CompletionTerminalTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-complete-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        Antony Blinken | type | person
        Antony Blinken | title | Secretary of State | of = United States
        Lloyd Austin | type | person
        Lloyd Austin | title | Defense Secretary

        """.write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func start() throws -> PseudoTerminal {
        let term = try PseudoTerminal(
            executable: NewsqProcess.binary.path, arguments: ["--no-data", "-X", folder + "/people.facts"],
            environment: ["PATH": "/usr/bin:/bin", "HOME": folder, "NEWSQ_HISTORY": "", "TERM": "xterm"])
        try term.expect("newsq> ", timeout: 60)
        return term
    }

    func testTheWordsOfANameCompleteTogether() throws {
        let term = try start()
        term.send("find ?t where Antony B\t")
        term.send("title ?t;\r")
        let answer = try term.expect("newsq> ")
        XCTAssertTrue(answer.contains("Secretary of State"), answer)
        XCTAssertFalse(answer.contains("error"), answer)
        term.send("\u{4}")
        XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
    }

    func testATitleCompletesAfterWhoHolds() throws {
        let term = try start()
        term.send("who holds Defense S\t")
        term.send("?\r")
        let answer = try term.expect("newsq> ")
        XCTAssertTrue(answer.contains("Lloyd Austin"), answer)
        term.send("\u{4}")
        XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
    }
}
