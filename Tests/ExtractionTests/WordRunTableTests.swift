import XCTest

@testable import Extraction

/// `WordRunTable` answers as the `[String: [Int]]` `ShortForms.merge` filed names in before:
/// keyed by a run of a name's words, joined with spaces and lower-cased.
final class WordRunTableTests: XCTestCase {
    /// Every run of every name filed, in the table (by bytes for ASCII names) and in a
    /// dictionary of joined strings; then every question asked of both.
    func testAnswersAsADictionaryOfJoinedRuns() {
        let names = [
            "Comic Corps of Canada", "Comic Corps", "Italian Supreme Court of Cassation", "Supreme Court",
            "São Paulo Museum", "São Paulo", "\u{212A}elvin Hall", "Kelvin", "Levico Terme", "A B", "A",
        ]
        let lowerNames = names.map { $0.lowercased() }
        let lowerWords = lowerNames.map(ShortForms.words)
        let nameWords = names.map(ShortForms.words)
        var table = WordRunTable(words: lowerWords)
        var dictionary: [String: [Int]] = [:]
        for e in names.indices {
            let words = nameWords[e]
            for from in 0..<words.count {
                for to in (from + 1)...words.count {
                    let key = words[from..<to].joined(separator: " ").lowercased()
                    dictionary[key, default: []].append(e)
                    if names[e].utf8.allSatisfy({ $0 < 0x80 }) {
                        table.add(e, from: from, to: to)
                    } else {
                        table.add(e, key: key)
                    }
                }
            }
        }
        var questions = lowerNames + Array(dictionary.keys)
        // An ASCII question a non-ASCII key equals, a decomposed accent, near misses.
        questions += ["kelvin", "kelvin hall", "sa\u{303}o paulo", "comic", "comic corps ", "comic  corps", "", "a b c"]
        for question in questions {
            XCTAssertEqual(
                table.entities(named: question).sorted(), (dictionary[question] ?? []).sorted(), question)
        }
    }

    /// A question whose bytes differ from a filed run is not answered by it, whatever the
    /// hashes: the run is compared byte for byte.
    func testARunAnswersOnlyItsOwnBytes() {
        let words = [ShortForms.words("university of southern indiana")]
        var table = WordRunTable(words: words)
        table.add(0, from: 0, to: 3)
        XCTAssertEqual(table.entities(named: "university of southern"), [0])
        XCTAssertEqual(table.entities(named: "university of southern indiana"), [])
        XCTAssertEqual(table.entities(named: "university of"), [])
        XCTAssertEqual(table.entities(named: "university of southerN"), [])
    }
}
