import XCTest
import NewsFacts
@testable import Extraction

/// Constructions typical of wire copy (Reuters, AP, AFP, Kyodo style), on short invented
/// articles: one construction a test, named after it.
final class WireConstructionTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2023-03-03") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    // MARK: - "President Park Geun-hye"

    func testAHeadWordOpeningANameWrittenFamilyNameFirstAfterATitleIsTheFamilyName() {
        let f = facts(
            """
            SEOUL, March 3 (Yonhap) - South Korean President Park Min-ho met Japanese Prime Minister Haruto Sato on Friday.

            Park said the two sides agreed to expand trade.
            """)
        let park = f.entities.first { $0.name == "Park Min-ho" }
        XCTAssertEqual(park?.type, "person", "\(f.entities.map(\.name))")
        XCTAssertTrue(park?.aliases.contains("Park") ?? false, "\(f.entities)")
        XCTAssertFalse(f.entities.contains { $0.name == "President Park" }, "\(f.entities.map(\.name))")
        XCTAssertEqual(said(f, "Park Min-ho"), ["the two sides agreed to expand trade"], "\(f.facts)")
    }

    // MARK: - "the company's chief financial officer"

    func testTheCompanysTitleInAnAppositionIsATitleOfTheCompanyNamedBefore() {
        let f = facts(
            """
            LONDON, March 3 (Reuters) - Halvorsen Motors will cut 2,000 jobs in Europe, it said on Friday.

            Tomas Berglund, the company's chief financial officer, said the cuts would save money.
            """)
        XCTAssertEqual(titles(f, "Tomas Berglund"), ["Chief Financial Officer|Halvorsen Motors"], "\(f.facts)")
    }

    func testTheBanksFormerTitleBeforeTheNameSetOffByCommasIsAFormerTitleOfTheBank() {
        let f = facts(
            """
            Ostrava Bank said profits rose 12 percent in the year.

            The bank's former chief executive, Pavel Novak, declined to comment.
            """)
        let title = f.facts.first { $0.predicate == "title" && $0.subject == .entity("Pavel Novak") }
        XCTAssertEqual(title?.object.lexical, "Chief Executive", "\(f.facts)")
        XCTAssertEqual(title?.qualifier("of")?.lexical, "Ostrava Bank")
        XCTAssertEqual(title?.qualifier("former")?.lexical, "true")
    }

    func testTheCountrysTitleInAnAppositionIsATitleOfTheCountryNamedBefore() {
        let f = facts(
            """
            Kenya has deployed its army after floods in the north, the government said on Friday.

            Ruth Achieng, the country's health minister, said 120 people had died.
            """)
        XCTAssertEqual(titles(f, "Ruth Achieng"), ["Health Minister|Kenya"], "\(f.facts)")
    }

    func testARoleNounWithoutAPossessiveGivesNoBodyToTheTitle() {
        // "the company chairman" is no possessed title: the rule reads "the company's" only.
        let f = facts(
            """
            Ostrava Bank said profits rose 12 percent in the year.

            Viktor Hanus, a company adviser, said the board backed the plan.
            """)
        XCTAssertFalse(titles(f, "Viktor Hanus").contains { $0.hasSuffix("|Ostrava Bank") }, "\(f.facts)")
    }

    // MARK: - "According to X, who heads Y, …"

    func testARelativeClauseAfterTheSourceOfAccordingToIsNoPartOfTheStatement() {
        let f = facts("According to Marta Lindqvist, who heads the Nordic Workers Union, the cuts were unexpected.")
        XCTAssertEqual(said(f, "Marta Lindqvist"), ["the cuts were unexpected"])
    }

    // MARK: - "CLAUSE, the official said"

    func testAnOfficialClosingAClauseIsNotThePersonTheClauseNames() {
        let f = facts(
            """
            TOKYO (Kyodo) -- Prime Minister Kenji Morimoto met Australian leader Daniel Archer on Saturday, a government official said.

            Foreign Minister Yuki Sato will visit Canberra next month, the official said.
            """)
        XCTAssertEqual(said(f, "Yuki Sato"), [], "\(f.facts)")
        XCTAssertEqual(said(f, "Daniel Archer"), [], "\(f.facts)")
    }

    func testAMinisterClosingAClauseIsTheMinisterNamedBefore() {
        let f = facts(
            """
            Finance Minister Otto Lehmann spoke to lawmakers in Berlin on Monday.

            The budget will be balanced next year, the minister said.
            """)
        XCTAssertEqual(said(f, "Otto Lehmann"), ["The budget will be balanced next year"], "\(f.facts)")
    }

    // MARK: - "a spokesman for the National Security Council"

    func testABodysNameAfterForIsTheTitlesBodyNotItsPortfolio() {
        let f = facts("Robert Kline, a spokesman for the National Security Council, declined to comment.")
        XCTAssertEqual(titles(f, "Robert Kline"), ["Spokesman|National Security Council"], "\(f.facts)")
        XCTAssertFalse(f.entities.contains { $0.name == "Council" }, "\(f.entities.map(\.name))")
    }

    func testAPortfolioAfterOfBeforeTheHoldersNameStaysTheTitles() {
        let f = facts("Minister of Foreign Affairs Ana Ortiz met Luis Brenner on Monday.")
        XCTAssertTrue(titles(f, "Ana Ortiz").contains { $0.hasPrefix("Minister of Foreign Affairs|") }, "\(f.facts)")
    }

    // MARK: - "X, a former ambassador to Y, met Z"

    func meetingStatus(_ f: ArticleFacts) -> String? {
        let meeting = f.facts.first { $0.predicate == "kind" && $0.object.lexical == "meeting" }?.subject
        return f.facts.first { $0.subject == meeting && $0.predicate == "status" }?.object.lexical
    }

    func testAMeetingInThePastAfterTheSubjectsAppositionWasHeld() {
        let f = facts("Zhang Wei, 61, a former ambassador to the United Nations, met Laura Whitfield at the guesthouse.")
        XCTAssertEqual(meetingStatus(f), "held", "\(f.facts)")
    }

    func testAMeetingPlannedAfterAnAppositionIsStillPlanned() {
        let f = facts("Zhang Wei, a former ambassador, is due to meet Laura Whitfield next week.")
        XCTAssertEqual(meetingStatus(f), "planned", "\(f.facts)")
    }

    // MARK: - "Weber's predecessor, Hans Roth, …"

    func visitors(_ f: ArticleFacts, to place: String) -> [String] {
        let visits = Set(f.facts.filter { $0.predicate == "destination" && $0.object == .entity(place) }.map(\.subject))
        return f.facts.filter { visits.contains($0.subject) && $0.predicate == "participant" }.map(\.object.lexical)
    }

    func testANameSetOffAfterAPossessedNounPhraseIsTheSubjectNotThePossessor() {
        let f = facts(
            """
            Chancellor Karl Weber will travel to Kyiv next week.

            Weber's predecessor, Hans Roth, visited Kyiv in 2022.

            Weber's predecessor, Hans Roth, said the war would be long.
            """)
        XCTAssertEqual(said(f, "Hans Roth"), ["the war would be long"], "\(f.facts)")
        XCTAssertTrue(visitors(f, to: "Kyiv").contains("Hans Roth"), "\(f.facts)")
        XCTAssertEqual(visitors(f, to: "Kyiv").filter { $0 == "Karl Weber" }.count, 1, "\(f.facts)")
    }

    func testANameAfterADatelineAndAnOpeningNounPhraseSpeaks() {
        let f = facts("BERLIN, June 14 (Reuters) - The group's lawyer, Ana Ortiz, said the appeal would be filed.")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["the appeal would be filed"], "\(f.facts)")
    }

    // MARK: - "served under President X"

    func testAPrepositionBeforeACapitalisedTitleIsNoPartOfIt() {
        let f = facts("Jean-Luc Moreau served as budget minister from 2012 to 2014 under President Francois Blanc.")
        XCTAssertEqual(titles(f, "Francois Blanc"), ["President|-"], "\(f.facts)")
        let under = facts("Under Secretary Ana Ortiz met Luis Brenner on Monday.")
        XCTAssertEqual(titles(under, "Ana Ortiz"), ["Under Secretary|-"], "\(under.facts)")
    }

    // MARK: - "visited the southern city of Marseille"

    func testAVisitToTheCityOfAPlaceIsAVisitToThePlace() {
        let f = facts("Interior Minister Paul Lefevre visited the southern city of Marseille on Monday.")
        XCTAssertEqual(visitors(f, to: "Marseille"), ["Paul Lefevre"], "\(f.facts)")
        let mayor = facts("Interior Minister Paul Lefevre visited the mayor of Marseille on Monday.")
        XCTAssertEqual(visitors(mayor, to: "Marseille"), [], "\(mayor.facts)")
    }

    // MARK: - "known as "Mr. Yen""

    func testANicknameInQuotesAfterKnownAsIsThePersonsAlias() {
        let f = facts("Taro Sakamoto, known as \"Mr. Yen\" for his sway over currency markets, said the yen was weak.")
        XCTAssertTrue(aliases(f, "Taro Sakamoto").contains("Mr. Yen"), "\(f.entities)")
    }

    func testAHyphenatedParticleStaysInTheNameAfterAlsoKnownAs() {
        let f = facts("Abu Karim al-Tahir, also known as Ahmed al-Rashed, leads the group.")
        XCTAssertTrue(aliases(f, "Abu Karim al-Tahir").contains("Ahmed al-Rashed"), "\(f.entities)")
    }

    // MARK: - "TOKYO, Jan. 27 (Kyodo) -- CLAUSE, the ministry said"

    func testADatelineIsNoPartOfAStatementItsSentenceAttributesAfterwards() {
        let f = facts(
            """
            TOKYO, Jan. 27 (Kyodo) -- Foreign Minister Toshiro Kamei and Anna Blake agreed Wednesday to strengthen the alliance, the Foreign Ministry said.
            """, date: "2021-01-27")
        let statements = f.facts.filter { $0.predicate == "said" }.map(\.object.lexical)
        XCTAssertTrue(statements.contains { $0.hasPrefix("Foreign Minister Toshiro Kamei and Anna Blake agreed") }, "\(statements)")
        XCTAssertFalse(statements.contains { $0.contains("Kyodo") }, "\(statements)")
    }

    func testAStatementOpeningWithCapitalsAndNoDashKeepsItsWords() {
        let f = facts("NATO will send more troops to the region, Ana Ortiz said on Monday.")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["NATO will send more troops to the region"], "\(f.facts)")
    }
}
