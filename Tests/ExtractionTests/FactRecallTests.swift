import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Dates counted back from the article, quotes set apart from their speaker, stays, visits told in
/// someone's own words, and short ways of writing a name, on small invented texts: one behaviour
/// a test.
final class FactRecallTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2021-01-27") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    func time(_ text: String, _ date: String) -> [String] {
        let t = Tokenizer.tokenize(text)
        return TimeResolver.find(in: t, range: 0..<t.count, articleDate: DateValue(iso: date)).map(\.date.iso)
    }

    /// The visit events as "participants|destination|status|date" (`visitLines`).
    func visits(_ f: ArticleFacts) -> [String] { f.visitLines() }

    // MARK: - Dates

    func testACountOfUnitsAgoCountsBackFromTheArticleDate() {
        XCTAssertEqual(time("Genesis brought back a sample almost two years ago.", "2006-05-28"), ["2004"])
        XCTAssertEqual(time("It closed three months ago and reopened 5 days ago.", "2021-01-27"), ["2020-10", "2021-01-22"])
        XCTAssertEqual(time("She left a year ago.", "2021-01-27"), ["2020"])
        // No count: "a few years ago" says no year.
        XCTAssertEqual(time("She left a few years ago.", "2021-01-27"), [])
    }

    func testBareMonthsListedAfterFutureDatesComeInOrder() {
        let text = "I am going to Lisbon next month, Spain in November, Chile in January, Peru in February, "
            + "the Harbour Festival of Song in Oregon in March, and the Quarnby Games in April."
        XCTAssertEqual(time(text, "2013-10-09"), ["2013-11", "2013-11", "2014-01", "2014-02", "2014-03", "2014-04"])
        // A month its own clause puts in the past stays there.
        XCTAssertEqual(time("He will travel in November; the plan was made in March.", "2013-10-09"), ["2013-11", "2013-03"])
    }

    // MARK: - Quotes

    func testASignedQuoteMayGoOnWithWhatItAnswers() {
        let f = facts("Shimon Peres spoke in Jerusalem on Monday.\n\n\"We have brains, not oil.\" — Peres, on whether "
            + "the oil wealth of the Gulf will eclipse Israel.")
        XCTAssertEqual(said(f, "Shimon Peres"), ["We have brains, not oil."])
    }

    func testTwoBackticksOpenAQuote() {
        let f = facts("Shimon Peres spoke in Jerusalem on Monday.\n\n`` We have brains, not oil.\" — Peres, on whether "
            + "the oil wealth of the Gulf will eclipse Israel.")
        XCTAssertEqual(said(f, "Shimon Peres"), ["We have brains, not oil."])
    }

    func testAQuoteOpeningAParagraphIsTheOnePersonTheParagraphBeforeNames() {
        let f = facts("Jan Veld, of the University of Helsinki, studies bees. In a paper Veld describes bees that "
            + "heal themselves.\n\n\"We are quite sure that more cases will be found.\"")
        XCTAssertEqual(said(f, "Jan Veld"), ["We are quite sure that more cases will be found."])
        // Two people named in the paragraph before: neither is its speaker.
        let g = facts("Jan Veld studies bees.\n\nMaria Lindqvist met Tomas Berglund in Oslo. They spoke for an hour. "
            + "Both left early. Nobody else came.\n\n\"We expect many more such cases to come.\"")
        XCTAssertTrue(g.facts.filter { $0.predicate == "said" }.isEmpty, "\(g.facts.filter { $0.predicate == "said" })")
    }

    func testAnotherIntervieweeIntroducingThemselvesGivesTheAnswer() {
        let f = facts("Wikinews interviews Tomas Vidal and Nina Ortiz of Lantern Forge Games.\n\nWhat is Lantern Forge "
            + "Games?\n\nLantern Forge Games is really just me and Nina, I'm Tomas Vidal.\n\nAnd, I'm Nina Ortiz."
            + "\n\nHow did you two meet?\n\nWe met years ago, at a small art college.")
        XCTAssertEqual(said(f, "Nina Ortiz"), ["And, I'm Nina Ortiz."])
        XCTAssertFalse(said(f, "Tomas Vidal").contains("And, I'm Nina Ortiz."))
    }

    // MARK: - Visits

    func testAPersonKeptOrStrandedInAPlaceWasThere() {
        XCTAssertEqual(visits(facts("Maria Lindqvist was detained in Nairobi on Monday.")),
                       ["Maria Lindqvist|Nairobi|held|2021-01-25"])
        XCTAssertEqual(visits(facts("Tomas Berglund lost his passport. He was stranded in Djibouti for a week.")),
                       ["Tomas Berglund|Djibouti|held|-"])
    }

    func testWhatSomeoneSaysTheyDidInAPlacePutsThemThere() {
        let f = facts("\"I painted old houses in Jersey City for weeks,\" said Frank Mallory.")
        XCTAssertEqual(visits(f), ["Frank Mallory|Jersey City|held|-"])
        let g = facts("\"After I was elected as president in Denver in July, I travelled a lot,\" said Tomas Evander.",
                      date: "2013-10-09")
        XCTAssertTrue(visits(g).contains("Tomas Evander|Denver|held|2013-07"), "\(visits(g))")
        // Not what the speaker would do: "would" is no past.
        XCTAssertEqual(visits(facts("\"I would have worked in Chile,\" said Ana Ortiz.")), [])
        // "in" right after the verb is its object's, not a place the speaker was in.
        XCTAssertEqual(visits(facts("\"We invested in China,\" said Ana Ortiz.")), [])
    }

    // MARK: - Short forms

    func testABodysWebAddressIsOneOfItsNames() {
        let f = facts("The Canadian Broadcasting Corporation (CBC) reported the story on Monday. CBC.ca said the site "
            + "was visited by millions.")
        XCTAssertTrue(aliases(f, "Canadian Broadcasting Corporation").contains("CBC.ca"), "\(f.entities.map(\.name))")
    }

    func testANameWithARunOfWordsCutToInitialsIsTheFullName() {
        let f = facts("Deputies took her to the East Los Angeles sheriff station. On Monday she came back to the "
            + "East L.A. station with her lawyer.")
        XCTAssertTrue(aliases(f, "East Los Angeles").contains("East L.A."), "\(f.entities.map(\.name))")
    }

    func testTheWaysOfCuttingANameShort() {
        XCTAssertEqual(ShortFormVariants.webStem("CBC.ca"), "cbc")
        XCTAssertNil(ShortFormVariants.webStem("St. Louis"))
        XCTAssertEqual(ShortFormVariants.acronymKey("East L.A."), "east la")
        XCTAssertEqual(ShortFormVariants.acronymKey("LA Sheriff's office"), "la sheriff's office")
        XCTAssertNil(ShortFormVariants.acronymKey("East Los Angeles"))
        XCTAssertEqual(ShortFormVariants.contractions("LibriVox"), ["lv"])
        XCTAssertTrue(ShortFormVariants.contractions("East Los Angeles").contains("east la"))
        XCTAssertEqual(ShortFormVariants.contractions("NASA"), [])
    }

    // MARK: - Titles

    func testProfBeforeANameIsTheTitleProfessor() {
        let f = facts("I did a project under supervision of Prof. Patrizia Ettorre in Copenhagen.")
        XCTAssertTrue(f.facts.contains { $0.predicate == "title" && $0.subject == .entity("Patrizia Ettorre")
            && $0.object.lexical == "Professor" })
    }
}
