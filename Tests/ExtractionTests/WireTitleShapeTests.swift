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

    // MARK: - A country's office, a comma and the holder

    func testACountrysOfficeAndACommaBeforeANameThatGoesOnIntoTheClauseIsItsHolder() {
        let f = facts("A letter went out to Ugandan President, Joseph Okello before the vote.")
        XCTAssertEqual(titles(f, "Joseph Okello"), ["President|Uganda"], "\(f.facts)")
        let g = facts("Invitations reached the Dutch King and Ghana President, Kwame Mensah.")
        XCTAssertEqual(titles(g, "Kwame Mensah"), ["President|Ghana"], "\(g.facts)")
    }

    func testAVerbAfterTheNameOfAnOpeningPhrasesNationalTitleLeavesTheSubjectUntitled() {
        let f = facts("Asked about the Kenyan President, Amina Wekesa declined to comment on the dispute.")
        XCTAssertEqual(titles(f, "Amina Wekesa"), [], "\(f.facts)")
    }

    func testATitleWithoutACountryAndACommaBeforeANameThatGoesOnIsNoHoldersTitle() {
        let f = facts("He thanked the President, Joseph Okello and the ministers for their welcome.")
        XCTAssertEqual(titles(f, "Joseph Okello"), [], "\(f.facts)")
    }

    // MARK: - Posted to a country

    func testAnAmbassadorToACountryBeforeANameIsTheSendingCountrysAmbassador() {
        let f = facts("Kenyan Ambassador to Norway Amina Wekesa said the talks were useful.")
        XCTAssertEqual(titles(f, "Amina Wekesa"), ["Ambassador|Kenya"], "\(f.facts)")
    }

    func testAnEnvoyOfACountryToAnotherBeforeACommaAndANameIsTheSendingCountrys() {
        let f = facts("The Ambassador of Kenya to Norway, Amina Wekesa, presented her letters on Monday.")
        XCTAssertEqual(titles(f, "Amina Wekesa"), ["Ambassador|Kenya"], "\(f.facts)")
    }

    func testAPlaceAfterToWithNoNameAfterItLeavesTheTitleAlone() {
        let f = facts("Minister Amina Wekesa said the Ambassador to Norway would return on Monday.")
        XCTAssertFalse(f.facts.contains { $0.predicate == "title" && $0.object.lexical == "Ambassador" }, "\(f.facts)")
    }

}
