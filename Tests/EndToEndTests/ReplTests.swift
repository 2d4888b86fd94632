import Foundation
import TestSupport
import XCTest

/// The interactive prompt of the real binary, driven through a pseudo-terminal.
///
/// Each test waits for the prompt before typing and asserts on what newsq prints (answers,
/// listings), never on the echo of what was typed, and never on how long anything took.
final class ReplTests: XCTestCase {
    private var folder = ""
    /// What the last `start` printed before its first prompt (the banner and any note).
    private var opening = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-repl-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try ReplTests.facts.write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    static let facts = """
        Antony Blinken | title | Secretary of State | of = United States
        Antony Blinken | type | person
        Toshimitsu Motegi | type | person
        Toshimitsu Motegi | alias | Motegi
        Toshimitsu Motegi | title | Foreign Minister | of = Japan
        Lloyd Austin | type | person
        Lloyd Austin | title | Defense Secretary
        Évian Accord | type | event
        Évian Accord | kind | accord
        日本 Trading | type | company
        日本 Trading | kind | trading house — Tokyo

        """

    /// Starts newsq on a terminal over the files given, with its own home folder and history.
    private func start(_ files: [String] = ["people.facts"], extraArguments: [String] = []) throws -> PseudoTerminal {
        let environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": folder,
            "NEWSQ_HISTORY": folder + "/history",
            "NO_COLOR": "1",
            "TERM": "xterm",
                // No LANG, as on CI: newsq must still edit UTF-8.
        ]
        let term = try PseudoTerminal(
            executable: NewsqProcess.binary.path,
            arguments: ["--no-data"] + extraArguments + files.map { folder + "/" + $0 },
            environment: environment)
        opening = try term.expect("newsq> ", timeout: 60)
        return term
    }

    /// Types a line and returns what was printed up to the next prompt.
    @discardableResult
    private func enter(_ term: PseudoTerminal, _ line: String) throws -> String {
        term.send(line + "\r")
        return try term.expect("newsq> ")
    }

    /// Ends the session with Ctrl-D and checks it left cleanly.
    private func leave(_ term: PseudoTerminal) throws {
        term.send("\u{4}")
        XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
    }

    // MARK: - Completion

    func testTabCompletesAPartialEntityName() throws {
        let term = try start()
        term.send("find ?t where Ant\t")
        // The name holds a space, so completion quotes it; the answer proves the whole name went in.
        term.send("title ?t;\r")
        let answer = try term.expect("newsq> ")
        XCTAssertTrue(answer.contains("Secretary of State"), answer)
        try leave(term)
    }

    func testTabCompletesADotCommand() throws {
        let term = try start()
        term.send(".predic\t\r")
        let answer = try term.expect("newsq> ")
        XCTAssertTrue(answer.contains("title"), answer)
        XCTAssertTrue(answer.contains("alias"), answer)
        XCTAssertFalse(answer.contains("unknown command"), answer)
        try leave(term)
    }

    func testTabListsTheCandidatesWhenSeveralFit() throws {
        let term = try start()
        term.send(".e\t")
        try term.expect(".entities")
        try term.expect(".explain")
        term.send("\u{3}")
        // The listing redraws "newsq> .e" first: wait for the prompt drawn after the interrupt,
        // or Ctrl-D could reach the line before Ctrl-C empties it and exit nothing.
        try term.expect("^C")
        try term.expect("newsq> ")
        try leave(term)
    }

    // MARK: - History

    func testHistoryPersistsAcrossSessions() throws {
        let first = try start()
        try enter(first, "find ?t where \"Lloyd Austin\" title ?t;")
        try leave(first)
        let saved = try String(contentsOfFile: folder + "/history", encoding: .utf8)
        XCTAssertTrue(saved.hasPrefix("_HiStOrY_V2_\n"), saved)

        let second = try start()
        second.send("\u{1B}[A") // Up: the statement from the first session
        second.send("\r")
        let answer = try second.expect("newsq> ")
        XCTAssertTrue(answer.contains("Defense Secretary"), answer)
        try leave(second)
    }

    func testAHistoryFileThatIsNotOneGivesOneWarningAndIsLeftAlone() throws {
        let precious = "not a history file\n"
        try precious.write(toFile: folder + "/history", atomically: true, encoding: .utf8)
        let term = try start()
        XCTAssertTrue(term.output.contains("is not a history file"), term.output)
        let answer = try enter(term, "find ?t where Motegi title ?t;")
        XCTAssertTrue(answer.contains("Foreign Minister"), answer)
        XCTAssertFalse(answer.contains("history"), "warned once only: \(answer)")
        try leave(term)
        XCTAssertEqual(try String(contentsOfFile: folder + "/history", encoding: .utf8), precious)
    }

    func testCtrlRFindsAnEarlierStatement() throws {
        let term = try start()
        try enter(term, "find ?t where Motegi title ?t;")
        try enter(term, ".predicates")
        term.send("\u{12}") // Ctrl-R, then part of the earlier statement
        term.send("Motegi t")
        term.send("\r")
        let answer = try term.expect("newsq> ")
        XCTAssertTrue(answer.contains("Foreign Minister"), answer)
        try leave(term)
    }

    // MARK: - Ctrl-C

    func testCtrlCOnALineClearsItAndKeepsTheSession() throws {
        let term = try start()
        term.send("find ?t where Motegi title ?t")
        term.send("\u{3}")
        let cleared = try term.expect("newsq> ")
        XCTAssertFalse(cleared.contains("Foreign Minister"), "the abandoned line must not run: \(cleared)")
        let answer = try enter(term, "find ?t where \"Lloyd Austin\" title ?t;")
        XCTAssertTrue(answer.contains("Defense Secretary"), answer)
        try leave(term)
    }

    func testCtrlCAtAContinuationPromptDropsThePartialStatement() throws {
        let term = try start()
        term.send("find ?t where\r")
        try term.expect("...> ")
        term.send("\u{3}")
        try term.expect("newsq> ")
        let answer = try enter(term, "find ?t where Motegi title ?t;")
        XCTAssertTrue(answer.contains("Foreign Minister"), answer)
        try leave(term)
    }

    func testCtrlCCancelsALongQueryAndTheNextStatementAnswers() throws {
        // Enough entities that a three-way cross product cannot finish during the test.
        var many = ""
        for i in 0..<400 { many += "Entity \(i) | type | thing\n" }
        try many.write(toFile: folder + "/many.facts", atomically: true, encoding: .utf8)
        let term = try start(["people.facts", "many.facts"])
        term.send("find ?a, ?b, ?c where ?a type ?x, ?b type ?y, ?c type ?z;\r")
        // Ctrl-C must arrive once the statement runs (before, it only clears a line), so repeat
        // it until newsq is back at its prompt.
        var back = false
        for _ in 0..<20 where !back {
            Thread.sleep(forTimeInterval: 0.5)
            term.send("\u{3}")
            back = (try? term.expect("newsq> ", timeout: 3)) != nil
        }
        XCTAssertTrue(back, "Ctrl-C did not bring the prompt back:\n" + term.recentScreenText())
        // Any Ctrl-C left over only clears an empty line; the session answers the next statement.
        // The answer is awaited rather than the next prompt: a Ctrl-C that was still on its way
        // when the prompt came back prints a prompt of its own first (seen under AddressSanitizer,
        // where cancelling takes longer than the 3 s the loop above waits).
        term.send("find ?t where \"Lloyd Austin\" title ?t;\r")
        try term.expect("Defense Secretary")
        try term.expect("newsq> ")
        try leave(term)
    }

    // MARK: - Text

    func testUTF8InputRoundTrips() throws {
        let term = try start()
        let accord = try enter(term, "find ?k where \"Évian Accord\" kind ?k;")
        XCTAssertTrue(accord.contains("accord"), accord)
        let trading = try enter(term, "find ?k where \"日本 Trading\" kind ?k;")
        XCTAssertTrue(trading.contains("trading house — Tokyo"), trading)
        // Editing keys move over whole characters: go left over 日本 and insert before it.
        term.send("find ?k where \"本 Trading\" kind ?k;")
        let afterQuote = "本 Trading\" kind ?k;".count
        term.send(String(repeating: "\u{1B}[D", count: afterQuote)) // to just after the opening quote
        term.send("日\r")
        let edited = try term.expect("newsq> ")
        XCTAssertTrue(edited.contains("trading house — Tokyo"), edited)
        try leave(term)
    }

    func testTabCompletesANameWithAccents() throws {
        let term = try start()
        term.send("find ?k where \"Év\t")
        term.send("kind ?k;\r")
        let answer = try term.expect("newsq> ")
        XCTAssertTrue(answer.contains("accord"), answer)
        try leave(term)
    }

    func testArticleTextWithEscapeSequencesPrintsEscaped() throws {
        let hostile =
            "Hostile | type | person\n"
            + "Hostile | said | \"clear \u{1B}[2J title \u{1B}]0;pwned\u{07} csi \u{9B}31m end\"\n"
        try hostile.write(toFile: folder + "/hostile-quotes.facts", atomically: true, encoding: .utf8)
        let article =
            "Title: Breaking \u{1B}[31mred\u{1B}[0m and \u{1B}]0;owned\u{07}\nDate: 2021-01-27\n\n"
            + "Hostile said on Monday that the screen \u{1B}[2J was clear.\n"
        try article.write(toFile: folder + "/hostile.txt", atomically: true, encoding: .utf8)
        let term = try start(["people.facts", "hostile-quotes.facts", "hostile.txt"])

        let said = try enter(term, "find ?s where Hostile said ?s;")
        XCTAssertTrue(said.contains("\\e[2J"), said)
        XCTAssertTrue(said.contains("\\e]0;pwned\\x07"), said)
        XCTAssertTrue(said.contains("\\u{9b}31m"), said)
        let articles = try enter(term, ".articles")
        XCTAssertTrue(articles.contains("Breaking \\e[31mred\\e[0m and \\e]0;owned\\x07"), articles)
        for shown in [said, articles] {
            XCTAssertFalse(shown.contains("\u{1B}[2J"), "a raw escape reached the terminal")
            XCTAssertFalse(shown.contains("\u{1B}]0;"), "a raw escape reached the terminal")
            XCTAssertFalse(shown.contains("\u{9B}"), "a raw escape reached the terminal")
            XCTAssertFalse(shown.contains("\u{07}"), "a raw bell reached the terminal")
        }
        try leave(term)
    }

    // MARK: - Statements and commands

    func testAStatementContinuesOverSeveralLines() throws {
        let term = try start()
        term.send("find ?t\r")
        try term.expect("...> ")
        term.send("  where \"Lloyd Austin\" title ?t;\r")
        let answer = try term.expect("newsq> ")
        XCTAssertTrue(answer.contains("Defense Secretary"), answer)
        try leave(term)
    }

    func testAStatementThatParsesSoFarWaitsForItsEnd() throws {
        // The grammar's example: its third line ends a statement that parses, and the fourth
        // goes on with it. It runs whole at the blank line.
        let term = try start()
        term.send("find ?p, ?t\r")
        try term.expect("...> ")
        term.send("  where ?p title ?t,\r")
        try term.expect("...> ")
        term.send("        ?p type person\r")
        try term.expect("...> ")
        term.send("  order by ?t desc\r")
        try term.expect("...> ")
        term.send("\r")
        let answer = try term.expect("newsq> ")
        XCTAssertFalse(answer.contains("error"), answer)
        let secretary = try XCTUnwrap(answer.range(of: "Secretary of State"))
        let minister = try XCTUnwrap(answer.range(of: "Foreign Minister"))
        XCTAssertLessThan(secretary.lowerBound, minister.lowerBound, "ordered by title, descending: " + answer)
        try leave(term)
    }

    func testOpenedOverAnEmptyFolderThePromptNamesThatFolder() throws {
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        let term = try start(["empty"])
        XCTAssertTrue(opening.contains("No articles loaded: no articles or facts in '\(folder)/empty'."), opening)
        XCTAssertFalse(opening.contains("Data folder"), opening)
        try leave(term)
    }

    func testInitFileRunsAtStart() throws {
        try ".format csv\n".write(toFile: folder + "/.newsqrc", atomically: true, encoding: .utf8)
        let term = try start()
        let answer = try enter(term, ".format")
        XCTAssertTrue(answer.contains("csv"), answer)
        try leave(term)
    }

    func testQuitSavesTheHistory() throws {
        let term = try start()
        try enter(term, ".predicates")
        term.send(".quit\r")
        XCTAssertEqual(try term.waitForExit(), 0)
        let saved = try String(contentsOfFile: folder + "/history", encoding: .utf8)
        XCTAssertTrue(saved.contains(".predicates"), saved)
    }
}
