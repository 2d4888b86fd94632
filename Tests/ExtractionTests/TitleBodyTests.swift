import XCTest
import NewsFacts
@testable import Extraction

/// The body of a title after "of" or "for" (`TitleBodies`): portfolios and field words joined by
/// commas and "and", a second body after "for", and the holder after it (invented sentences,
/// invented people).
final class TitleBodyTests: XCTestCase, ReadsFacts {
    func facts(_ text: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), text: text))
    }

    func testABodyJoiningAPortfolioAndFieldWordsWithAndIsOneTitle() {
        let f = facts("The envoy met Minister of Foreign Affairs and Regional Integration Ion Varga on Monday.")
        XCTAssertEqual(titles(f, "Ion Varga"), ["Minister of Foreign Affairs and Regional Integration|-"], "\(f.facts)")
    }

    func testACommaListInABodyThatAndClosesIsOneTitleAndTheNameAfterItsCommaItsHolder() {
        let f = facts("Minister of Foreign Affairs, African Cooperation and Kenyans Abroad, Karim Lahlou, spoke to reporters.")
        XCTAssertEqual(titles(f, "Karim Lahlou"), ["Minister of Foreign Affairs, African Cooperation and Kenyans Abroad|-"], "\(f.facts)")
    }

    func testAQualifiedPortfolioOpensABody() {
        let f = facts("Kenya's Minister of Higher Education Amina Wekesa opened the campus.")
        XCTAssertEqual(titles(f, "Amina Wekesa"), ["Minister of Higher Education|Kenya"], "\(f.facts)")
    }

    func testASecondBodyAfterForAndAStyleAndHonorificBeforeTheName() {
        let f = facts("Minister of State for Cabinet Affairs Sheikh Dr Fahad Salem Al-Rashid received the envoy.")
        XCTAssertTrue(titles(f, "Fahad Salem Al-Rashid").contains("Minister of State for Cabinet Affairs|-"), "\(f.facts)")
    }

    func testTwoOfficesJoinedByAndBeforeAStyleAreTheHolders() {
        let f = facts("Minister of Foreign Affairs and Minister of State for Cabinet Affairs Sheikh Dr Fahad Salem Al-Rashid received the envoy.")
        let have = titles(f, "Fahad Salem Al-Rashid")
        XCTAssertTrue(have.contains("Minister of Foreign Affairs|-"), "\(have)")
        XCTAssertTrue(have.contains("Minister of State for Cabinet Affairs|-"), "\(have)")
    }

    func testAFieldWordBeforeATitleOfAddressStaysInTheBody() {
        let f = facts("Minister of Foreign Affairs and International Trade Sheikh Tarek bin Hamad met the delegation.")
        XCTAssertTrue(titles(f, "Tarek bin Hamad").contains("Minister of Foreign Affairs and International Trade|-"), "\(f.facts)")
    }

    func testAGivenNameAfterACommaIsNoConjunct() {
        let f = facts("The Minister of Water, Olumide Okafor and the Deputy Governor attended the launch.")
        XCTAssertEqual(titles(f, "Olumide Okafor"), ["Minister of Water|-"], "\(f.facts)")
    }

    func testACountryAfterOfIsTheTitlesOfNotItsBody() {
        let f = facts("The delegation met Minister of Foreign Affairs of Mongolia Bat Erdene.")
        XCTAssertEqual(titles(f, "Bat Erdene"), ["Minister of Foreign Affairs|Mongolia"], "\(f.facts)")
    }

    func testAPortfolioBeforeAHeadInABodysNameIsNoTitle() {
        let f = facts("Ministry of External Affairs Spokesperson Arjun Mehta posted the pictures.")
        XCTAssertFalse(titles(f, "Arjun Mehta").contains("Affairs Spokesperson|-"), "\(f.facts)")
    }

    func testABodyOfALowerCaseHeadJoinsPortfoliosOnly() {
        let f = facts("Lena Holm, a former member of the Kenya women's national team, spoke.")
        XCTAssertFalse(titles(f, "Lena Holm").contains { $0.hasPrefix("Member of Kenya") }, "\(f.facts)")
    }

    func testALowerCaseBodyStopsBeforeWordsThatAreNoPortfolio() {
        let f = facts("The minister of trade and industry officials met on Monday.")
        XCTAssertFalse(f.facts.contains { $0.predicate == "title" && $0.object.lexical.contains("Officials") }, "\(f.facts)")
    }

    func testAnApositionAfterABodysTitleGoesOnWithAnd() {
        let f = facts("At the ceremony were the Minister of Foreign Affairs, Olumide Okafor and the Governor of Lagos.")
        XCTAssertEqual(titles(f, "Olumide Okafor"), ["Minister of Foreign Affairs|-"], "\(f.facts)")
    }

    func testAnApositionAfterAnEnvoyOfACountryToAnotherGoesOnWithAnd() {
        let f = facts("The Ambassador of Mongolia to Kenya, Bat Erdene and the Quarnish envoy presented their letters.")
        XCTAssertEqual(titles(f, "Bat Erdene"), ["Ambassador|Mongolia"], "\(f.facts)")
    }
}
