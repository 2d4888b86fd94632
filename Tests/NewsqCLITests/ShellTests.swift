import Foundation
import NewsFacts
import XCTest

@testable import NewsqCLI

/// Shell: what a line of input means, in scripts and at the prompt, without a terminal.
final class ShellTests: XCTestCase {
    func testScriptRunsDotCommandsAndStatementsInOrder() throws {
        let f = try ShellFixture()
        let failed = f.shell.runScript(
            ".format csv\nfind ?p where ?p alias Kishi\n", sourceName: "t.nq",
            stopAtFirstError: true)
        XCTAssertEqual(failed, 0, f.errors)
        XCTAssertEqual(f.output, "p\r\nNobuo Kishi\r\n")
    }

    func testScriptStopsAtTheFirstErrorWithItsLine() throws {
        let f = try ShellFixture()
        let failed = f.shell.runScript(
            "find ?p where ?p alias Kishi\nfind ?t where ?p titel ?t\nfind ?x where ?x alias Biden\n",
            sourceName: "t.nq", stopAtFirstError: true)
        XCTAssertEqual(failed, 1)
        XCTAssertEqual(f.output, "p\nNobuo Kishi\n", "the statement after the error does not run")
        XCTAssertTrue(f.errors.hasPrefix("t.nq:2:18: error: unknown predicate 'titel'"), f.errors)
    }

