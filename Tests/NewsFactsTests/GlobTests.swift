import Foundation
import NewsFacts
import XCTest

final class GlobTests: XCTestCase {
    func testPatternsMatchSortedPathsAndNothingMatchesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-glob-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "a.txt", "c.facts", "a b.txt"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        let base = folder.path + "/"
        XCTAssertEqual(Glob.paths(matching: base + "*.txt"), [base + "a b.txt", base + "a.txt", base + "b.txt"])
        XCTAssertEqual(Glob.paths(matching: base + "?.facts"), [base + "c.facts"])
        XCTAssertEqual(Glob.paths(matching: base + "[ab].txt"), [base + "a.txt", base + "b.txt"])
        XCTAssertEqual(Glob.paths(matching: base + "*.json"), [])
    }
}
