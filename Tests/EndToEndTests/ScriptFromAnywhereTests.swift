import Foundation
import TestSupport
import XCTest

/// `newsq run` reads a script's `-- load:` line relative to the script: the example scripts give
/// their expected output from any folder.
final class ScriptFromAnywhereTests: XCTestCase {
    func testAnExampleScriptRunsFromAnotherFolder() throws {
        let queries = TestPaths.repositoryRoot.appendingPathComponent("Queries")
        let elsewhere = URL(fileURLWithPath: NSTemporaryDirectory() + "newsq-anywhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let result = try NewsqProcess.run(
            ["run", "--format", "table", queries.appendingPathComponent("language.nq").path], in: elsewhere)
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = try String(contentsOf: queries.appendingPathComponent("language.out"), encoding: .utf8)
        XCTAssertEqual(result.stdout, expected)
    }

    func testTheScriptsFilesStandInForTheDataFolder() throws {
        // From the repository root ./Data exists; the script's own file is what it runs over.
        let result = try NewsqProcess.run(
            ["run", "--format", "table", "Queries/language.nq"], in: TestPaths.repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = try String(
            contentsOf: TestPaths.repositoryRoot.appendingPathComponent("Queries/language.out"), encoding: .utf8)
        XCTAssertEqual(result.stdout, expected)
    }
}
