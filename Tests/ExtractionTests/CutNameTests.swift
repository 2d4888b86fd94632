import XCTest
import NewsFacts
@testable import Extraction

/// Names the finder cut short or never found: a regnal "I" read as the pronoun, a title word
/// inside a body's name, a Romance "of" after a body's head, an "and" before a place's head, a
/// guide's "Label: A, B, C, D" line read as a headline. Invented sentences; invented names but
/// for a real place the rules must read as written.
final class CutNameTests: XCTestCase, ExtractsNames {
    func testARegnalOneAfterATitledNameIsPartOfTheName() {
        let f = facts("The letter was written to Pope Varsenius I, who died in 384, by a monk.")
        XCTAssertEqual(type(f, "Varsenius I"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains("Varsenius"), "\(names(f))")
    }

    func testARegnalOneBeforeACommaClosesTheName() {
        let f = facts("He joined the army under Tsar Aleksandor I, and in 1665 he was sent abroad.")
        XCTAssertEqual(type(f, "Tsar Aleksandor I"), "person", "\(names(f))")
    }

    func testThePronounAfterANameBeforeAVerbStaysThePronoun() {
        let f = facts("When Marta Quellby I met at the station, we talked for an hour.")
        XCTAssertFalse(names(f).contains { $0.hasSuffix(" I") }, "\(names(f))")
    }

    func testARegnalNumberIsNoAliasOfItsName() {
        let f = facts("The court of King Osmund VIII was large. Osmund VIII died in 1547.")
        let e = f.entities.first { $0.name.hasSuffix("Osmund VIII") }
        XCTAssertNotNil(e, "\(names(f))")
        XCTAssertFalse(e?.aliases.contains("VIII") ?? true, "\(e?.aliases ?? [])")
    }

    func testATitleWordInsideABodysNameEndingInAHeadStaysInTheName() {
        let f = facts("He finished Squadron Officer School in 1990 and flew for years.")
        XCTAssertEqual(type(f, "Squadron Officer School"), "organization", "\(names(f))")
    }

    func testARomanceOfAfterABodysHeadJoinsTheNameAfterIt() {
        let f = facts("She studied at the Conservatoire de Lyon in the 1880s.")
        XCTAssertEqual(type(f, "Conservatoire de Lyon"), "organization", "\(names(f))")
    }

    func testAndBetweenOrdinaryWordsAndAPlacesHeadStaysInTheName() {
        let f = facts("The tour ends at the Rock and Roll Hall of Fame near the lake.")
        XCTAssertEqual(type(f, "Rock and Roll Hall of Fame"), "place", "\(names(f))")
    }

    func testAndAfterAPlaceJoinsTwoNames() {
        let f = facts("Buses run between Oakland and Alameda County every hour.")
        XCTAssertFalse(names(f).contains("Oakland and Alameda County"), "\(names(f))")
    }

    func testAGuidesLabelledListLineIsNoHeadline() {
        let f = facts("Flights land at the main airport.\nTerminal 3: Zephyrair, Kestrel Air, Brightwing Air, Quellby Airlines\nTaxis wait outside.")
        XCTAssertEqual(type(f, "Terminal 3"), "place", "\(names(f))")
    }

    func testAHeadlinesClauseAfterAColonStaysAHeadline() {
        let text = "Day Five: Sweden, Belgium, England Win Big\nThe match was long."
        let spans = SentenceSplitter.split(Tokenizer.tokenize(text), text: text)
        XCTAssertTrue(spans.first?.isHeadline ?? false)
    }

    func testACapitalisedDesOpensANameAsDeDoes() {
        let f = facts("The candidates met voters in Des Moines, Iowa, on Monday. Former defence secretary Des Quarnby spoke later.")
        XCTAssertEqual(type(f, "Des Moines"), "place", "\(names(f))")
        XCTAssertEqual(type(f, "Des Quarnby"), "person", "\(names(f))")
    }

    func testARomanNumberInLowerCaseIsAFamilyNameNotASuffix() {
        let f = facts("The painter Lucia Xi opened a show in Milan. Lucia Xi sold ten works.")
        let e = f.entities.first { $0.name == "Lucia Xi" }
        XCTAssertEqual(e?.aliases, ["Xi"], "\(names(f))")
    }

    func testThePronounAfterATitledNameBeforeAVerbStaysThePronoun() {
        let f = facts("\"Unlike Senator Quarnby I think the plan works,\" she said.")
        XCTAssertEqual(type(f, "Quarnby"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains { $0.hasSuffix(" I") }, "\(names(f))")
    }

    func testARegnalOneAfterATitledNameBeforeOfIsPartOfTheName() {
        let f = facts("The treaty was signed by Emperor Varsenius I of Quarnland in 1720.")
        XCTAssertTrue(names(f).contains { $0.hasSuffix("Varsenius I") }, "\(names(f))")
    }

    func testATitleAndSurnameWordAfterAnotherTitleIsAPerson() {
        let f = facts("It is too late now, as Congresswoman Bishop said, to change the plan.")
        XCTAssertEqual(type(f, "Bishop"), "person", "\(names(f))")
    }

    func testAnOrdinaryTitleWordAfterATitleStaysNoName() {
        let f = facts("The letter reached Senator Judge on Monday.")
        XCTAssertFalse(names(f).contains("Judge"), "\(names(f))")
    }

    func testAListedNameBeforeAnOriginSuffixIsTheName() {
        let f = facts("She became the first New York-born leader of the party in 2020.")
        XCTAssertEqual(type(f, "New York"), "place", "\(names(f))")
        XCTAssertFalse(names(f).contains("New York-born"), "\(names(f))")
    }

    func testTheArabicArticleOpensANameWithNoNameBeforeIt() {
        let f = facts("He co-founded the left-liberal al-Quwwari group in 1932 with two friends.")
        XCTAssertTrue(names(f).contains("al-Quwwari"), "\(names(f))")
    }

    func testAListedNameTheArabicArticleOpensKeepsItsType() {
        let f = facts("Militants from al-Shabaab attacked the town on Monday.")
        XCTAssertEqual(type(f, "al-Shabaab"), "organization", "\(names(f))")
    }

    func testTheArabicArticleBeforeAHeadsNameLeavesTheRunToTheHead() {
        let f = facts("He studied at an-Najah National University in Nablus.")
        XCTAssertFalse(names(f).contains("an-Najah"), "\(names(f))")
        XCTAssertEqual(type(f, "National University"), "organization", "\(names(f))")
    }

    func testAnEnglishWordAfterTheArticlesLettersOpensNoName() {
        let f = facts("She was elected an at-Large member of the council.")
        XCTAssertTrue(names(f).isEmpty, "\(names(f))")
    }

    func testAnEnglishPrefixOpensNoName() {
        let f = facts("The de-Stalinization of the country took a decade.")
        XCTAssertTrue(names(f).isEmpty, "\(names(f))")
    }

    func testATitleAndSurnameWordAfterAnArticleAndATitleIsOneOffice() {
        let f = facts("The Cardinal Dean presided over the funeral in the cathedral.")
        XCTAssertFalse(names(f).contains("Dean"), "\(names(f))")
    }

    func testAnInitialWithoutItsDotOpensAPersonsName() {
        let f = facts("File photo of interviewee R Quarnavel at the harbour.")
        XCTAssertEqual(type(f, "R Quarnavel"), "person", "\(names(f))")
    }

    func testALetterAfterAnotherLetterIsNoInitial() {
        let f = facts("By the latest bulletin, T C Quarnavel was weakening over the sea.")
        XCTAssertFalse(names(f).contains("C Quarnavel"), "\(names(f))")
    }
}
