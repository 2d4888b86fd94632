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

    func testAnEmirOrASultanBeforeANameIsATitleNotPartOfTheName() {
        let f = facts("Emir Tamir bin Faisal hosted the summit, and Sultan Haitam bin Tarek attended.")
        XCTAssertEqual(titles(f, "Tamir bin Faisal"), ["Emir|-"], "\(f.entities.map(\.name))")
        XCTAssertEqual(titles(f, "Haitam bin Tarek"), ["Sultan|-"], "\(f.entities.map(\.name))")
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

    // MARK: - A mayor's town

    func testACityMayorIsMayorOfTheTownNamedBeforeInTheSentence() {
        let f = facts("Crowds filled Taipei to watch city mayor Hau Lung-chen light the lantern.")
        XCTAssertEqual(titles(f, "Hau Lung-chen"), ["Mayor|Taipei"], "\(f.entities)")
    }

    func testTheMayorIsMayorOfTheFirstTownTheSentenceBeforeNames() {
        let f = facts(
            "Requests came from the Municipality of Bogliasco, next to Genova. The first case is of the mayor Luca Pastorra.")
        XCTAssertEqual(titles(f, "Luca Pastorra"), ["Mayor|Municipality of Bogliasco"], "\(f.entities)")
    }

    func testARegionIsNoMayorsTown() {
        let f = facts("The fair opened in Ohio on Sunday. The mayor Luca Pastorra spoke first.")
        XCTAssertEqual(titles(f, "Luca Pastorra"), ["Mayor|-"], "\(f.entities)")
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

    func testARoleNounSetOffBeforeANameIsItsHoldersTitle() {
        let f = facts("The prime minister, Shinzo Abel, said the economy was growing.")
        XCTAssertEqual(titles(f, "Shinzo Abel"), ["Prime Minister|-"])
    }

    func testARoleNounBeforeAListOfNamesGivesNoneOfThemTheTitle() {
        let f = facts("They met the minister, Ana Pirez and Luis Goma on Monday.")
        XCTAssertEqual(titles(f, "Ana Pirez"), [], "\(f.facts)")
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

    func testAFamiliarFirstNameThatFitsTwoPeopleIsLeftAlone() {
        let f = facts("Christopher Hale and Christine Hale spoke on Monday.\n\nLater, Chris Hale said the plan was sound.")
        XCTAssertNotNil(entity(f, "Chris Hale"), "\(f.entities)")
    }
}
