import LineEditor
import XCTest

#if canImport(Glibc)
import Glibc
#endif

final class HistoryStoreTests: XCTestCase {
    private var folder: String = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-history-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(folder, 0o755)
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testEntriesAreTrimmedAndEmptyLinesAreNotKept() {
        let history = HistoryStore(size: 10)
        XCTAssertTrue(history.add("  who is Motegi?  "))
        XCTAssertFalse(history.add("   "))
        XCTAssertFalse(history.add(""))
        XCTAssertEqual(history.entries, ["who is Motegi?"])
    }

    func testConsecutiveDuplicatesAreDroppedButRepeatsLaterAreKept() {
        let history = HistoryStore(size: 10)
        history.add("a")
        history.add("a")
        history.add("a ") // completion leaves a trailing space: still the same line
        history.add("b")
        history.add("a")
        XCTAssertEqual(history.entries, ["a", "b", "a"])
    }

    func testAStatementOverSeveralLinesIsKeptAsOneLine() {
        let history = HistoryStore(size: 10)
        history.add("find ?p\n  where ?p type person\n;")
        XCTAssertEqual(history.entries, ["find ?p where ?p type person ;"])
    }

    func testTheOldestEntriesGoWhenTheSizeIsReached() {
        let history = HistoryStore(size: 3)
        for i in 1...5 { history.add("q\(i)") }
        XCTAssertEqual(history.entries, ["q3", "q4", "q5"])
    }

    func testAHistoryFileRoundTripsAnyText() throws {
        let path = folder + "/history"
        let lines = [
            "who is Motegi?", "find ?p where ?p said \"Senkaku — 日本\"", "tab\there",
            "back\\slash", "é", "x  y",
        ]
        let history = HistoryStore(size: 100)
        for line in lines { history.add(line) }
        try history.save(to: path)

        let contents = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(contents.hasPrefix("_HiStOrY_V2_\n"), "libedit's format")

        let again = HistoryStore(size: 100)
        XCTAssertNil(again.load(from: path))
        XCTAssertEqual(again.entries, lines)
    }

    func testLoadingAddsAfterWhatIsThereAndKeepsTheSizeLimit() throws {
        let path = folder + "/history"
        let first = HistoryStore(size: 100)
        for i in 1...10 { first.add("q\(i)") }
        try first.save(to: path)
        let small = HistoryStore(size: 4)
        XCTAssertNil(small.load(from: path))
        XCTAssertEqual(small.entries, ["q7", "q8", "q9", "q10"])
    }

    func testAMissingFileIsNotAWarningAndLeavesTheHistoryAsItWas() {
        let history = HistoryStore()
        history.add("find ?p where ?p type person")
        XCTAssertNil(history.load(from: folder + "/none"))
        XCTAssertEqual(history.entries, ["find ?p where ?p type person"])
    }

    func testAnEmptyFileIsAnEmptyHistory() throws {
        let path = folder + "/history"
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let history = HistoryStore()
        XCTAssertNil(history.load(from: path))
        XCTAssertEqual(history.entries, [])
        history.add("x")
        XCTAssertNoThrow(try history.save(to: path))
    }

    func testSavingIsAtomicAndPrivate() throws {
        let path = folder + "/history"
        try "old contents".write(toFile: path, atomically: false, encoding: .utf8)
        let history = HistoryStore()
        history.add("one")
        try history.save(to: path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(names, ["history"], "no temporary file left behind")
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
    }

    func testSavingThroughASymbolicLinkKeepsTheLink() throws {
        let real = folder + "/real-history"
        let link = folder + "/history"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let history = HistoryStore()
        history.add("one")
        try history.save(to: link)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real)
        let again = HistoryStore()
        XCTAssertNil(again.load(from: real))
        XCTAssertEqual(again.entries, ["one"])
    }

    func testAFileThatIsNotAHistoryGivesAWarningAndIsNeverOverwritten() throws {
        let path = folder + "/history"
        let precious = "export PATH=/usr/bin\n\u{1}\u{2}binary\u{ff}"
        try precious.write(toFile: path, atomically: false, encoding: .utf8)
        let history = HistoryStore()
        history.add("kept")
        let warning = try XCTUnwrap(history.load(from: path))
        XCTAssertTrue(warning.contains("is not a history file"), warning)
        XCTAssertEqual(history.entries, ["kept"], "what was there stays")
        XCTAssertThrowsError(try history.save(to: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), precious)
    }

    func testADamagedHistoryWithBytesThatAreNotUTF8LoadsWithoutThem() throws {
        let path = folder + "/history"
        var bytes = Array("_HiStOrY_V2_\ngood\nbad\u{20}".utf8)
        bytes += [0xFF, 0xFE, 0x0A]
        bytes += Array("\\\\M-\n".utf8) // an escape cut short
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let history = HistoryStore()
        XCTAssertNil(history.load(from: path))
        XCTAssertEqual(history.entries.first, "good")
        for entry in history.entries {
            XCTAssertFalse(entry.unicodeScalars.contains { $0.value == 0xFF })
        }
    }

    func testAFolderInPlaceOfTheFileGivesAWarning() throws {
        let path = folder + "/history"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let history = HistoryStore()
        let warning = try XCTUnwrap(history.load(from: path))
        XCTAssertTrue(warning.contains("not a regular file"), warning)
        XCTAssertThrowsError(try history.save(to: path))
    }

    func testAnUnwritableFolderIsAnErrorThatNamesThePath() throws {
        guard getuid() != 0 else { throw XCTSkip("root can write anywhere") }
        chmod(folder, 0o500)
        let history = HistoryStore()
        history.add("x")
        XCTAssertThrowsError(try history.save(to: folder + "/history")) { error in
            XCTAssertTrue(String(describing: error).contains(self.folder + "/history"))
        }
    }

    func testSavingIntoAFolderThatDoesNotExistIsAnError() {
        let history = HistoryStore()
        history.add("x")
        XCTAssertThrowsError(try history.save(to: folder + "/missing/history")) { error in
            XCTAssertEqual(
                String(describing: error),
                "warning: cannot save history to \(self.folder)/missing/history: No such file or directory")
        }
    }
}
