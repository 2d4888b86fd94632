import NewsFacts
import XCTest

@testable import Query

/// A text that runs for `QuerySession.releaseAfter` or longer gives the allocator's free pages
/// back once answered; a shorter one does not (the release would cost more than it ran). Time
/// comes from a clock the test drives.
final class FreePagesAfterLongStatementTests: XCTestCase {
    private let query = #"find ?p, ?o where "Toshimitsu Motegi" ?p ?o"#

    func testALongStatementGivesFreePagesBack() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        var now: UInt64 = 0
        // Each look at the clock moves it on by the threshold: the text ran at least that long.
        s.clock = {
            now += QuerySession.releaseAfter
            return now
        }
        _ = QueryFixture.run(s, query)
        XCTAssertEqual(s.freePagesReleases, 1)
        _ = QueryFixture.run(s, query)
        XCTAssertEqual(s.freePagesReleases, 2, "a kept statement run again releases too")
    }

    func testAShortStatementKeepsItsFreePages() throws {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        s.clock = { 42 }
        let first = QueryFixture.run(s, query).text
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(s.freePagesReleases, 0)
    }
}