    func testMistypedDotCommandIsNamedWithASuggestion() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".fromat csv\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertTrue(f.errors.contains(".format"), f.errors)
    }

    func testAMistypedDotCommandAtThePromptIsADiagnosticWithACaretAndASuggestion() throws {
        let f = try ShellFixture()
        // A statement's error at the prompt, for the shape a dot-command's must share.
        _ = f.shell.feed("find ?t where ?p titel ?t;", lineNumber: 4)
        XCTAssertTrue(f.errors.hasPrefix("<prompt>:1:18: error: unknown predicate 'titel'\n"), f.errors)
        let before = f.errors.count
        XCTAssertEqual(f.shell.feed("  .fromat   csv", lineNumber: 5), .ran(text: ".fromat   csv", failed: true))
        XCTAssertEqual(
            String(f.errors.dropFirst(before)),
            "<prompt>:1:1: error: unknown command '.fromat'\n"
                + " 1 │ .fromat   csv\n"
                + "   │ ^~~~~~~\n"
                + "did you mean '.format'?\n")
    }

    func testABadArgumentIsUnderlinedWithTheNearestChoice() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".format jsn\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:1:9: error: usage: .format table|tsv|csv|json|markdown\n"
                + " 1 │ .format jsn\n"
                + "   │         ^~~\n"
                + "did you mean 'json'?\n")
    }

    func testAnExtraArgumentIsUnderlined() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".limit time 5s memory\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:1:16: error: usage: .limit [time 500ms|10s|5m|off] [memory 512MB|2GB|off]\n"
                + " 1 │ .limit time 5s memory\n"
                + "   │                ^~~~~~\n")
    }

    func testAQuotedWordIsUnderlinedWithItsQuotes() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".timer \"maybe so\"\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:1:8: error: usage: .timer on|off\n"
                + " 1 │ .timer \"maybe so\"\n"
                + "   │        ^~~~~~~~~~\n")
    }

    func testPromptWaitsForTheEndOfAStatement() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.feed("find ?p", lineNumber: 1), .needsMore)
        XCTAssertTrue(f.shell.hasPending)
        XCTAssertEqual(
            f.shell.feed("  where ?p alias Kishi;", lineNumber: 2),
            .ran(text: "find ?p\n  where ?p alias Kishi;", failed: false))
        XCTAssertFalse(f.shell.hasPending)
        XCTAssertEqual(f.output, "p\nNobuo Kishi\n")
    }

    func testPromptRunsTheGrammarsMultiLineExampleWhole() throws {
        // Each of the first three lines parses as a statement; the fourth goes on with it.
        let f = try ShellFixture()
        let lines = ["find ?p, ?t", "  where ?p title ?t,", "        ?p type person", "  order by ?t"]
        for (i, line) in lines.enumerated() {
            XCTAssertEqual(f.shell.feed(line, lineNumber: i + 1), .needsMore, line)
        }
        XCTAssertEqual(
            f.shell.feed("", lineNumber: 5), .ran(text: lines.joined(separator: "\n") + "\n", failed: false), f.errors)
        XCTAssertEqual(f.output.split(separator: "\n").dropFirst().first, "Nobuo Kishi\tDefense Minister")
    }

    func testAQuestionEndsAtItsQuestionMark() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.feed("who is Kishi?", lineNumber: 1), .ran(text: "who is Kishi?", failed: false))
    }

    func testPrintHeadersAndOnceShapeWhatIsWritten() throws {
        let f = try ShellFixture()
        let file = NSTemporaryDirectory() + "newsq-once-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let failed = f.shell.runScript(
            ".print two people\n.headers off\nfind ?p where ?p alias Kishi\n.once \(file)\n"
                + "find ?p where ?p alias Biden\nfind ?x where ?x alias Austin\n.headers\n",
            sourceName: "t.nq", stopAtFirstError: false)
        XCTAssertEqual(failed, 0, f.errors)
        XCTAssertEqual(f.output, "two people\nNobuo Kishi\nLloyd Austin\nheaders: off\n")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "Joe Biden\n")
    }

    func testShowListsEverySetting() throws {
        let f = try ShellFixture()
        let failed = f.shell.runScript(
            ".format csv\n.timer on\n.bail off\n.show\n", sourceName: "t.nq", stopAtFirstError: false)
        XCTAssertEqual(failed, 0, f.errors)
        for line in ["format: csv\n", "timer: on\n", "bail: off\n", "headers: on\n", "output: stdout\n"] {
            XCTAssertTrue(f.output.contains(line), "\(line) in \(f.output)")
        }
    }

    func testShellRunsACommandAndAFailingOneIsAnError() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".shell printf 'a b'\n", sourceName: "t.nq", stopAtFirstError: false), 0)
        XCTAssertEqual(f.output, "a b")
        XCTAssertEqual(f.shell.runScript(".system exit 3\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertTrue(f.errors.contains("status 3"), f.errors)
    }

    func testCdChangesTheFolderAndAMissingOneIsAnError() throws {
        let f = try ShellFixture()
        let before = FileManager.default.currentDirectoryPath
        defer { XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(before)) }
        let folder = NSTemporaryDirectory() + "newsq-cd-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(f.shell.runScript(".cd \(folder)\n", sourceName: "t.nq", stopAtFirstError: false), 0, f.errors)
        XCTAssertEqual(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path,
            URL(fileURLWithPath: folder).resolvingSymlinksInPath().path)
        XCTAssertEqual(f.shell.runScript(".cd \(folder)/missing\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertTrue(f.errors.contains("cannot change to"), f.errors)
    }

    func testAPathACommandCannotUseIsUnderlined() throws {
        let f = try ShellFixture()
        let script = "\n.run  nowhere/x.nq\n"
        XCTAssertEqual(f.shell.runScript(script, sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:2:7: error: .run: cannot read 'nowhere/x.nq'\n"
                + " 2 │ .run  nowhere/x.nq\n"
                + "   │       ^~~~~~~~~~~~\n")
    }

    func testALoadPathThatNamesNothingIsUnderlinedAndTheRestLoads() throws {
        let f = try ShellFixture()
        let folder = NSTemporaryDirectory() + "newsq-load-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Lloyd Austin | title | Secretary of Defense\n".write(
            toFile: folder + "/more.facts", atomically: true, encoding: .utf8)
        let script = ".load nowhere.facts \(folder)/more.facts\n"
        XCTAssertEqual(f.shell.runScript(script, sourceName: "t.nq", stopAtFirstError: false), 0, f.errors)
        XCTAssertEqual(
            f.errors,
            "t.nq:1:7: error: .load: no such file or folder 'nowhere.facts'\n"
                + " 1 │ \(script.dropLast())\n"
                + "   │       ^~~~~~~~~~~~~\n")
        XCTAssertTrue(f.output.contains("+1 fact"), f.output)
        XCTAssertTrue(f.shell.skippedInputs, "a path that names nothing makes the exit status 1")
    }

    func testALoadPatternThatMatchesNothingIsSaidSoNotAsAMissingFile() throws {
        let f = try ShellFixture()
        let folder = NSTemporaryDirectory() + "newsq-load-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = ".load \(folder)/*.xml\n"
        XCTAssertEqual(f.shell.runScript(script, sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:1:7: error: .load: no file matches '\(folder)/*.xml'\n"
                + " 1 │ \(script.dropLast())\n"
                + "   │       " + "^" + String(repeating: "~", count: folder.count + 5) + "\n")
    }

    func testALoadPatternPassesOverTheFolderDocumentationAndOtherFilesButANamedOneLoads() throws {
        let f = try ShellFixture()
        let folder = temporaryFolder("newsq-load-pattern")
        // Data/README.md's table: read as an article, its "Date" column became a place.
        try "| File | Date |\n|---|---|\n| a.txt | 2026-01-02 |\n".write(
            to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "Licensed to Apache Software Foundation.".write(
            to: folder.appendingPathComponent("LICENSE.txt"), atomically: true, encoding: .utf8)
        try "print('Ada Lovelace')\n".write(
            to: folder.appendingPathComponent("scrape.py"), atomically: true, encoding: .utf8)
        try "Lloyd Austin | title | Secretary of Defense\n".write(
            to: folder.appendingPathComponent("more.facts"), atomically: true, encoding: .utf8)
        try "Title: Port strike\n\nTransport Minister Erik Lindqvist met the union.\n".write(
            to: folder.appendingPathComponent("strike.txt"), atomically: true, encoding: .utf8)
        let before = Set(f.store.articles.map(\.article.id))
        XCTAssertEqual(
            f.shell.runScript(".load \(folder.path)/*\n", sourceName: "t.nq", stopAtFirstError: false), 0,
            f.errors)
        let added = Set(f.store.articles.map(\.article.id)).subtracting(before)
        XCTAssertTrue(added.contains("strike"), "\(added)")
        XCTAssertFalse(added.contains("README") || added.contains("LICENSE") || added.contains("scrape"), "\(added)")
        XCTAssertTrue(f.output.contains("2 files"), f.output)

        XCTAssertEqual(
            f.shell.runScript(".load \(folder.path)/README.md\n", sourceName: "t.nq", stopAtFirstError: false), 0,
            f.errors)
        XCTAssertTrue(f.store.articles.contains { $0.article.id == "README" }, "a file named on its own loads")
    }

    func testLoadingAFolderWithNothingToLoadIsADiagnosticOnItsLine() throws {
        let f = try ShellFixture()
        let folder = NSTemporaryDirectory() + "newsq-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(f.shell.runScript(".load \(folder)\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:1: error: .load: nothing to load: no .txt .json .jsonl .facts or .tsv files there\n"
                + " 1 │ .load \(folder)\n")
    }

    func testAnEntityTypeNoEntityHasIsADiagnosticWithTheNearestType() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".entities persn\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:1:11: error: no entities of type 'persn'\n"
                + " 1 │ .entities persn\n"
                + "   │           ^~~~~\n"
                + "did you mean 'person'?\n")
    }

    func testAHelpTopicThereIsNoneOfIsADiagnosticWithTheNearestTopic() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".help fnd\n.help find\n", sourceName: "t.nq", stopAtFirstError: true), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:1:7: error: no help on 'fnd'\n"
                + " 1 │ .help fnd\n"
                + "   │       ^~~\n"
                + "did you mean '.help find'?\n"
                + "topics: " + HelpText.topics.joined(separator: " ") + "\n")
        XCTAssertEqual(f.output, "", "a mistyped topic is an error, so the script stops there")
    }

    func testAHelpTopicItKnowsIsShown() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".help .load\n", sourceName: "t.nq", stopAtFirstError: true), 0, f.errors)
        XCTAssertTrue(f.output.contains(".load ~/wires/2021-02/"), f.output)
    }

    func testAFailingShellCommandIsADiagnosticOnItsLine() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript("\n.system exit 3\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(
            f.errors,
            "t.nq:2: error: .system: the command exited with status 3\n"
                + " 2 │ .system exit 3\n")
    }

    func testOutputSendsAnswersToAFileUntilOutputAlone() throws {
        let f = try ShellFixture()
        let file = NSTemporaryDirectory() + "newsq-output-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        f.shell.runScript(
            ".output \(file)\nfind ?p where ?p alias Kishi\nfind ?p where ?p alias Biden\n.output\n"
                + "find ?p where ?p alias Austin\n", sourceName: "t.nq", stopAtFirstError: false)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "p\nNobuo Kishi\np\nJoe Biden\n")
        XCTAssertEqual(f.output, "p\nLloyd Austin\n")
    }

    func testExitQuitAndBackslashQLeave() throws {
        for word in ["exit", "quit", "\\q", "  QUIT  "] {
            let f = try ShellFixture()
            XCTAssertEqual(f.shell.feed(word), .ran(text: word.trimmingCharacters(in: .whitespaces), failed: false))
            XCTAssertTrue(f.shell.quitRequested, word)
        }
        let f = try ShellFixture()
        f.shell.runScript(
            "find ?p where ?p alias Kishi\nexit\nfind ?p where ?p alias Biden\n", sourceName: "t",
            stopAtFirstError: false)
        XCTAssertEqual(f.output, "p\nNobuo Kishi\n")
    }

    func testQuitStopsTheScript() throws {
        let f = try ShellFixture()
        f.shell.runScript(".quit\nfind ?p where ?p alias Kishi\n", sourceName: "t.nq", stopAtFirstError: false)
        XCTAssertTrue(f.shell.quitRequested)
        XCTAssertEqual(f.output, "")
    }

    func testDotCommandWordsKeepQuotedSpaces() {
        XCTAssertEqual(DotCommand.words(#".load "my wires/" b.txt"#), [".load", "my wires/", "b.txt"])
        XCTAssertEqual(DotCommand.words(#".load "a \"q\" b""#), [".load", #"a "q" b"#])
    }

    func testLinesAreTrimmedOfTheSpacesFoundationTrims() {
        // What `trimmingCharacters(in: .whitespaces)` removes (tabs and the Unicode space
        // separators), and nothing else: line breaks and letters stay.
        for line in [
            "", "   ", "\t.help\t", " find ?x where ?x type person ", "\u{00A0}\u{3000}exit\u{2003}",
            "\u{0085}x\u{000B}",
            "é\u{301} ", " \r", "a b", "\u{2028}x",
        ] {
            XCTAssertEqual(
                Shell.trimmingSpaces(Substring(line)), line.trimmingCharacters(in: .whitespaces), line.debugDescription)
        }
    }
}

/// Dot-command suggestions follow the query language's rule (`Suggest`).
final class DotCommandSuggestionTests: XCTestCase {
    func testASwapOfTwoLettersIsOneEdit() {
        XCTAssertEqual(DotCommand.suggestion(for: ".fromat"), ".format")
        XCTAssertEqual(DotCommand.suggestion(for: ".lod"), ".load")
    }

    func testFarOffWordsGetNoSuggestion() throws {
        XCTAssertNil(DotCommand.suggestion(for: ".xyzzy"))
        XCTAssertNil(HelpText.text(topic: "zzzzzzzz"))
        XCTAssertFalse(HelpText.notes(forUnknown: "zzzzzzzz").joined().contains("did you mean"))
        XCTAssertEqual(HelpText.notes(forUnknown: "agregates").first, "did you mean '.help aggregates'?")
    }
}
