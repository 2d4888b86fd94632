import XCTest
@testable import Extraction

/// The byte readings the lexicon and the gazetteer use as they load answer as the Character
/// and String readings they replace, ASCII or not.
final class StartUpReadingTests: XCTestCase {
    private let samples = [
        "", " ", "paris", "Paris", "NEW YORK", "São Paulo", "İstanbul", "ΣΟΦΊΑ", "Zoë Ball", "a\r\nB",
        "U.S.", "WHO", "LeT", "iPhone", "Who", "e\u{301} x", " \u{301}x y", "  two  spaces ", "K\u{212A}",
        "al-Ahali", "O'Neill", "MAJOR-GENERAL",
    ]

    func testSpaceSeparatedAnswersAsSplittingAtSpaceCharacters() {
        for text in samples {
            XCTAssertEqual(ASCIIWord.spaceSeparated(text), text.split(separator: " ").map(String.init), text)
        }
    }

    func testLetterCaseAnswersAsTheCharacterReading() {
        for text in samples {
            let letters = text.filter { $0.isLetter }
            let answer = ASCIIWord.letterCase(text)
            XCTAssertEqual(answer.count, letters.count, text)
            XCTAssertEqual(answer.allCapitals, letters.allSatisfy { $0.isUppercase }, text)
            XCTAssertEqual(answer.capitalsInside, letters.dropFirst().contains { $0.isUppercase }, text)
        }
    }

    /// Interning hashes a word once and puts a new one where its probe ended: every word keeps
    /// its first id, is found again by `id(of:)` and by `intern`, through the table's growth,
    /// words longer than eight bytes that share their first eight included.
    func testInternedWordsKeepTheirIdsThroughGrowth() {
        var vocabulary = Vocabulary()
        var words: [String] = []
        for i in 0..<3_000 {
            words.append("w\(i)")
            words.append("sharedprefix\(i)")
        }
        words.append("são paulo")
        for (i, word) in words.enumerated() {
            XCTAssertEqual(vocabulary.intern(word), Int32(i), word)
        }
        XCTAssertEqual(vocabulary.count, words.count)
        for (i, word) in words.enumerated() {
            XCTAssertEqual(vocabulary.intern(word), Int32(i), word)
            XCTAssertEqual(vocabulary.id(of: word), Int32(i), word)
        }
        XCTAssertEqual(vocabulary.count, words.count)
        XCTAssertEqual(vocabulary.id(of: "sharedprefix"), -1)
        XCTAssertEqual(vocabulary.id(of: "w3000"), -1)
    }
}
