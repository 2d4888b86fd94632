import TestSupport
import XCTest

@testable import NewsFacts

/// A mapped snapshot's article records are checked and decoded only when read (`ArticleRecords`,
/// `MappedArticles`): what a read gives must be what decoding them all gave, and a damaged
/// record is reported (`snapshotDamage`) when read, or refused at open when checked whole.
final class LazyArticleTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = TestPaths.temporaryDirectory("newsq-lazy-articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Three articles: one with a sentence of its own text and a date, one from a facts file
    /// (no text, no sentences), one whose text had a byte that is not UTF-8.
    private func store() -> FactStore {
        let store = FactStore()
        let text = "Minister Ana Lopes met Rui Costa. Lopes said the talks went well."
        store.load(
            ArticleFacts(
                article: Article(
                    id: "a1", title: "Talks", date: DateValue(iso: "2026-03-02"), source: "Wire", url: "https://x/a1",
                    path: "/tmp/a1.txt", text: text),
                sentences: [
                    Sentence(index: 0, range: 0..<33, text: "Minister Ana Lopes met Rui Costa."),
                    Sentence(index: 1, range: 34..<text.utf8.count, text: "“Lopes said the talks went well.”"),
                ],
                entities: [EntityRecord(name: "Ana Lopes", type: "person")],
                facts: [
                    FactRecord(
                        subject: .entity("Ana Lopes"), predicate: "title", object: .text("Minister"), sentence: 0,
                        range: 0..<8, rule: "title")
                ]))
        let odd = String(decoding: [0x41, 0xFF, 0x42, 0x2E, 0x20, 0x43, 0x2E], as: UTF8.self)
        store.load(
            ArticleFacts(
                article: Article(id: "a3", path: "/tmp/a3.txt", text: odd),
                sentences: [Sentence(index: 0, range: 0..<odd.utf8.count, text: odd)],
                entities: [EntityRecord(name: "Rui Costa", type: "person")],
                facts: [
                    FactRecord(
                        subject: .entity("Rui Costa"), predicate: "type", object: .entity("person"), sentence: 0,
                        rule: "type")
                ]))
        _ = try? store.importTSV(Array("x\tp\ty\tstr\t7\t0\n".utf8), file: "/tmp/f.tsv")
        return store
    }

    private func reopened(_ store: FactStore) throws -> FactStore {
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        return try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
    }

    /// Everything a stored article holds, as one comparable value.
    private func describe(_ a: StoredArticle) -> String {
        "\(a.article) \(a.contentHash) \(a.sourceFile ?? "-") \(a.factCount) \(a.sentenceRanges) "
            + "\(a.sentences) \((0..<a.sentenceCount).map { a.hasOwnText($0) })"
    }

    func testAnArticleReadLazilyEqualsTheEagerOne() throws {
        let original = store()
        let lazy = try reopened(original)
        XCTAssertTrue(lazy.articles.isMapped, "a mapped snapshot's articles are left as records")
        XCTAssertEqual(lazy.articles.count, original.articles.count)
        // The same payload decoded whole, as an unmapped one is.
        let payload = original.snapshotPayload()
        let eager = FactStore()
        try payload.withUnsafeBytes { try eager.restorePayload($0, path: "payload", verify: {}) }
        XCTAssertFalse(eager.articles.isMapped)
        for i in original.articles.indices {
            XCTAssertEqual(describe(lazy.articles[i]), describe(original.articles[i]))
            XCTAssertEqual(describe(lazy.articles[i]), describe(eager.articles[i]))
            XCTAssertEqual(lazy.articles.id(i), original.articles[i].article.id)
            XCTAssertEqual(lazy.articles.factCount(i), original.articles[i].factCount)
        }
        for f in 0..<FactID(original.factCount) {
            XCTAssertEqual(lazy.sentenceText(of: f), original.sentenceText(of: f))
            XCTAssertEqual(lazy.provenance(f).articleID, original.provenance(f).articleID)
        }
        XCTAssertEqual(lazy.article(id: "a3").map(describe), original.article(id: "a3").map(describe))
        XCTAssertNil(lazy.article(id: "a2"))
    }

    func testAChangeAfterALazyOpenKeepsEveryArticle() throws {
        let original = store()
        let lazy = try reopened(original)
        XCTAssertEqual(lazy.removeArticles(fromFiles: ["/tmp/a3.txt"]), 1)
        XCTAssertFalse(lazy.articles.isMapped, "a change decodes the records into owned values")
        XCTAssertEqual(lazy.articles.map(\.article.id), ["a1", "7"])
        XCTAssertEqual(describe(lazy.articles[0]), describe(original.articles[0]))
        XCTAssertEqual(lazy.article(id: "7")?.factCount, 1)
    }

    /// Writes `store` and expects opening it whole (`NEWSQ_SNAPSHOT=verify`) to fail, naming
    /// what is wrong with the article.
    private func expectRefused(
        _ store: FactStore, saying words: String, file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let reopened = FactStore()
        XCTAssertThrowsError(try reopened.restoreSnapshot(from: url, inputs: SnapshotInputs(files: []), full: true)) {
            error in
            guard case .malformed(let why)? = (error as? SnapshotError)?.reason else {
                return XCTFail("\(error)", file: file, line: line)
            }
            XCTAssertTrue(why.contains(words), why, file: file, line: line)
        }
        XCTAssertTrue(reopened.articles.isEmpty, file: file, line: line)
        XCTAssertEqual(reopened.factCount, 0, file: file, line: line)
    }

    /// Writes `store`, opens it as a one-shot query does (records checked when read) and
    /// returns the store: no damage is reported until a record is read.
    private func openedLazily(
        _ store: FactStore, file: StaticString = #filePath, line: UInt = #line
    ) throws
        -> FactStore
    {
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let reopened = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        XCTAssertTrue(reopened.articles.isMapped, file: file, line: line)
        XCTAssertNil(reopened.snapshotDamage, "nothing read yet", file: file, line: line)
        return reopened
    }

    private func damageReason(_ store: FactStore) -> String? {
        guard case .malformed(let why)? = store.snapshotDamage?.reason else { return nil }
        return why
    }

    /// The first article with a sentence kept as a range that lies past the end of its text.
    private func storeWithABadSentence() -> FactStore {
        let damaged = store()
        let a = damaged.articles[0]
        damaged.articles[0] = StoredArticle(
            article: a.article, sentenceRanges: [0..<33, 34..<900], overrides: [:], contentHash: a.contentHash,
            sourceFile: a.sourceFile, factCount: a.factCount)
        return damaged
    }

    func testACorruptArticleRecordIsRefusedNamingTheArticleWhenVerified() throws {
        try expectRefused(storeWithABadSentence(), saying: "a sentence of 'a1' lies outside its text")
    }

    func testACorruptArticleRecordReadLazilyIsReportedAsDamageAndReadsEmpty() throws {
        let reopened = try openedLazily(storeWithABadSentence())
        XCTAssertEqual(reopened.articles.id(1), "a3", "another record reads as it was")
        XCTAssertNil(reopened.snapshotDamage)
        let read = reopened.articles[0]
        XCTAssertEqual(read.article.id, "a1")
        XCTAssertEqual(read.article.text, "", "a damaged record gives no text")
        XCTAssertEqual(read.sentenceCount, 0)
        let why = try XCTUnwrap(damageReason(reopened))
        XCTAssertTrue(why.contains("a sentence of 'a1' lies outside its text"), why)
        XCTAssertTrue(why.hasPrefix("article record 1 of \(reopened.articles.count): "), "names where: \(why)")
    }

    func testAnArticleIDStoredTwiceIsRefusedWhenVerified() throws {
        let damaged = store()
        damaged.articles.append(damaged.articles[1])
        try expectRefused(damaged, saying: "article 'a3' is stored twice")
    }

    func testAnArticleIDStoredTwiceIsReportedWhenTheIndexOfIDsIsBuilt() throws {
        let damaged = store()
        damaged.articles.append(damaged.articles[1])
        let reopened = try openedLazily(damaged)
        XCTAssertEqual(reopened.article(id: "a3")?.article.id, "a3")
        let why = try XCTUnwrap(damageReason(reopened))
        XCTAssertTrue(why.contains("article 'a3' is stored twice"), why)
    }

    func testARecordWhoseEndsAreOutOfOrderCannotBeRead() throws {
        let bytes = [UInt8](repeating: 7, count: 16)
        try bytes.withUnsafeBytes { records in
            let section = ArticleSection(ends: [10, 4, 16], records: records)
            XCTAssertEqual(section.bytes(0)?.count, 10)
            XCTAssertNil(section.bytes(1), "ends out of order")
            XCTAssertNotNil(section.bytes(2))
            XCTAssertNil(ArticleSection(ends: [10, 17], records: records).bytes(1), "past the records")
            XCTAssertThrowsError(try section.reader(1, path: "p", mapping: nil))
        }
    }
}
