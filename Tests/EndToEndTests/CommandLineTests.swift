import Foundation
import TestSupport
import XCTest

/// The command line as scripts use it: `-e`, `newsq run`, formats, files that cannot be read.
final class CommandLineTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        Toshimitsu Motegi | type | person
        Toshimitsu Motegi | title | Foreign Minister | of = Japan
        Joe Biden | type | person
        Joe Biden | title | President | of = United States
        Joe Biden | said | "We will \\"engage\\", with the world" | to = reporters

        """.write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testDashEAnswersOverAFactsFile() throws {
        let result = try NewsqProcess.run([
            "--no-data", folder + "/people.facts", "-e", "find ?p, ?t where ?p title ?t order by ?p",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "p\tt\nJoe Biden\tPresident\nToshimitsu Motegi\tForeign Minister\n")
    }

    func testCSVQuotesFieldsAsRFC4180Says() throws {
        let result = try NewsqProcess.run([
            "--no-data", folder + "/people.facts", "--format", "csv", "-e", "find ?p, ?q where ?p said ?q",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "p,q\r\nJoe Biden,\"We will \"\"engage\"\", with the world\"\r\n")
    }

    func testJSONPrintsOneObjectARow() throws {
        let result = try NewsqProcess.run([
            "--no-data", folder + "/people.facts", "--format", "json", "-e", "find ?p where ?p type person order by ?p",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
        }
        XCTAssertEqual(rows, [["p": "Joe Biden"], ["p": "Toshimitsu Motegi"]])
    }

    func testRunStopsAtTheFirstErrorWithFileLineAndColumn() throws {
        let script = try write(
            "tour.nq",
            "find ?p where ?p type person order by ?p\nfind ?t where ?p titel ?t\nfind ?x where ?x type person\n")
        let result = try NewsqProcess.run(["run", "--no-data", "--load", folder + "/people.facts", script])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "p\nJoe Biden\nToshimitsu Motegi\n", "the statement after the error does not run")
        XCTAssertTrue(result.stderr.hasPrefix("\(script):2:18: error: unknown predicate 'titel'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("did you mean 'title'?"), result.stderr)
    }

    func testRunKeepGoingRunsEveryStatementAndStillFails() throws {
        let script = try write(
            "tour.nq", "find ?t where ?p titel ?t\nfind ?p where ?p type person order by ?p limit 1\n")
        let result = try NewsqProcess.run([
            "run", "--keep-going", "--no-data", "--load", folder + "/people.facts", script,
        ])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "p\nJoe Biden\n")
    }

    func testAMissingScriptIsADiagnosticNamingIt() throws {
        let result = try NewsqProcess.run(["run", "--no-data", folder + "/nowhere.nq"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "newsq: \(folder)/nowhere.nq: error: cannot read the script\n")
    }

    func testAScriptThatIsNotUTF8IsADiagnosticNamingIt() throws {
        let script = folder + "/latin1.nq"
        try Data([0x66, 0x69, 0x6E, 0x64, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: script))
        let result = try NewsqProcess.run(["run", "--no-data", script])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "newsq: \(script): error: the script is not UTF-8 text\n")
    }

    func testBadFilesAreNamedAndSkippedAndTheRestLoads() throws {
        let articles = folder + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        try "Title: A\nDate: 2026-01-05\n\nMinister Lena Varga said Monday the talks would go on.\n"
            .write(toFile: articles + "/good.txt", atomically: true, encoding: .utf8)
        try "".write(toFile: articles + "/empty.txt", atomically: true, encoding: .utf8)
        try "{\"id\": \"x\", \"text\": ".write(toFile: articles + "/broken.json", atomically: true, encoding: .utf8)
        try Data([0x00, 0xFF, 0xFE, 0x00, 0x01]).write(to: URL(fileURLWithPath: articles + "/binary.txt"))
        try "a | b\n".write(toFile: articles + "/bad.facts", atomically: true, encoding: .utf8)
        let result = try NewsqProcess.run(["--data", articles, "-e", "articles about \"Lena Varga\""])
        XCTAssertEqual(result.status, 1, "a skipped input makes the status 1: \(result.stderr)")
        XCTAssertEqual(result.stdout, "article\ngood\n")
        for name in ["empty.txt", "broken.json", "binary.txt", "bad.facts:1:1"] {
            XCTAssertTrue(result.stderr.contains(name), "\(name) is named: \(result.stderr)")
        }
        XCTAssertFalse(result.stderr.contains("good.txt"), result.stderr)
    }

    /// Articles added, changed or deleted after the snapshot was written are read again on top
    /// of it: the facts then equal a load without any snapshot, and the refreshed snapshot is
    /// current on the next start.
    func testChangedArticlesAreReadAgainOnTopOfTheSnapshot() throws {
        let data = folder + "/wires"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        func article(_ name: String, _ body: String) throws {
            try "Title: \(name)\nDate: 2026-03-02\n\n\(body)\n".write(
                toFile: data + "/\(name).txt", atomically: true, encoding: .utf8)
        }
        try article("a", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        try article("b", "Finance Minister Rui Costa said on Tuesday that growth would slow.")
        try article("c", "Energy Minister Maria Lopes visited Quito on Friday.")
        let all = ["--data", data, "-e", "find ?s, ?p, ?o where ?s ?p ?o order by ?s, ?p, ?o"]
        XCTAssertEqual(try NewsqProcess.run(all).status, 0) // writes the snapshot

        try article("b", "Finance Minister Rui Costa said on Tuesday that growth would pick up.")
        try FileManager.default.removeItem(atPath: data + "/c.txt")
        try article("d", "Health Minister Ines Mendes met Prime Minister Carlos Reis on Wednesday.")
        let refreshed = try NewsqProcess.run(["--verbose"] + all)
        XCTAssertEqual(refreshed.status, 0, refreshed.stderr)
        XCTAssertTrue(refreshed.stderr.contains("snapshot used with 2 file(s) read again and 1 gone"), refreshed.stderr)
        let fresh = try NewsqProcess.run(all, environment: ["NEWSQ_SNAPSHOT": "off"])
        XCTAssertEqual(refreshed.stdout, fresh.stdout)
        XCTAssertTrue(fresh.stdout.contains("Ines Mendes"))
        XCTAssertFalse(fresh.stdout.contains("Maria Lopes"))

        let again = try NewsqProcess.run(["--verbose"] + all)
        XCTAssertFalse(again.stderr.contains("read again"), again.stderr)
        XCTAssertEqual(again.stdout, fresh.stdout)
    }

    func testAMissingDataFolderIsAnError() throws {
        let result = try NewsqProcess.run(["--data", folder + "/nope", "-e", "find ?x where ?x type person"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("Error: data folder '\(folder)/nope' does not exist"), result.stderr)
    }
}
