import XCTest

@testable import Extraction

/// The tokenizer's and the name-part typer's quicker scans over a word's bytes give what the
/// byte-by-byte and Character readings they pass over give.
final class WordScanTests: XCTestCase {
    func testAWordOfASCIILettersLongerThanTheLimitIsCutAtTheLimit() {
        let long = String(repeating: "ab1", count: 100) // 300 bytes
        let tokens = Tokenizer.tokenize("x \(long) y")
        XCTAssertEqual(
            tokens.map { $0.end - $0.start },
            [1, ExtractionLimits.maxTokenBytes, 300 - ExtractionLimits.maxTokenBytes, 1])
        XCTAssertEqual(tokens.dropFirst().prefix(2).map(\.text).joined(), long)
    }

    func testWordsRunOnASCIIBytesStopAtEveryOtherMark() {
        let tokens = Tokenizer.tokenize("Indo-Pacific U.S. don't 1,000.5 Zoë's AZaz09@[`{ é-A")
        XCTAssertEqual(
            tokens.map(\.text),
            ["Indo-Pacific", "U.S.", "don't", "1,000.5", "Zoë", "'s", "AZaz09", "@", "[", "`", "{", "é-A"])
    }

    func testAShortTextsWordsHaveTheIdsTheyHaveInALongText() {
        let name = "U.S. Secretary of State Antony Blinken said the talks"
        XCTAssertLessThan(name.utf8.count, ShortWordIDs.minimumTextBytes)
        let long = Array(repeating: name, count: 8).joined(separator: ", ")
        XCTAssertGreaterThanOrEqual(long.utf8.count, ShortWordIDs.minimumTextBytes)
        let short = Tokenizer.tokenize(name)
        let inLong = Tokenizer.tokenize(long)
        XCTAssertTrue(short.contains { $0.word >= 0 }, "the lexicon knows some of the words")
        for (k, token) in inLong.enumerated() where token.kind != .punct {
            let same = short.first { $0.text == token.text }
            XCTAssertEqual(same?.word, token.word, "\(token.text) at \(k)")
        }
    }

    func testNamePartWordsAreTheWordsOfTheSpaceSplit() {
        let names = [
            "Henga Lodge", "Patrick Leopold Gordon", "Socotra", "", " ", "  Hakim  Mosque ", "Grand Lodge of New York",
            "Line\r\nBreak Name", "José Ölund", "e\u{301} x", "a \u{301}b c", "Zoë Saldaña Nazario",
            "\u{212A}ing Street",
            "King Street", "Wycliffe Bible Translators",
        ]
        let wantedSets: [Set<String>] = [
            ["Lodge"], ["Hakim", "Socotra"], ["Kelvin"], ["\u{212A}ing"], ["Street", "Leopold"], [],
        ]
        for wanted in wantedSets {
            let lengths = NamePartTypes.WordLengths(wanted)
            var words: [Substring] = []
            for name in names {
                let split = name.split(separator: " ")
                if NamePartTypes.splitWords(name, into: &words, lengths: lengths) {
                    XCTAssertEqual(words, split, name)
                } else {
                    XCTAssertFalse(split.contains { wanted.contains(String($0)) }, "\(name) holds a wanted word")
                }
            }
        }
    }

    func testAWantedWordOutsideASCIIHoldsEveryLength() {
        let lengths = NamePartTypes.WordLengths(["\u{212A}ing"])
        var words: [Substring] = []
        XCTAssertTrue(NamePartTypes.splitWords("King Street", into: &words, lengths: lengths))
        XCTAssertTrue(Set(["\u{212A}ing"]).contains(String(words[0])), "the Kelvin sign's King equals King")
    }
}
