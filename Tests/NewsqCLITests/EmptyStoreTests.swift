import Foundation
import NewsFacts
import Query
import XCTest

@testable import NewsqCLI

/// newsq opened where there is nothing to read: it says so and how to load articles, and a
/// question then gets each of its errors once, without a suggestion of the word typed.
final class EmptyStoreTests: XCTestCase {
    private final class Lines {
        var output = ""
        var errors = ""
    }

    private func emptyShell() -> (Shell, Lines) {
        let store = FactStore()
        let lines = Lines()
        let shell = Shell(
            store: store, session: QuerySession(store: store), out: { lines.output += $0 },
            err: { lines.errors += $0 })
        return (shell, lines)
    }

    func testTheOpeningNoteSaysWhyAndHowToLoad() {
        let none = Repl.emptyStoreNote(dataFolderExists: { _ in false })
        XCTAssertTrue(none.contains("there is no Data folder"), none)
        XCTAssertTrue(none.contains(".load PATH") && none.contains("--data DIR"), none)
        let empty = Repl.emptyStoreNote(dataFolderExists: { $0 == "Data" })
        XCTAssertTrue(empty.contains("nothing was loaded"), empty)
    }

    func testTheOpeningNoteNamesTheFolderItWasOpenedOverNotAMissingDataFolder() {
        let note = Repl.emptyStoreNote(opened: ["wires/empty"], dataFolderExists: { _ in false })
        XCTAssertTrue(note.hasPrefix("No articles loaded: no articles or facts in 'wires/empty'."), note)
        XCTAssertFalse(note.contains("Data folder"), note)
        let two = Repl.emptyStoreNote(opened: ["a.txt", "b\u{1B}.txt"], dataFolderExists: { _ in true })
        XCTAssertTrue(two.hasPrefix("No articles loaded: no articles or facts in 'a.txt', 'b\\e.txt'."), two)
    }

    func testAQuestionOverNothingNamesEachMistakeOnceAndSaysNothingIsLoaded() {
        let (shell, lines) = emptyShell()
        XCTAssertEqual(shell.runScript("who holds \"Trade Minister\"?\n", sourceName: "-e", stopAtFirstError: false), 1)
        XCTAssertEqual(lines.errors.components(separatedBy: "unknown predicate 'title'").count - 1, 1, lines.errors)
        XCTAssertFalse(lines.errors.contains("did you mean 'of'"), lines.errors)
        XCTAssertTrue(lines.errors.contains(Shell.nothingLoaded), lines.errors)
        XCTAssertEqual(shell.runScript("who is Motegi?\n", sourceName: "-e", stopAtFirstError: false), 1)
        XCTAssertEqual(
            lines.errors.components(separatedBy: Shell.nothingLoaded).count - 1, 1, "the note is given once")
    }

    func testAStoreWithFactsGetsNoNote() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript("find ?p where ?p titel ?t\n", sourceName: "-e", stopAtFirstError: false), 1)
        XCTAssertFalse(f.errors.contains("note:"), f.errors)
    }
}
