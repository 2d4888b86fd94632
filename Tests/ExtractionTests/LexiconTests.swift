import XCTest
@testable import Extraction

/// The lexicons are compiled into the module (`LexiconData`, from `Lexicons/*.tsv`): every word
/// and list the stages name exists (a missing one would not compile) and is in the vocabulary.
final class LexiconTests: XCTestCase {
    func testEveryWordTheStagesCompareByIdIsInTheVocabulary() {
        let lex = Lexicon.shared
        for word in KnownWord.allCases {
            XCTAssertGreaterThanOrEqual(lex.id(word), 0, "\(word) (knownwords.tsv)")
        }
        for list in WordList.allCases {
            XCTAssertFalse(lex.words(in: list).isEmpty, "\(list)")
            for phrase in lex.words(in: list) {
                for word in phrase.split(separator: " ") {
                    XCTAssertGreaterThanOrEqual(lex.id(of: String(word)), 0, "\(word) of \(list) (wordlists.tsv)")
                }
            }
        }
    }

    func testWordListsGiveTheirWordsTheirClasses() {
        let lex = Lexicon.shared
        func classes(_ word: String) -> WordClass {
            let id = lex.id(of: word)
            return id >= 0 ? lex.classes[Int(id)] : []
        }
        XCTAssertTrue(classes("of").contains(.connector))
        XCTAssertTrue(classes("van").contains(.nameParticle))
        XCTAssertTrue(classes("scheduled").contains(.futureWord))
        XCTAssertTrue(classes("repeatedly").contains(.speechAdverb))
        XCTAssertTrue(classes("shook").contains(.jointVerb))
        XCTAssertTrue(classes("visited").contains(.eventVerb))
        XCTAssertTrue(classes("summit").contains(.eventNoun))
        XCTAssertTrue(classes("thurs.").contains(.calendar))
        XCTAssertFalse(classes("minister").contains(.connector))
    }

    func testTablesWithValuesAreRead() {
        XCTAssertEqual(Lexicon.months["sept."], 9)
        XCTAssertEqual(Lexicon.weekdays["thurs."], 4)
        XCTAssertEqual(EventExtractor.nounTriggers["summit"]?.kind, "summit")
        XCTAssertEqual(EventExtractor.verbTriggers["flew"]?.family, "visit")
        XCTAssertEqual(Lexicon.shared.speechLemma["told"], "tell")
        XCTAssertEqual(Lexicon.shared.homeCountry["Okinawa"], "Japan")
        XCTAssertEqual(Lexicon.shared.phrases["un"]?.canonical, "United Nations")
        XCTAssertEqual(LexiconData.countries.first { $0.name == "Argentina" }?.demonyms, ["Argentine", "Argentinian"])
    }
}
