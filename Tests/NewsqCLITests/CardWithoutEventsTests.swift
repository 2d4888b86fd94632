import Foundation
import NewsFacts
import Query
import XCTest

@testable import NewsqCLI

/// `who is X?` over facts that hold no events (a facts file of people and titles): a card
/// without `met` lines, not an error about the event predicates the store does not have.
final class CardWithoutEventsTests: XCTestCase {
    func testACardNeedsNoEvents() throws {
        let store = FactStore()
        store.load(
            try FactsFile.parse(
                "Lloyd Austin | type | person\nLloyd Austin | title | Defense Secretary\n", articleID: "people",
                file: "people.facts"))
        var output = "", errors = ""
        let shell = Shell(
            store: store, session: QuerySession(store: store), out: { output += $0 }, err: { errors += $0 })
        shell.session.options.format = .table
        XCTAssertEqual(shell.runScript("who is Lloyd Austin?\n", sourceName: "t.nq"), 0, errors)
        XCTAssertEqual(errors, "")
        XCTAssertTrue(output.hasPrefix("Lloyd Austin · person\n"), output)
        XCTAssertTrue(output.contains("title   Defense Secretary"), output)
        XCTAssertFalse(output.contains("met "), output)
    }

    func testAMistakeInTheNameIsStillAnError() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript("who is Austen Lloyds?\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertTrue(f.errors.contains("unknown name"), f.errors)
    }
}
