import Foundation
import TestSupport
import XCTest

/// `newsq --data DIR -e Q` is read without the argument parser (`FastStart`): every such
/// command line must give what the parser gives for the same meaning. The `=` forms
/// (`--data=DIR`, `--execute=Q`), which the fast path leaves to the parser, are the reference.
final class FastStartTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-fast-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        Toshimitsu Motegi | type | person
        Toshimitsu Motegi | title | Foreign Minister | of = Japan
        Joe Biden | type | person
        Joe Biden | title | President | of = United States

        """.write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The same command line with every `--data DIR` and `-e Q` in the `=` form.
    private func parserForm(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if (a == "--data" || a == "-e" || a == "--format") && i + 1 < arguments.count {
                out.append((a == "-e" ? "--execute" : a) + "=" + arguments[i + 1])
                i += 2
            } else {
                out.append(a)
                i += 1
            }
        }
        return out
    }

    private func expectSame(
        _ arguments: [String], status: Int32, file: StaticString = #filePath, line: UInt = #line
    )
        throws
    {
        // A first run writes the snapshot both forms then read.
        _ = try NewsqProcess.run(parserForm(arguments))
        let fast = try NewsqProcess.run(arguments)
        let parsed = try NewsqProcess.run(parserForm(arguments))
        XCTAssertEqual(fast.status, status, fast.stderr, file: file, line: line)
        XCTAssertEqual(fast.status, parsed.status, file: file, line: line)
        XCTAssertEqual(fast.stdout, parsed.stdout, file: file, line: line)
        XCTAssertEqual(fast.stderr, parsed.stderr, file: file, line: line)
    }

    func testAOneShotQueryAnswersAsTheParsedCommandLineDoes() throws {
        try expectSame(["--data", folder, "-e", "find ?p, ?t where ?p title ?t order by ?p"], status: 0)
        try expectSame(["-e", "find ?p where ?p type person order by ?p", "--data", folder, "--sources"], status: 0)
        try expectSame(["--data", folder, "--format", "csv", "-e", "find ?p where ?p type person"], status: 0)
    }

    func testAFailingStatementFailsAsTheParsedCommandLineDoes() throws {
        try expectSame(["--data", folder, "-e", "find ?p where ?p nonsense", "-e", "find ?p where"], status: 1)
        try expectSame(
            ["--data", folder, "--keep-going", "-e", "find ?p where", "-e", "find ?p where ?p type person"], status: 1)
    }

    func testVersionAloneIsTheParsersVersionLine() throws {
        let result = try NewsqProcess.run(["--version"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertNotNil(
            result.stdout.range(of: #"^newsq [0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression), result.stdout)
        // With anything else the parser answers, as before.
        let help = try NewsqProcess.run(["--version", "--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertFalse(help.stdout.isEmpty)
    }

    func testCommandLinesTheFastPathLeavesStillWork() throws {
        // A folder that is not there, a value like an option, a repeated option: the parser's errors.
        let missing = try NewsqProcess.run(["--data", folder + "/none", "-e", "find ?p where ?p type person"])
        XCTAssertEqual(missing.status, 64, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("does not exist"), missing.stderr)
        let dashed = try NewsqProcess.run(["--data", folder, "-e", "-x"])
        XCTAssertNotEqual(dashed.status, 0)
        let twice = try NewsqProcess.run([
            "--data", folder, "--data", folder, "-e", "find ?p where ?p type person order by ?p",
        ])
        XCTAssertEqual(twice.status, 0, twice.stderr)
        XCTAssertEqual(twice.stdout, "p\nJoe Biden\nToshimitsu Motegi\n")
    }
}
