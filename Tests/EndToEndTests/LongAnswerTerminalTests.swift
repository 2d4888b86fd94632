import Foundation
import TestSupport
import XCTest

/// Long answers on a real terminal: a table fits its width, the prompt pages an answer longer
/// than the screen through `$PAGER`, and `.pager off` prints it as it is.
final class LongAnswerTerminalTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-long-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var facts = ""
        for i in 0..<40 {
            facts += "Person Number \(i) | type | person\n"
            facts += "Person Number \(i) | said | \"" + String(repeating: "a long quote \(i) ", count: 8) + "\"\n"
        }
        try facts.write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func environment(pager: String?) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "NEWSQ_HISTORY": "", "TERM": "xterm"]
        environment["PAGER"] = pager
        return environment
    }

    func testATableFitsANarrowTerminal() throws {
        let term = try PseudoTerminal(
            executable: NewsqProcess.binary.path,
            arguments: ["--no-data", folder + "/people.facts", "-e", "find ?p, ?q where ?p said ?q"],
            environment: environment(pager: nil), columns: 50, rows: 100)
        XCTAssertEqual(try term.waitForExit(timeout: 60), 0, term.output)
        let lines = term.output.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
        XCTAssertEqual(lines.count, 42, term.output)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 50 }, term.output)
        XCTAssertTrue(lines[1].hasSuffix("…"), String(lines[1]))
    }

    func testThePromptPagesALongAnswerUntilPagerOff() throws {
        let term = try PseudoTerminal(
            executable: NewsqProcess.binary.path, arguments: ["--no-data", "-X", folder + "/people.facts"],
            environment: environment(pager: "sed s/^/paged:/"), columns: 100, rows: 10)
        try term.expect("newsq> ", timeout: 60)
        term.send("find ?p where ?p type person;\r")
        let paged = try term.expect("newsq> ")
        XCTAssertTrue(paged.contains("paged:Person Number 0"), paged)
        term.send("find ?p where ?p type person limit 3;\r")
        let short = try term.expect("newsq> ")
        XCTAssertFalse(short.contains("paged:"), "an answer that fits is printed: \(short)")
        term.send(".pager off\r")
        try term.expect("newsq> ")
        term.send("find ?p where ?p type person;\r")
        let printed = try term.expect("40 rows")
        XCTAssertFalse(printed.contains("paged:"), printed)
        // Ctrl-D once the prompt reads again: typed earlier, the terminal may drop it.
        try term.expect("newsq> ")
        term.send("\u{4}")
        XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
    }
}
