import Foundation
import Query
import XCTest

@testable import NewsqCLI

/// Long answers on a terminal: tables fit its width, the prompt pages what is longer than the
/// screen, and Ctrl-C stops the printing. Every decision is a plain function of the sizes.
final class LongAnswerTests: XCTestCase {
    // MARK: - Fitting a table to the width

    func testColumnsThatFitKeepTheirWidths() {
        XCTAssertEqual(ColumnFit.widths([10, 40, 8], available: 62), [10, 40, 8])
    }

    func testNarrowColumnsKeepTheirWidthAndTheWideOnesShareTheRest() {
        // 60 columns less two gaps of two: 56; the 10 stays, 40 and 80 share 46.
        XCTAssertEqual(ColumnFit.widths([10, 40, 80], available: 60), [10, 23, 23])
        let fitted = ColumnFit.widths([3, 120, 7, 90], available: 80)
        XCTAssertEqual(fitted.reduce(0, +) + 2 * 3, 80)
        XCTAssertEqual(fitted[0], 3)
        XCTAssertEqual(fitted[2], 7)
    }

    func testAColumnIsNeverCutBelowTheMinimum() {
        let fitted = ColumnFit.widths(Array(repeating: 30, count: 10), available: 20)
        XCTAssertEqual(fitted, Array(repeating: ColumnFit.minimumWidth, count: 10))
    }

    func testACutCellEndsInAnEllipsisAtTheWidth() {
        XCTAssertEqual(ColumnFit.cut("Civic Renewal Party", to: 8), "Civic R…")
        XCTAssertEqual(ColumnFit.cut("Nika Žagar", to: 10), "Nika Žagar")
        XCTAssertEqual(ColumnFit.cut("Žagar", to: 1), "…")
    }

