import XCTest
import NewsFacts
@testable import Extraction

/// Speakers and titles of constructions wire stories use (invented sentences, invented people):
/// one behaviour a test.
final class WireSpeechTitleTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2021-01-27") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    // MARK: - Who a pronoun stands for

    func testAPronounBeforeAVerbThatGoesOnContinuesTheLastSpeakerNotTheFirstPersonBefore() {
        let f = facts(
            "Over lunch with Ana Petrov in Ostwick, Ilse Varga said the plan was sound.\n\n"
                + "She added that the talks would resume in March.")
        XCTAssertEqual(said(f, "Ilse Varga"), ["the plan was sound", "the talks would resume in March"])
        XCTAssertEqual(said(f, "Ana Petrov"), [])
    }

    func testAPronounBeforeAVerbThatAnswersIsLeftToAnaphora() {
        for verb in ["replied", "insisted"] {
            let f = facts(
                "After meeting the mayor Tomas Ruiz on Tuesday, Minister Pablo Mora said Ruiz had misled the council.\n\n"
                    + "He \(verb) that the charge was false.")
            XCTAssertEqual(said(f, "Pablo Mora"), ["Ruiz had misled the council"], verb)
        }
    }

    func testAPronounAfterAnotherPersonIsNamedIsLeftToAnaphora() {
        let f = facts(
            "Ilse Varga said the plan was sound.\n\nAna Petrov arrived in Ostwick on Monday.\n\n"
                + "She added that the talks would resume in March.")
        XCTAssertEqual(said(f, "Ilse Varga"), ["the plan was sound"])
        XCTAssertEqual(said(f, "Ana Petrov"), ["the talks would resume in March"])
    }

    func testAPronounAfterAQuotationIsNoOneTheQuotationNames() {
        let f = facts(
            "Karl Lund spoke in Bergen on Monday.\n\n"
                + "\"We owe Tomas Berg a great deal for the new harbour,\" he said.")
        XCTAssertEqual(said(f, "Karl Lund"), ["We owe Tomas Berg a great deal for the new harbour"])
        XCTAssertEqual(said(f, "Tomas Berg"), [])
    }

    // MARK: - Described speakers

    func testTheDiplomatOfACountryIsItsOneNamedAmbassador() {
        let f = facts(
            "President Ana Ortiz received Chilean Ambassador Rosa Marin in Quito on Monday.\n\n"
                + "\"The visit went well,\" the Chilean diplomat said.")
        XCTAssertEqual(said(f, "Rosa Marin"), ["The visit went well"])
        XCTAssertEqual(said(f, "Ana Ortiz"), [])
    }

    func testTheDiplomatIsNoOneNamedWhenAnUnnamedDiplomatWasIntroduced() {
        let f = facts(
            "Chilean Foreign Minister Rosa Marin met President Ana Ortiz in Quito on Monday.\n\n"
                + "A Chilean diplomat who attended the talks said Santiago wanted more flights.\n\n"
                + "The Chilean diplomat said no accord had been signed.")
        XCTAssertFalse(said(f, "Rosa Marin").contains("no accord had been signed"), "\(said(f, "Rosa Marin"))")
    }

    func testACountrysNameBeforeATitleDescribesItsHolderAsItsAdjectiveDoes() {
        let f = facts(
            "U.K. Trade Secretary Dana Whitfield met Foreign Minister Karl Lund in Oslo on Monday.\n\n"
                + "The U.K. Trade Secretary said both countries wanted lower tariffs.")
        XCTAssertEqual(said(f, "Dana Whitfield"), ["both countries wanted lower tariffs"])
    }

    // MARK: - Verbs

    func testAVerbWithAThatClauseAfterAQuotedTermInAnOpeningAdjunctReportsTheClause() {
        let f = facts("Pressed on the \"grand reset,\" Minister Ana Costa said that talks would resume in May.")
        XCTAssertEqual(said(f, "Ana Costa"), ["talks would resume in May"])
    }

    func testSaidThatEveningKeepsTheQuoteBeforeIt() {
        let f = facts(
            "Ana Costa met Dina Castro on Tuesday.\n\nIn Lima, \"we made real progress,\" Costa said that evening.")
        XCTAssertEqual(said(f, "Ana Costa"), ["we made real progress"])
    }

    func testAPostOnAPlatformIsAQuotesAttribution() {
        let f = facts("\"We start our talks in Oslo today,\" Ana Ortiz posted on X.")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["We start our talks in Oslo today"])
        let g = facts("Kestrel Shipping posted a loss of $3 million on Monday.")
        XCTAssertEqual(said(g, "Kestrel Shipping"), [])
    }

    func testUnderlinedThatAndPointedOutReportSpeech() {
        let f = facts("Karl Lund underlined that the port must reopen.\n\nKarl Lund pointed out that the ferry had stopped twice.")
        XCTAssertEqual(said(f, "Karl Lund"), ["the port must reopen", "the ferry had stopped twice"])
    }

    func testUnderscoredWithoutThatReportsNothing() {
        let f = facts("Ana Costa's arrival in Lima on Tuesday underscored Brazil's interest in the ports, analysts said.")
        XCTAssertEqual(said(f, "Lima"), [])
    }

    func testWentOnToSayReachesBackToTheSpeaker() {
        let f = facts("Karl Lund went on to say taxes would fall in March.")
        XCTAssertEqual(said(f, "Karl Lund"), ["taxes would fall in March"])
    }

    func testAShortQuotationACharacterizingVerbAppliesIsAStatement() {
        let f = facts("Karl Lund called the blockade \"pure piracy\" on Monday.")
        XCTAssertEqual(said(f, "Karl Lund"), ["pure piracy"])
    }

    // MARK: - Subjects and issuers

    func testAParticiplesSpeakerIsTheSubjectAfterAnOpeningAdjunct() {
        let f = facts("After the vote in Bergen, Karl Lund thanked the fishermen, adding that talks must resume soon.")
        XCTAssertEqual(said(f, "Karl Lund"), ["talks must resume soon"])
    }

    func testAnUntypedNameIssuingAStatementSpeaksAndTheStatementAddedIsItsToo() {
        let f = facts(
            "Karl Lund met Ana Ortiz in Oslo on Monday.\n\n"
                + "Exports to Chile rose by a tenth, the NTB statement said.\n\n"
                + "A new office will open in Lima, the statement added.")
        XCTAssertEqual(said(f, "NTB"), ["Exports to Chile rose by a tenth", "A new office will open in Lima"])
    }

    func testABodysPressServiceSpeaksForTheBody() {
        let f = facts("Halvorsen Energy's press service said the plant would close in March.")
        XCTAssertEqual(said(f, "Halvorsen Energy"), ["the plant would close in March"])
    }

    // MARK: - Titles

    func testABodyALowerCaseDescriptionOpensIsTheTitlesOf() {
        let f = facts("Nina Holt, the research director of the state-run Quarnby Development Institute, spoke on Monday.")
        XCTAssertTrue(
            titles(f, "Nina Holt").contains { $0.lowercased().hasSuffix("director|quarnby development institute") },
            "\(titles(f, "Nina Holt"))")
    }

    func testANationalTitleSetOffByCommasBeforeANameIsThatPersons() {
        let f = facts("The Quito talks brought together Karl Lund and Chilean Foreign Minister, Rosa Marin, who spoke first.")
        XCTAssertEqual(titles(f, "Rosa Marin"), ["Foreign Minister|Chile"])
    }

    func testFirstLadyInLowerCaseIsATitle() {
        let f = facts("In Quito, the guests were welcomed on Monday by first lady Ana Lund.")
        XCTAssertTrue(titles(f, "Ana Lund").contains { $0.hasPrefix("First Lady") }, "\(titles(f, "Ana Lund"))")
    }
}
