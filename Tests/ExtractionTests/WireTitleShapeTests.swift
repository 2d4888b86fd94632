import XCTest
import NewsFacts
@testable import Extraction

/// Title shapes of ordinary English that wire stories of many outlets write (invented
/// sentences, invented people): one behaviour a test.
final class WireTitleShapeTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2021-01-27") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    // MARK: - One holder of an office a country

    func testTheArticlesCountryIsNotGivenToAHolderWhenAnotherHoldsThatOfficeOfIt() {
        let f = facts(
            "Kenya's government agreed on Monday to expand trade, officials said.\n\n"
                + "Kenyan Foreign Minister Amina Wekesa met her Norwegian counterpart in Nairobi.\n\n"
                + "Foreign Minister Lars Tvedt said the talks were useful.")
        XCTAssertFalse(titles(f, "Lars Tvedt").contains("Foreign Minister|Kenya"), "\(titles(f, "Lars Tvedt"))")
        XCTAssertTrue(titles(f, "Amina Wekesa").contains("Foreign Minister|Kenya"), "\(titles(f, "Amina Wekesa"))")
    }

    func testTheArticlesCountryStillGoesToTheOneHolderOfAnOffice() {
        let f = facts(
            "Kenya's government agreed on Monday to expand trade, officials said.\n\n"
                + "Foreign Minister Amina Wekesa said the talks were useful.")
        XCTAssertEqual(titles(f, "Amina Wekesa"), ["Foreign Minister|Kenya"])
    }

}