    func testATableOnANarrowTerminalHasNoLineWiderThanIt() throws {
        let f = try ShellFixture(screen: Screen(columns: 40, rows: 50))
        f.session.options.format = .table
        XCTAssertEqual(f.shell.runScript("find ?p, ?s where ?p said ?s\n", sourceName: "t.nq"), 0, f.errors)
        let lines = f.output.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 }, f.output)
        XCTAssertTrue(f.output.contains("…"), "a quote is longer than the room left for it")
    }

    func testATableToAFileOrAPipeIsWhole() throws {
        let f = try ShellFixture()
        f.session.options.format = .table
        XCTAssertEqual(f.shell.runScript("find ?p, ?s where ?p said ?s\n", sourceName: "t.nq"), 0, f.errors)
        XCTAssertFalse(f.output.contains("…"), f.output)
        let file = NSTemporaryDirectory() + "newsq-wide-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let narrow = try ShellFixture(screen: Screen(columns: 40, rows: 50))
        narrow.session.options.format = .table
        XCTAssertEqual(
            narrow.shell.runScript(".once \(file)\nfind ?p, ?s where ?p said ?s\n", sourceName: "t.nq"), 0,
            narrow.errors)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), f.output)
    }

    func testTheScreenIsKnownOnlyOnATerminalOfKnownSize() {
        XCTAssertNil(Screen.measured(isTerminal: false, columns: 100, rows: 30, environment: [:]))
        XCTAssertEqual(
            Screen.measured(isTerminal: true, columns: 100, rows: 30, environment: ["COLUMNS": "50"]),
            Screen(columns: 100, rows: 30))
        XCTAssertNil(Screen.measured(isTerminal: true, columns: 0, rows: 0, environment: [:]))
        XCTAssertEqual(
            Screen.measured(isTerminal: true, columns: 0, rows: 0, environment: ["COLUMNS": "132", "LINES": "43"]),
            Screen(columns: 132, rows: 43))
        XCTAssertEqual(
            Screen.measured(isTerminal: true, columns: 5, rows: 10, environment: [:]),
            Screen(columns: Screen.minimumColumns, rows: 10))
    }

    // MARK: - Paging

    func testScreenLinesCountWrappedLines() {
        XCTAssertEqual(Pager.screenLines("a\nb\n", columns: 80, upTo: 100), 2)
        XCTAssertEqual(Pager.screenLines(String(repeating: "x", count: 170) + "\n", columns: 80, upTo: 100), 3)
        XCTAssertEqual(Pager.screenLines(String(repeating: "é", count: 81) + "\n", columns: 80, upTo: 100), 2)
        XCTAssertEqual(Pager.screenLines(String(repeating: "a\n", count: 1000), columns: 80, upTo: 10), 10)
    }

    func testOnlyAnAnswerLongerThanTheScreenIsPaged() {
        let screen = Screen(columns: 80, rows: 10)
        let nine = String(repeating: "row\n", count: 9)
        let ten = String(repeating: "row\n", count: 10)
        XCTAssertFalse(Pager.shouldPage(nine, enabled: true, screen: screen), "nine lines and the prompt fit")
        XCTAssertTrue(Pager.shouldPage(ten, enabled: true, screen: screen))
        XCTAssertFalse(Pager.shouldPage(ten, enabled: false, screen: screen), ".pager off")
        XCTAssertFalse(Pager.shouldPage(ten, enabled: true, screen: nil), "not a terminal")
    }

    func testThePagerIsPAGERElseLessElseMore() {
        let both: (String) -> Bool = { $0 == "/usr/bin/less" || $0 == "/bin/more" }
        XCTAssertEqual(Pager.command(environment: ["PAGER": "most -s"], isExecutable: both), "most -s")
        XCTAssertNil(Pager.command(environment: ["PAGER": " "], isExecutable: both), "an empty PAGER is none")
        XCTAssertEqual(Pager.command(environment: ["PATH": "/usr/bin:/bin"], isExecutable: both), "less")
        XCTAssertEqual(Pager.command(environment: ["PATH": "/bin"], isExecutable: both), "more")
        XCTAssertNil(Pager.command(environment: ["PATH": "/opt"], isExecutable: both))
    }

    func testThePromptPagesALongAnswerAndPagerOffPrintsIt() throws {
        let f = try ShellFixture(interactive: true, screen: Screen(columns: 80, rows: 5))
        var paged: [(text: String, command: String)] = []
        f.shell.pagerCommand = { "less" }
        f.shell.runPager = {
            paged.append(($0, $1))
            return true
        }
        _ = f.shell.feed("find ?p where ?p type person;")
        XCTAssertEqual(paged.count, 1)
        XCTAssertEqual(paged.first?.command, "less")
        XCTAssertTrue(paged.first?.text.hasPrefix("p\n") == true)
        XCTAssertEqual(f.output, "", "the pager showed it")
        _ = f.shell.feed(".pager off")
        _ = f.shell.feed("find ?p where ?p type person;")
        XCTAssertEqual(paged.count, 1)
        XCTAssertTrue(f.output.hasPrefix("p\n"), f.output)
    }

    func testLongListingsOfDotCommandsArePagedToo() throws {
        let f = try ShellFixture(interactive: true, screen: Screen(columns: 80, rows: 4))
        var paged: [String] = []
        f.shell.pagerCommand = { "less" }
        f.shell.runPager = { text, _ in
            paged.append(text)
            return true
        }
        _ = f.shell.feed(".help")
        _ = f.shell.feed(".entities person")
        XCTAssertEqual(paged.count, 2, f.output)
        XCTAssertTrue(paged.last?.hasSuffix("5 person entities\n") == true, paged.last ?? "")
        XCTAssertEqual(f.output, "")
    }

    func testAPagerThatCannotStartLeavesTheAnswerPrinted() throws {
        let f = try ShellFixture(interactive: true, screen: Screen(columns: 80, rows: 5))
        f.shell.pagerCommand = { "no-such-pager" }
        f.shell.runPager = { _, _ in false }
        _ = f.shell.feed("find ?p where ?p type person;")
        XCTAssertTrue(f.output.hasPrefix("p\n"), f.output)
    }

    func testScriptsAndMinusENeverPage() throws {
        let f = try ShellFixture(screen: Screen(columns: 80, rows: 5))
        f.shell.runPager = { _, _ in
            XCTFail("paged outside the prompt")
            return true
        }
        XCTAssertEqual(f.shell.runScript("find ?p where ?p type person\n", sourceName: "t.nq"), 0)
        XCTAssertTrue(f.output.hasPrefix("p\n"))
    }

    func testPagerIsASettingOfShow() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".pager off\n.show\n.pager\n", sourceName: "t.nq"), 0, f.errors)
        XCTAssertTrue(f.output.contains("pager: off\n"), f.output)
        XCTAssertFalse(f.shell.pager)
        XCTAssertEqual(f.shell.runScript(".pager sometimes\n", sourceName: "t.nq", stopAtFirstError: false), 1)
    }

    // MARK: - Ctrl-C while printing

    func testPiecesEndAtLineBreaksAndAddUpToTheText() {
        let text = (0..<5000).map { "line \($0) · Žagar\n" }.joined()
        var pieces: [String] = []
        XCTAssertTrue(ChunkedOutput.write(text, pieceBytes: 1000, isCancelled: { false }) { pieces.append($0) })
        XCTAssertEqual(pieces.joined(), text)
        XCTAssertGreaterThan(pieces.count, 50)
        XCTAssertTrue(pieces.allSatisfy { $0.hasSuffix("\n") })
    }

    func testALineLongerThanAPieceIsCutBetweenCharacters() {
        let text = String(repeating: "žé", count: 3000)
        var pieces: [String] = []
        XCTAssertTrue(ChunkedOutput.write(text, pieceBytes: 999, isCancelled: { false }) { pieces.append($0) })
        XCTAssertEqual(pieces.joined(), text)
    }

    func testCancellingStopsThePrinting() {
        let text = String(repeating: "row\n", count: 100_000)
        var written = 0, asked = 0
        let finished = ChunkedOutput.write(
            text, pieceBytes: 4096,
            isCancelled: {
                asked += 1
                return asked > 3
            }
        ) { written += $0.utf8.count }
        XCTAssertFalse(finished)
        XCTAssertLessThan(written, text.utf8.count / 10)
    }

    func testCtrlCAtThePromptStopsALongAnswerAndSaysSo() throws {
        let f = try ShellFixture(interactive: true, screen: nil)
        var asked = 0
        f.shell.interrupted = {
            asked += 1
            return asked > 1
        }
        // 1,275 rows, about 70 kB: several pieces.
        _ = f.shell.feed("find ?a, ?b, ?c, ?p, ?o where ?a type person, ?b type person, ?c ?p ?o;")
        XCTAssertEqual(f.errors.components(separatedBy: "\n").filter { $0.contains("Ctrl-C") }.count, 1)
        XCTAssertTrue(f.errors.contains("Ctrl-C"), f.errors)
        XCTAssertFalse(f.output.hasSuffix(" rows\n"), "the footer was not printed")
    }
}
