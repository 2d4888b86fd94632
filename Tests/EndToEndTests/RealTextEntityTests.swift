import Foundation
import TestSupport
import XCTest

/// Named entities on GUM's 111 real documents (news, interviews, biographies, travel guides,
/// speeches, textbooks), measured by the shared scorer `../shared/eval/gum-entities` on the built
/// binary. The floors sit just under today's figures (recall 2,286 of 2,678, 85.4%; typed
/// recall 82.1%; precision 92.1%, 2,287 of 2,484): a change that loses ground on real text fails. The targets (85/80/85) are
/// at or above them.
final class RealTextEntityTests: XCTestCase {
    func testGumNamedEntitiesHoldTheirFloor() throws {
        let eval = TestPaths.repositoryRoot.deletingLastPathComponent().appendingPathComponent(
            "shared/eval/gum-entities")
        guard FileManager.default.fileExists(atPath: eval.path) else {
            throw XCTSkip("no ../shared/eval/gum-entities beside the checkout")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-gum-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let write = try run(["python3", eval.path, "write", folder.path])
        XCTAssertEqual(write.status, 0, write.output)
        let score = try run(["python3", eval.path, "score", folder.path, NewsqProcess.binary.path])
        XCTAssertEqual(score.status, 0, score.output)
        let summary = try XCTUnwrap(
            score.output.split(separator: "\n").last { $0.hasPrefix("gum-entities:") }, score.output)
        print(summary)
        func figure(_ name: String) -> Double {
            guard let r = summary.range(of: name + " ") else { return 0 }
            return Double(summary[r.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? 0
        }
        XCTAssertGreaterThanOrEqual(figure("recall"), 85.3, String(summary))
        XCTAssertGreaterThanOrEqual(figure("typed-recall"), 82.0, String(summary))
        XCTAssertGreaterThanOrEqual(figure("precision"), 92.0, String(summary))
        XCTAssertTrue(summary.contains("failed 0 of"), "no document may crash: \(summary)")
    }

    /// The same article gives the same output in every process. Swift seeds its hashing anew in
    /// each process, so a stage that walks a dictionary in its order gives different output from
    /// run to run: short forms merged in dictionary order listed a GUM travel guide's aliases
    /// ("Chathams", "Chatham Island") in an order that changed about one run in six.
    func testExtractionGivesTheSameOutputInEveryProcess() throws {
        let eval = TestPaths.repositoryRoot.deletingLastPathComponent().appendingPathComponent(
            "shared/eval/gum-entities")
        guard FileManager.default.fileExists(atPath: eval.path) else {
            throw XCTSkip("no ../shared/eval/gum-entities beside the checkout")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-gum-det-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let write = try run(["python3", eval.path, "write", folder.path])
        XCTAssertEqual(write.status, 0, write.output)
        let article = folder.appendingPathComponent("GUM_voyage_chatham.txt").path
        var outputs = Set<String>()
        for _ in 0..<12 {
            let extract = try run([NewsqProcess.binary.path, "extract", "--compact", article])
            XCTAssertEqual(extract.status, 0, extract.output)
            outputs.insert(extract.output)
        }
        XCTAssertEqual(outputs.count, 1, "12 runs gave \(outputs.count) different outputs")
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
