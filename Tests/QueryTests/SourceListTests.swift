import XCTest

@testable import Query

final class SourceListTests: XCTestCase {
    func testSentencesAreGroupedByArticleInFirstSeenOrder() {
        let list = [("b", 2), ("a", 1), ("b", 3), ("b", 2)].map { (article: $0.0, sentence: $0.1) }
        XCTAssertEqual(ResultFormatter.sourceList(list), "b s2 s3; a s1")
    }

    func testALimitNamesTheFirstArticlesAndCountsTheRest() {
        let list = (1...5).map { (article: "art-\($0)", sentence: 0) }
        XCTAssertEqual(ResultFormatter.sourceList(list, articles: 2), "art-1 s0; art-2 s0; … 3 more articles")
        XCTAssertEqual(
            ResultFormatter.sourceList(Array(list.prefix(3)), articles: 2), "art-1 s0; art-2 s0; … 1 more article")
        XCTAssertEqual(ResultFormatter.sourceList(Array(list.prefix(2)), articles: 2), "art-1 s0; art-2 s0")
    }
}
