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

    func testAnOutgoingHolderKeepsTheArticlesCountryBesideTheNewOne() {
        let f = facts(
            "Kenya's parliament elected Jon Mwangi prime minister on Thursday, officials said.\n\n"
                + "Prime Minister Jon Mwangi took the oath of office.\n\n"
                + "Outgoing Prime Minister Amina Wekesa handed over the keys.")
        XCTAssertTrue(titles(f, "Amina Wekesa").contains("Prime Minister|Kenya"), "\(titles(f, "Amina Wekesa"))")
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
        let g = facts("The first letter was for Kenya President, Kwame Mensah.")
        XCTAssertEqual(titles(g, "Kwame Mensah"), ["President|Kenya"], "\(g.facts)")
    }

    func testAVerbAfterTheNameOfAnOpeningPhrasesNationalTitleLeavesTheSubjectUntitled() {
        let f = facts("Asked about the Kenyan President, Amina Wekesa declined to comment on the dispute.")
        XCTAssertEqual(titles(f, "Amina Wekesa"), [], "\(f.facts)")
        let g = facts("In talks with Nigeria President, Jon Okafor said the port would open in May.")
        XCTAssertEqual(titles(g, "Jon Okafor"), [], "\(g.facts)")
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

    // MARK: - A title with its country and no name

    func testACountrysTitleWithNoNameIsTheOneHolderNamedBeforeAndGivesTheCountry() {
        let f = facts(
            "Prime Minister Carmen Vella and Secretary of State Joan Ortiz opened a trade fair on Friday.\n\n"
                + "At the fair, the Portuguese Prime Minister called for lower tariffs.")
        XCTAssertTrue(titles(f, "Carmen Vella").contains("Prime Minister|Portugal"), "\(titles(f, "Carmen Vella"))")
        XCTAssertFalse(titles(f, "Joan Ortiz").contains { $0.hasPrefix("Prime Minister") })
    }

    func testACountrysTitleWithNoNameGivesTheHolderTheTitleAsWrittenToo() {
        let f = facts(
            "Qatar's Minister of Foreign Affairs Tamim bin Rashid met officials in Rome on Tuesday.\n\n"
                + "Qatar's Foreign Minister said the talks were fruitful.")
        XCTAssertTrue(titles(f, "Tamim bin Rashid").contains("Foreign Minister|Qatar"), "\(titles(f, "Tamim bin Rashid"))")
    }

    func testACountrysTitleWithNoNameIsNoOneWhenTwoHoldersFit() {
        let f = facts(
            "Prime Minister Carmen Vella met Prime Minister Joan Ortiz at a trade fair on Friday.\n\n"
                + "The Portuguese Prime Minister called for lower tariffs.")
        XCTAssertFalse(titles(f, "Carmen Vella").contains("Prime Minister|Portugal"), "\(titles(f, "Carmen Vella"))")
        XCTAssertFalse(titles(f, "Joan Ortiz").contains("Prime Minister|Portugal"), "\(titles(f, "Joan Ortiz"))")
    }

    func testACountrysTitleSpokenOfAsAnObjectOrInAReportedClauseIsNoOneNamedBefore() {
        let texts = [
            "Prime Minister Ana Lund met business leaders in Lagos on Monday.\n\n"
                + "Lund said she would raise the dispute when she meets the Ghanaian Prime Minister next month.",
            "Foreign Minister Ana Lund flew to Oslo on Monday.\n\nLund said the Norwegian Foreign Minister had not answered her letter.",
            "Foreign Minister Ana Lund met Senator Jon Okafor in Nairobi on Monday.\n\nOkafor said Kenya's Foreign Minister should resign.",
        ]
        for text in texts {
            let f = facts(text)
            XCTAssertFalse(titles(f, "Ana Lund").contains { !$0.hasSuffix("|-") }, "\(titles(f, "Ana Lund")) \(text)")
        }
    }

    func testAFormerHolderDescribedIsSomeoneElse() {
        let f = facts(
            "Prime Minister Carmen Vella opened a trade fair on Friday.\n\n"
                + "The former Portuguese Prime Minister was not invited.")
        XCTAssertFalse(titles(f, "Carmen Vella").contains("Prime Minister|Portugal"), "\(titles(f, "Carmen Vella"))")
    }

    // MARK: - A pronoun going on with the statement before

    func testAPronounBeforePointedOutRevealedOrReaffirmedContinuesTheLastSpeaker() {
        for verb in ["pointed out", "further revealed", "reaffirmed"] {
            let f = facts(
                "After meeting Ambassador Tomas Ruiz, the Quarnish president Pablo Mora said the talks had gone well.\n\n"
                    + "He \(verb) that a new accord would be signed in May.")
            XCTAssertEqual(said(f, "Pablo Mora"), ["the talks had gone well", "a new accord would be signed in May"], verb)
        }
    }

    // MARK: - A title a relative clause promises

    func testARelativeClauseSayingSomeoneIsToBeATitleGivesThem() {
        let f = facts("The port reopened on Friday under Lena Ruiz, who was picked by Pablo Mora last week to be trade minister of Chile.")
        XCTAssertTrue(titles(f, "Lena Ruiz").contains("Trade Minister|Chile"), "\(titles(f, "Lena Ruiz"))")
        XCTAssertFalse(titles(f, "Pablo Mora").contains { $0.hasPrefix("Trade Minister") })
        let g = facts("Crowds cheered Ana Berg, who is due to become Chile's envoy in Lima.")
        XCTAssertTrue(titles(g, "Ana Berg").contains("Envoy|Chile"), "\(titles(g, "Ana Berg"))")
    }

    func testARelativeClauseOfAWishOrABidGivesNoTitle() {
        for clause in [
            "who failed to become the next mayor of Karvia", "who said she wanted to become the next president of Chile",
            "who is seeking her party's nomination to become president", "who failed to win Senate confirmation to become ambassador to Chile",
            "who set out to become the first woman mayor of Karvia",
        ] {
            let f = facts("Ana Lund, \(clause), met Jon Okafor on Monday.")
            XCTAssertEqual(titles(f, "Ana Lund"), [], clause)
        }
    }

    func testARelativeClauseAskingSomeoneElseToBeATitleGivesNothingToItsSubject() {
        let f = facts("He met Ana Berg, who asked Lena Ruiz to become the next Foreign Minister of Chile.")
        XCTAssertEqual(titles(f, "Ana Berg"), [], "\(f.facts)")
    }

    // MARK: - Styles stacked between a title and a name

    func testATitleBeforeAStyleAndATitleOfAddressIsTheNamesHolders() {
        let f = facts("The envoy thanked President His Highness Sheikh Rashid bin Nasser Al Marri for his support.")
        XCTAssertTrue(titles(f, "Rashid bin Nasser Al Marri").contains("President|-"), "\(f.facts)")
    }

}
