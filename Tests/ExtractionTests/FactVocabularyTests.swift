import Foundation
import NewsFacts
import XCTest

@testable import Extraction

/// The extractor, the README and the query language share one vocabulary (`FactVocabulary`):
/// what the extractor makes over every article in the repository is declared there, and the
/// README's table is rendered from it.
final class FactVocabularyTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every article the repository holds: Data/, the real development set, the query examples.
    func extractEverything() -> [ArticleFacts] {
        let paths = ["Data", "Tests/RealNews", "Queries/examples"].map { Self.root.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let read = ArticleReader.read(paths: paths.map { $0 + "/" })
        return Extractor.extract(read.articles)
    }

    func testEveryFactTheExtractorMakesIsInTheVocabulary() {
        let extracted = extractEverything()
        XCTAssertGreaterThan(extracted.count, 50, "the repository's articles were read")
        var undeclared = Set<String>()
        let kinds = Set(FactVocabulary.eventKinds.map(\.name))
        for article in extracted {
            for e in article.entities where !FactVocabulary.entityTypes.contains(e.type) {
                undeclared.insert("entity type \(e.type)")
            }
            for f in article.facts {
                guard let p = FactVocabulary.predicate(f.predicate) else {
                    undeclared.insert("predicate \(f.predicate)")
                    continue
                }
                if !p.rules.contains(f.rule) { undeclared.insert("rule \(f.rule) of \(f.predicate)") }
                for q in f.qualifiers where !p.qualifiers.contains(where: { $0.key == q.key }) {
                    undeclared.insert("qualifier \(q.key) of \(f.predicate)")
                }
                if f.predicate == "kind", !kinds.contains(f.object.lexical) {
                    undeclared.insert("event kind \(f.object.lexical)")
                }
            }
        }
        XCTAssertEqual(undeclared.sorted(), [], "declare these in FactVocabulary (and so in the README table)")
    }

    func testEveryEventKindTheTriggersNameIsInTheVocabulary() {
        let kinds = Set(FactVocabulary.eventKinds.map(\.name))
        let triggerKinds = Set(LexiconData.eventtriggers.map(\.kind))
        XCTAssertEqual(triggerKinds.subtracting(kinds).sorted(), [], "Lexicons/eventtriggers.tsv names kinds FactVocabulary lacks")
    }

    /// `NEWSQ_RECORD=1` writes the table into the README instead of comparing.
    func testTheReadmeVocabularyTableIsRenderedFromTheVocabulary() throws {
        let readme = Self.root.appendingPathComponent("Sources/Extraction/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let header = "| Predicate | Subject → object | Qualifiers | Rules |\n"
        guard let start = text.range(of: header) else { return XCTFail("the README has no vocabulary table") }
        var end = start.lowerBound
        for line in text[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { break }
            end = text.index(end, offsetBy: line.count + 1)
        }
        let table = String(text[start.lowerBound..<end])
        if ProcessInfo.processInfo.environment["NEWSQ_RECORD"] == "1" {
            try text.replacingCharacters(in: start.lowerBound..<end, with: FactVocabulary.readmeTable)
                .write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(table, FactVocabulary.readmeTable, "NEWSQ_RECORD=1 re-renders the table")
    }

    /// The paragraph of each README that starts "Entity types:" names every type the
    /// vocabulary declares (and articles, which the store adds), each as `code`.
    func testEachReadmeNamesEveryEntityType() throws {
        for path in ["README.md", "Sources/Extraction/README.md"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            guard let start = text.range(of: "Entity types: ") else {
                XCTFail("\(path) has no paragraph of entity types")
                continue
            }
            let paragraph = text[start.lowerBound...].components(separatedBy: "\n\n")[0]
            let named = Set(
                paragraph.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                    .filter { $0.offset % 2 == 1 }
                    .flatMap { $0.element.split(separator: " ").map(String.init) })
            let missing = FactVocabulary.entityTypes.filter { !named.contains($0) }
            XCTAssertEqual(missing, [], "\(path) does not name these entity types")
        }
    }

    func testTheMeetingKindsAreEventKindsOfTheTalksAndVisitFamilies() {
        for name in FactVocabulary.meetingKinds {
            let kind = FactVocabulary.eventKinds.first { $0.name == name }
            XCTAssertNotNil(kind, name)
            XCTAssertTrue(["talks", "visit"].contains(kind?.family ?? ""), name)
        }
        XCTAssertFalse(FactVocabulary.meetingKinds.contains("statement"))
        XCTAssertFalse(FactVocabulary.meetingKinds.contains("occurrence"))
    }
}
