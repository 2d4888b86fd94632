import Foundation
import TestSupport
import XCTest

/// Scripts/readme_performance.py, run on result files of sizes other than the committed ones:
/// the README block it writes names each size as the bench ran it.
final class ReadmePerformanceScriptTests: XCTestCase {
    func testShapeSizesUnderAMillionFactsKeepLabelsOfTheirOwn() throws {
        let root = TestPaths.repositoryRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-performance-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("bench-results.md"), to: folder.appendingPathComponent("bench-results.md"))
        // The committed shapes run, its two sizes renamed as `--scales 0.1,0.5` would name them.
        let shapes = try String(contentsOf: root.appendingPathComponent("bench-shapes.md"), encoding: .utf8)
            .replacingOccurrences(of: "## 1,000,000 facts", with: "## 100,000 facts")
            .replacingOccurrences(of: "## 10,000,000 facts", with: "## 500,000 facts")
        XCTAssertTrue(shapes.contains("## 100,000 facts") && shapes.contains("## 500,000 facts"))
        try shapes.write(to: folder.appendingPathComponent("bench-shapes.md"), atomically: true, encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        try readme.write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("Scripts/readme_performance.py").path, "--root", folder.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)

        let written = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(written.contains("| newsq 0.1M |"), "the 100,000-fact size has no column of its own")
        XCTAssertTrue(written.contains("| newsq 0.5M |"), "the 500,000-fact size has no column of its own")
        XCTAssertTrue(written.contains("- Under 5× the best peer at 0.1M:"))
        XCTAssertTrue(written.contains("- Under 5× the best peer at 0.5M:"))
        XCTAssertFalse(written.contains("0M:"), "a size under a million named 0M")
    }
}
