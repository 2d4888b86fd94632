import Foundation
import TestSupport
import XCTest

/// The conventions of sqlite3 and psql that a user tries first: `--version`, a `--help` that
/// shows `-e` and `--data`, `-X`, a mistyped command named as one, the timer in every format.
final class ShellConventionTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-conventions-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Joe Biden | type | person\n".write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testVersionPrintsTheVersion() throws {
        let result = try NewsqProcess.run(["--version"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("newsq "), result.stdout)
    }

    func testTopLevelHelpShowsDashEAndData() throws {
        let result = try NewsqProcess.run(["--help"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("-e STATEMENT"), result.stdout)
        XCTAssertTrue(result.stdout.contains("--data DIR"), result.stdout)
    }

    func testAMistypedCommandIsAnErrorWithASuggestion() throws {
        let result = try NewsqProcess.run(["exract", "f.txt"], in: URL(fileURLWithPath: folder))
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("did you mean 'newsq extract'?"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testTheTimerGoesToStandardErrorInMachineFormats() throws {
        let result = try NewsqProcess.run([
            "--no-data", folder + "/people.facts", "--timer", "-e", "find ?p where ?p type person",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "p\nJoe Biden\n")
        XCTAssertTrue(result.stderr.hasPrefix("time: "), result.stderr)
    }

    func testDashEStandardInputAndScriptsStopAtTheFirstErrorAlike() throws {
        let facts = folder + "/people.facts"
        let script = folder + "/t.nq"
        try "find ?p where ?p titel ?t\nfind ?p where ?p type person\n".write(
            toFile: script, atomically: true, encoding: .utf8)
        let runs = [
            try NewsqProcess.run([
                "--no-data", facts, "-e", "find ?p where ?p titel ?t", "-e", "find ?p where ?p type person",
            ]),
            try NewsqProcess.run(
                ["--no-data", facts], stdin: "find ?p where ?p titel ?t\nfind ?p where ?p type person\n"),
            try NewsqProcess.run(["run", "--no-data", "--load", facts, script]),
        ]
        for result in runs {
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stdout, "", "the statement after the error does not run")
        }
        let goingOn = [
            try NewsqProcess.run([
                "--no-data", facts, "--keep-going", "-e", "find ?p where ?p titel ?t", "-e",
                "find ?p where ?p type person",
            ]),
            try NewsqProcess.run(
                ["--no-data", facts], stdin: ".bail off\nfind ?p where ?p titel ?t\nfind ?p where ?p type person\n"),
        ]
        for result in goingOn {
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stdout, "p\nJoe Biden\n")
        }
    }

    func testAnInitFileThatCannotBeReadIsADiagnosticAndThePromptOpens() throws {
        let environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "NEWSQ_HISTORY": "", "TERM": "xterm"]
        let term = try PseudoTerminal(
            executable: NewsqProcess.binary.path, arguments: ["--no-data", "--init", folder + "/nowhere.nq"],
            environment: environment)
        let start = try term.expect("newsq> ", timeout: 60)
        XCTAssertTrue(start.contains("newsq: \(folder)/nowhere.nq: error: cannot read the init file"), start)
        term.send("quit\r")
        XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
    }

    func testNoInitSkipsTheInitFile() throws {
        try ".format csv\n".write(toFile: folder + "/rc.nq", atomically: true, encoding: .utf8)
        let home = folder + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try ".print from newsqrc\n".write(toFile: home + "/.newsqrc", atomically: true, encoding: .utf8)
        let environment = ["PATH": "/usr/bin:/bin", "HOME": home, "NEWSQ_HISTORY": "", "TERM": "xterm"]
        for (arguments, shown) in [([String](), true), (["-X"], false)] {
            let term = try PseudoTerminal(
                executable: NewsqProcess.binary.path, arguments: ["--no-data"] + arguments, environment: environment)
            let start = try term.expect("newsq> ", timeout: 60)
            XCTAssertEqual(start.contains("from newsqrc"), shown, start)
            term.send("quit\r")
            XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
        }
    }
}
