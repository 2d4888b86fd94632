import XCTest
import NewsFacts
@testable import Extraction

/// Reading article files as files: what is not a regular file, folders that cannot be read or
/// reached only through links, the version of a file that was read, and JSON escapes.
final class ArticleFileReadingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    private func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    // MARK: - JSON

    func testALoneSurrogateBecomesAReplacementAndTheNextEscapeIsKept() {
        let path = folder.appendingPathComponent("s.json").path
        func text(_ json: String) -> String? {
            ArticleReader.parse(bytes: Array("{\"text\": \"\(json)\"}".utf8), path: path).articles.first?.text
        }
        XCTAssertEqual(text(#"X\ud800\u0041Y"#), "X\u{FFFD}AY")
        XCTAssertEqual(text(#"X\ud800\ud800\udc00Y"#), "X\u{FFFD}\u{10000}Y")
        XCTAssertEqual(text(#"X\udc00Y"#), "X\u{FFFD}Y")
        XCTAssertEqual(text(#"X\ud83d\ude00Y"#), "X😀Y")
        XCTAssertEqual(text(#"X\ud800"#), "X\u{FFFD}")
    }

    // MARK: - Not regular files

    func testAFIFOInAFolderIsNamedNotSkippedInSilence() throws {
        try write("wires/a.txt", "Minister Ana Lopes spoke on Monday.")
        let fifo = folder.appendingPathComponent("wires/pipe.txt").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let result = ArticleReader.read(paths: [folder.appendingPathComponent("wires").path])
        XCTAssertEqual(result.articles.map(\.id), ["a"])
        XCTAssertEqual(result.problems.map(\.description), ["\(fifo): error: not a regular file (a FIFO)"])
    }

    func testAFIFONamedDirectlyIsRefusedAtOnce() throws {
        let fifo = folder.appendingPathComponent("pipe.txt").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        // Run apart: on failure this would block in open() instead of failing.
        let done = expectation(description: "read returns")
        nonisolated(unsafe) var problems: [String] = []
        Thread.detachNewThread {
            problems = ArticleReader.read(paths: [fifo]).problems.map(\.reason)
            done.fulfill()
        }
        wait(for: [done], timeout: 30)
        XCTAssertEqual(problems, ["not a regular file (a FIFO)"])
    }

    // MARK: - Links

    func testLinkLoopsAreWalkedOnceAndNoLinkLeadsOut() throws {
        try write("root/data/a.txt", "First.")
        try write("root/data/sub/b.txt", "Second.")
        try write("root/outside.txt", "Outside.")
        let data = folder.appendingPathComponent("root/data").path
        XCTAssertEqual(symlink(".", data + "/loop1"), 0)
        XCTAssertEqual(symlink(".", data + "/loop2"), 0)
        XCTAssertEqual(symlink("..", data + "/sub/up"), 0)
        XCTAssertEqual(symlink("../..", data + "/sub/grandparent"), 0)
        XCTAssertEqual(symlink("../outside.txt", data + "/linked.txt"), 0)
        XCTAssertEqual(symlink("sub/b.txt", data + "/again.txt"), 0)

        let result = ArticleReader.read(paths: [data])
        XCTAssertEqual(result.articles.map(\.id), ["a", "b"])
        XCTAssertEqual(Set(result.problems.map(\.path)), [data + "/sub/grandparent", data + "/linked.txt"])
        XCTAssertTrue(result.problems.allSatisfy { $0.reason.contains("outside") }, "\(result.problems)")
        XCTAssertEqual(Set(result.repeated.map(\.path)),
                       [data + "/loop1", data + "/loop2", data + "/sub/up", data + "/again.txt"])

        let scan = SnapshotInputs.scan([data])
        XCTAssertEqual(scan.files.map(\.path), [data + "/a.txt", data + "/sub/b.txt"])
    }

    func testALinkToAFolderInsideIsFollowedUnderItsOwnName() throws {
        try write("data/real/a.txt", "First.")
        try write("other/b.txt", "Second.")
        let data = folder.appendingPathComponent("data").path
        try FileManager.default.moveItem(atPath: folder.appendingPathComponent("other").path, toPath: data + "/.other")
        XCTAssertEqual(symlink(".other", data + "/shown"), 0)
        let result = ArticleReader.read(paths: [data])
        XCTAssertEqual(result.articles.map(\.path), [data + "/real/a.txt", data + "/shown/b.txt"])
        XCTAssertTrue(result.problems.isEmpty, "\(result.problems)")
    }

    // MARK: - The version read

    func testTheSizeAndTimeRecordedAreThoseOfTheVersionRead() throws {
        let path = try write("wires/a.txt", "Minister Ana Lopes spoke on Monday.")
        let read = ArticleReader.read(paths: [folder.appendingPathComponent("wires").path])
        let seen = try XCTUnwrap(read.observed.first)
        XCTAssertEqual(read.observed.map(\.path), [path])
        XCTAssertEqual(read.articles.first?.text, "Minister Ana Lopes spoke on Monday.")

        // Changed after it was read and before the snapshot's scan looked at it.
        try "Minister Ana Lopes spoke on Tuesday.".write(toFile: path, atomically: false, encoding: .utf8)
        var later = [timespec(tv_sec: Int(seen.modified / 1_000_000_000) + 5, tv_nsec: 0),
                     timespec(tv_sec: Int(seen.modified / 1_000_000_000) + 5, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &later, 0), 0)
        let scanned = SnapshotInputs.scan([folder.appendingPathComponent("wires").path], salt: "t")
        XCTAssertNotEqual(scanned.files.first?.modified, seen.modified)

        let recorded = scanned.recording(observed: read.observed, expected: { _ in true })
        XCTAssertEqual(recorded.files, [seen], "the snapshot records the version it holds")
        XCTAssertEqual(scanned.changes(since: recorded)?.changed, [path], "so the next start reads it again")
    }

    func testAFileTheLoadDidNotReadIsLeftOutOfTheRecord() {
        let scanned = SnapshotInputs(files: [SnapshotInput(path: "d/a.txt", size: 3, modified: 1),
                                             SnapshotInput(path: "d/new.txt", size: 3, modified: 2),
                                             SnapshotInput(path: "d/notes.md", size: 3, modified: 2)])
        let recorded = scanned.recording(observed: [SnapshotInput(path: "d/a.txt", size: 3, modified: 1)],
                                         expected: { $0.hasSuffix(".txt") })
        XCTAssertEqual(recorded.files.map(\.path), ["d/a.txt", "d/notes.md"])
    }
}
