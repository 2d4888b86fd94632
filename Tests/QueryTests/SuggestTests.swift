import Query
import XCTest

/// `Suggest`, the one edit distance and "did you mean" rule of newsq.
final class SuggestTests: XCTestCase {
    private func distance(_ a: String, _ b: String, cutoff: Int = .max) -> Int {
        Suggest.distance(Array(a), Array(b), cutoff: cutoff)
    }

    func testDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        XCTAssertEqual(distance("", ""), 0)
        XCTAssertEqual(distance("", "abc"), 3)
        XCTAssertEqual(distance("abc", ""), 3)
        XCTAssertEqual(distance("title", "title"), 0)
        XCTAssertEqual(distance("titel", "title"), 1, "a swap of neighbours is one edit")
        XCTAssertEqual(distance("kitten", "sitting"), 3)
        XCTAssertEqual(distance("Žagar", "Zagar"), 1, "characters, not bytes")
    }

    func testDistanceStopsPastTheCutoff() {
        XCTAssertEqual(distance("abcdefgh", "zyxwvuts", cutoff: 2), 3)
        XCTAssertEqual(distance("titel", "title", cutoff: 2), 1)
    }

    func testNearestKeepsToTheThresholdAndOrdersTies() {
        XCTAssertEqual(Suggest.threshold(for: "abcd"), 1)
        XCTAssertEqual(Suggest.threshold(for: "abcdefgh"), 2)
        XCTAssertEqual(Suggest.threshold(for: "abcdefghi"), 3)
        XCTAssertEqual(Suggest.nearest("TITEL", in: ["said", "title", "type"]), ["title"], "case does not count")
        XCTAssertEqual(Suggest.nearest("nonsense", in: ["find", "rules"]), [])
        XCTAssertEqual(Suggest.nearest("cat", in: ["cut", "bat", "cab"], limit: 3), ["bat", "cab", "cut"])
    }
}
