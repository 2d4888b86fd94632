import Foundation
import TestSupport
import XCTest

/// `newsq` is one file: copied anywhere without anything beside it, it runs (the lexicons are
/// compiled into it; an earlier build trapped with "could not load resource bundle").
final class StandaloneBinaryTests: XCTestCase {
    func testTheBinaryCopiedAloneExtracts() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "newsq-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("newsq")
        try FileManager.default.copyItem(at: NewsqProcess.binary, to: copy)
        let article = folder.appendingPathComponent("b.txt")
        try "According to Toshimitsu Motegi, the deal is done.\n".write(to: article, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["extract", "--format", "table", article.path]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, printed)
        XCTAssertTrue(printed.contains("Toshimitsu Motegi  said  \"the deal is done\""), printed)
        // Nor does it look for a resource bundle it would find only in its build folder.
        let bytes = try Data(contentsOf: copy)
        XCTAssertNil(bytes.range(of: Data("newsq_Extraction.resources".utf8)), "the binary names a resource bundle")
    }
}
