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

    func testTermTextOutOfOrderAStatementPrintsIsAnErrorNeverATrap() throws {
        // The term offsets of a mapped snapshot are checked as they are read: a statement
        // writing a term whose offsets are reversed fails naming the snapshot.
        let folder = TestPaths.temporaryDirectory("newsq-damage-offsets")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try ShellFixture().store
        _ = source.ensureIndexes()
        _ = source.nameIndex()
        let url = folder.appendingPathComponent("snap")
        try source.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        // The subject of fact 0, made to end before it starts.
        let starts = source.terms.starts.array
        let t = Int(source.subject(0))
        var damaged = starts
        damaged[t] = starts[t + 1] + 1
        XCTAssertLessThanOrEqual(damaged[t], starts.last!)
        var file = try Data(contentsOf: url)
        let old = starts.withUnsafeBufferPointer { Data(buffer: $0) }
        let found = try XCTUnwrap(file.range(of: old))
        file.replaceSubrange(found, with: damaged.withUnsafeBufferPointer { Data(buffer: $0) })
        try file.write(to: url)

        let f = try ShellFixture(snapshot: url)
        let failed = f.shell.runScript("find ?s, ?p, ?o where ?s ?p ?o\n", sourceName: "t.nq", stopAtFirstError: false)
        XCTAssertEqual(failed, 1, f.errors)
        XCTAssertTrue(
            f.errors.hasPrefix(
                "newsq: \(url.path): error: snapshot damaged: term offsets are not in order or run past the term text"),
            f.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), "the damaged snapshot was kept")
    }
}
