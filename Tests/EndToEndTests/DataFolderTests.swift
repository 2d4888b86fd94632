import Foundation
import TestSupport
import XCTest

/// A data folder as people leave them: links (loops, links out), FIFOs, folders newsq may not
/// read, two files with one article id. Everything readable loads once, everything else is
/// named, and the snapshot always gives what a fresh load gives.
final class DataFolderTests: XCTestCase {
    private var folder = ""
    private var data = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-folder-\(UUID().uuidString)"
        data = folder + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        // A folder left unreadable by a test must not stop its removal.
        if let walker = FileManager.default.enumerator(atPath: folder) {
            while let path = walker.nextObject() as? String { chmod(folder + "/" + path, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func article(_ relative: String, _ body: String, id: String? = nil) throws {
        let path = data + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try "Title: \(relative)\n\(id.map { "ID: \($0)\n" } ?? "")Date: 2026-03-02\n\n\(body)\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
    }

    private let everything = ["-e", "find ?s, ?p, ?o, ?a where ?s ?p ?o [article: ?a] order by ?a, ?s, ?p, ?o"]
    private let articles = ["-e", "find ?a where ?a type article order by ?a"]

    // MARK: - Links

    func testLinkLoopsLoadEachArticleOnceAndQuickly() throws {
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        try article("sub/b.txt", "Finance Minister Rui Costa said on Tuesday that growth would slow.")
        XCTAssertEqual(symlink(".", data + "/loop1"), 0)
        XCTAssertEqual(symlink(".", data + "/loop2"), 0)
        XCTAssertEqual(symlink("..", data + "/sub/loop3"), 0)
        for environment in [["NEWSQ_SNAPSHOT": "off"], [:], [:]] {
            let result = try NewsqProcess.run(
                ["--data", data, "--verbose"] + articles, environment: environment,
                timeout: 60)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, "a\na\nb\n")
        }
        let verbose = try NewsqProcess.run(
            ["--data", data, "--verbose"] + articles,
            environment: ["NEWSQ_SNAPSHOT": "off"])
        XCTAssertTrue(verbose.stderr.contains("loop1: a link to a folder read already"), verbose.stderr)
    }

    func testALinkOutOfTheFolderIsNamedAndNotFollowed() throws {
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        try "Title: secret\nDate: 2026-03-02\n\nPrime Minister Carlos Reis resigned.\n"
            .write(toFile: folder + "/grandparent.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: data + "/sub", withIntermediateDirectories: true)
        XCTAssertEqual(symlink("../..", data + "/sub/up"), 0)
        let result = try NewsqProcess.run(["--data", data] + articles, timeout: 60)
        XCTAssertEqual(result.status, 1, "a link out of the folder is skipped input: \(result.stderr)")
        XCTAssertEqual(result.stdout, "a\na\n")
        XCTAssertTrue(result.stderr.contains("skipped \(data)/sub/up: error: a link to"), result.stderr)
        XCTAssertTrue(result.stderr.contains("outside"), result.stderr)
    }

    // MARK: - Bad article files

    func testABadArticleFileIsShownWithItsLineAndACaretAndTheRestLoads() throws {
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        try "{\"id\": \"b\",\n \"text\": \"x\" \"title\": \"y\"}\n"
            .write(toFile: data + "/b.json", atomically: true, encoding: .utf8)
        let result = try NewsqProcess.run(["--data", data] + articles, timeout: 60)
        XCTAssertEqual(result.status, 1, "a bad file is skipped input: \(result.stderr)")
        XCTAssertEqual(result.stdout, "a\na\n", "what could be read is loaded")
        XCTAssertTrue(
            result.stderr.contains(
                "newsq: skipped \(data)/b.json:2:14: error: malformed JSON: expected ',' or '}' in an object\n"
                    + " 2 │  \"text\": \"x\" \"title\": \"y\"}\n"
                    + "   │              ^\n"),
            result.stderr)
    }

    // MARK: - Not regular files

    func testAFIFONamedLikeTheSnapshotDoesNotHangStartUp() throws {
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        XCTAssertEqual(mkfifo(data + "/.newsq-snapshot", 0o644), 0)
        let result = try NewsqProcess.run(["--data", data, "--verbose"] + articles, timeout: 60)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "a\na\n")
        XCTAssertTrue(result.stderr.contains("not a regular file (a FIFO)"), result.stderr)
    }

    func testADamagedSnapshotIsNamedInOneWarningLineWithoutVerboseAndTheAnswerStands() throws {
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        let first = try NewsqProcess.run(["--data", data] + articles)
        XCTAssertEqual(first.stderr, "")
        let snapshot = data + "/.newsq-snapshot"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        bytes[57] ^= 0x20 // a letter of the salt, in the fingerprint the header hashes
        try bytes.write(to: URL(fileURLWithPath: snapshot))

        let damaged = try NewsqProcess.run(["--data", data] + articles)
        XCTAssertEqual(damaged.status, 0, damaged.stderr)
        XCTAssertEqual(damaged.stdout, first.stdout)
        XCTAssertEqual(
            damaged.stderr, "newsq: warning: \(snapshot): snapshot damaged: checksum mismatch; rebuilt from the files\n"
        )
        let rebuilt = try NewsqProcess.run(["--data", data] + articles)
        XCTAssertEqual(rebuilt.stderr, "", "the snapshot written again is whole")
        // A stale snapshot (an article edited) is the ordinary course: no warning.
        try article("a.txt", "Trade Minister Ana Pereira met Luis Torres in Lima on Tuesday.")
        let stale = try NewsqProcess.run(["--data", data] + articles)
        XCTAssertEqual(stale.stderr, "")
        XCTAssertEqual(stale.stdout, first.stdout)
    }

    func testAFIFONamedLikeAnArticleIsNamedAndSkipped() throws {
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        XCTAssertEqual(mkfifo(data + "/pipe.txt", 0o644), 0)
        let loaded = try NewsqProcess.run(["--data", data] + articles, timeout: 60)
        XCTAssertEqual(loaded.status, 1, loaded.stderr)
        XCTAssertEqual(loaded.stdout, "a\na\n")
        XCTAssertTrue(
            loaded.stderr.contains("skipped \(data)/pipe.txt: error: not a regular file (a FIFO)"), loaded.stderr)
        let extracted = try NewsqProcess.run(["extract", data + "/pipe.txt"], timeout: 60)
        XCTAssertEqual(extracted.status, 1)
        XCTAssertTrue(extracted.stderr.contains("pipe.txt: error: not a regular file (a FIFO)"), extracted.stderr)
    }

    // MARK: - Folders newsq may not read

    func testAnUnreadableSubfolderIsNamedCountsAndIsNotForgotten() throws {
        guard let launcher = NewsqProcess.unprivileged else { throw XCTSkip("cannot drop root to test permissions") }
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday.")
        try article("locked/b.txt", "Finance Minister Rui Costa said on Tuesday that growth would slow.")
        chmod(folder, 0o777)
        chmod(data, 0o777)
        let all = ["--data", data] + articles
        XCTAssertEqual(
            try NewsqProcess.run(all, launcher: launcher).stdout, "a\na\nb\n",
            "a snapshot with b is written")
        chmod(data + "/locked", 0)
        for _ in 0..<2 {
            let result = try NewsqProcess.run(all, launcher: launcher)
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertEqual(result.stdout, "a\na\n")
            XCTAssertTrue(
                result.stderr.contains("skipped \(data)/locked: error: cannot read the folder (Permission denied)"),
                result.stderr)
        }
        chmod(data + "/locked", 0o755)
        let again = try NewsqProcess.run(all, launcher: launcher)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdout, "a\na\nb\n", "readable again, b is back")
    }

    // MARK: - One article id in two files

    func testTwoFilesWithOneIdAreBothKeptWithAWarningNamingBoth() throws {
        try article("a.txt", "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima.", id: "same")
        try article("sub/b.txt", "Finance Minister Rui Costa said on Tuesday that growth would slow.", id: "same")
        let result = try NewsqProcess.run(["--data", data, "-e", "find ?p where ?p title ?t order by ?p"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "p\nAna Pereira\nLuis Torres\nRui Costa\n")
        XCTAssertTrue(
            result.stderr.contains(
                "warning: \(data)/sub/b.txt: article id 'same' is taken by \(data)/a.txt; "
                    + "this one is loaded as 'same@sub/b.txt'"), result.stderr)
        let ids = try NewsqProcess.run(["--data", data] + articles)
        XCTAssertEqual(ids.stdout, "a\nsame\nsame@sub/b.txt\n")
    }

    // MARK: - A date newsq cannot read

    func testADateThatCannotBeReadIsWarnedAboutNotDropped() throws {
        let json = #"{"id": "j1", "date": "next Tuesday", "text": "Finance Minister Rui Costa said it."}"#
        try (json + "\n").write(toFile: data + "/wire.jsonl", atomically: true, encoding: .utf8)
        try "Title: t\nDate: 2026-13-45\n\nTrade Minister Ana Pereira met Luis Torres in Lima.\n"
            .write(toFile: data + "/a.txt", atomically: true, encoding: .utf8)
        let result = try NewsqProcess.run(["--data", data] + articles)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "a\na\nj1\n", "both articles are loaded (under the header a)")
        XCTAssertTrue(
            result.stderr.contains("warning: \(data)/wire.jsonl: date 'next Tuesday' is not a date"), result.stderr)
        XCTAssertTrue(
            result.stderr.contains("warning: \(data)/a.txt: date '2026-13-45' is not a date"), result.stderr)
        let extract = try NewsqProcess.run(["extract", data + "/wire.jsonl"])
        XCTAssertTrue(extract.stderr.contains("date 'next Tuesday' is not a date"), extract.stderr)
    }

    /// Edit one, delete the other (and the other way round), add a third: every start from the
    /// snapshot answers as a load without it.
    func testTheSnapshotNeverDivergesFromAFreshLoadWhenIdsAreShared() throws {
        let costa = "Finance Minister Rui Costa said on Tuesday that growth would slow."
        let steps: [() throws -> Void] = [
            {
                try self.article("a.txt", "Trade Minister Ana Pereira met Luis Torres in Lima on Monday.", id: "same")
                try self.article("sub/b.txt", costa, id: "same")
            },
            {
                try self.article("a.txt", "Trade Minister Ana Pereira met Energy Minister Maria Lopes.", id: "same")
                try FileManager.default.removeItem(atPath: self.data + "/sub/b.txt")
            },
            { try self.article("sub/b.txt", costa, id: "same") },
            { try self.article("0.txt", "Health Minister Ines Mendes met Prime Minister Carlos Reis.", id: "same") },
            {
                try FileManager.default.removeItem(atPath: self.data + "/a.txt")
                try self.article("sub/b.txt", "Finance Minister Rui Costa said growth would pick up.", id: "same")
            },
            { try FileManager.default.removeItem(atPath: self.data + "/0.txt") },
        ]
        for (n, step) in steps.enumerated() {
            try step()
            let snapshot = try NewsqProcess.run(["--data", data] + everything)
            let fresh = try NewsqProcess.run(["--data", data] + everything, environment: ["NEWSQ_SNAPSHOT": "off"])
            XCTAssertEqual(snapshot.status, 0, snapshot.stderr)
            XCTAssertEqual(snapshot.stdout, fresh.stdout, "step \(n + 1)")
            let again = try NewsqProcess.run(["--data", data] + everything)
            XCTAssertEqual(again.stdout, fresh.stdout, "step \(n + 1), from the snapshot just written")
        }
    }
}
