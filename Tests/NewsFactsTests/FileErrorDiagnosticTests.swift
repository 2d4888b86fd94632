import Foundation
import TestSupport
import XCTest

@testable import NewsFacts

/// Errors about a whole file or folder (a path a walk skipped, output that could not be
/// written, a snapshot that cannot be used) render as every other error does: a `Diagnostic`,
/// `path: error: message`.
final class FileErrorDiagnosticTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = TestPaths.temporaryDirectory("newsq-file-errors").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testAFIFOAFolderWalkSkipsIsADiagnosticAboutItsPath() throws {
        XCTAssertEqual(mkfifo(folder + "/wire.txt", 0o644), 0)
        let listing = FolderWalk.list(folder, wanted: { $0.hasSuffix(".txt") })
        let skipped = try XCTUnwrap(listing.skipped.first)
        XCTAssertEqual(skipped.diagnostic.code, .skippedPath)
        XCTAssertEqual(skipped.description, "\(folder)/wire.txt: error: not a regular file (a FIFO)")
    }

    func testAFileThatCannotBeCreatedIsNamedWithoutQuotes() throws {
        let path = folder + "/no-such-folder/out.nq"
        XCTAssertThrowsError(try FileOutput.create(path)) { error in
            let output = error as? OutputError
            XCTAssertEqual(output?.diagnostic.code, .output)
            XCTAssertEqual(output?.description, "\(path): error: cannot write: No such file or directory")
        }
    }

    func testTheStandardStreamsAreNamedAsScriptsNameStandardInput() {
        XCTAssertEqual(
            OutputError(destination: FileOutput.standardOutput.destination, code: ENOSPC).description,
            "<stdout>: error: cannot write: No space left on device")
        XCTAssertEqual(FileOutput.standardError.destination, "<stderr>")
    }

    func testASnapshotThatIsNotOneIsADiagnosticAboutTheFile() throws {
        let path = folder + "/snap"
        try Data("Title: an article, not a snapshot\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(
            try FactStore.readSnapshot(from: URL(fileURLWithPath: path), inputs: SnapshotInputs(files: []))
        ) { error in
            XCTAssertEqual((error as? SnapshotError)?.diagnostic.code, .snapshot)
            XCTAssertEqual("\(error)", "\(path): error: not a newsq snapshot (bad magic)")
        }
    }

    func testASnapshotThatCannotBeWrittenSaysSoRatherThanThatItCannotBeRead() throws {
        let url = URL(fileURLWithPath: folder + "/no-such-folder/snap")
        XCTAssertThrowsError(try FactStore().writeSnapshot(to: url, inputs: SnapshotInputs(files: []))) { error in
            XCTAssertEqual((error as? SnapshotError)?.reason, .unwritable("No such file or directory"))
            XCTAssertEqual("\(error)", "\(url.path): error: cannot write the snapshot: No such file or directory")
        }
    }
}
