import XCTest

@testable import Extraction

/// A trigger scan gives the positions a test of every token in the range would give, in order.
final class TriggerPositionsTests: XCTestCase {
    let text = "According to officials, she said the talks were held in Lima; he spent a week there, said Ana."

    func testAWordListsPositionsAreTheTokensOfItsWordsInTheRange() {
        let t = Tokenizer.tokenize(text)
        let set = WordSet(.eventSpentVerbs)
        for r in [0..<t.count, 3..<t.count - 2, 5..<5, 0..<1] {
            XCTAssertEqual(Array(set.positions(in: t, r)), r.filter { set.contains(t[$0]) }, "\(r)")
        }
        XCTAssertFalse(Array(set.positions(in: t, 0..<t.count)).isEmpty)
    }

    func testAClassScanFindsTheClassesWordsAndTheOneWordAsked() {
        let t = Tokenizer.tokenize(text)
        let classes = Lexicon.shared.classes
        let according = Lexicon.shared.id(of: "according")
        let expected = (0..<t.count).filter { k in
            t[k].word >= 0 && (classes[Int(t[k].word)].contains(.speechVerb) || t[k].word == according)
        }
        let found = Array(WordClass.speechVerb.positions(in: t, 0..<t.count, classes: classes, orWord: according))
        XCTAssertEqual(found, expected)
        XCTAssertEqual(found.first, 0)  // "According", capitalised, has the word's id
        XCTAssertEqual(found.count, 3)  // and the two "said"
        // Without the word, only the class's words; a word no lexicon names (-1) is never one.
        XCTAssertEqual(Array(WordClass.speechVerb.positions(in: t, 0..<t.count, classes: classes)), Array(expected.dropFirst()))
    }

    func testAUnionOfListsHoldsTheWordsOfEach() {
        let union = WordSet(anyOf: [.eventSpentVerbs, .eventGatheringNouns])
        let spent = WordSet(.eventSpentVerbs), gathering = WordSet(.eventGatheringNouns)
        for word in Lexicon.shared.words(in: .eventSpentVerbs) + Lexicon.shared.words(in: .eventGatheringNouns)
            + ["the", "said", "talks", "zzzz"]
        {
            let id = Lexicon.shared.id(of: word)
            XCTAssertEqual(union.contains(id: id), spent.contains(id: id) || gathering.contains(id: id), word)
        }
    }
}
