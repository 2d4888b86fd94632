import XCTest
import NewsFacts
@testable import Extraction

/// Titles and names as wire stories write them (ministers, rulers, executives, mayors), on
/// invented sentences: one construction a test.
final class TitleWireFormTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2021-01-27") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    private func entity(_ f: ArticleFacts, _ name: String) -> EntityRecord? { f.entities.first { $0.name == name } }

    // MARK: - Heads

    func testACapitalisedEmirOrSultanBeforeANameIsTheNamesFirstWord() {
        let f = facts("Sultan Al Varek, the head of the Ostavian National Oil Company, said on Monday that talks would go on.")
        XCTAssertNotNil(entity(f, "Sultan Al Varek"), "\(f.entities.map(\.name))")
        let g = facts("Emir Kostovic, the Serbian film director, attended the ceremony.")
        XCTAssertNotNil(entity(g, "Emir Kostovic"), "\(g.entities.map(\.name))")
    }

    func testTheEmirOfACountryBeforeANameIsATitle() {
        let f = facts("The Emir of Qatar Tamir bin Faisal hosted the summit.")
        XCTAssertEqual(titles(f, "Tamir bin Faisal"), ["Emir|Qatar"], "\(f.entities.map(\.name))")
    }

    func testAnEmirInAnAppositionTakesTheCountryThatOwnsIt() {
        let f = facts("Sheikh Hamad bin Khalid, Qatar's emir, hosted the summit.")
        XCTAssertTrue(titles(f, "Hamad bin Khalid").contains("Emir|Qatar"), "\(titles(f, "Hamad bin Khalid"))")
    }

    func testAChiefOfStaffIsOneTitleHeldInTheBodyBeforeIt() {
        let f = facts("White House Chief of Staff Ron Klayne said the bill was ready.")
        XCTAssertEqual(titles(f, "Ron Klayne"), ["Chief of Staff|White House"], "\(f.entities.map(\.name))")
    }

    func testAnAideBeforeANameIsATitle() {
        let f = facts("Kremlin aide Sergei Marno said the meeting went well.")
        XCTAssertEqual(titles(f, "Sergei Marno"), ["Aide|Kremlin"], "\(f.facts)")
    }

    // MARK: - Bodies

    func testASiteNamedByAHeadWordBeforeATitleIsTheBodyItIsHeldIn() {
        let f = facts("Former Museum of Flight CEO Bonnie Dunbel spoke to the crowd.")
        XCTAssertEqual(titles(f, "Bonnie Dunbel"), ["CEO|Museum of Flight"])
    }

    func testAStreetBeforeATitleIsNoBody() {
        let f = facts("Wall Street analyst Mary Hughes said stocks would rise.")
        XCTAssertEqual(titles(f, "Mary Hughes"), ["Analyst|-"], "\(f.entities)")
        let g = facts("Downing Street spokesman Max Blaine said the talks went well.")
        XCTAssertEqual(titles(g, "Max Blaine"), ["Spokesman|-"], "\(g.entities)")
    }

    func testATownBeforeATitleThatIsNoLocalOfficeIsNoBody() {
        let f = facts("Leeds engineer Bonnie Dunbel spoke to the crowd.")
        XCTAssertEqual(titles(f, "Bonnie Dunbel"), ["Engineer|-"], "\(f.entities)")
    }

    func testAnEditorsBracketAroundATitleIsReadThroughToTheName() {
        let f = facts("\"Every astronaut including [former Museum of Flight CEO] Ronnie Dunbel has trained on it,\" he said.")
        XCTAssertEqual(titles(f, "Ronnie Dunbel"), ["CEO|Museum of Flight"], "\(f.facts)")
    }

    func testItsBeforeAnAppositionsTitleStandsForTheBody() {
        let f = facts("Halvex Corp. said Monday that Kenji Oshiro, its chief executive, would retire.")
        XCTAssertEqual(titles(f, "Kenji Oshiro"), ["Chief Executive|Halvex Corp."])
    }

    func testLowerCaseWordsBetweenACountrysPossessiveAndATitleBeforeTheNameAreReadPast() {
        let f = facts("Ostavia's top nuclear envoy, Kim Gun-soo, left for Washington on Monday.")
        XCTAssertEqual(titles(f, "Kim Gun-soo"), ["Nuclear Envoy|Ostavia"], "\(f.entities)")
    }

    func testASpecialRepresentativeInAnAppositionIsOneTitleOfTheCountryOwningIt() {
        let f = facts("Wang Yiwen, China's special representative on Korean Peninsula affairs, arrived in Seoul.")
        XCTAssertEqual(titles(f, "Wang Yiwen"), ["Special Representative|China"])
    }

    func testABodysRoleNounPossessingWhatTheTitleIsOfGivesTheBody() {
        let f = facts("Halvex Corp. said on Monday that Rolf Anker, the chairman of the company's board, had resigned.")
        XCTAssertEqual(titles(f, "Rolf Anker"), ["Chairman|Halvex Corp."], "\(f.facts)")
    }

    // MARK: - A mayor's town

    func testACityMayorIsMayorOfTheTownNamedLastBefore() {
        let f = facts("The new bridge in Leeds opened on Sunday, and the city mayor Ines Calder cut the ribbon.")
        XCTAssertEqual(titles(f, "Ines Calder"), ["Mayor|Leeds"], "\(f.entities)")
    }

    func testTheCitysMayorIsMayorOfTheTownTheSentenceBeforeNames() {
        let f = facts("Leeds hosted the regional fair this week. The city's mayor, Ines Calder, opened it on Sunday.")
        XCTAssertEqual(titles(f, "Ines Calder"), ["Mayor|Leeds"], "\(f.entities)")
    }

    func testABareMayorTakesNoTownFromTheTextAroundIt() {
        let f = facts("After two days of talks in Brussels, Mayor Ines Calder returned home on Friday.")
        XCTAssertEqual(titles(f, "Ines Calder"), ["Mayor|-"], "\(f.entities)")
        let g = facts("The delegation flew from Paris to Warsaw on Monday. Mayor Ines Calder said the visit was useful.")
        XCTAssertEqual(titles(g, "Ines Calder"), ["Mayor|-"], "\(g.entities)")
    }

    func testARegionIsNoMayorsTown() {
        let f = facts("The fair opened in Ohio on Sunday, and the city mayor Ines Calder spoke first.")
        XCTAssertEqual(titles(f, "Ines Calder"), ["Mayor|-"], "\(f.entities)")
    }

    // MARK: - Lists and appositions

    func testAPluralTitleAndACommaBeforeAListOfNamesGiveEachTheTitle() {
        let f = facts("Two opposition lawmakers, Ana Pirez and Luis Goma, were arrested on Monday.")
        XCTAssertEqual(titles(f, "Ana Pirez"), ["Lawmaker|-"])
        XCTAssertEqual(titles(f, "Luis Goma"), ["Lawmaker|-"])
    }

    func testAPluralTitleThenAShortPhraseAndACommaBeforeAListGiveEachTheTitle() {
        let f = facts(
            "The others elected were young activists from the localist camp, Vela Moreno and Greenpeace's Ilse Varga.")
        XCTAssertEqual(titles(f, "Vela Moreno"), ["Activist|-"], "\(f.entities)")
        XCTAssertEqual(titles(f, "Ilse Varga"), ["Activist|Greenpeace"], "\(f.entities)")
    }

    func testNamesAfterAnOpeningPhraseEndingInAPluralTitleAreNoHolders() {
        let f = facts("After talking to reporters, Ana Pirez and Luis Goma left the building.")
        XCTAssertEqual(titles(f, "Ana Pirez"), [], "\(f.facts)")
        let g = facts("Critics of the ministers, Ana Pirez and Luis Goma among them, protested.")
        XCTAssertEqual(titles(g, "Luis Goma"), [], "\(g.facts)")
    }

    func testARoleNounSetOffBeforeANameIsItsHoldersTitle() {
        let f = facts("The prime minister, Shinzo Abel, said the economy was growing.")
        XCTAssertEqual(titles(f, "Shinzo Abel"), ["Prime Minister|-"])
    }

    func testTheNameAfterAnOpeningPhraseEndingInARoleNounIsNoHolder() {
        let f = facts("After meeting the president, Olaf Brandt said the talks had gone well.")
        XCTAssertEqual(titles(f, "Olaf Brandt"), [], "\(f.facts)")
        let g = facts("In a call with the prime minister, Marta Vik told reporters the deal was close.")
        XCTAssertEqual(titles(g, "Marta Vik"), [], "\(g.facts)")
    }

    func testARoleNounBeforeAListOfNamesGivesNoneOfThemTheTitle() {
        let f = facts("The minister, Ana Pirez and Luis Goma met on Monday.")
        XCTAssertEqual(titles(f, "Ana Pirez"), [], "\(f.facts)")
    }

    // MARK: - Aliases

    func testAnAcronymInAnotherOrderInBracketsAfterABodysNameIsItsAlias() {
        let f = facts("The Ostavian Transport Federation (FTO) called a strike on Monday.")
        XCTAssertEqual(entity(f, "Ostavian Transport Federation")?.aliases.contains("FTO"), true, "\(f.entities)")
    }

    func testABodysNameInBracketsAfterItsAcronymMakesTheAcronymItsAlias() {
        let f = facts("The secretary general of FTO (Ostavian Transport Federation), Lena Holm, spoke on Monday.")
        XCTAssertEqual(entity(f, "Ostavian Transport Federation")?.aliases.contains("FTO"), true, "\(f.entities)")
        XCTAssertNil(entity(f, "FTO"), "\(f.entities)")
    }

    func testANameKnownAsTheOtherAfterTheArticleIsItsAlias() {
        let f = facts("The Quarnic Workers Union, known as the Harvesters, held a strike on Monday.")
        XCTAssertEqual(entity(f, "Quarnic Workers Union")?.aliases.contains("Harvesters"), true, "\(f.entities)")
    }

    // MARK: - Interviews and familiar names

    func testAnInterviewsQuestionAddressingTheIntervieweeByTitleGivesThemThatTitle() {
        let text = """
            Wikinews interviews Velmira Dobrev on the talks.

            Mr. President, do you still think there is a future for the talks?

            There is always a future. The question is how long it takes.

            What did you tell the delegates?

            I told them to wait. They will see results soon.
            """
        XCTAssertEqual(titles(facts(text), "Velmira Dobrev"), ["President|-"])
    }

    func testAFamiliarFirstNameWithTheSameFamilyNameIsTheSamePerson() {
        let f = facts("William Castner spoke on Monday.\n\nLater, Bill Castner said the plan was sound.")
        XCTAssertEqual(entity(f, "William Castner")?.aliases.contains("Bill Castner"), true, "\(f.entities)")
        XCTAssertNil(entity(f, "Bill Castner"), "\(f.entities)")
    }

    func testRelativesSharingAFamilyNameStayTwoPeople() {
        let f = facts(
            "Patrick Byrne, a farmer from Cork, said the flood destroyed his barn. His brother Peter Byrne said the council had ignored warnings.")
        XCTAssertNotNil(entity(f, "Peter Byrne"), "\(f.entities)")
        let g = facts("Aaron Miller, a teacher, and his sister Erin Miller, a nurse, were among the volunteers.")
        XCTAssertNotNil(entity(g, "Erin Miller"), "\(g.entities)")
        let h = facts("Jacqueline Varga spoke on Monday.\n\nLater, Jack Varga said the plan was sound.")
        XCTAssertNotNil(entity(h, "Jack Varga"), "\(h.entities)")
        let k = facts("Robert Castner and his son Bob Castner spoke on Monday.")
        XCTAssertNotNil(entity(k, "Bob Castner"), "\(k.entities)")
    }

    func testTwoGivenNamesOfTheirOwnSharingAFamilyNameStayTwoPeople() {
        let f = facts(
            "Jonathan Brown scored twice for the visitors on Saturday.\n\nCoach John Brown said the team had trained hard all week.")
        XCTAssertNotNil(entity(f, "John Brown"), "\(f.entities)")
        let g = facts(
            "The award went to Emily Watson for her role in the film.\n\nEmma Watson, who presented it, said the choice was easy.")
        XCTAssertNotNil(entity(g, "Emma Watson"), "\(g.entities)")
    }

    func testTwoSpellingsOrAShortNameOfItsOwnAreNoPetForm() {
        let f = facts("Anna Varga won the race on Saturday.\n\nAnn Varga, her coach, said the course was hard.")
        XCTAssertNotNil(entity(f, "Ann Varga"), "\(f.entities)")
        let g = facts("Marilyn Holt opened the show on Friday.\n\nMary Holt said the tickets had sold out.")
        XCTAssertNotNil(entity(g, "Mary Holt"), "\(g.entities)")
    }

    func testAFamiliarFirstNameThatFitsTwoPeopleIsLeftAlone() {
        let f = facts("Christopher Hale and Christine Hale spoke on Monday.\n\nLater, Chris Hale said the plan was sound.")
        XCTAssertNotNil(entity(f, "Chris Hale"), "\(f.entities)")
    }

    // MARK: - Two titles before one name (TitleStacks)

    func testATitleBeforeATitleOfAddressIsTheHoldersToo() {
        let f = facts("Qatari Foreign Minister Sheikh Farouk bin Salem Al Marri held talks in Doha on Tuesday.")
        let held = titles(f, "Farouk bin Salem Al Marri")
        XCTAssertTrue(held.contains("Foreign Minister|Qatar"), "\(held)")
        XCTAssertTrue(held.contains { $0.hasPrefix("Sheikh|") }, "\(held)")
    }

    func testAnEmirBeforeAnotherTitleIsATitleNotAName() {
        let f = facts("Kenyan President Amina Otieno held talks with the visiting Qatari Emir Sheikh Rashid bin Nasser Al Marri.")
        XCTAssertNil(entity(f, "Emir"), "\(f.entities.map(\.name))")
        XCTAssertTrue(titles(f, "Rashid bin Nasser Al Marri").contains("Emir|Qatar"), "\(titles(f, "Rashid bin Nasser Al Marri"))")
    }

    func testACountrysPossessiveBeforeSultanKeepsTheGivenName() {
        let f = facts("Pakistan's Sultan Tariq Hamdani met the delegation on Monday.")
        XCTAssertNotNil(entity(f, "Sultan Tariq Hamdani"), "\(f.entities.map(\.name))")
        XCTAssertEqual(titles(f, "Sultan Tariq Hamdani"), [], "\(f.facts)")
    }

    func testAHeadBeforeGeneralIsOneOfficeNotTwoTitles() {
        let f = facts("Inspector General Paul Dorrance told lawmakers the audit was done.")
        XCTAssertFalse(titles(f, "Paul Dorrance").contains { $0.hasPrefix("Inspector|") }, "\(titles(f, "Paul Dorrance"))")
        let g = facts("Governor General Harriet Winslow opened the session on Monday.")
        XCTAssertFalse(titles(g, "Harriet Winslow").contains { $0.hasPrefix("Governor|") }, "\(titles(g, "Harriet Winslow"))")
    }

    func testATitleBeforeATitleAndNoNameGivesNoHolder() {
        let f = facts("The Foreign Minister General said nothing.")
        XCTAssertFalse(f.facts.contains { $0.predicate == "title" }, "\(f.facts)")
    }

    func testATitleOfAddressAndTheOfficeBeforeItTakeNoCountryFromTheArticle() {
        let f = facts(
            """
            Otieno receives Qatari Emir Rashid

            Prime Minister Sheikh Rahela Otieno received Qatari Emir Sheikh Rashid bin Nasser Al Marri on Monday. Otieno, re-elected in January, called the Qatari visit historic.
            """)
        let held = titles(f, "Rahela Otieno") + titles(f, "Sheikh Rahela Otieno")
        XCTAssertTrue(held.contains { $0.hasPrefix("Prime Minister|") }, "\(held)")
        XCTAssertFalse(held.contains { $0.hasSuffix("|Qatar") }, "\(held)")
    }
}
