import Foundation
import NewsFacts
import TestSupport
import XCTest

@testable import NewsqCLI

/// Which paths a command opens, and the snapshot policy behind reopening them.
final class CorpusOpenerTests: XCTestCase {
    private var folder = URL(fileURLWithPath: NSTemporaryDirectory())

    override func setUpWithError() throws {
        folder = TestPaths.temporaryDirectory("newsq-opener")
        try "Nobuo Kishi | type | person\nNobuo Kishi | title | Defense Minister | of = Japan\n"
            .write(to: folder.appendingPathComponent("people.facts"), atomically: true, encoding: .utf8)
        // Written a minute ago: a file stamped in the clock tick of its read is read again (below).
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)],
            ofItemAtPath: folder.appendingPathComponent("people.facts").path)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testPathsPreferDataThenTheDefaultFolderThenFiles() {
        XCTAssertEqual(CorpusOpener.paths(data: "wires", noData: false, files: ["x.facts"]), ["wires", "x.facts"])
        XCTAssertEqual(
            CorpusOpener.paths(data: nil, noData: false, files: [], dataFolderExists: { _ in true }), ["Data"])
        XCTAssertEqual(CorpusOpener.paths(data: nil, noData: false, files: [], dataFolderExists: { _ in false }), [])
        XCTAssertEqual(CorpusOpener.paths(data: nil, noData: true, files: [], dataFolderExists: { _ in true }), [])
        XCTAssertEqual(
            CorpusOpener.paths(data: nil, noData: false, files: ["x.facts"], dataFolderExists: { _ in true }),
            ["x.facts"], "naming files leaves ./Data out")
    }

    func testAnUnchangedCorpusIsReopenedFromItsSnapshotWithoutReadingAFile() {
        let first = FactStore()
        let read = CorpusOpener.open(paths: [folder.path], into: first, verbose: false, environment: [:])
        XCTAssertEqual(read.observed.count, 1, "the first open reads the file")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".newsq-snapshot").path))

        let second = FactStore()
        let reopened = CorpusOpener.open(paths: [folder.path], into: second, verbose: false, environment: [:])
        XCTAssertEqual(reopened.observed.count, 0, "the second open reads no file")
        XCTAssertEqual(second.factCount, first.factCount)
        XCTAssertEqual(reopened.factsAdded, first.factCount)
        XCTAssertTrue(reopened.problems.isEmpty)
    }

    func testAFileStampedInTheTickOfItsReadIsReadAgainAtTheNextOpen() throws {
        // A time not yet reached stands for "the same tick as the read": a write then would not
        // have changed it, so the snapshot cannot vouch for the content it holds.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 3600)],
            ofItemAtPath: folder.appendingPathComponent("people.facts").path)
        CorpusOpener.open(paths: [folder.path], into: FactStore(), verbose: false, environment: [:])
        let reopened = CorpusOpener.open(paths: [folder.path], into: FactStore(), verbose: false, environment: [:])
        XCTAssertEqual(reopened.observed.count, 1, "the file is read again")
    }

    func testADamagedSnapshotIsRebuiltFromTheFiles() throws {
        let first = FactStore()
        CorpusOpener.open(paths: [folder.path], into: first, verbose: false, environment: [:])
        let snapshot = folder.appendingPathComponent(".newsq-snapshot")
        try Data("not a snapshot".utf8).write(to: snapshot)

        let second = FactStore()
        let report = CorpusOpener.open(paths: [folder.path], into: second, verbose: false, environment: [:])
        XCTAssertEqual(report.observed.count, 1, "the files are read again")
        XCTAssertEqual(second.factCount, first.factCount)
        XCTAssertNotEqual(try Data(contentsOf: snapshot), Data("not a snapshot".utf8), "and the snapshot written again")
    }

    func testASnapshotWhoseChecksumFailsIsNamedInOneWarningAndRebuilt() throws {
        let first = FactStore()
        CorpusOpener.open(paths: [folder.path], into: first, verbose: false, environment: [:])
        let snapshot = folder.appendingPathComponent(".newsq-snapshot")
        var bytes = try Data(contentsOf: snapshot)
        bytes[57] ^= 0x20 // a letter of the salt, in the fingerprint its header hashes
        try bytes.write(to: snapshot)

        let second = FactStore()
        let report = CorpusOpener.open(paths: [folder.path], into: second, verbose: false, environment: [:])
        XCTAssertEqual(
            report.warnings, ["\(snapshot.path): snapshot damaged: checksum mismatch; rebuilt from the files"])
        XCTAssertEqual(report.observed.count, 1, "the files are read again")
        XCTAssertEqual(second.factCount, first.factCount)
        let third = CorpusOpener.open(paths: [folder.path], into: FactStore(), verbose: false, environment: [:])
        XCTAssertEqual(third.warnings, [], "the rebuilt snapshot is whole")
        XCTAssertEqual(third.observed.count, 0)
    }

    func testAStaleSnapshotIsRebuiltWithoutAWarning() throws {
        CorpusOpener.open(paths: [folder.path], into: FactStore(), verbose: false, environment: [:])
        // A facts file changed: the snapshot is stale, not damaged.
        try "Nobuo Kishi | type | person\n".write(
            to: folder.appendingPathComponent("people.facts"), atomically: true, encoding: .utf8)
        let report = CorpusOpener.open(paths: [folder.path], into: FactStore(), verbose: false, environment: [:])
        XCTAssertEqual(report.observed.count, 1, "the files are read again")
        XCTAssertEqual(report.warnings, [])
    }

    func testTheFolderDocumentationIsNeitherLoadedNorReadAgainWhenItChanges() throws {
        let license = folder.appendingPathComponent("LICENSE.txt")
        try "Permission is hereby granted, free of charge, to any person in Boston.".write(
            to: license, atomically: true, encoding: .utf8)
        let first = FactStore()
        let read = CorpusOpener.open(paths: [folder.path], into: first, verbose: false, environment: [:])
        XCTAssertEqual(first.articles.map(\.article.id), ["people.facts"], "the licence is no article")
        XCTAssertEqual(read.observed.count, 1)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -30)], ofItemAtPath: license.path)
        let second = FactStore()
        let reopened = CorpusOpener.open(paths: [folder.path], into: second, verbose: false, environment: [:])
        XCTAssertEqual(reopened.observed.count, 0, "a changed licence is not read")
        XCTAssertEqual(second.articles.map(\.article.id), ["people.facts"])
    }

    func testSnapshotOffReadsTheFilesAndWritesNoSnapshot() {
        let store = FactStore()
        let report = CorpusOpener.open(
            paths: [folder.path], into: store, verbose: false,
            environment: ["NEWSQ_SNAPSHOT": "off"])
        XCTAssertEqual(report.observed.count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".newsq-snapshot").path))
    }
}
