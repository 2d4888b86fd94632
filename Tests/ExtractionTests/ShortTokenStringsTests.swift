import XCTest

@testable import Extraction

/// The short-token table's key, packed from a token's bytes by one load, is the key packed a
/// byte at a time.
final class ShortTokenStringsTests: XCTestCase {
    func testShortTokenKeyByOneLoadIsTheKeyByBytes() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 7, 8, 9, 15, 16, 40] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes.withUnsafeBufferPointer { b in
                for s in 0..<max(b.count, 1) {
                    for e in s...min(s + 8, b.count) {
                        XCTAssertEqual(
                            ShortTokenStrings.key(b, s, e), ShortTokenStrings.keyByBytes(b, s, e),
                            "size \(size), bytes \(s)..<\(e)")
                    }
                }
            }
        }
    }

    /// A remembered token comes back with its strings, word id and byte flags, the context's
    /// flags added; another kind or length of the same bytes, or other bytes, is not held.
    func testARememberedTokenComesBackFromItsSlotAlone() {
        let table = ShortTokenStrings(size: 16)
        let text = Array("Tokyo said".utf8)
        text.withUnsafeBufferPointer { b in
            let key = ShortTokenStrings.key(b, 0, 5)
            let slot = table.slot(key, 5, .word)
            XCTAssertFalse(table.holds(slot, key, 5, .word))
            let token = Token(start: 0, end: 5, text: "Tokyo", lower: "tokyo", kind: .word,
                              flags: [.capitalized, .paragraphBefore], word: 42)
            table.remember(slot, key, 5, token)
            XCTAssertTrue(table.holds(slot, key, 5, .word))
            XCTAssertFalse(table.holds(slot, key, 5, .number))
            XCTAssertFalse(table.holds(slot, key, 4, .word))
            XCTAssertFalse(table.holds(slot, ShortTokenStrings.key(b, 6, 10), 5, .word))
            let again = table.token(slot, start: 20, end: 25, kind: .word, context: [.spaceBefore])
            XCTAssertEqual(again.text, "Tokyo")
            XCTAssertEqual(again.lower, "tokyo")
            XCTAssertEqual(again.word, 42)
            XCTAssertEqual(again.range, 20..<25)
            // The paragraph break was the first token's context, not its bytes'.
            XCTAssertEqual(again.flags, [.capitalized, .spaceBefore])
        }
    }
}
