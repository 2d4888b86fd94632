import NewsFacts
import XCTest

@testable import Query

/// A text that runs for `QuerySession.releaseAfter` or longer, and `releaseShare` times as long
/// as the last release took, gives the allocator's free pages back once answered; a shorter one
/// does not (the release would cost too much beside it). Time comes from a clock the test drives.
final class FreePagesAfterLongStatementTests: XCTestCase {
    private let query = #"find ?p, ?o where "Toshimitsu Motegi" ?p ?o"#

    /// A session whose clock moves on by `step` (nanoseconds) at each look.
    private func session(step: @escaping () -> UInt64) throws -> QuerySession {
        let s = QuerySession(store: try QueryFixture.sampleStore())
        s.options.format = .tsv
        var now: UInt64 = 0
        s.clock = {
            now += step()
            return now
        }
        return s
    }

    func testALongStatementGivesFreePagesBack() throws {
        let s = try session { QuerySession.releaseAfter }
        _ = QueryFixture.run(s, query)
        XCTAssertEqual(s.freePagesReleases, 1)
    }

    func testAShortStatementKeepsItsFreePages() throws {
        let s = try session { 0 }
        let first = QueryFixture.run(s, query).text
        XCTAssertEqual(QueryFixture.run(s, query).text, first)
        XCTAssertEqual(s.freePagesReleases, 0)
    }

    func testACostlyReleaseRaisesTheBarForTheNext() throws {
        // Each look at the clock, the release's two included, moves it 100 ms on: the release
        // took 100 ms, so a text needs releaseShare times that before the next.
        var step: UInt64 = 100_000_000
        let s = try session { step }
        _ = QueryFixture.run(s, query)
        XCTAssertEqual(s.freePagesReleases, 1)
        _ = QueryFixture.run(s, query)
        XCTAssertEqual(s.freePagesReleases, 1, "100 ms is long, but short beside the last release")
        step = QuerySession.releaseShare * 100_000_000
        _ = QueryFixture.run(s, query)
        XCTAssertEqual(s.freePagesReleases, 2)
    }
}
