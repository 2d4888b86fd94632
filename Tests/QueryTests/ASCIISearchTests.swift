import XCTest

@testable import Query

/// The block search of `ASCIISearch.contains` answers as a plain case-insensitive search, at
/// every length and place a match can take across its sixteen-byte steps, and leaves texts
/// that are not ASCII to the general test.
final class ASCIISearchTests: XCTestCase {
    private func contains(_ text: String, _ needle: String) -> Bool? {
        let lowered = Array(needle.utf8).map(ASCIISearch.lower)
        return Array(text.utf8).withUnsafeBufferPointer { t in
            lowered.withUnsafeBufferPointer { ASCIISearch.contains(t, $0) }
        }
    }

    func testBlockSearchAgreesWithAPlainSearchOnRandomTexts() {
        var random = SeededRandom(state: 5)
        let letters = Array("abAB c.").map(String.init)
        for _ in 0..<4000 {
            let text = (0..<random.next(70)).map { _ in letters[random.next(letters.count)] }.joined()
            let needle = (0..<(1 + random.next(5))).map { _ in letters[random.next(letters.count)] }.joined()
            XCTAssertEqual(
                contains(text, needle), text.lowercased().contains(needle.lowercased()), "\(needle) in \(text)")
        }
    }

    func testAMatchIsFoundAtEveryPlace() {
        for length in [1, 2, 15, 16, 17, 31, 33, 64, 100] {
            for at in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length + 3)
                bytes.replaceSubrange(at..<at + 3, with: Array("JuD".utf8))
                let text = String(decoding: bytes, as: UTF8.self)
                XCTAssertEqual(contains(text, "jud"), true, "\(text)")
                XCTAssertEqual(contains(text, "jue"), false, "\(text)")
            }
        }
    }

    func testEmptyNeedlesAndShortTextsAndNonASCII() {
        XCTAssertEqual(contains("", ""), true)
        XCTAssertEqual(contains("", "a"), false)
        XCTAssertEqual(contains("ab", ""), true)
        XCTAssertEqual(contains("ab", "abc"), false)
        XCTAssertNil(contains("judge in Zürich, and more text past sixteen bytes", "judge"))
        XCTAssertNil(contains("short é", "zzz"))
    }
}
