import NewsFacts
import XCTest

/// TextEscaping: JSON strings, CSV fields, IRIs and N-Quads literals, each checked directly.
final class TextEscapingTests: XCTestCase {
    func testJSONStringEscapesQuotesBackslashesAndEveryControl() {
        XCTAssertEqual(TextEscaping.jsonString("plain"), "\"plain\"")
        XCTAssertEqual(TextEscaping.jsonString("a\"b\\c\n\t"), #""a\"b\\c\n\t""#)
        XCTAssertEqual(TextEscaping.jsonString("\u{1B}\u{7F}\u{85}\u{2028}"), #""\u001b\u007f\u0085\u2028""#)
        XCTAssertEqual(TextEscaping.jsonString("Žagar — ok"), "\"Žagar — ok\"")
    }

    func testCSVFieldQuotesOnlyWhenItMust() {
        XCTAssertEqual(TextEscaping.csvField("Motegi"), "Motegi")
        XCTAssertEqual(TextEscaping.csvField("a, b"), "\"a, b\"")
        XCTAssertEqual(TextEscaping.csvField("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(TextEscaping.csvField("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(TextEscaping.csvField(" padded"), "\" padded\"")
    }

    func testIRIPercentEncodesWhatAnIRIMayNotHoldAndRoundTrips() {
        XCTAssertEqual(TextEscaping.iri("a b%<>"), "a%20b%25%3C%3E")
        XCTAssertEqual(TextEscaping.iri("Žagar/x:y@z~"), "Žagar/x:y@z~")
        for name in ["50% \"off\" <now>", "a{b}|c^d`e\\f", "tab\there"] {
            XCTAssertEqual(TextEscaping.iri(name).removingPercentEncoding, name)
            XCTAssertFalse(TextEscaping.iri(name).contains(where: { " <>\"{}|^`\\\t".contains($0) }), name)
        }
    }

    func testNQuadsLiteralUsesECHARAndUCHAR() {
        XCTAssertEqual(
            TextEscaping.nquadsLiteral("say \"hi\"\\\n\r\t\u{1}\u{7F}"),
            "say \\\"hi\\\"\\\\\\n\\r\\t\\u0001\\u007F")
        XCTAssertEqual(TextEscaping.nquadsLiteral("Žagar"), "Žagar")
    }
}
