import Foundation
import TestSupport
import XCTest

/// Statements and dot-commands without a terminal: standard input, `-e`, `.run` scripts.
final class ShellTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-shell-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        Toshimitsu Motegi | type | person
        Toshimitsu Motegi | alias | Motegi
        Toshimitsu Motegi | title | Foreign Minister | of = Japan
        Lloyd Austin | type | person
        Lloyd Austin | title | Defense Secretary

        """.write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func newsq(_ stdin: String, _ extra: [String] = []) throws -> NewsqProcess.Result {
        try NewsqProcess.run(
            ["--no-data", folder + "/people.facts"] + extra, stdin: stdin,
            environment: ["HOME": folder, "NEWSQ_HISTORY": folder + "/history"])
    }

    func testDotCommandsWorkOnStandardInput() throws {
        let result = try newsq(".format csv\nfind ?t where Motegi title ?t;\n.predicates\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("t\r\nForeign Minister\r\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("title"), result.stdout)
        XCTAssertEqual(result.stderr, "")
    }

    func testADotCommandCanBeGivenWithDashE() throws {
        let result = try NewsqProcess.run(["--no-data", folder + "/people.facts", "-e", ".entities person"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Toshimitsu Motegi  (Motegi)"), result.stdout)
    }

    func testAFailedStatementMakesTheExitStatusOneAndWithBailOffTheRestStillRuns() throws {
        let result = try newsq(".bail off\nfind ?t where ?p titel ?t;\nfind ?t where Motegi title ?t;\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("Foreign Minister"), result.stdout)
        XCTAssertTrue(result.stderr.contains("<stdin>:2:"), result.stderr)
        let stopped = try newsq("find ?t where ?p titel ?t;\nfind ?t where Motegi title ?t;\n")
        XCTAssertEqual(stopped.status, 1)
        XCTAssertEqual(stopped.stdout, "", "bail is on by default")
    }

    func testMessagesNameTheLineOfTheScriptAroundDotCommands() throws {
        let result = try newsq("-- a comment\n.format tsv\n\nfind ?t where ?p titel ?t;\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("<stdin>:4:"), result.stderr)
    }

    func testAStatementOverSeveralLinesBeforeADotCommand() throws {
        let result = try newsq(
            "find ?t\n  where Motegi title ?t\n.format csv\nfind ?t where \"Lloyd Austin\" title ?t\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Foreign Minister"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Defense Secretary"), result.stdout)
    }

    func testAnUnknownCommandFailsWithASuggestion() throws {
        let result = try newsq(".lod x\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stderr,
            "<stdin>:1:1: error: unknown command '.lod'\n 1 │ .lod x\n   │ ^~~~\ndid you mean '.load'?\n")
    }

    func testUsageErrorsSayHowToUseTheCommand() throws {
        let result = try newsq(".format yaml\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stderr,
            "<stdin>:1:9: error: usage: .format table|tsv|csv|json|markdown\n 1 │ .format yaml\n   │         ^~~~\n")
    }

    func testQuitStopsTheScript() throws {
        let result = try newsq(".quit\nfind ?t where Motegi title ?t;\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stdout.contains("Foreign Minister"), result.stdout)
    }

    func testLoadReportsWhatWasAddedAndWhatWasSkipped() throws {
        let wires = folder + "/wires"
        try FileManager.default.createDirectory(atPath: wires, withIntermediateDirectories: true)
        try "Lloyd Austin | title | Secretary of Defense\n".write(
            toFile: wires + "/more.facts", atomically: true, encoding: .utf8)
        try "{ not json".write(toFile: wires + "/broken.json", atomically: true, encoding: .utf8)
        let result = try newsq(".load \(wires)\n.load \(wires)/more.facts\n.load \(folder)/nothing-here\n")
        XCTAssertTrue(result.stderr.contains("broken.json"), result.stderr)
        XCTAssertTrue(
            result.stderr.contains("<stdin>:3:7: error: .load: no such file or folder '\(folder)/nothing-here'"),
            result.stderr)
        let summaries = result.stdout.split(separator: "\n").filter {
            $0.contains(" files (") || $0.contains(" file (")
        }
        XCTAssertEqual(summaries.count, 2, result.stdout)
        XCTAssertTrue(summaries.first?.contains("+1 fact") ?? false, result.stdout)
        XCTAssertFalse(summaries.first?.contains("+1 facts") ?? true, "one fact is singular: \(result.stdout)")
        XCTAssertTrue(summaries.last?.contains("+0 facts") ?? false, "loading again adds nothing: \(result.stdout)")
        XCTAssertEqual(result.status, 1, "a path that does not exist is an error")
    }

    func testLoadShowsABadJSONLineWithACaretAndKeepsTheGoodLines() throws {
        try "{\"id\": \"w1\", \"text\": \"Lloyd Austin spoke.\"}\n{\"id\": \"w2\", \"text\": nope}\n"
            .write(toFile: folder + "/wire.jsonl", atomically: true, encoding: .utf8)
        let result = try newsq(".load \(folder)/wire.jsonl\nfind ?a where ?a type article\n")
        XCTAssertTrue(
            result.stderr.contains(
                "skipped \(folder)/wire.jsonl:2:23: error: malformed JSON: invalid literal (expected 'null')\n"
                    + " 2 │ {\"id\": \"w2\", \"text\": nope}\n"
                    + "   │                       ^\n"),
            result.stderr)
        XCTAssertTrue(result.stdout.contains("w1"), "the good line is loaded: \(result.stdout)")
        XCTAssertEqual(result.status, 1)
    }

    func testLoadTakesAGlob() throws {
        try "Kishi | type | person\n".write(toFile: folder + "/k1.facts", atomically: true, encoding: .utf8)
        try "Suga | type | person\n".write(toFile: folder + "/k2.facts", atomically: true, encoding: .utf8)
        let result = try newsq(".load \(folder)/k*.facts\n.entities person\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Kishi"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Suga"), result.stdout)
    }

    func testRunRunsAScriptAndStopsAtItsFirstError() throws {
        try
            ".format csv\nfind ?t where Motegi title ?t;\nfind ?x where ?x nope ?y;\nfind ?t where \"Lloyd Austin\" title ?t;\n"
            .write(toFile: folder + "/s.nq", atomically: true, encoding: .utf8)
        let result = try newsq(".run \(folder)/s.nq\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("Foreign Minister"), result.stdout)
        XCTAssertFalse(result.stdout.contains("Defense Secretary"), result.stdout)
        XCTAssertTrue(result.stderr.contains("\(folder)/s.nq:3:"), result.stderr)
    }

    func testAScriptThatRunsItselfStops() throws {
        try ".run \(folder)/loop.nq\n".write(toFile: folder + "/loop.nq", atomically: true, encoding: .utf8)
        let result = try newsq(".run \(folder)/loop.nq\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("nested more than"), result.stderr)
    }

    func testHelpTeachesByExample() throws {
        let result = try newsq(".help\n.help find\n.help .load\n.help nonsense\n")
        XCTAssertTrue(result.stdout.contains("who is Motegi?"), result.stdout)
        XCTAssertTrue(result.stdout.contains("find ?p, ?t where ?p title ?t [of: Japan]"), result.stdout)
        XCTAssertTrue(result.stdout.contains(".load ~/wires/2021-02/"), result.stdout)
        XCTAssertEqual(result.status, 1, "a topic there is none of is an error")
        XCTAssertTrue(result.stderr.contains("error: no help on 'nonsense'"), result.stderr)
        XCTAssertFalse(result.stdout.contains("no help on"), result.stdout)
    }

    func testHistoryIsOnlyAtThePrompt() throws {
        let result = try newsq(".history\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no history outside the prompt"), result.stderr)
    }

    func testAClosedPipeEndsQuietly() throws {
        var many = ""
        for i in 0..<300 { many += "Entity \(i) | type | thing\n" }
        try many.write(toFile: folder + "/many.facts", atomically: true, encoding: .utf8)
        let script =
            "\"$0\" --no-data \"$1\" -e 'find ?a, ?b where ?a type ?x, ?b type ?y;' | head -n 2; "
            + "echo \"status=${PIPESTATUS[0]}\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, NewsqProcess.binary.path, folder + "/many.facts"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(stdout.hasSuffix("status=0\n"), stdout)
        XCTAssertEqual(stderr, "")
    }

    func testLimitShowsAndSetsTheStatementLimits() throws {
        let result = try newsq(".limit\n.limit time 90s memory 512MB\n.limit\n.limit memory off\n.limit\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            "time: 1 min\nmemory: 1 GB\ntime: 90 s\nmemory: 512 MB\ntime: 90 s\nmemory: off\n")
        let bad = try newsq(".limit time soon\n")
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("usage: .limit [time 500ms|10s|5m|off] [memory 512MB|2GB|off]"), bad.stderr)
    }

    func testAStatementPastTheMemoryLimitFailsAndTheNextOneRuns() throws {
        let result = try newsq(
            ".bail off\n.limit memory 64B\nfind ?a, ?b, ?c where ?a type ?t, ?b type ?u, ?c title ?x\n"
                + ".limit memory 1GB\nfind ?t where Motegi title ?t\n")
        XCTAssertEqual(result.status, 1)
        let message = "<stdin>:3:1: error: the statement needs more than the memory limit (64 bytes) for its rows"
        XCTAssertTrue(
            result.stderr.contains(message),
            result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("t\nForeign Minister\n"), result.stdout)
    }

    func testMaxTimeAndMaxMemoryOptionsSetTheLimits() throws {
        let result = try newsq(".limit\n", ["--max-time", "250ms", "--max-memory", "64MB"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "time: 250 ms\nmemory: 64 MB\n")
        let bad = try newsq(".limit\n", ["--max-memory", "plenty"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--max-memory 'plenty' is not a size"), bad.stderr)
    }
}
