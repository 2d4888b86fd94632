import TestSupport
import XCTest

@testable import NewsFacts

final class SnapshotTests: XCTestCase {
    private var folder: URL!

    override func setUp() {
        folder = TestPaths.temporaryDirectory("newsq-snapshot")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: - Fixtures

    private func articleFacts(
        id: String = "a1",
        text: String = "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken. \"We agreed,\" Motegi said."
    ) -> ArticleFacts {
        let first = "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken."
        let cut = first.utf8.count
        let article = Article(
            id: id, title: "Motegi meets Blinken", date: DateValue(iso: "2021-01-27"), source: "Kyodo",
            url: "https://example.org/\(id)", path: "/tmp/\(id).txt", text: text)
        return ArticleFacts(
            article: article,
            sentences: [
                Sentence(index: 0, range: 0..<cut, text: first),
                // Not its range of the text: stored with its own words.
                Sentence(index: 1, range: cut + 1..<text.utf8.count, text: "“We agreed,” Motegi said."),
            ],
            entities: [
                EntityRecord(name: "Toshimitsu Motegi", type: "person", aliases: ["Motegi"]),
                EntityRecord(name: "Antony Blinken", type: "person", aliases: ["Blinken"], sentence: 0),
                EntityRecord(name: "Japan", type: "country", aliases: ["Tokyo"]),
            ],
            facts: [
                FactRecord(
                    subject: .entity("Toshimitsu Motegi"), predicate: "title", object: .text("Foreign Minister"),
                    qualifiers: [Qualifier("of", .entity("Japan"))], sentence: 0, range: 0..<42,
                    rule: "title-before-name"),
                FactRecord(
                    subject: .entity("talks#1@\(id)"), predicate: "date", object: .date(DateValue(iso: "2021-01")!),
                    sentence: 0, rule: "meeting"),
                FactRecord(
                    subject: .entity("talks#1@\(id)"), predicate: "duration", object: .number(30),
                    qualifiers: [Qualifier("unit", .text("minutes")), Qualifier("approx", .text("yes"))],
                    sentence: 0, rule: "meeting"),
                FactRecord(
                    subject: .entity("Toshimitsu Motegi"), predicate: "said", object: .text("We agreed, 日本"),
                    qualifiers: [Qualifier("direct", .text("true"))], sentence: 1, range: 65..<80, rule: "quote"),
            ])
    }

    private func tsv() -> [UInt8] {
        Array(
            """
            person/1\tname\tAnna Adams 1\tstr\t0\t3
            person/1\ttitle\tminister\tstr\t0\t4
            event/1\tdate\t2024-03-15\tdate\t1\t0
            event/1\tparticipant\tperson/1\tiri\t1\t1

            """.utf8)
    }

    private func loadedStore() throws -> FactStore {
        let store = FactStore()
        store.load(articleFacts())
        store.load(
            articleFacts(
                id: "a2",
                text: "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken. Blinken said nothing at all."))
        try store.importTSV(tsv(), file: "peer.tsv")
        store.assert(
            subject: .entity("Antony Blinken"), predicate: "title", object: .text("Secretary of State"),
            qualifiers: [Qualifier("of", .entity("United States"))])
        return store
    }

    /// Writes two input files and returns their fingerprint.
    private func inputFiles() throws -> (SnapshotInputs, URL) {
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(
            at: data.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "one".write(to: data.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "two".write(to: data.appendingPathComponent("sub/b.txt"), atomically: true, encoding: .utf8)
        try "hidden".write(to: data.appendingPathComponent(".hidden"), atomically: true, encoding: .utf8)
        return (SnapshotInputs.scan([data.path], salt: "test"), data)
    }

    /// Everything a query can see, in a form two stores can be compared by.
    private func describe(_ store: FactStore) -> [String] {
        var lines: [String] = []
        for f in store.match(subject: nil, predicate: nil, object: nil) {
            let p = store.provenance(f)
            let q = store.qualifiers(f).map { "\(store.text($0.key))=\(store.kind($0.value)):\(store.text($0.value))" }
            lines.append(
                [
                    store.text(store.subject(f)), store.text(store.predicate(f)),
                    "\(store.kind(store.object(f))):\(store.text(store.object(f)))", p.articleID, "\(p.sentence)",
                    p.range.map { "\($0)" } ?? "-", p.rule, q.joined(separator: ","),
                    store.sentenceText(of: f) ?? "-",
                ].joined(separator: " | "))
        }
        for a in store.articles {
            lines.append("article \(a.article) \(a.sentences) \(a.contentHash) \(a.sourceFile ?? "-") \(a.factCount)")
        }
        for name in ["Motegi", "tokyo", "Anna Adams 1", "person/1"] {
            lines.append("named \(name): \(store.entities(named: name).map(store.text))")
        }
        if let title = store.predicateID("title") {
            lines.append(
                "titles: \(store.match(subject: nil, predicate: title, object: nil).map { store.text(store.subject($0)) })"
            )
            let s = store.statistics(predicate: title)
            lines.append("stats: \(s.facts) \(s.subjects) \(s.objects)")
        }
        return lines
    }

    private func expectError(
        _ url: URL, _ inputs: SnapshotInputs, file: StaticString = #filePath, line: UInt = #line,
        _ check: (SnapshotError.Reason) -> Bool
    ) {
        let store = FactStore()
        do {
            try store.restoreSnapshot(from: url, inputs: inputs)
            XCTFail("the snapshot was trusted", file: file, line: line)
        } catch let error as SnapshotError {
            XCTAssertTrue(check(error.reason), "unexpected: \(error)", file: file, line: line)
            XCTAssertFalse(error.description.isEmpty)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        XCTAssertEqual(store.factCount, 0, "a failed read must leave the store empty", file: file, line: line)
        XCTAssertTrue(store.articles.isEmpty, file: file, line: line)
    }

    // MARK: - Tests

    func testRoundTripGivesTheSameFactsArticlesAndAnswers() throws {
        let store = try loadedStore()
        let (inputs, _) = try inputFiles()
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: inputs)
        let reopened = try FactStore.readSnapshot(from: url, inputs: inputs)
        XCTAssertEqual(reopened.factCount, store.factCount)
        XCTAssertEqual(reopened.termCount, store.termCount)
        XCTAssertEqual(describe(reopened), describe(store))
        XCTAssertEqual(reopened.memoryBytes > 0, true)
    }

    func testReopenedStoreKnowsWhatItLoadedBefore() throws {
        let store = try loadedStore()
        let (inputs, _) = try inputFiles()
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: inputs)
        let reopened = try FactStore.readSnapshot(from: url, inputs: inputs)
        XCTAssertEqual(reopened.load(articleFacts()), .unchanged)
        XCTAssertEqual(try reopened.importTSV(tsv(), file: "peer.tsv"), .unchanged)
        // New terms and rules still intern after the table was rebuilt from the snapshot.
        reopened.assert(
            subject: .entity("Lloyd Austin"), predicate: "title", object: .text("Defense Secretary"), rule: "new-rule")
        let austin = try XCTUnwrap(reopened.termID(.entity("Lloyd Austin")))
        XCTAssertEqual(
            reopened.match(subject: austin, predicate: nil, object: nil).map { reopened.provenance($0).rule },
            ["new-rule"])
        XCTAssertEqual(reopened.termID(.entity("Toshimitsu Motegi")), store.termID(.entity("Toshimitsu Motegi")))
    }

    func testEmptyStoreRoundTrips() throws {
        let url = folder.appendingPathComponent("empty")
        try FactStore().writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let reopened = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        XCTAssertEqual(reopened.factCount, 0)
        XCTAssertEqual(reopened.termCount, 0)
    }

    func testTruncatedSnapshotIsRejected() throws {
        let (inputs, _) = try inputFiles()
        let url = folder.appendingPathComponent("snap")
        try loadedStore().writeSnapshot(to: url, inputs: inputs)
        let whole = try Data(contentsOf: url)
        for keep in [whole.count - 1, whole.count / 2, 60, 47, 20, 3] {
            try whole.prefix(keep).write(to: url)
            expectError(url, inputs) {
                if case .truncated(let expected, let actual) = $0 { return actual == keep && expected > keep }
                return false
            }
        }
        try Data().write(to: url)
        expectError(url, inputs) { $0 == .truncated(expected: 48, actual: 0) }
    }

    func testFlippedByteIsRejected() throws {
        let (inputs, _) = try inputFiles()
        let url = folder.appendingPathComponent("snap")
        try loadedStore().writeSnapshot(to: url, inputs: inputs)
        let whole = try Data(contentsOf: url)
        // Every byte of the payload, fingerprint and checksums: the full check catches each flip;
        // an ordinary open (which does not read the payload's checksum) refuses it or gives a
        // store whose every fact, source and lookup can be read.
        var caught = 0
        for offset in 0..<whole.count {
            var damaged = whole
            damaged[offset] ^= 0x40
            try damaged.write(to: url)
            let store = FactStore()
            do {
                try store.restoreSnapshot(from: url, inputs: inputs, full: true)
                XCTFail("a flipped byte at \(offset) was not noticed")
            } catch is SnapshotError {
                caught += 1
            }
            XCTAssertEqual(store.factCount, 0)
            let opened = FactStore()
            if (try? opened.restoreSnapshot(from: url, inputs: inputs)) != nil { readEverything(opened) }
        }
        XCTAssertEqual(caught, whole.count)
        // A flip in the payload names the checksum (checked in full, on demand).
        var damaged = whole
        damaged[whole.count - 10] ^= 0x01
        try damaged.write(to: url)
        XCTAssertThrowsError(try FactStore.verifySnapshot(at: url)) {
            XCTAssertEqual(($0 as? SnapshotError)?.reason, .checksumMismatch)
        }
        // In the magic or the version.
        damaged = whole
        damaged[0] ^= 0x01
        try damaged.write(to: url)
        expectError(url, inputs) { $0 == .notASnapshot }
        damaged = whole
        damaged[8] = 99
        try damaged.write(to: url)
        expectError(url, inputs) { $0 == .unsupportedVersion(99) }
    }

    /// Reads every fact's terms, source and sentence, every subject's facts and each
    /// predicate's objects, and looks a few subjects up by name.
    private func readEverything(_ store: FactStore) {
        for f in 0..<FactID(store.factCount) {
            _ = store.text(store.subject(f)) + store.text(store.predicate(f)) + store.text(store.object(f))
            _ = store.provenance(f)
            _ = store.sentenceText(of: f)
            _ = store.qualifiers(f)
            _ = store.sourceFacts(of: f)
            _ = store.subjectRange(store.subject(f))
            _ = store.predicateObjectRange(store.predicate(f), store.object(f))
            if f % 16 == 0 { _ = store.entities(named: store.text(store.subject(f))) }
        }
        for p in store.predicateCounts() { _ = store.objectCounts(predicate: p.predicate) }
    }

    func testChangedAddedOrRemovedInputMakesItStale() throws {
        let (inputs, data) = try inputFiles()
        let url = folder.appendingPathComponent("snap")
        try loadedStore().writeSnapshot(to: url, inputs: inputs)
        XCTAssertNoThrow(try FactStore.readSnapshot(from: url, inputs: SnapshotInputs.scan([data.path], salt: "test")))

        try "one, longer".write(to: data.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        expectError(url, SnapshotInputs.scan([data.path], salt: "test")) {
            if case .stale(let why) = $0 { return why.contains("a.txt") && why.contains("size") }
            return false
        }
        try loadedStore().writeSnapshot(to: url, inputs: SnapshotInputs.scan([data.path], salt: "test"))
        try "three".write(to: data.appendingPathComponent("sub/c.txt"), atomically: true, encoding: .utf8)
        expectError(url, SnapshotInputs.scan([data.path], salt: "test")) {
            if case .stale(let why) = $0 { return why.contains("c.txt") && why.contains("new") }
            return false
        }
        try FileManager.default.removeItem(at: data.appendingPathComponent("sub/b.txt"))
        try FileManager.default.removeItem(at: data.appendingPathComponent("sub/c.txt"))
        expectError(url, SnapshotInputs.scan([data.path], salt: "test")) {
            if case .stale(let why) = $0 { return why.contains("b.txt") && why.contains("gone") }
            return false
        }
        // Same files, same size, another modification time.
        try loadedStore().writeSnapshot(to: url, inputs: SnapshotInputs.scan([data.path], salt: "test"))
        let a = data.appendingPathComponent("a.txt")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: a.path)
        expectError(url, SnapshotInputs.scan([data.path], salt: "test")) {
            if case .stale(let why) = $0 { return why.contains("a.txt") && why.contains("modified") }
            return false
        }
        // Another program build.
        expectError(url, SnapshotInputs.scan([data.path], salt: "other")) {
            if case .stale(let why) = $0 { return why.contains("newsq itself") }
            return false
        }
    }

    func testChangesNameFilesToReadAgainAndFilesGone() throws {
        let (before, data) = try inputFiles()
        try "one, longer".write(to: data.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "three".write(to: data.appendingPathComponent("sub/c.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: data.appendingPathComponent("sub/b.txt"))
        let now = SnapshotInputs.scan([data.path], salt: "test")
        let changes = try XCTUnwrap(now.changes(since: before))
        XCTAssertEqual(
            changes.changed, [data.appendingPathComponent("a.txt").path, data.appendingPathComponent("sub/c.txt").path])
        XCTAssertEqual(changes.removed, [data.appendingPathComponent("sub/b.txt").path])
        XCTAssertEqual(now.changes(since: now), SnapshotChanges())
        XCTAssertNil(
            SnapshotInputs.scan([data.path], salt: "another newsq").changes(since: before),
            "a new program rebuilds everything")
    }

    func testAStaleSnapshotIsUsedOnlyWhenItsChangesAreAccepted() throws {
        let (inputs, data) = try inputFiles()
        let url = folder.appendingPathComponent("snap")
        let cache = SnapshotCache(location: url, inputs: inputs)
        try cache.save(try loadedStore())
        try "one, longer".write(to: data.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let now = SnapshotCache(location: url, inputs: SnapshotInputs.scan([data.path], salt: "test"))
        let declined = FactStore()
        XCTAssertThrowsError(try now.restore(into: declined, accepting: { _ in false }))
        XCTAssertEqual(declined.factCount, 0, "a declined snapshot leaves the store empty")
        let accepted = FactStore()
        let changes = try now.restore(into: accepted, accepting: { _ in true })
        XCTAssertEqual(changes.changed, [data.appendingPathComponent("a.txt").path])
        XCTAssertEqual(describe(accepted), describe(try loadedStore()))
    }

    func testRemovingAFilesArticlesKeepsTheRestAsTheyWere() throws {
        let store = FactStore()
        let first = articleFacts(id: "a1") // read from /tmp/a1.txt
        let second = articleFacts(
            id: "a2",
            text: "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken. Blinken said nothing at all.")
        store.load(first)
        store.load(second)
        let onlySecond = FactStore()
        onlySecond.load(second)
        XCTAssertEqual(store.removeArticles(fromFiles: ["/tmp/a1.txt", "/tmp/none.txt"]), 1)
        XCTAssertEqual(store.articles.map(\.article.id), ["a2"])
        XCTAssertEqual(describe(store), describe(onlySecond))
        XCTAssertNotNil(store.article(id: "a2"))
        XCTAssertNil(store.article(id: "a1"))
    }

    func testScanSkipsHiddenFilesAndSortsPaths() throws {
        let (inputs, data) = try inputFiles()
        XCTAssertEqual(
            inputs.files.map(\.path),
            [data.appendingPathComponent("a.txt").path, data.appendingPathComponent("sub/b.txt").path])
        XCTAssertEqual(inputs.files.map(\.size), [3, 3])
        let missing = SnapshotInputs.scan([folder.appendingPathComponent("nope").path])
        XCTAssertEqual(missing.files.map(\.size), [-1])
    }

    func testMissingOrForeignFileIsRejected() throws {
        let url = folder.appendingPathComponent("absent")
        expectError(url, SnapshotInputs(files: [])) {
            if case .unreadable = $0 { return true }
            return false
        }
        try Data("Title: not a snapshot at all, just an article\n".utf8).write(to: url)
        expectError(url, SnapshotInputs(files: [])) { $0 == .notASnapshot }
    }

    func testCacheRebuildsAfterAFailedReadAndDefaultsInsideTheDataFolder() throws {
        let (_, data) = try inputFiles()
        let cache = try XCTUnwrap(SnapshotCache(paths: [data.path], environment: [:]))
        XCTAssertEqual(cache.location.path, data.appendingPathComponent(".newsq-snapshot").path)
        XCTAssertNil(SnapshotCache(paths: [data.path], environment: ["NEWSQ_SNAPSHOT": "off"]))
        XCTAssertNil(
            SnapshotCache(paths: [data.path, data.appendingPathComponent("a.txt").path], environment: [:]),
            "loose files are not cached")

        // First start: no snapshot yet, so the caller loads and saves.
        let first = FactStore()
        XCTAssertThrowsError(try cache.restore(into: first))
        let built = try loadedStore()
        try cache.save(built)
        // The snapshot is hidden, so it is not an input of itself.
        let again = try XCTUnwrap(SnapshotCache(paths: [data.path], environment: [:]))
        XCTAssertEqual(again.inputs, cache.inputs)
        let second = FactStore()
        try again.restore(into: second)
        XCTAssertEqual(describe(second), describe(built))
    }

    func testChecksumChangesWithEveryByteAndLength() {
        var seen = Set<UInt64>()
        for n in 0..<100 {
            let bytes = [UInt8](repeating: 7, count: n)
            seen.insert(bytes.withUnsafeBytes { Snapshot.checksum($0) })
        }
        XCTAssertEqual(seen.count, 100)
        // xxHash64 of "" and of "abc" with seed 0 (published test vectors).
        XCTAssertEqual([UInt8]().withUnsafeBytes { Snapshot.checksum($0) }, 0xEF46DB3751D8E999)
        XCTAssertEqual(Array("abc".utf8).withUnsafeBytes { Snapshot.checksum($0) }, 0x44BC2CF5AD770999)
    }
}
