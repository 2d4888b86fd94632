import NewsFacts
import XCTest

/// The one escaping routine every byte bound for a terminal passes through.
final class TerminalSafeTests: XCTestCase {
    func testBidirectionalControlsAndMarksAreEscaped() {
        XCTAssertEqual(
            TerminalSafe.escape("a\u{202E}b\u{2066}c\u{200F}d\u{061C}e"),
            "a\\u{202e}b\\u{2066}c\\u{200f}d\\u{61c}e")
    }

    func testOutputKeepsLayoutButNotALoneCarriageReturn() {
        XCTAssertEqual(TerminalSafe.escapeOutput("a,b\r\nc\td\n"), "a,b\r\nc\td\n")
        XCTAssertEqual(TerminalSafe.escapeOutput("safe\rEVIL\n"), "safe\\rEVIL\n")
        XCTAssertEqual(TerminalSafe.escapeOutput("\u{1B}]52;c;aGk=\u{07}\n"), "\\e]52;c;aGk=\\x07\n")
    }

    func testOrdinaryTextIsLeftAlone() {
        let text = "Motegi 茂木 é — “quoted” \u{A0}no-break عربي"
        XCTAssertEqual(TerminalSafe.escape(text), text)
        XCTAssertFalse(TerminalSafe.hasControlCharacters(text))
        XCTAssertTrue(TerminalSafe.hasControlCharacters("a\u{9B}b"))
    }
}

/// The result formatter's fast path must write exactly what `escape` returns.
final class TerminalSafeAppendTests: XCTestCase {
    func testAppendEscapedMatchesEscape() {
        for text in ["plain", "", "a\u{1B}[2Jb\u{07}", "\u{9B}31m", "Žagar\u{202E}x", "tab\there"] {
            var out: [UInt8] = [0x41]
            TerminalSafe.appendEscaped(text, to: &out)
            XCTAssertEqual(out, [0x41] + Array(TerminalSafe.escape(text).utf8), text)
        }
    }
}
