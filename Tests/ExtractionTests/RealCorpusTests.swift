import Foundation
import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Every document of the shared real corpora (UD English EWT, GUM), as plain text: extraction
/// survives each one and each gives sentences. `make test` runs a fixed sample (every fourth
/// EWT document and all of GUM); `make corpus-test` (NEWSQ_CORPUS=full) runs them all. Times
/// are printed, never asserted.
final class RealCorpusTests: XCTestCase {
    /// The documents this run covers: all with NEWSQ_CORPUS=full, else the sample.
    static func documents() throws -> [SharedCorpora.Document] {
        guard let folder = SharedCorpora.folder else { throw XCTSkip(SharedCorpora.missing) }
        let all = try SharedCorpora.documents(in: folder)
        if ProcessInfo.processInfo.environment["NEWSQ_CORPUS"] == "full" { return all }
        var ewt = 0
        return all.filter { document in
            guard document.corpus == "ewt" else { return true }
            defer { ewt += 1 }
            return ewt % 4 == 0
        }
    }

    func testEveryRealCorpusDocumentIsExtracted() throws {
        let documents = try RealCorpusTests.documents()
        XCTAssertGreaterThan(documents.count, 300)
        var sentences = 0, entities = 0, facts = 0
        var timings: [(id: String, seconds: Double)] = []
        for document in documents {
            let start = Date()
            let extracted = Extractor.extract(Article(id: document.id, text: document.text))
            timings.append((document.id, Date().timeIntervalSince(start)))
            XCTAssertFalse(extracted.sentences.isEmpty, "\(document.id) gave no sentence")
            XCTAssertTrue(extracted.facts.allSatisfy { $0.sentence >= 0 && $0.sentence < extracted.sentences.count },
                          "\(document.id): a fact cites a sentence it does not have")
            sentences += extracted.sentences.count
            entities += extracted.entities.count
            facts += extracted.facts.count
        }
        let byCorpus = Dictionary(grouping: documents, by: \.corpus).mapValues(\.count)
        let slowest = timings.sorted { $0.seconds > $1.seconds }.prefix(3)
            .map { "\($0.id) \(String(format: "%.0f", $0.seconds * 1000)) ms" }.joined(separator: ", ")
        print("real corpora: \(documents.count) documents (\(byCorpus.sorted(by: { $0.key < $1.key }).map { "\($0.key) \($0.value)" }.joined(separator: ", "))): "
              + "\(sentences) sentences, \(entities) entities, \(facts) facts in "
              + String(format: "%.1f s", timings.reduce(0) { $0 + $1.seconds }) + "; slowest: \(slowest)")
    }
}
