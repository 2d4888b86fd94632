import XCTest

@testable import Extraction

/// The census lists' frequencies read digit by digit agree with reading them as numbers.
final class GazetteerFrequencyTests: XCTestCase {
    func testAFrequencyIsFrequentExactlyWhenItsNumberIsAtLeastFiveThousandths() {
        let written = [
            "0.000", "0.001", "0.004", "0.005", "0.006", "0.049", "0.050", "0.5", "0.05", "0.0049",
            "0.00499", "0.0051", "1.006", "1", "0", "12.345", ".005", ".004", "5.", "0.", "0.00500",
        ]
        for text in written {
            XCTAssertEqual(Gazetteer.isFrequent(text), (Double(text) ?? 0) >= 0.005, text)
        }
    }

    func testTextThatIsNoDecimalIsNotFrequent() {
        for text in ["", ".", "abc", "0.0.5", "1,5", "-1", " 0.5", "0.5x"] {
            XCTAssertFalse(Gazetteer.isFrequent(text), text)
        }
    }

    func testEveryListedFrequencyReadsAsItsNumberDoes() {
        let rows = LexiconData.familyNames.map(\.frequency) + LexiconData.givenNames.map(\.frequency)
        XCTAssertFalse(rows.isEmpty)
        for text in rows where Gazetteer.isFrequent(text) != ((Double(text) ?? 0) >= 0.005) {
            XCTFail("census frequency \(text) read differently")
        }
    }
}
