import NewsFacts
import XCTest

@testable import Query

/// `timeline of X` names, for each of X's events, who else took part and the sentence it came from.
final class TimelineTests: XCTestCase {
    func testEachEventShowsTheOthersAndItsSentence() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        let lines = QueryFixture.run(s, "timeline of Motegi").text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "date\tkind\twith\tsentence")
        let talks = try XCTUnwrap(lines.first { $0.hasPrefix("2021-01-27\ttalks\t") })
        let cells = talks.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(cells[2], "Antony Blinken", "the others, not Motegi himself")
        // A facts file's sentence is the line that stated the fact.
        XCTAssertEqual(cells[3], "phone-talks#1 | participant | Toshimitsu Motegi")
    }
}
