import Foundation
import TestSupport
import XCTest

/// Output that cannot be written is an error: a message naming it and exit status 1, never a
/// trap. `/dev/full` fails every write with ENOSPC.
final class OutputErrorTests: XCTestCase {
    private var folder = ""
    private var article = ""

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        folder = NSTemporaryDirectory() + "newsq-output-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        article = folder + "/talks.txt"
        try "Title: Talks\nDate: 2026-03-02\n\nTrade Minister Ana Pereira met Foreign Minister Luis Torres in Lima.\n"
            .write(toFile: article, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func full() throws -> FileHandle {
        try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
    }

    private let noSpace = "newsq: <stdout>: error: cannot write: No space left on device"

    func testExtractToAFullDiskIsNamedAndExitsOne() throws {
        let result = try NewsqProcess.run(["extract", article], standardOutput: try full())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(noSpace), result.stderr)
    }

    func testASkippedFileMessageToAFullStandardErrorDoesNotTrap() throws {
        let result = try NewsqProcess.run(["extract", article, folder + "/missing.txt"], standardError: try full())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("Ana Pereira"), "the readable file is still extracted")
    }

    func testDashEToAFullDiskExitsOne() throws {
        let result = try NewsqProcess.run(
            ["--no-data", article, "-e", "find ?p where ?p type person"],
            standardOutput: try full())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(noSpace), result.stderr)
    }

    func testRunToAFullDiskExitsOne() throws {
        let script = folder + "/people.nq"
        try "find ?p where ?p type person\n".write(toFile: script, atomically: true, encoding: .utf8)
        let result = try NewsqProcess.run(["run", "--no-data", "--load", article, script], standardOutput: try full())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(noSpace), result.stderr)
    }

    func testExportToAFullDiskExitsOneWhetherPipedOrNamed() throws {
        let piped = try NewsqProcess.run(["export", "--no-data", article], standardOutput: try full())
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.stderr.contains(noSpace), piped.stderr)
        let named = try NewsqProcess.run(["export", "--no-data", article, "--out", "/dev/full"])
        XCTAssertEqual(named.status, 1)
        XCTAssertTrue(
            named.stderr.contains("newsq: /dev/full: error: cannot write: No space left on device"), named.stderr)
    }

    func testMessagesLostToAFullStandardErrorMakeTheStatusOne() throws {
        let result = try NewsqProcess.run(
            ["--no-data", "--verbose", article, "-e", "find ?p where ?p type person"],
            standardError: try full())
        XCTAssertEqual(result.status, 1, "the --verbose summary was lost")
        XCTAssertTrue(result.stdout.contains("Ana Pereira"))
        let clean = try NewsqProcess.run(
            ["--no-data", article, "-e", "find ?p where ?p type person"],
            standardError: try full())
        XCTAssertEqual(clean.status, 0, "nothing was written to standard error, so nothing was lost")
    }
}
