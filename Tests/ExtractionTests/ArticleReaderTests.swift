import XCTest
import NewsFacts
@testable import Extraction

final class ArticleReaderTests: XCTestCase {
    var folder: URL!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-reader-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(bytes)), url.path)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    // MARK: - Formats

    func testTextHeaderGivesIdTitleDateAndSource() throws {
        let path = write("a.txt", "Title: Motegi plans U.S. visit\nSource: Kyodo\nDate: 2021-01-27\nID: kyodo-1\n\nJapanese Foreign Minister Toshimitsu Motegi plans to visit.\n")
        let a = try XCTUnwrap(ArticleReader.read(file: path).first)
        XCTAssertEqual(a.id, "kyodo-1")
        XCTAssertEqual(a.title, "Motegi plans U.S. visit")
        XCTAssertEqual(a.source, "Kyodo")
        XCTAssertEqual(a.date?.iso, "2021-01-27")
        XCTAssertFalse(a.dateInferred)
        XCTAssertEqual(a.text, "Japanese Foreign Minister Toshimitsu Motegi plans to visit.")
    }

    func testTextWithoutHeaderTakesIdFromFileNameAndDateFromDateline() throws {
        let path = write("tokyo-story.txt", "TOKYO, Jan. 27, 2021 (Kyodo) — Motegi said Wednesday he will visit.")
        let a = try XCTUnwrap(ArticleReader.read(file: path).first)
        XCTAssertEqual(a.id, "tokyo-story")
        XCTAssertEqual(a.date?.iso, "2021-01-27")
        XCTAssertTrue(a.dateInferred)
    }

    func testDateInferredFromCaptionAgreeingWithWeekday() throws {
        let path = write("c.txt", "Officials said Saturday the campaign had opened.\n\nThe leader speaks in Ljubljana on Feb. 14, 2026. (Reuters)\n\nAn earlier rally was held on March 3, 2025.")
        let a = try XCTUnwrap(ArticleReader.read(file: path).first)
        XCTAssertEqual(a.date?.iso, "2026-02-14")  // a Saturday; the 2025 date is not
    }

    func testBOMAndCRLFAreNormalised() throws {
        let path = write("b.txt", [0xEF, 0xBB, 0xBF] + Array("Title: T\r\nDate: 2021-01-27\r\n\r\nLine one.\r\nLine two.\r\n".utf8))
        let a = try XCTUnwrap(ArticleReader.read(file: path).first)
        XCTAssertEqual(a.title, "T")
        XCTAssertEqual(a.text, "Line one.\nLine two.")
    }

    func testJSONArrayWithCrawlerFieldsAndISODatetimeKeepsTheDay() throws {
        let path = write("x.json", #"[{"id": "a1", "title": "One", "published": "2026-03-10T14:05:00Z", "body": "Text one."}, {"id": 7, "publish_date": "2026-03-11", "content": "Text two."}]"#)
        let articles = try ArticleReader.read(file: path)
        XCTAssertEqual(articles.map(\.id), ["a1", "7"])
        XCTAssertEqual(articles.map { $0.date?.iso }, ["2026-03-10", "2026-03-11"])
        XCTAssertEqual(articles[1].text, "Text two.")
    }

    func testJSONLReadsOneArticleALine() throws {
        let path = write("x.jsonl", "{\"id\": \"a\", \"text\": \"First.\"}\n\n{\"id\": \"b\", \"text\": \"Second.\"}\n")
        XCTAssertEqual(try ArticleReader.read(file: path).map(\.id), ["a", "b"])
    }

    func testDirectoriesAreReadRecursivelyInPathOrderAndGlobsExpand() {
        write("d/b.txt", "Second.")
        write("d/a.txt", "First.")
        write("d/sub/c.json", #"{"text": "Third."}"#)
        write("d/notes.md", "ignored")
        let result = ArticleReader.read(paths: [folder.appendingPathComponent("d").path])
        XCTAssertEqual(result.articles.map(\.id), ["a", "b", "c"])
        XCTAssertEqual(result.filesRead, 3)
        let globbed = ArticleReader.read(paths: [folder.appendingPathComponent("d/*.txt").path])
        XCTAssertEqual(globbed.articles.map(\.id), ["a", "b"])
    }

    func testAFolderOrAPatternPassesOverTheFolderDocumentationButANamedFileIsRead() throws {
        // A corpus as unpacked: its README and licence beside the articles, in an article format.
        write("w/README.txt", "| File | Date |\n|---|---|\n| a.txt | 2026-01-02 |\n")
        write("w/LICENSE.txt", "Licensed under the Apache License, Version 2.0.")
        write("w/sub/licence.json", #"{"text": "Crown copyright."}"#)
        write("w/readme-first.txt", "An article whose name only starts like a README.")
        write("w/a.txt", "First.")
        let walked = ArticleReader.read(paths: [folder.appendingPathComponent("w").path])
        XCTAssertEqual(walked.articles.map(\.id), ["a", "readme-first"])
        let globbed = ArticleReader.read(paths: [folder.appendingPathComponent("w/*").path])
        XCTAssertEqual(globbed.articles.map(\.id), ["a", "readme-first"])
        let named = try ArticleReader.read(file: folder.appendingPathComponent("w/README.txt").path)
        XCTAssertEqual(named.map(\.id), ["README"], "a file named on its own is still read")
        XCTAssertTrue(ArticleReader.isDocumentation("Data/README.md"))
        XCTAssertTrue(ArticleReader.isDocumentation("NOTICE"))
        XCTAssertFalse(ArticleReader.isDocumentation("notices-2026.txt"))
        XCTAssertFalse(ArticleReader.isDocumentation("readme.d/a.txt"))
    }

    func testHiddenFoldersAreSkippedAndLinkLoopsEnd() {
        write("h/a.txt", "First.")
        write("h/.git/b.txt", "Hidden.")
        let loop = folder.appendingPathComponent("h/sub").path
        try? FileManager.default.createDirectory(atPath: loop, withIntermediateDirectories: true)
        symlink(folder.appendingPathComponent("h").path, loop + "/back")
        let result = ArticleReader.read(paths: [folder.appendingPathComponent("h").path])
        XCTAssertEqual(result.articles.map(\.id), ["a"])
    }

    func testHeaderValuesLoseSpacesTabsAndNoBreakSpaces() throws {
        let path = write("t.txt", "Title:\u{00A0} Trade talks resume \t\nSource:\tWire\n \t\nBody text here.\n")
        let a = try XCTUnwrap(ArticleReader.read(file: path).first)
        XCTAssertEqual(a.title, "Trade talks resume")
        XCTAssertEqual(a.source, "Wire")
        XCTAssertEqual(a.text, "Body text here.")
    }

    func testHeaderLinesWithoutABodyAreText() throws {
        let path = write("only.txt", "Title: Nothing else\nSource: Wire\n")
        let a = try XCTUnwrap(ArticleReader.read(file: path).first)
        XCTAssertNil(a.title)
        XCTAssertEqual(a.text, "Title: Nothing else\nSource: Wire")
    }

    // MARK: - Bad files: reported by name with the reason, the rest still loads

    func assertSkipped(_ path: String, reason: String, line: Int? = nil, strictThrows: Bool = true, file: StaticString = #filePath, lineNumber: UInt = #line) {
        let good = write("good.txt", "Fine text.")
        let result = ArticleReader.read(paths: [path, good], maxFileBytes: 1000)
        XCTAssertEqual(result.articles.map(\.id), ["good"], file: file, line: lineNumber)
        XCTAssertEqual(result.problems.count, 1, file: file, line: lineNumber)
        guard let problem = result.problems.first else { return }
        XCTAssertEqual(problem.path, path, file: file, line: lineNumber)
        XCTAssertTrue(problem.reason.contains(reason), "\(problem)", file: file, line: lineNumber)
        XCTAssertEqual(problem.line, line, file: file, line: lineNumber)
        if strictThrows { XCTAssertThrowsError(try ArticleReader.read(file: path), file: file, line: lineNumber) }
    }

    func testBinaryFileIsSkippedWithReason() {
        assertSkipped(write("bin.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), reason: "binary file")
    }

    func testAUTF16FileIsSkippedAsUTF16TextNotAsBinary() {
        let text = "Title: Talks\n\nForeign Minister Taro Ono met reporters.\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (name, bytes): (String, [UInt8]) in [("le.txt", little), ("be.json", big)] {
            assertSkipped(write(name, bytes), reason: "UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8")
            XCTAssertFalse(
                ArticleReader.read(paths: [write(name, bytes)]).problems.contains { $0.reason.contains("binary") }, name)
        }
    }

    func testNonUTF8FileIsSkippedWithReason() {
        assertSkipped(write("latin1.txt", Array("caf".utf8) + [0xE9, 0x20, 0x6F, 0x6B]), reason: "not UTF-8 text (invalid byte at offset 3)")
    }

    func testEmptyFileIsSkippedWithReason() {
        assertSkipped(write("empty.txt", ""), reason: "empty file")
        assertSkipped(write("blank.json", "  \n\n"), reason: "empty file")
    }

    func testMalformedJSONIsSkippedWithLineAndColumn() {
        let path = write("bad.json", "{\"id\": \"a\",\n  \"text\": \"x\"\n  \"title\": \"y\"}")
        assertSkipped(path, reason: "malformed JSON: expected ',' or '}' in an object", line: 3)
        XCTAssertEqual(ArticleReader.read(paths: [path]).problems.first?.column, 3)
    }

    func testMalformedJSONIsShownAsADiagnosticWithTheLineAndACaret() {
        let path = write("bad.json", "{\"id\": \"a\",\r\n  \"text\": \"x\"\r\n  \"title\": \"y\"}")
        XCTAssertEqual(
            ArticleReader.read(paths: [path]).problems.first?.description,
            "\(path):3:3: error: malformed JSON: expected ',' or '}' in an object\n"
                + " 3 │   \"title\": \"y\"}\n"
                + "   │   ^")
    }

    func testABadJSONLineIsShownWithItsTextAndACaret() {
        let path = write("lines.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": }\n")
        XCTAssertEqual(
            ArticleReader.read(paths: [path]).problems.map(\.description),
            [
                "\(path):2:21: error: malformed JSON: unexpected character '}'\n"
                    + " 2 │ {\"id\": \"b\", \"text\": }\n"
                    + "   │                     ^"
            ])
    }

    func testAJSONLineWithoutTextIsShownWholeWithoutACaret() {
        let path = write("notext.jsonl", "{\"id\": \"b\", \"title\": \"T\"}\n")
        XCTAssertEqual(
            ArticleReader.read(paths: [path]).problems.map(\.description),
            [
                "\(path):1: error: missing a text field (text, body or content)\n"
                    + " 1 │ {\"id\": \"b\", \"title\": \"T\"}"
            ])
    }

    func testALongJSONLineIsShownAroundTheCaret() throws {
        let body = String(repeating: "word ", count: 100)
        let path = write("long.jsonl", "{\"id\": \"b\", \"text\": \"\(body)\" \"x\": 1}\n")
        let shown = try XCTUnwrap(ArticleReader.read(paths: [path]).problems.first?.description)
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3, shown)
        XCTAssertTrue(lines[0].hasPrefix("\(path):1:524: error: malformed JSON: "), shown)
        XCTAssertTrue(lines[1].hasPrefix(" 1 │ …"), shown)
        XCTAssertLessThanOrEqual(lines[1].count, 110, shown)
        // The caret sits under the '"' that starts "x": the character the parser stopped at.
        let caret = try XCTUnwrap(lines[2].firstIndex(of: "^"))
        let offset = lines[2].distance(from: lines[2].startIndex, to: caret)
        XCTAssertEqual(Array(lines[1])[offset], "\"", shown)
    }

    func testAnErrorAboutAWholeFileHasNoPlace() {
        let path = write("notext.json", #"{"id": "a"}"#)
        XCTAssertEqual(
            ArticleReader.read(paths: [path]).problems.map(\.description),
            ["\(path): error: missing a text field (text, body or content)"])
    }

    func testJSONLinesReportTheirOwnLineAndKeepGoodLines() {
        let path = write("mixed.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": }\n{\"id\": \"c\", \"text\": \"Three.\"}\n")
        let result = ArticleReader.read(paths: [path])
        XCTAssertEqual(result.articles.map(\.id), ["a", "c"])
        XCTAssertEqual(result.problems.first?.line, 2)
        XCTAssertEqual(result.problems.first?.column, 21, "\(result.problems)")
    }

    func testJSONWithoutTextFieldIsSkippedWithReason() {
        assertSkipped(write("notext.json", #"{"id": "a", "title": "No body"}"#), reason: "missing a text field (text, body or content)")
    }

    func testFileLargerThanTheLimitIsSkippedWithReason() {
        assertSkipped(write("big.txt", String(repeating: "word ", count: 400)), reason: "file too large (2000 bytes; the limit is 1000)", strictThrows: false)
    }

    func testMissingPathIsReported() {
        let result = ArticleReader.read(paths: [folder.appendingPathComponent("nope.txt").path])
        XCTAssertEqual(result.problems.first?.reason, "no such file or directory")
    }
}
