import Foundation
import TestSupport
import XCTest

/// The shared real corpora (UD English EWT, GUM) as one data folder, opened by the real
/// binary: it loads every document, skips none and answers. Counts are printed.
final class RealCorpusLoadTests: XCTestCase {
    func testTheRealCorporaOpenAsOneDataFolder() throws {
        guard let folder = SharedCorpora.folder else { throw XCTSkip(SharedCorpora.missing) }
        let documents = try SharedCorpora.documents(in: folder)
        let data = TestPaths.temporaryDirectory("newsq-corpora")
        defer { try? FileManager.default.removeItem(at: data) }
        var names = Set<String>()
        for document in documents {
            let name = document.fileName
            XCTAssertTrue(names.insert(name).inserted, "two documents named \(name)")
            try document.text.write(to: data.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try NewsqProcess.run(["--data", data.path, "--verbose", "-e", ".articles"], timeout: 600)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("skipped"), result.stderr)
        // The count as newsq writes counts: 1,285.
        let count = documents.count.description.reversed().enumerated()
            .map { $0.offset > 0 && $0.offset % 3 == 0 ? "\($0.element)," : "\($0.element)" }.reversed().joined()
        XCTAssertTrue(result.stdout.hasSuffix("\(count) articles\n"), String(result.stdout.suffix(300)))
        let loaded = result.stderr.split(separator: "\n").first { $0.contains("loaded") } ?? ""
        print("real corpora as one data folder: \(documents.count) documents; \(loaded)")
    }
}
