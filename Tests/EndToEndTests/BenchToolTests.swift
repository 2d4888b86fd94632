import Foundation
import TestSupport
import XCTest

/// The benchmark lives in its own tool, `newsq-bench`, built beside `newsq`: the product's help
/// does not offer it, and the pieces `make bench` relies on work.
final class BenchToolTests: XCTestCase {
    private var bench: URL { NewsqProcess.binary.deletingLastPathComponent().appendingPathComponent("newsq-bench") }
    private var folder = URL(fileURLWithPath: NSTemporaryDirectory())

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: bench.path), "newsq-bench is not built")
        folder = TestPaths.temporaryDirectory("newsq-bench-tool")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs newsq-bench and returns its exit status.
    private func runBench(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = bench
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testNewsqHelpNoLongerOffersTheBenchmark() throws {
        let help = try NewsqProcess.run(["--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("export"), help.stdout)
        XCTAssertFalse(help.stdout.contains("bench"), help.stdout)
        XCTAssertFalse(help.stdout.contains("gen "), help.stdout)
        let gen = try NewsqProcess.run(["gen", "--articles", "1", folder.path])
        XCTAssertNotEqual(gen.status, 0, "newsq has no gen command any more")
    }

    func testGenWritesTheSameArticlesForTheSameSeedAndNewsqReadsThem() throws {
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        XCTAssertEqual(try runBench(["gen", "--articles", "3", "--seed", "7", a.path]), 0)
        XCTAssertEqual(try runBench(["gen", "--articles", "3", "--seed", "7", b.path]), 0)
        let names = try FileManager.default.subpathsOfDirectory(atPath: a.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(names.count, 3)
        for name in names {
            XCTAssertEqual(
                FileManager.default.contents(atPath: a.appendingPathComponent(name).path),
                FileManager.default.contents(atPath: b.appendingPathComponent(name).path), name)
        }
        let count = try NewsqProcess.run(
            ["--data", a.path, "-e", "find count(?a) where ?a published _"],
            environment: ["NEWSQ_SNAPSHOT": "off"])
        XCTAssertEqual(count.status, 0, count.stderr)
        XCTAssertEqual(count.stdout, "count(a)\n3\n")
    }

    func testMeasureChildReportsTimeAndPeakMemoryAndPassesTheStatusOn() throws {
        let report = folder.appendingPathComponent("peak").path
        let launcher = [bench.path, "measure-child", "--report", report, "--"]
        let facts = folder.appendingPathComponent("people.facts")
        try "Nobuo Kishi | type | person\n".write(to: facts, atomically: true, encoding: .utf8)
        let ok = try NewsqProcess.run(
            ["--no-data", facts.path, "-e", "find ?x where ?x type person"], launcher: launcher)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(ok.stdout, "x\nNobuo Kishi\n")
        let fields = try String(contentsOfFile: report, encoding: .utf8).split(separator: " ")
        XCTAssertEqual(fields.count, 3)
        XCTAssertGreaterThan(Double(fields[0]) ?? -1, 0)
        XCTAssertGreaterThan(Int(fields[1]) ?? 0, 1_000_000)
        XCTAssertGreaterThanOrEqual(Double(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1, 0)

        let failed = try NewsqProcess.run(["--no-data", "-e", "find ?x where"], launcher: launcher)
        XCTAssertEqual(failed.status, 1, "newsq's exit status comes through")
    }
}
