import XCTest
import NewsFacts
@testable import Extraction

/// The body of a title after "of" or "for" (`TitleBodies`): portfolios and field words joined by
/// commas and "and", a second body after "for", and the holder after it (invented sentences,
/// invented offices, invented people).
final class TitleBodyTests: XCTestCase, ReadsFacts {
    func facts(_ text: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), text: text))
    }

    func testABodyJoiningAPortfolioAndFieldWordsWithAndIsOneTitle() {
        let f = facts("Lena Holm praised Minister of Fisheries and Coastal Development Ivo Tarr for the new harbour law.")
        XCTAssertEqual(titles(f, "Ivo Tarr"), ["Minister of Fisheries and Coastal Development|-"], "\(f.facts)")
    }

    func testACommaListInABodyThatAndClosesIsOneTitleAndTheNameAfterItsCommaItsHolder() {
        let f = facts("After the vote the Minister of Trade, Tourism and Norwegians Abroad, Ola Brekke, opened the new bridge.")
        XCTAssertEqual(titles(f, "Ola Brekke"), ["Minister of Trade, Tourism and Norwegians Abroad|-"], "\(f.facts)")
    }

    func testAQualifiedPortfolioOpensABody() {
        let f = facts("Yesterday Norway's Minister of Rural Transport Ola Brekke cut the ribbon on the ferry line.")
        XCTAssertEqual(titles(f, "Ola Brekke"), ["Minister of Rural Transport|Norway"], "\(f.facts)")
    }

    func testASecondBodyAfterForAndAStyleAndHonorificBeforeTheName() {
        let f = facts("Lena Holm wrote to Minister of State for Border Affairs Sheikh Dr Tariq Quarnawi about the ferry.")
        XCTAssertTrue(titles(f, "Tariq Quarnawi").contains("Minister of State for Border Affairs|-"), "\(f.facts)")
    }

    func testTwoOfficesJoinedByAndBeforeAStyleAreTheHolders() {
        let f = facts("Lena Holm wrote to Minister of Water and Minister of State for Border Affairs Sheikh Dr Tariq Quarnawi about the ferry.")
        let have = titles(f, "Tariq Quarnawi")
        XCTAssertTrue(have.contains("Minister of Water|-"), "\(have)")
        XCTAssertTrue(have.contains("Minister of State for Border Affairs|-"), "\(have)")
    }

    func testAFieldWordBeforeATitleOfAddressStaysInTheBody() {
        let f = facts("Lena Holm wrote to Minister of Energy and Coastal Planning Sheikh Tariq Quarnawi about the ferry.")
        XCTAssertTrue(titles(f, "Tariq Quarnawi").contains("Minister of Energy and Coastal Planning|-"), "\(f.facts)")
    }

    func testAGivenNameAfterACommaIsNoConjunct() {
        let f = facts("Lena Holm thanked the Minister of Water, Ivo Tarr, and the harbour staff.")
        XCTAssertEqual(titles(f, "Ivo Tarr"), ["Minister of Water|-"], "\(f.facts)")
    }

    func testAPortfolioBeforeAHeadInABodysNameIsNoTitle() {
        let f = facts("Bureau of Coastal Affairs Spokeswoman Lena Holm answered the questions in writing.")
        XCTAssertFalse(titles(f, "Lena Holm").contains("Affairs Spokeswoman|-"), "\(f.facts)")
    }

    func testABodyOfALowerCaseHeadJoinsPortfoliosOnly() {
        let f = facts("Lena Holm, who was once a member of the Norway women's curling squad, coaches now.")
        XCTAssertFalse(titles(f, "Lena Holm").contains { $0.hasPrefix("Member of Norway") }, "\(f.facts)")
    }

    func testALowerCaseBodyStopsBeforeWordsThatAreNoPortfolio() {
        let f = facts("Several minister of trade and industry officials skipped the ferry launch.")
        XCTAssertFalse(f.facts.contains { $0.predicate == "title" && $0.object.lexical.contains("Officials") }, "\(f.facts)")
    }

    func testABodysNameAfterATitlesOfIsTheBodyNotThePortfolio() {
        let f = facts("Lena Holm, the Director of the National Health Service, said the plan was sound.")
        XCTAssertEqual(titles(f, "Lena Holm"), ["Director|National Health Service"], "\(f.facts)")
    }

    // MARK: - The holder after a comma, then "and"

    func testAnAppositionAfterABodysTitleGoesOnWithAndBeforeASecondOffice() {
        let f = facts("Ivo Tarr greeted the Minister of Water, Lena Holm and the harbour master at the quay.")
        XCTAssertEqual(titles(f, "Lena Holm"), ["Minister of Water|-"], "\(f.facts)")
    }

    func testAnAppositionAfterAnEnvoyOfACountryToAnotherGoesOnWithAndHis() {
        let f = facts("Lena Holm welcomed the Ambassador of Iceland to Portugal, Ola Brekke and his deputy at the quay.")
        XCTAssertEqual(titles(f, "Ola Brekke"), ["Ambassador|Iceland"], "\(f.facts)")
    }

    func testABareNameAfterTheAppositionsAndMayBeAThirdPerson() {
        let f = facts("Ivo Tarr greeted the Minister of Water, Lena Holm and Tomas Vos at the quay.")
        XCTAssertEqual(titles(f, "Lena Holm"), [], "\(f.facts)")
    }

    // MARK: - The `of` of a coordinated pair

    func testACountrysPossessiveBeforeTwoCoordinatedTitlesQualifiesBoth() {
        let f = facts(
            "Portugal signed a ferry accord on Monday.\n\n"
                + "Later Norway's Minister of Rural Transport and Fisheries Minister Ola Brekke toured the quay.")
        let have = titles(f, "Ola Brekke")
        XCTAssertTrue(have.contains("Minister of Rural Transport|Norway"), "\(have)")
        XCTAssertTrue(have.contains("Fisheries Minister|Norway"), "\(have)")
    }

    func testAPeopleTheBodyNamesGivesTheTitlesCountry() {
        let f = facts(
            "Norway and Portugal signed a ferry accord on Monday.\n\n"
                + "The Minister of Trade, Tourism and Norwegians Abroad, Ola Brekke, toured the quay in Lisbon.")
        XCTAssertEqual(titles(f, "Ola Brekke"), ["Minister of Trade, Tourism and Norwegians Abroad|Norway"], "\(f.facts)")
    }
}
