import Foundation
import XCTest

@testable import NewsqCLI

/// Tab completion of what takes more than a word or sits in a context of its own: names and
/// titles of several words typed without quotes, qualifier keys inside `[…]`, the pattern after
/// `why`, paths under `~/`.
final class CompletionContextTests: XCTestCase {
    private func complete(_ line: String) throws -> (start: Int, candidates: [String]) {
        let completion = InputCompleter(shell: try ShellFixture().shell).complete(line: line, cursor: line.utf8.count)
        return (completion.replacementStart, completion.candidates)
    }

    func testTheWordsOfANameTypedWithoutQuotesCompleteTogether() throws {
        let c = try complete("who is Antony B")
        XCTAssertEqual(c.candidates, ["\"Antony Blinken\""])
        XCTAssertEqual(c.start, 7, "the whole name replaces both words")
        let clause = try complete("find ?t where North K")
        XCTAssertEqual(clause.candidates, ["\"North Korea\""])
        XCTAssertEqual(clause.start, 14)
    }

    func testAWordAfterAWholeNameIsStillItsPredicate() throws {
        XCTAssertEqual(try complete("find ?t where Motegi ti").candidates, ["title"])
        XCTAssertEqual(try complete("find ?t where Antony Blinken ti").candidates, ["title"])
    }

    func testWhoHoldsOffersTitlesQuotedOrNot() throws {
        let quoted = try complete("who holds \"Defense M")
        XCTAssertEqual(quoted.candidates, ["\"Defense Minister\""])
        XCTAssertEqual(quoted.start, 10)
        let bare = try complete("who holds defense s")
        XCTAssertEqual(bare.candidates, ["\"Defense Secretary\""])
        XCTAssertEqual(bare.start, 10)
        XCTAssertEqual(try complete("who holds Def").candidates, ["\"Defense Minister\"", "\"Defense Secretary\""])
    }

    func testQualifierKeysInsideBrackets() throws {
        let keys = try complete("find ?p where ?p title ?t [").candidates
        XCTAssertTrue(keys.contains("of:"), "\(keys)")
        XCTAssertTrue(keys.contains("article:"), "\(keys)")
        XCTAssertFalse(keys.contains { $0.contains("#") }, "no event ids: \(keys)")
        XCTAssertEqual(try complete("find ?p where ?p title ?t [o").candidates, ["of:"])
        XCTAssertTrue(try complete("find ?p where ?p title ?t [of: Japan, a").candidates.contains("article:"))
        XCTAssertEqual(try complete("find ?p where ?p title ?t [of: Jap").candidates, ["Japan"])
    }

    func testWhyTakesAPatternWithItsPredicates() throws {
        XCTAssertEqual(try complete("why Kishi ti").candidates, ["title"])
        XCTAssertEqual(try complete("why Kishi title ?t [o").candidates, ["of:"])
    }

    func testPathsUnderTheHomeFolder() throws {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        let completion = PathCompletion.complete("~/", at: 6, extensions: ["txt"])
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: home)) ?? []
        let folders = listed.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: home + "/" + name, isDirectory: &isFolder)
                && isFolder.boolValue
        }
        for folder in folders.prefix(3) { XCTAssertTrue(completion.candidates.contains("~/" + folder + "/")) }
        XCTAssertTrue(completion.candidates.allSatisfy { $0.hasPrefix("~/") || $0.hasPrefix("\"~/") })
    }
}
