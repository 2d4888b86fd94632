import XCTest
import NewsFacts
@testable import Extraction

/// Reported speech as wire stories write it: participles, phrases closing an attribution and
/// the subject of a clause. One behaviour a test, on invented sentences.
final class ReportedSpeechOnWireTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2024-03-05") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    // MARK: - Participles

    func testSayingBeforeAClauseWithoutThatReportsTheClausesSubject() {
        let f = facts("Harbour envoy Tobias Renn left the hearing early, saying the committee had ignored his letters.")
        XCTAssertEqual(said(f, "Tobias Renn"), ["the committee had ignored his letters"])
    }

    func testSayingBeforeNoClauseReportsNothing() {
        let f = facts("Ilse Marrow thanked Tobias Renn for his hospitality, saying goodbye at the airport.")
        XCTAssertEqual(said(f, "Ilse Marrow"), [])
    }

    func testAddingAfterAClosingQuoteWithoutACommaGoesOnWithTheSpeaker() {
        let f = facts("Ilse Marrow highlighted \"the patience of the crews\" adding that the ferry would run again in May.")
        XCTAssertEqual(said(f, "Ilse Marrow"), ["the patience of the crews", "the ferry would run again in May"])
    }

    func testAddingRightAfterTheAttributionOfAQuoteGoesOnWithItsSpeaker() {
        let f = facts("Ilse Marrow toured the docks. \"The cranes are old,\" she said adding that new ones were ordered.")
        XCTAssertEqual(said(f, "Ilse Marrow"), ["The cranes are old", "new ones were ordered"])
    }

    func testAParticipleWithoutThatOrSayingStillNeedsSpeechBeforeIt() {
        let f = facts("Tobias Renn opened the plant, adding capacity for two thousand cars.")
        XCTAssertEqual(said(f, "Tobias Renn"), [])
    }

    // MARK: - What follows the verb

    func testAPhraseOfTimeOrPlaceClosingAPostposedAttributionLeavesTheClauseBefore() {
        let f = facts("Tariffs on grain will fall next year, Ilse Marrow said at a dinner for exporters.")
        XCTAssertEqual(said(f, "Ilse Marrow"), ["Tariffs on grain will fall next year"])
    }

    func testAClauseAfterAnAdjunctOfTheVerbIsStillTheStatement() {
        let f = facts("In a short notice, the Quarnby Ports Authority said during the long hearing its pilots would strike.")
        XCTAssertEqual(said(f, "Quarnby Ports Authority").count, 1)
        XCTAssertTrue(said(f, "Quarnby Ports Authority").first?.hasSuffix("its pilots would strike") ?? false)
    }

    func testSayingThisReportsNothingOfItsOwn() {
        let f = facts("Tobias Renn opened the bridge on Monday. He said this at a dinner for exporters on Friday.")
        XCTAssertEqual(said(f, "Tobias Renn"), [])
    }

    // MARK: - The clause's subject

    func testAnHonorificOpeningTheSubjectLeavesItTheSpeakerOfACoordinatedVerb() {
        let f = facts("Ilse Marrow won the case. Ms. Marrow thanked the jurors, but warned that the appeal could take years.")
        XCTAssertEqual(said(f, "Ilse Marrow"), ["the appeal could take years"])
    }

    func testADescribedSubjectIsTheOnePersonNamedSoBeforeForAParticiple() {
        let f = facts("""
            Icelandic Prime Minister Tobias Renn opened a bridge in Akureyri on Monday. The Icelandic Prime \
            Minister thanked the engineers, saying the crossing would halve travel times.
            """)
        XCTAssertEqual(said(f, "Tobias Renn"), ["the crossing would halve travel times"])
    }

    // MARK: - Speech nouns

    func testInHerWordsReportsTheClauseAsTheLastSpeakersSpeech() {
        let f = facts("""
            Ilse Marrow toured the docks with Tobias Renn on Monday. "The cranes are old," Marrow said. \
            In her words, the harbour needs a new quay before winter.
            """)
        XCTAssertEqual(said(f, "Ilse Marrow"), ["The cranes are old", "the harbour needs a new quay before winter"])
    }

    func testInHisWordsWithNoOneItCouldStandForReportsNothing() {
        let f = facts("The quay was closed on Monday. In his words, the harbour needs a new quay before winter.")
        XCTAssertTrue(f.facts.filter { $0.predicate == "said" }.isEmpty)
    }

    func testInHerWordsAfterAnotherWomanIsNamedIsNotTheLastSpeakers() {
        let f = facts("""
            Ilse Marrow said the quay was old. Her deputy Anna Renn toured the docks on Monday. \
            In her words, the cranes need repair before winter.
            """)
        XCTAssertFalse(said(f, "Ilse Marrow").contains("the cranes need repair before winter"))
    }
}
