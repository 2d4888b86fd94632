import Foundation
import TestSupport
import XCTest

/// One policy: any input skipped (a missing or unreadable file, a malformed facts file) makes
/// the exit status 1, while everything else still loads and answers.
final class ExitStatusTests: XCTestCase {
    private var folder = ""
    private var facts = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-status-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        facts = folder + "/people.facts"
        try "Joe Biden | type | person\n".write(toFile: facts, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private let people = ["-e", "find ?p where ?p type person"]

    private func assertSkippedButAnswered(
        _ result: NewsqProcess.Result, naming name: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(
            result.stderr.contains("skipped") && result.stderr.contains(name), result.stderr,
            file: file, line: line)
        XCTAssertTrue(
            result.stdout.contains("Joe Biden"), "the rest still loads: \(result.stdout)",
            file: file, line: line)
    }

    func testAMissingFileMakesTheStatusOne() throws {
        let result = try NewsqProcess.run(["--no-data", facts, folder + "/missing.txt"] + people)
        assertSkippedButAnswered(result, naming: "missing.txt")
    }

    func testAMalformedTSVMakesTheStatusOne() throws {
        let tsv = folder + "/bad.tsv"
        try "only\ttwo\n".write(toFile: tsv, atomically: true, encoding: .utf8)
        assertSkippedButAnswered(try NewsqProcess.run(["--no-data", facts, tsv] + people), naming: "bad.tsv")
    }

    func testAMalformedFactsFileMakesTheStatusOne() throws {
        let bad = folder + "/bad.facts"
        try "a | b\n".write(toFile: bad, atomically: true, encoding: .utf8)
        assertSkippedButAnswered(try NewsqProcess.run(["--no-data", facts, bad] + people), naming: "bad.facts")
    }

    func testABadFileInTheDataFolderMakesTheStatusOneFromStandardInputToo() throws {
        try Data([0, 1, 2]).write(to: URL(fileURLWithPath: folder + "/binary.txt"))
        let result = try NewsqProcess.run(["--data", folder], stdin: "find ?p where ?p type person\n")
        assertSkippedButAnswered(result, naming: "binary.txt")
    }

    func testAnUnreadableFileMakesTheStatusOne() throws {
        guard let launcher = NewsqProcess.unprivileged else { throw XCTSkip("cannot drop root to test permissions") }
        let secret = folder + "/secret.txt"
        try "Minister Ana Lopes spoke.\n".write(toFile: secret, atomically: true, encoding: .utf8)
        chmod(secret, 0)
        chmod(folder, 0o777)
        let result = try NewsqProcess.run(["--no-data", facts, secret] + people, launcher: launcher)
        assertSkippedButAnswered(result, naming: "secret.txt")
    }

    func testRunWithAMissingLoadedFileExitsOneAfterRunningTheScript() throws {
        let script = folder + "/people.nq"
        try "find ?p where ?p type person\n".write(toFile: script, atomically: true, encoding: .utf8)
        let result = try NewsqProcess.run([
            "run", "--no-data", "--load", facts, "--load", folder + "/missing.txt",
            script,
        ])
        assertSkippedButAnswered(result, naming: "missing.txt")
    }

    func testExportWithAMissingFileExitsOneAfterExportingTheRest() throws {
        let result = try NewsqProcess.run(["export", "--no-data", "--format", "csv", facts, folder + "/missing.txt"])
        assertSkippedButAnswered(result, naming: "missing.txt")
    }

    func testLoadingAFolderWithABadFileIsAFailedCommand() throws {
        let wires = folder + "/wires"
        try FileManager.default.createDirectory(atPath: wires, withIntermediateDirectories: true)
        try "Joe Biden | type | person\n".write(toFile: wires + "/good.facts", atomically: true, encoding: .utf8)
        try "".write(toFile: wires + "/empty.txt", atomically: true, encoding: .utf8)
        let result = try NewsqProcess.run(["--no-data", "-e", ".load \(wires)"] + people)
        assertSkippedButAnswered(result, naming: "empty.txt")
    }

    func testACleanLoadExitsZero() throws {
        let result = try NewsqProcess.run(["--no-data", facts] + people)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
    }
}
