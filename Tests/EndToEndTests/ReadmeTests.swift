import Foundation
import TestSupport
import XCTest

/// Every `console` block in README.md is a transcript: a `$ newsq …` line, then exactly what it
/// prints. This test runs each command from the repository root and compares, so the README
/// cannot drift from the program. `NEWSQ_RECORD=1` rewrites the outputs in place.
final class ReadmeTests: XCTestCase {
    struct Example {
        var command: String
        var expected: [String]
        /// Line range of the expected output in the README (for re-recording).
        var outputLines: Range<Int>
    }

    static var readme: URL { TestPaths.repositoryRoot.appendingPathComponent("README.md") }

    /// The `$ ` commands of every ```console block, with the lines up to the next command.
    static func examples(in lines: [String]) -> [Example] {
        var examples: [Example] = []
        var inConsole = false
        for (i, line) in lines.enumerated() {
            if line.hasPrefix("```") {
                inConsole = !inConsole && line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                examples.append(
                    Example(command: String(line.dropFirst(2)), expected: [], outputLines: (i + 1)..<(i + 1)))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected.append(line)
                examples[examples.count - 1].outputLines = examples[examples.count - 1].outputLines.lowerBound..<(i + 1)
            }
        }
        return examples
    }

    /// Splits a command line as a POSIX shell would for the quoting README examples use.
    static func words(_ command: String) -> [String] {
        var words: [String] = [], current = "", quote: Character? = nil, started = false
        for ch in command {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "'" || ch == "\"" {
                quote = ch
                started = true
            } else if ch == " " {
                if started {
                    words.append(current)
                    current = ""
                    started = false
                }
            } else {
                current.append(ch)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    func testEveryReadmeCommandPrintsWhatTheReadmeShows() throws {
        var lines = try String(contentsOf: Self.readme, encoding: .utf8).components(separatedBy: "\n")
        let examples = Self.examples(in: lines)
        XCTAssertGreaterThan(examples.count, 5, "README.md shows its commands in ```console blocks")
        let record = ProcessInfo.processInfo.environment["NEWSQ_RECORD"] == "1"
        let home = TestPaths.temporaryDirectory("newsq-readme")
        defer { try? FileManager.default.removeItem(at: home) }
        var replacements: [(Range<Int>, [String])] = []
        for example in examples {
            let words = Self.words(example.command)
            XCTAssertEqual(words.first, "newsq", "README commands start with newsq: \(example.command)")
            let result = try NewsqProcess.run(
                Array(words.dropFirst()), in: TestPaths.repositoryRoot,
                environment: ["HOME": home.path, "NEWSQ_SNAPSHOT": "off"])
            var printed = (result.stdout + result.stderr).components(separatedBy: "\n")
            if printed.last == "" { printed.removeLast() }
            if record {
                replacements.append((example.outputLines, printed))
            } else {
                XCTAssertEqual(
                    printed, example.expected, "README: $ \(example.command)\n" + printed.joined(separator: "\n"))
            }
        }
        if record {
            for (range, printed) in replacements.reversed() { lines.replaceSubrange(range, with: printed) }
            try lines.joined(separator: "\n").write(to: Self.readme, atomically: true, encoding: .utf8)
        }
    }

    func testTheReadmeNamesTheTwoCommandsThatDoEverything() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        XCTAssertTrue(text.contains("make run"))
        XCTAssertTrue(text.contains("make test"))
        let ci = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        XCTAssertTrue(ci.contains("make test"), ".ci/run calls the README's test command")
    }
}
