import XCTest
import NewsFacts
@testable import Extraction

/// Titles on small invented texts, for constructions met in real news: one behaviour a test.
final class TitleRuleTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2021-01-27") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    func testEveryTitleRuleIsNamedAfterADeclaredRuleOfTitleAndStatesItsPattern() throws {
        let declared = Set(try XCTUnwrap(FactVocabulary.predicate("title")).rules)
        for rule in TitleExtractor.nextToNameRules {
            XCTAssertTrue(declared.contains(rule.name), "\(rule.name) is not a rule of `title` in FactVocabulary")
            XCTAssertFalse(rule.pattern.isEmpty, "\(rule.name) states its pattern")
        }
        let families = TitleExtractor.families.map(\.name)
        XCTAssertEqual(Set(families).count, families.count, "\(families)")
    }

    func testACapitalisedTitleGoingOnInLowerCaseIsOneTitleNotANameAndATitle() {
        let f = facts("On Monday Foreign affairs minister Tomas Brandt met Major general Ilse Varga in Ostwick.")
        XCTAssertEqual(titles(f, "Ilse Varga"), ["Major General|-"])
        XCTAssertTrue(titles(f, "Tomas Brandt").contains { $0.hasPrefix("Foreign Affairs Minister|") }, "\(titles(f, "Tomas Brandt"))")
        XCTAssertFalse(f.entities.contains { $0.name == "Major" || $0.name == "Foreign Affairs" }, "\(f.entities.map(\.name))")
    }

    func testFormerBeforeTheBodyQualifyingATitleMakesTheTitleFormer() {
        let f = facts("Former Google engineer Luis Brenner sued the company on Monday.")
        let title = f.facts.first { $0.predicate == "title" && $0.subject == .entity("Luis Brenner") }
        XCTAssertEqual(title?.object.lexical, "Engineer", "\(f.facts)")
        XCTAssertEqual(title?.qualifier("of")?.lexical, "Google")
        XCTAssertEqual(title?.qualifier("former")?.lexical, "true")
        let now = facts("Google engineer Luis Brenner sued the company on Monday.")
        XCTAssertNil(now.facts.first { $0.predicate == "title" }?.qualifier("former"), "\(now.facts)")
    }

    func testATitleKeepsTheSpellingItIsWrittenWith() {
        let f = facts("The president's national security advisor Luis Brenner met Ana Ortiz, a security adviser.")
        XCTAssertEqual(titles(f, "Luis Brenner"), ["National Security Advisor|-"])
        XCTAssertEqual(titles(f, "Ana Ortiz"), ["Security Adviser|-"])
    }

    func testAnIllustratorBeforeANameIsATitle() {
        let f = facts("Tomas Brandt launched the novel with illustrator Ilse Varga on Monday.")
        XCTAssertEqual(titles(f, "Ilse Varga"), ["Illustrator|-"])
    }

    func testATitleOfSeveralWordsAfterTheOpensTheHoldersTitleNotARoleNoun() {
        let f = facts("The secretary general of the Harbour Workers Union, Luis Brenner, said the strike would end.")
        XCTAssertEqual(titles(f, "Luis Brenner"), ["Secretary General|Harbour Workers Union"])
    }

    func testATitleForABodyBeforeTheNameSetOffByCommasIsTheHolders() {
        let f = facts("The spokesman for Kestrel Shipping Company, Ana Ortiz, said the port would reopen.")
        XCTAssertEqual(titles(f, "Ana Ortiz"), ["Spokesman|Kestrel Shipping Company"])
    }

    func testAComplementOfTheTitleBeforeItsLinkStillReachesTheBody() {
        let f = facts("\"It was late,\" Karim Al-Nasser, editor at large at the Quarnby Herald, said.")
        XCTAssertEqual(titles(f, "Karim Al-Nasser"), ["Editor|Quarnby Herald"])
    }

    func testASecondTitleAfterTheFirstOnesBodyAndACommaIsTheHoldersToo() {
        let f = facts("Professor Cres Eastman, Director of the Harbour Nutrition Institute, and Chairman of the "
            + "Kestrel Shipping Company, said the salt was fine.")
        XCTAssertTrue(titles(f, "Cres Eastman").contains("Chairman|Kestrel Shipping Company"), "\(titles(f, "Cres Eastman"))")
    }

    func testAPlaceBeforeTheBodyOfAnAppositionsTitleKeepsTheApposition() {
        let f = facts("Paul Renner, an Ottawa New Democrat MP, said the delays were serious.")
        XCTAssertEqual(titles(f, "Paul Renner"), ["MP|New Democrat"])
    }

    func testAdjectivesBeforeAPeoplesAdjectiveInAnAppositionKeepTheTitle() {
        // The adjective before an occupation tells the poet's nationality, not whose poet he is
        // (`title.nationalityHead`): the title is kept, with no `of`.
        let f = facts("Ezra Hollis, the first true American poet, wrote about the sea.")
        XCTAssertEqual(titles(f, "Ezra Hollis"), ["Poet|-"])
    }

    func testShadowOpensATitle() {
        let f = facts("Shadow Home Secretary Yvonne Marlow said her party backs the plan.")
        XCTAssertEqual(titles(f, "Yvonne Marlow").first?.hasPrefix("Shadow Home Secretary|"), true,
                       "\(titles(f, "Yvonne Marlow"))")
    }

    func testEmeritusBeforeATitleQualifiesItsHolderAndNamesNoBody() {
        let f = facts("According to the Herald, Emeritus Professor John Burrows said the flag was fine.")
        XCTAssertEqual(titles(f, "John Burrows"), ["Professor|-"])
        XCTAssertFalse(f.entities.contains { $0.name == "Emeritus" }, "\(f.entities.map(\.name))")
    }

    func testAShadowOfficeIsNoGovernmentOfficeAndTakesNoCountryFromTheArticle() {
        let f = facts("The United Kingdom said on Monday that asylum claims rose. Home Secretary Suella Braverman "
            + "said the plan works. Shadow Home Secretary Yvonne Marlow said her party has a better plan.")
        XCTAssertEqual(titles(f, "Suella Braverman"), ["Home Secretary|United Kingdom"])
        XCTAssertEqual(titles(f, "Yvonne Marlow"), ["Shadow Home Secretary|-"])
    }

    func testAnHonorificBetweenATitleAndTheNameKeepsTheTitle() {
        let f = facts("Undersecretary for Education Mr. Varlotti says the budget will grow. "
            + "Foreign Minister Mr. Luis Brenner said the talks went well.")
        XCTAssertEqual(titles(f, "Varlotti"), ["Undersecretary for Education|-"])
        XCTAssertEqual(titles(f, "Luis Brenner"), ["Foreign Minister|-"])
    }

    func testATitleAfterWhoIsAnAppointmentOrBecameIsTheHolders() {
        let f = facts("Ana Ortiz, who is the chairman of Kestrel Shipping, said profits rose. "
            + "Luis Brenner was appointed chairman of Harbour Press Corporation in 2019. "
            + "Eva Strand became chief executive of Kestrel Shipping in March.")
        XCTAssertEqual(titles(f, "Ana Ortiz"), ["Chairman|Kestrel Shipping"])
        XCTAssertEqual(titles(f, "Luis Brenner"), ["Chairman|Harbour Press Corporation"])
        XCTAssertEqual(titles(f, "Eva Strand"), ["Chief Executive|Kestrel Shipping"])
    }

    func testAPossessedTitleAfterIsNamesSomeoneElse() {
        let f = facts("Ana Ortiz is the Prime Minister's daughter.")
        XCTAssertEqual(titles(f, "Ana Ortiz"), [])
    }

    func testAnAgeBetweenTheNameAndAnAppositionsTitleKeepsTheTitle() {
        let f = facts("Lena Dahl, 54, a professor at Uppsala University, said the study was sound.")
        XCTAssertEqual(titles(f, "Lena Dahl"), ["Professor|Uppsala University"])
    }

    func testAnUntypedNameOpeningATitlesPhraseMakesTheNameAfterTheCommaItsHolder() {
        // "Crown prosecutor" is one title the lexicon lists (`crown prosecutor`), written on in lower case.
        let f = facts("In the words of the Crown prosecutor, Ramon Tesselby, the child suffered for months.")
        XCTAssertEqual(titles(f, "Ramon Tesselby"), ["Crown Prosecutor|-"])
    }

    func testABracketedGlossAfterAListedNameKeepsTheListGoing() {
        let f = facts("The portraits include athletes Rikard Osse (tennis) and Jon Mallet (golf).")
        XCTAssertEqual(titles(f, "Rikard Osse"), ["Athlete|-"])
        XCTAssertEqual(titles(f, "Jon Mallet"), ["Athlete|-"])
    }

    func testAPronounSubjectOfACopulaHoldsTheTitleOnceAnaphoraHasRun() {
        let f = facts("Brannock Teal joined the Kestrel Rowing Club last year. Originally from Norway, he served as "
            + "the director of the Tarn Regatta. He was also the team manager of the club's junior eight.")
        let held = titles(f, "Brannock Teal")
        XCTAssertTrue(held.contains { $0.hasPrefix("Director|") }, "\(held)")
        XCTAssertTrue(held.contains { $0.hasPrefix("Team Manager|") }, "\(held)")
        // "served" gives a title only with "as".
        let g = facts("Ilsa Marrow joined the Kestrel Rowing Club last year. She served the president for a decade.")
        XCTAssertEqual(titles(g, "Ilsa Marrow"), [])
    }

    func testAPronounAfterASentenceNamingTwoPeopleGivesNoTitle() {
        let f = facts("Lena Hollis replaced Tomas Alder as chief in March. He was previously the director of the Oslo museum.")
        XCTAssertFalse(titles(f, "Lena Hollis").contains { $0.hasPrefix("Director|") }, "\(titles(f, "Lena Hollis"))")
        XCTAssertFalse(titles(f, "Tomas Alder").contains { $0.hasPrefix("Director|") }, "\(titles(f, "Tomas Alder"))")
    }

    func testAStateBeforeACapitalisedTitleIsItsBodyButNotTheHoldersCountry() {
        let f = facts("Former Vermont Senator Alden Crask spoke in Boston on Monday.")
        XCTAssertEqual(titles(f, "Alden Crask"), ["Senator|Vermont"])
        // Were Vermont his country, speaking in Boston would be a visit abroad.
        let visits = f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "visit" }
        XCTAssertEqual(visits.count, 0, "\(visits)")
    }

    func testLettersOfAnOfficeAfterANameAreItsHoldersTitle() {
        let f = facts("For the defence, Harold Benning, QC, said the ruling was unfair. "
            + "Marta Oyelaran, SC, told the court that the parents had acted in good faith. "
            + "Dario Venn, MEP, voted against the bill.")
        XCTAssertEqual(titles(f, "Harold Benning"), ["QC|-"])
        XCTAssertEqual(titles(f, "Marta Oyelaran"), ["SC|-"])
        XCTAssertEqual(titles(f, "Dario Venn"), ["MEP|-"])
    }

    func testLettersOfAnOfficeWrittenWithoutACommaCloseTheName() {
        let f = facts("Marta Oyelaran SC told the court that the parents had acted in good faith.")
        XCTAssertNotNil(f.entities.first { $0.name == "Marta Oyelaran" }, "\(f.entities)")
        XCTAssertNil(f.entities.first { $0.name.contains("SC") && $0.name.contains("Oyelaran") })
        XCTAssertEqual(titles(f, "Marta Oyelaran"), ["SC|-"])
    }

    func testLettersThatGoOnIntoAnotherNameAreNoTitle() {
        let f = facts("Harold Benning, MP Lena Ostrow and the mayor met in Leeds.")
        XCTAssertEqual(titles(f, "Harold Benning"), [])
    }

    func testATitleAfterTheRightBeforeAPersonsNameIsTheirsAndNotARole() {
        let f = facts("The first case is that of the mayor Luca Perrandi, who received several letters.")
        XCTAssertEqual(titles(f, "Luca Perrandi"), ["Mayor|-"])
        let g = facts("Officials told the minister Kenya would vote.")
        XCTAssertFalse(g.facts.contains { $0.predicate == "title" }, "\(g.facts)")
    }

    func testAHyphenatedTitleOpeningASentenceIsATitleOfTheBodyAfterIt() {
        let f = facts("Co-founder of Kestrel Books, Tomas Berglund, met the winners.")
        XCTAssertEqual(titles(f, "Tomas Berglund"), ["Co-founder|Kestrel Books"])
    }
}
