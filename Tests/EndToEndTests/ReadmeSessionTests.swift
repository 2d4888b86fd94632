import Foundation
import TestSupport
import XCTest

/// The README's "A session" block is a real session over Data/: its banner is what the prompt
/// prints (the load time aside) and each answer is what the statement typed before it prints.
final class ReadmeSessionTests: XCTestCase {
    struct Session {
        var banner: String
        /// What was typed, a line each, without the prompts.
        var typed: [String]
        /// Everything else the block shows, in order.
        var answers: [String]
    }

    /// The first ```text block after `## A session`.
    static func session(in readme: String) -> Session? {
        let lines = readme.components(separatedBy: "\n")
        guard let heading = lines.firstIndex(of: "## A session"),
            let open = lines[heading...].firstIndex(of: "```text"),
            let close = lines[(open + 1)...].firstIndex(of: "```")
        else { return nil }
        var session = Session(banner: "", typed: [], answers: [])
        for line in lines[(open + 1)..<close] {
            if line.hasPrefix("newsq — ") {
                session.banner = line
            } else if line.hasPrefix("newsq> ") {
                session.typed.append(String(line.dropFirst("newsq> ".count)))
            } else if line.hasPrefix("   ...> ") {
                session.typed.append(String(line.dropFirst("   ...> ".count)))
            } else {
                session.answers.append(line)
            }
        }
        return session
    }

    /// `(12 ms)` as `(N ms)`: the load time is the one thing a session may not repeat.
    static func maskingTime(_ banner: String) -> String {
        banner.replacingOccurrences(of: #"\(\d+ ms\)"#, with: "(N ms)", options: .regularExpression)
    }

    func testTheSessionsAnswersAreWhatNewsqPrints() throws {
        let readme = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        let session = try XCTUnwrap(Self.session(in: readme), "README.md has a ```text block under ## A session")
        XCTAssertFalse(session.typed.isEmpty)
        let home = TestPaths.temporaryDirectory("newsq-readme-session")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try NewsqProcess.run(
            ["--format", "table"], in: TestPaths.repositoryRoot,
            stdin: session.typed.joined(separator: "\n") + "\n",
            environment: ["HOME": home.path, "NEWSQ_SNAPSHOT": "off"])
        XCTAssertEqual(result.status, 0, result.stderr)
        var printed = result.stdout.components(separatedBy: "\n")
        if printed.last == "" { printed.removeLast() }
        XCTAssertEqual(printed, session.answers, "README session answers:\n" + printed.joined(separator: "\n"))
    }

    func testTheSessionsBannerIsWhatThePromptPrints() throws {
        let readme = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        let session = try XCTUnwrap(Self.session(in: readme))
        let home = TestPaths.temporaryDirectory("newsq-readme-banner")
        defer { try? FileManager.default.removeItem(at: home) }
        let term = try PseudoTerminal(
            executable: NewsqProcess.binary.path,
            arguments: ["--data", TestPaths.repositoryRoot.appendingPathComponent("Data").path, "-X"],
            environment: [
                "PATH": "/usr/bin:/bin", "HOME": home.path, "NEWSQ_HISTORY": "", "NEWSQ_SNAPSHOT": "off",
                "TERM": "xterm",
            ])
        let opening = try term.expect("newsq> ", timeout: 120)
        // "\r\n" is one Character: it goes before the text is split at "\n".
        let banner = opening.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
            .first { $0.hasPrefix("newsq — ") }
        XCTAssertEqual(banner.map(Self.maskingTime), Self.maskingTime(session.banner))
        term.send("\u{4}")
        XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
    }

    func testTheBlockIsReadAsTypedLinesAnswersAndTheBanner() {
        let text =
            "## A session\n\n```text\nnewsq — 2 articles (3 ms). Type\nnewsq> find ?p\n   ...>   where ?p a b;\n"
            + "p\nX\n1 row\n```\n"
        let session = Self.session(in: text)
        XCTAssertEqual(session?.banner, "newsq — 2 articles (3 ms). Type")
        XCTAssertEqual(session?.typed, ["find ?p", "  where ?p a b;"])
        XCTAssertEqual(session?.answers, ["p", "X", "1 row"])
        XCTAssertEqual(Self.maskingTime("x (38 ms). Type"), "x (N ms). Type")
    }
}
