import TestSupport
import XCTest

@testable import NewsFacts

/// A snapshot whose checksums match but whose contents do not hold together (written by a
/// buggy or hostile program) is refused with an error, never trusted and never a trap.
final class SnapshotDamageTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = TestPaths.temporaryDirectory("newsq-damage")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func store() -> FactStore { Self.makeStore() }

    /// A store of one article with a qualified title and a quote.
    private static func makeStore() -> FactStore {
        let store = FactStore()
        let text = "Minister Ana Lopes met Rui Costa. Lopes said the talks went well."
        let article = Article(id: "a1", date: DateValue(iso: "2026-03-02"), path: "/tmp/a1.txt", text: text)
        store.load(
            ArticleFacts(
                article: article,
                sentences: [
                    Sentence(index: 0, range: 0..<33, text: "Minister Ana Lopes met Rui Costa."),
                    Sentence(index: 1, range: 34..<text.utf8.count, text: "Lopes said the talks went well."),
                ],
                entities: [EntityRecord(name: "Ana Lopes", type: "person")],
                facts: [
                    FactRecord(
                        subject: .entity("Ana Lopes"), predicate: "title", object: .text("Minister"),
                        qualifiers: [Qualifier("of", .entity("Peru"))], sentence: 0, range: 0..<8,
                        rule: "title"),
                    FactRecord(
                        subject: .entity("Ana Lopes"), predicate: "said", object: .text("the talks went well"),
                        qualifiers: [Qualifier("direct", .text("false"))], sentence: 1, rule: "speech"),
                ]))
        return store
    }

    /// Writes `store` (checksums and all) and expects reading it back to fail as malformed.
    /// `full`: refused only by the full check (`verifySnapshot`), as damage that cannot make a
    /// read go out of bounds is not looked for at an ordinary open.
    private func expectRefused(
        _ store: FactStore, mentioning words: String, full: Bool = false,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let reopened = FactStore()
        do {
            try reopened.restoreSnapshot(from: url, inputs: SnapshotInputs(files: []), full: full)
            XCTFail("a damaged snapshot was trusted", file: file, line: line)
        } catch let error as SnapshotError {
            guard case .malformed(let why) = error.reason else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertTrue(why.contains(words), why, file: file, line: line)
        }
        XCTAssertEqual(reopened.factCount, 0, file: file, line: line)
        XCTAssertTrue(reopened.articles.isEmpty, file: file, line: line)
    }

    func testTooManyRuleNamesAreRefusedNotATrap() throws {
        let damaged = store()
        damaged.ruleNames = FactStore.RuleNames(names: (0..<70_000).map { "rule\($0)" }, index: [:])
        try expectRefused(damaged, mentioning: "rule names")
    }

    func testAFactCountThatIsNotTheFactsIsRefused() throws {
        let damaged = store()
        damaged.articles[0].factCount = Int.max
        try expectRefused(damaged, mentioning: "claims", full: true)
    }

    func testQualifiersOutOfOrderAreRefused() throws {
        let damaged = store()
        XCTAssertEqual(damaged.qualifierFact.count, 2)
        damaged.qualifierFact.swapAt(0, 1)
        try expectRefused(damaged, mentioning: "fact order")
    }

    func testADateTermThatIsNoDateIsRefused() throws {
        let damaged = store()
        var text = "not a date"
        _ = text.withUTF8 { damaged.internTerm(kind: .date, utf8: $0) }
        try expectRefused(damaged, mentioning: "not a date")
    }

    func testAnIDOutOfBoundsIsReadAsTheFirstAndReportedNeverATrap() throws {
        // A mapped snapshot's fact columns are checked as they are read: opened, the bad value
        // reads as 0 (by one value or whole), the damage is reported, and the full check refuses
        // the file at open.
        let cases: [(String, (FactStore) -> Void, (FactStore) -> Int)] = [
            ("term", { $0.subjects[1] = TermID($0.termCount) }, { Int($0.subject(1)) }),
            ("term", { $0.objects[0] = .max }, { $0.objects.withUnsafeBufferPointer { Int($0[0]) } }),
            ("article", { $0.articleOf[1] = 9 }, { $0.articleIndex(of: 1) }),
            ("rule", { $0.ruleOf[0] = 700 }, { $0.provenance(0).rule == $0.rules[0] ? 0 : 1 }),
        ]
        let url = folder.appendingPathComponent("snap")
        for (what, damage, read) in cases {
            let damaged = store()
            // Indexes and names built first: the snapshot stores them as they were.
            _ = damaged.ensureIndexes()
            _ = damaged.nameIndex()
            damage(damaged)
            try expectRefused(damaged, mentioning: "a fact names a\(what == "article" ? "n" : "") \(what)", full: true)
            try damaged.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
            let reopened = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
            XCTAssertNil(reopened.snapshotDamage, what)
            XCTAssertEqual(read(reopened), 0, what)
            XCTAssertEqual(
                reopened.snapshotDamage?.reason,
                .malformed("a fact names a\(what == "article" ? "n" : "") \(what) that does not exist"))
            // Everything else still reads.
            for f in 0..<FactID(reopened.factCount) {
                _ = reopened.text(reopened.subject(f)) + reopened.text(reopened.object(f))
                _ = reopened.provenance(f)
            }
        }
    }

    func testTermOffsetsOutOfOrderAreFoundWhenReadNeverATrap() throws {
        // A mapped snapshot's term offsets are checked as they are read, not at open: a term
        // whose offsets are reversed reads as empty text, the whole buffer handed to a scan
        // never goes back, and the damage is reported; the full check refuses the file.
        let source = store()
        _ = source.ensureIndexes()
        _ = source.nameIndex()
        let url = folder.appendingPathComponent("snap")
        try source.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let starts = source.terms.starts.array
        let t = source.termCount / 2
        XCTAssertTrue(t > 0 && starts[t] < starts[t + 1])
        var damagedStarts = starts
        // Term t then ends before it starts (and term t - 1 reads past its own text).
        damagedStarts[t] = starts[t + 1] + 1
        XCTAssertLessThanOrEqual(damagedStarts[t], starts.last!)
        try Self.replace(starts, with: damagedStarts, in: url)

        // The full check refuses it (here by the payload's checksum, which the patch left).
        XCTAssertThrowsError(try FactStore().restoreSnapshot(from: url, inputs: SnapshotInputs(files: []), full: true))
        {
            XCTAssertNotNil($0 as? SnapshotError, "\($0)")
        }
        let reopened = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        XCTAssertNil(reopened.snapshotDamage, "damage reported before anything read it")
        XCTAssertEqual(reopened.text(TermID(t)), "")
        XCTAssertEqual(
            reopened.snapshotDamage?.reason, .malformed("term offsets are not in order or run past the term text"))
        // Everything else still reads (the terms on either side of the damaged offset read
        // as empty: see the next test), and the whole offsets never go back.
        for id in 0..<reopened.termCount where !(t - 1...t + 1).contains(id) {
            XCTAssertEqual(reopened.text(TermID(id)), source.text(TermID(id)))
        }
        reopened.withTermText { bytes, starts in
            XCTAssertTrue(zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 })
            XCTAssertTrue(starts.allSatisfy { Int($0) <= bytes.count })
        }
        for f in 0..<FactID(reopened.factCount) {
            _ = reopened.text(reopened.subject(f)) + reopened.text(reopened.object(f))
            _ = reopened.entities(named: reopened.text(reopened.subject(f)))
        }
    }

    /// The term before one whose start moved past its end ends at that moved start: read first
    /// and alone, its span is in order, yet it held the next terms' bytes and no damage was
    /// reported (`newsq -e` wrote "Analystthe race was …" for "Analyst" and exited 0). Each span
    /// is checked against the offsets on either side: it reads as empty and the damage is
    /// reported, by the store and by the result writer's `TermTable.span`.
    func testATermBeforeAnOffsetMovedPastTheNextReadsNoOtherTermsText() throws {
        let source = store()
        let url = folder.appendingPathComponent("snap")
        try source.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let starts = source.terms.starts.array
        let t = source.termCount / 2
        XCTAssertTrue(t > 1 && starts[t - 1] < starts[t] && starts[t] < starts[t + 1])
        var damagedStarts = starts
        damagedStarts[t] = starts[t + 1] + 1
        try Self.replace(starts, with: damagedStarts, in: url)

        let reopened = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        let before = reopened.text(TermID(t - 1))
        XCTAssertTrue(source.text(TermID(t - 1)).hasPrefix(before), "\(before)")
        XCTAssertNotEqual(before.utf8.count, Int(damagedStarts[t] - starts[t - 1]), "read into the next terms")
        XCTAssertEqual(
            reopened.snapshotDamage?.reason, .malformed("term offsets are not in order or run past the term text"))
        damagedStarts.withUnsafeBufferPointer { s in
            let count = Int(starts.last!)
            XCTAssertFalse(TermTable.span(t - 1, in: s, textCount: count).ok)
            XCTAssertFalse(TermTable.span(t + 1, in: s, textCount: count).ok)
            XCTAssertTrue(TermTable.span(t - 2, in: s, textCount: count).ok)
            XCTAssertEqual(TermTable.span(t - 2, in: s, textCount: count).hi, starts[t - 1])
        }
    }

    /// Overwrites the one place in the file at `url` holding `old` (as stored: 32-bit
    /// little-endian values) with `new`, leaving its checksums as they were.
    private static func replace(_ old: [UInt32], with new: [UInt32], in url: URL) throws {
        func bytes(_ values: [UInt32]) -> Data {
            values.withUnsafeBufferPointer { Data(buffer: $0) }
        }
        var file = try Data(contentsOf: url)
        let found = try XCTUnwrap(file.range(of: bytes(old)), "the values are not in the file")
        XCTAssertNil(file[found.upperBound...].range(of: bytes(old)), "the values are in the file twice")
        file.replaceSubrange(found, with: bytes(new))
        try file.write(to: url)
    }

    func testASideTableThatDoesNotMatchItsColumnIsRefused() {
        // An escaped row without its value is not looked for (that reads every row): it reads
        // as the escape itself, never traps.
        XCTAssertEqual(try CompactColumn(narrow: [1, .max], wideRows: [], wideValues: [])[1], 65_535)
        XCTAssertThrowsError(try CompactColumn(narrow: [1, 2], wideRows: [1], wideValues: [70_000]))
        XCTAssertThrowsError(try CompactColumn(narrow: [1, .max], wideRows: [5], wideValues: [70_000]))
        XCTAssertThrowsError(try CompactColumn(narrow: [1, .max], wideRows: [1], wideValues: [7]))
        XCTAssertEqual(try CompactColumn(narrow: [1, .max], wideRows: [1], wideValues: [70_000])[1], 70_000)
    }

    func testAVersionOneSnapshotIsRebuiltNotMisread() throws {
        let url = folder.appendingPathComponent("snap")
        try store().writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        var bytes = try Data(contentsOf: url)
        bytes[8] = 1
        try bytes.write(to: url)
        XCTAssertThrowsError(try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))) { error in
            XCTAssertEqual((error as? SnapshotError)?.reason, .unsupportedVersion(1))
        }
    }

    func testASnapshotOfTheFormatBeforeIsRefusedByItsVersionForARebuild() throws {
        // Version 9 was written by builds of one change whose name table homes moved (unmixed,
        // then mixed): read as version 10 such a table would silently find no names. It is
        // refused by its version (which the corpus opener answers by loading the files again and
        // writing a new snapshot).
        let url = folder.appendingPathComponent("snap")
        try store().writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        var bytes = try Data(contentsOf: url)
        bytes[8] = UInt8(Snapshot.version - 1)
        try bytes.write(to: url)
        XCTAssertThrowsError(try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))) { error in
            let e = error as? SnapshotError
            XCTAssertEqual(e?.reason, .unsupportedVersion(Snapshot.version - 1))
            XCTAssertEqual(e?.message, "snapshot format version 9; this newsq writes version 10")
        }
    }

    func testAFIFOUnderTheTemporaryNameDoesNotBlockWriting() throws {
        let url = folder.appendingPathComponent("snap")
        XCTAssertEqual(mkfifo(url.path + ".tmp-\(getpid())", 0o644), 0)
        let written = expectation(description: "the snapshot is written")
        let expected = store().factCount
        // Apart: on failure this would block in open() for ever. The store is made on that
        // thread (a FactStore is not Sendable: its reads build indexes).
        Thread.detachNewThread {
            let store = SnapshotDamageTests.makeStore()
            do { try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: [])) } catch { XCTFail("\(error)") }
            written.fulfill()
        }
        wait(for: [written], timeout: 30)
        let reopened = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        XCTAssertEqual(reopened.factCount, expected)
    }
}
