import Foundation
import TestSupport
import XCTest

@testable import NewsFacts
@testable import NewsqCLI

/// A snapshot whose fact columns turn out to be damaged when a statement reads them (a mapped
/// snapshot's ids are checked as they are read): the statement fails with an error naming the
/// snapshot, said once, and the file goes so that the next start reads the articles again.
final class SnapshotDamageReportTests: XCTestCase {
    func testDamageAStatementMeetsIsAnErrorSaidOnceAndTheSnapshotIsRemoved() throws {
        let folder = TestPaths.temporaryDirectory("newsq-damage-report")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try ShellFixture().store
        // Indexes and names built first: the snapshot stores them as they were.
        _ = source.ensureIndexes()
        _ = source.nameIndex()
        source.subjects[0] = TermID(source.termCount)
        let url = folder.appendingPathComponent("snap")
        try source.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))

        let f = try ShellFixture(snapshot: url)
        XCTAssertNil(f.store.snapshotDamage, "found before a statement read it")
        let failed = f.shell.runScript(
            "find ?s, ?o where ?s ?p ?o\nfind ?s where ?s ?p ?o\n", sourceName: "t.nq", stopAtFirstError: false)
        XCTAssertEqual(failed, 1, f.errors)
        XCTAssertTrue(
            f.errors.hasPrefix("newsq: \(url.path): error: snapshot damaged: a fact names a term that does not exist"),
            f.errors)
        XCTAssertEqual(f.errors.components(separatedBy: "snapshot damaged").count, 2, "said once: \(f.errors)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), "the damaged snapshot was kept")
    }
}
