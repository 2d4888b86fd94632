import XCTest
import NewsFacts
@testable import Extraction

/// Names alone at a sentence's start that no list knows, and a family name that is also a
/// conjunction: invented sentences and names (`OpeningUnlistedNames.swift`,
/// `ConnectorSurnames.swift`).
final class OpeningNameTests: XCTestCase, ExtractsNames {
    func testAnUnlistedWordTheTaggerReadsAsAProperNounOpeningASentenceIsAName() {
        let f = facts("Zorvasto's Mira Quellby won a seat in the council. She thanked her voters.")
        XCTAssertNotNil(type(f, "Zorvasto"), "\(names(f))")
    }

    func testAGuideLineOpeningWithAnUnlistedNameKeepsIt() {
        let f = facts("The island has few villages.\n\nKevrahib, in the centre of the island, has a small market.")
        XCTAssertNotNil(type(f, "Kevrahib"), "\(names(f))")
    }

    func testAnOrdinaryWordOpeningASentenceIsNoName() {
        let f = facts("Undaunted, she went on with the campaign. Nevertheless the vote was lost.")
        XCTAssertTrue(names(f).isEmpty, "\(names(f))")
    }

    func testAFamilyNameAloneOpeningASentenceIsNoName() {
        let f = facts("The cocktail holds three things.\n\nBailey's, orange vodka, bitters, and chocolate flakes.")
        XCTAssertNil(type(f, "Bailey"), "\(names(f))")
    }

    func testAnUnlistedWordTheDocumentWritesInLowerCaseIsNoName() {
        let f = facts("Glorptastic, the crowd shouted. It was a glorptastic evening for all of them.")
        XCTAssertNil(type(f, "Glorptastic"), "\(names(f))")
    }

    func testAWordWrittenInLowerCaseIsNoNameAfterManyOpeningNamesAsked() {
        // More opening names than `scansBeforeSet` ask first, so the last question is answered
        // by the set of lower-case words rather than by a scan of the tokens.
        let syllables = ["ka", "vo", "ri", "zu", "te"]
        var words: [String] = []
        for a in syllables { for b in syllables { words.append((a + "mab" + b).capitalized) } }
        XCTAssertGreaterThan(words.count, OpeningUnlistedNames.scansBeforeSet)
        let text = words.map { "\($0), in the centre of the island, has a small market." }.joined(separator: "\n\n")
            + "\n\nGlorptastic, the crowd shouted. It was a glorptastic evening for all of them."
        let f = facts(text)
        XCTAssertNotNil(type(f, words[0]), "\(names(f))")
        // Names asked past the scans are still kept (the set holds only lower-case words).
        let kept = words.filter { type(f, $0) != nil }.count
        XCTAssertGreaterThan(kept, OpeningUnlistedNames.scansBeforeSet, "\(names(f))")
        XCTAssertNil(type(f, "Glorptastic"), "\(names(f))")
    }

    func testALongArticleOfOpeningNamesKeepsEachAsAShortOneDoes() {
        // Invented words of three syllables, each opening its own sentence: the document's
        // lower-case words are gathered once, not once for each of them.
        let syllables = ["ka", "vo", "ri", "zu", "te", "mab", "lon", "dri", "quen", "sor"]
        var words: [String] = []
        for a in syllables { for b in syllables { for c in syllables { words.append((a + b + c).capitalized) } } }
        let text = words.map { "\($0), in the centre of the island, has a small market." }.joined(separator: "\n\n")
        let long = facts(text)
        let short = facts(words[0] + ", in the centre of the island, has a small market.")
        XCTAssertNotNil(type(short, words[0]), "\(names(short))")
        XCTAssertEqual(type(long, words[0]), type(short, words[0]))
        XCTAssertEqual(type(long, words[999]), type(short, words[0]))
    }

    func testAConjunctionAfterAFirstNameBeforeAVerbIsTheFamilyName() {
        let f = facts("In the northern district, councillor Marcus Or was elected with 12,408 votes.")
        XCTAssertEqual(type(f, "Marcus Or"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains("Marcus"), "\(names(f))")
    }

    func testACapitalisedPrepositionOpeningAClauseStillEndsTheName() {
        let f = facts("Party member Elizabeth Quat In the eastern district the turnout was low.")
        XCTAssertFalse(names(f).contains { $0.hasSuffix(" In") }, "\(names(f))")
    }
}
