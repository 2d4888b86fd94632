import TestSupport
import XCTest

@testable import NewsFacts

/// Sentence indices and span lengths are kept whole, however long the article.
final class WideProvenanceTests: XCTestCase {
    /// An article of `count` sentences "S." and two facts: one in sentence 5, one in the last
    /// sentence whose span is 70,000 bytes long.
    private func longArticle(id: String = "long", count: Int = 70_000) -> ArticleFacts {
        let text = String(repeating: "S. ", count: count)
        let sentences = (0..<count).map { Sentence(index: $0, range: 3 * $0..<3 * $0 + 2, text: "S.") }
        let facts = [
            FactRecord(
                subject: .entity("Ana Lopes"), predicate: "title", object: .text("Minister"),
                sentence: 5, range: 15..<17, rule: "title"),
            FactRecord(
                subject: .entity("Ana Lopes"), predicate: "said", object: .text("a very long quote"),
                sentence: count - 1, range: 3 * count - 70_001..<3 * count - 1, rule: "quote"),
        ]
        return ArticleFacts(
            article: Article(id: id, path: "/tmp/\(id).txt", text: text), sentences: sentences,
            entities: [EntityRecord(name: "Ana Lopes", type: "person")], facts: facts)
    }

    private func quote(_ store: FactStore) throws -> Provenance {
        let said = try XCTUnwrap(store.predicateID("said"))
        let f = try XCTUnwrap(store.match(subject: nil, predicate: said, object: nil).map { $0 }.first)
        XCTAssertEqual(store.sentenceText(of: f), "S.")
        XCTAssertEqual(store.source(of: f).sentence, 69_999)
        return store.provenance(f)
    }

    func testAFactInSentence69999CitesItWithItsWholeSpan() throws {
        let store = FactStore()
        store.load(longArticle())
        let p = try quote(store)
        XCTAssertEqual(p.sentence, 69_999)
        XCTAssertEqual(p.range?.count, 70_000)
        let title = try XCTUnwrap(store.predicateID("title"))
        let f = try XCTUnwrap(store.match(subject: nil, predicate: title, object: nil).map { $0 }.first)
        XCTAssertEqual(store.provenance(f).sentence, 5)
        XCTAssertEqual(store.provenance(f).range, 15..<17)
        store.withSourceColumns { _, sentences in
            XCTAssertEqual(sentences[Int(f)], 5)
        }
    }

    func testWideValuesSurviveRemovingEarlierArticlesAndASnapshot() throws {
        let store = FactStore()
        store.load(longArticle(id: "first", count: 66_000))
        store.load(longArticle())
        XCTAssertEqual(store.removeArticles(fromFiles: ["/tmp/first.txt"]), 1)
        XCTAssertEqual(try quote(store).sentence, 69_999)

        let folder = TestPaths.temporaryDirectory("newsq-wide")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("snap")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let reopened = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        let p = try quote(reopened)
        XCTAssertEqual(p.sentence, 69_999)
        XCTAssertEqual(p.range?.count, 70_000)
    }

    func testATSVSentenceAbove65535IsKept() throws {
        let store = FactStore()
        try store.importTSV(Array("person/1\ttitle\tminister\tstr\t0\t70000\n".utf8), file: "peer.tsv")
        XCTAssertEqual(store.provenance(0).sentence, 70_000)
    }

    func testTheCommonCaseStaysTwoBytesAFact() {
        var column = CompactColumn()
        for i in 0..<1000 { column.append(i % 300) }
        column.append(69_999)
        XCTAssertEqual(column[1000], 69_999)
        XCTAssertEqual(column[999], 999 % 300)
        XCTAssertEqual(column.wide.count, 1)
    }
}
