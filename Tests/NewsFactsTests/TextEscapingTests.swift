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

    /// `jsonString` reads bytes: it must agree with escaping scalar by scalar on every control
    /// (C0, DEL, C1), the line and paragraph separators and their byte neighbours (the curly
    /// quotes and dashes that share their lead byte, no-break space after 0xC2), at any position.
    func testJSONStringBytesAgreeWithEscapingScalarByScalar() {
        func byScalars(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                switch u.value {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029:
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(u)
                }
            }
            return out + "\""
        }
        var scalars: [Unicode.Scalar] = (0...0xFF).compactMap { Unicode.Scalar($0) }
        scalars += [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2027, 0x2028, 0x2029, 0x202A, 0x20AC, 0x1F600]
            .compactMap { Unicode.Scalar($0) }
        for u in scalars {
            for s in [String(u), "a" + String(u), String(u) + "b", "x\(u)y\(u)", "\(u)\(u)"] {
                var bytes: [UInt8] = [7]
                TextEscaping.appendJSONString(s, to: &bytes)
                XCTAssertEqual(TextEscaping.jsonString(s), byScalars(s), "U+\(String(u.value, radix: 16))")
                XCTAssertEqual(String(decoding: bytes.dropFirst(), as: UTF8.self), byScalars(s))
            }
        }
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
