import XCTest

@testable import Extraction

/// `FirstCharacterTable` answers as the `[Character: [Int]]` `ShortForms.merge` filed names
/// by their first letters in before: the same entities, in the order filed.
final class FirstCharacterTableTests: XCTestCase {
    func testAnswersAsADictionaryOfFirstCharacters() {
        // A Kelvin sign equals "K", a Greek question mark ";", a decomposed "é" the composed one;
        // CR LF is one Character, and "e" before a combining accent is not "e".
        let texts = [
            "kim", "\u{212A}im", "K", "\u{212A}", ";x", "\u{037E}x", "e\u{301}cole", "école", "eva", "e", "\r\nx",
            "\r", "\rx", "\u{1FEF}a", "`a", "zoe", "ørsted", "ø", "a\u{308}", "ä",
        ]
        var table = FirstCharacterTable()
        var dictionary: [Character: [Int]] = [:]
        for (e, text) in texts.enumerated() {
            guard let key = FirstCharacterTable.key(Substring(text)), let first = text.first else { continue }
            table.add(e, key)
            dictionary[first, default: []].append(e)
        }
        for text in texts {
            guard let key = FirstCharacterTable.key(Substring(text)), let first = text.first else { continue }
            XCTAssertEqual(table.entities(key), dictionary[first] ?? [], text)
        }
    }

    func testKeysAreEqualExactlyWhenTheFirstCharactersAre() {
        let texts = ["kim", "\u{212A}im", "ka", "e\u{301}", "é", "ex", "\r\n", "\ra", "", "ab"]
        for a in texts {
            for b in texts {
                XCTAssertEqual(
                    FirstCharacterTable.key(Substring(a)) == FirstCharacterTable.key(Substring(b)), a.first == b.first,
                    "\(a) / \(b)")
            }
        }
    }
}
