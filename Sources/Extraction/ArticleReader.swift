import Foundation
import NewsFacts
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading a list of paths produced: the articles, in path order, and the files skipped.
public struct ArticleReadResult: Sendable {
    public var articles: [Article] = []
    public var problems: [ArticleFileError] = []
    public var bytesRead = 0
    public var filesRead = 0
    /// Each file read, with the size and modification time of the version read (for a
    /// snapshot's record of its inputs).
    public var observed: [SnapshotInput] = []
    /// Links to folders or files read already under another path: passed over, nothing lost.
    public var repeated: [SkippedPath] = []

    public init() {}

    /// Adds what a later read found.
    public mutating func merge(_ other: ArticleReadResult) {
        articles += other.articles
        problems += other.problems
        bytesRead += other.bytesRead
        filesRead += other.filesRead
        observed += other.observed
        repeated += other.repeated
    }
}

/// Reads article files: `.txt` (optional `Key: value` header), `.json` (an object or an array
/// of objects) and `.jsonl` (one object a line).
///
/// For example:
///
///     let result = ArticleReader.read(paths: ["Data/", "extra/*.jsonl"])
///     for problem in result.problems { print("skipped \(problem)") }
public enum ArticleReader {
    public static let extensions: Set<String> = ["txt", "json", "jsonl"]

    /// The names (before the first dot, in any case) of the files that document a folder
    /// rather than hold its articles: `README.txt`, `LICENSE.txt`, `NOTICE`, `COPYING.md`. A
    /// corpus as it is downloaded or unpacked carries them beside its articles, and a folder
    /// or a pattern that reads them as articles makes facts of their words (a README table's
    /// "Date" column became a place). A file named on its own is still read.
    public static let documentationNames: Set<String> = ["readme", "license", "licence", "notice", "copying"]

    /// Whether a file named `name` (or at this path) documents its folder: its name before the
    /// first dot is one of `documentationNames`.
    public static func isDocumentation(_ name: String) -> Bool {
        let utf8 = name.utf8
        let start = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        let end = utf8[start...].firstIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex
        return documentationNames.contains(String(name[start..<end]).lowercased())
    }

    /// Whether a file a folder walk or a pattern finds is read as articles: one of the article
    /// `extensions`, and not the folder's documentation (`isDocumentation`).
    public static func isArticleFile(_ name: String) -> Bool {
        hasExtension(name, in: extensions) && !isDocumentation(name)
    }

    /// Reads files, directories (recursively: `.txt .json .jsonl`, sorted by path) and glob
    /// patterns; in a folder or a pattern, documentation files (`README.txt`, `LICENSE.txt`:
    /// `isArticleFile`) are passed over, while a file named on its own is read whatever its
    /// name. Bad files (and bad records of a `.jsonl` file) are reported and skipped.
    public static func read(paths: [String], maxFileBytes: Int = 16 << 20) -> ArticleReadResult {
        var result = ArticleReadResult()
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    readFolder(path, maxFileBytes: maxFileBytes, into: &result)
                } else {
                    readOne(path, maxFileBytes: maxFileBytes, into: &result)
                }
            } else if path.contains(where: { "*?[".contains($0) }) {
                let matches = Glob.paths(matching: path)
                if matches.isEmpty {
                    result.problems.append(ArticleFileError(path: path, reason: "no file matches this pattern"))
                }
                for file in matches {
                    var dir: ObjCBool = false
                    if FileManager.default.fileExists(atPath: file, isDirectory: &dir), dir.boolValue {
                        readFolder(file, maxFileBytes: maxFileBytes, into: &result)
                    } else if isArticleFile(file) {
                        readOne(file, maxFileBytes: maxFileBytes, into: &result)
                    }
                }
            } else {
                result.problems.append(ArticleFileError(path: path, reason: "no such file or directory"))
            }
        }
        return result
    }

    /// Reads files already listed (by `FolderWalk`, say), in order, without looking for
    /// folders or patterns among them.
    public static func read(files: [String], maxFileBytes: Int = 16 << 20) -> ArticleReadResult {
        var result = ArticleReadResult()
        for file in files { readOne(file, maxFileBytes: maxFileBytes, into: &result) }
        return result
    }

    /// Reads one file strictly: any problem, even in one record of a `.jsonl` file, throws.
    public static func read(file: String) throws -> [Article] {
        var result = ArticleReadResult()
        readOne(file, maxFileBytes: 16 << 20, into: &result)
        if let first = result.problems.first { throw first }
        return result.articles
    }

    /// Why a file that starts with a UTF-16 byte-order mark is skipped, and what to do about it.
    static let utf16Text = "UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8: convert it, "
        + "e.g. iconv -f UTF-16 -t UTF-8"

    /// Parses articles from bytes already in memory, as if read from `path`; the lenient path
    /// used by `read(paths:)`.
    public static func parse(bytes: [UInt8], path: String) -> (articles: [Article], problems: [ArticleFileError]) {
        let ext = (path as NSString).pathExtension.lowercased()
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var data = bytes
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        if data.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            return ([], [ArticleFileError(path: path, reason: bytes.isEmpty ? "empty file" : "empty file (only white space)")])
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            // Text saved as UTF-16 (Windows' "Unicode"): its ASCII letters hold NUL bytes, so it
            // would read as binary. Neither mark is valid UTF-8, so no UTF-8 file is taken for one.
            return ([], [ArticleFileError(path: path, reason: Self.utf16Text)])
        }
        if let zero = data.firstIndex(of: 0) {
            return ([], [ArticleFileError(path: path, reason: "binary file (NUL byte at offset \(zero)), not text")])
        }
        if let bad = invalidUTF8Offset(data) {
            return ([], [ArticleFileError(path: path, reason: "not UTF-8 text (invalid byte at offset \(bad))")])
        }
        switch ext {
        case "json":
            do {
                let value = try JSONParser.parse(data)
                switch value {
                case .object:
                    do { return ([try article(from: value, stem: stem, path: path)], []) }
                    catch let e as ArticleFileError { return ([], [e]) }
                    catch { return ([], [ArticleFileError(path: path, reason: "\(error)")]) }
                case .array(let items):
                    if items.isEmpty { return ([], [ArticleFileError(path: path, reason: "empty JSON array: no articles")]) }
                    var articles: [Article] = [], problems: [ArticleFileError] = []
                    for (k, item) in items.enumerated() {
                        do { articles.append(try article(from: item, stem: items.count == 1 ? stem : "\(stem)-\(k + 1)", path: path, record: "article \(k + 1)")) }
                        catch let e as ArticleFileError { problems.append(e) }
                        catch { problems.append(ArticleFileError(path: path, reason: "\(error)")) }
                    }
                    return (articles, problems)
                default:
                    return ([], [ArticleFileError(path: path, reason: "JSON is not an object or an array of objects")])
                }
            } catch let e as JSONSyntaxError {
                let problem = ArticleFileError(
                    path: path, line: e.line, column: e.column, reason: "malformed JSON: \(e.message)",
                    lineText: Self.line(e.line, of: data))
                return ([], [problem])
            } catch {
                return ([], [ArticleFileError(path: path, reason: "malformed JSON")])
            }
        case "jsonl", "ndjson":
            var articles: [Article] = [], problems: [ArticleFileError] = []
            var lineNumber = 0, start = 0
            var count = 0
            while start <= data.count {
                var end = start
                while end < data.count && data[end] != 10 { end += 1 }
                lineNumber += 1
                var line = Array(data[start..<end])
                if line.last == 13 { line.removeLast() }
                start = end + 1
                if line.allSatisfy({ $0 == 32 || $0 == 9 }) { if end >= data.count { break } else { continue } }
                count += 1
                do {
                    let value = try JSONParser.parse(line)
                    articles.append(try article(from: value, stem: "\(stem)-\(lineNumber)", path: path, line: lineNumber))
                } catch let e as JSONSyntaxError {
                    problems.append(
                        ArticleFileError(
                            path: path, line: lineNumber, column: e.column, reason: "malformed JSON: \(e.message)",
                            lineText: String(decoding: line, as: UTF8.self)))
                } catch var e as ArticleFileError {
                    e.lineText = String(decoding: line, as: UTF8.self)  // the record the error is about
                    problems.append(e)
                } catch {
                    problems.append(ArticleFileError(path: path, line: lineNumber, reason: "\(error)"))
                }
                if end >= data.count { break }
            }
            return (articles, problems)
        default:
            let text = String(decoding: data, as: UTF8.self)
            return ([textArticle(text, stem: stem, path: path)], [])
        }
    }

    /// The text of 1-based line `number` of `data`, without its line break ("" past the end).
    static func line(_ number: Int, of data: [UInt8]) -> String {
        var start = 0
        for _ in 1..<max(1, number) {
            guard let newline = data[start...].firstIndex(of: 10) else { return "" }
            start = newline + 1
        }
        var end = data[start...].firstIndex(of: 10) ?? data.count
        if end > start && data[end - 1] == 13 { end -= 1 }
        return String(decoding: data[start..<end], as: UTF8.self)
    }

    // MARK: - Files

    /// Reads the article files under a folder (see `FolderWalk`: each folder once, no link out
    /// of it); folders and links that could not be followed are named as problems.
    private static func readFolder(_ folder: String, maxFileBytes: Int, into result: inout ArticleReadResult) {
        let listing = FolderWalk.list(folder, wanted: isArticleFile)
        result.problems += listing.skipped.map { ArticleFileError(path: $0.path, reason: $0.reason) }
        result.repeated += listing.repeated
        for file in listing.paths { readOne(file, maxFileBytes: maxFileBytes, into: &result) }
    }

    private static func readOne(_ path: String, maxFileBytes: Int, into result: inout ArticleReadResult) {
        let bytes: [UInt8]
        do {
            let read = try RegularFile.read(path, maxBytes: maxFileBytes)
            bytes = read.bytes
            result.observed.append(read.stamp)
        } catch let skipped as SkippedPath {
            result.problems.append(ArticleFileError(path: skipped.path, reason: skipped.reason))
            return
        } catch {
            result.problems.append(ArticleFileError(path: path, reason: "\(error)"))
            return
        }
        result.filesRead += 1
        result.bytesRead += bytes.count
        let parsed = parse(bytes: bytes, path: path)
        result.articles += parsed.articles
        result.problems += parsed.problems
    }

    /// The article files under `directory`, recursively, sorted by path; names starting with a
    /// dot (hidden files, the snapshot) and documentation files (`isArticleFile`) are skipped.
    static func articleFiles(under directory: String) -> [String] {
        FolderWalk.list(directory, wanted: isArticleFile).paths
    }

    /// The files under `directory` whose extension (any case) is one of `extensions`,
    /// recursively, sorted by path, as `FolderWalk` finds them.
    public static func files(under directory: String, extensions: Set<String>) -> [String] {
        FolderWalk.list(directory, wanted: { hasExtension($0, in: extensions) }).paths
    }

    /// Whether a file name (or path) ends in one of `extensions`, in any case.
    public static func hasExtension(_ name: String, in extensions: Set<String>) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]).lowercased())
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func invalidUTF8Offset(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minScalar: UInt32 = 0
            var scalar: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; scalar = UInt32(c & 0x1F); minScalar = 0x80 }
            else if c & 0xF0 == 0xE0 { need = 2; scalar = UInt32(c & 0x0F); minScalar = 0x800 }
            else if c & 0xF8 == 0xF0 { need = 3; scalar = UInt32(c & 0x07); minScalar = 0x10000 }
            else { return i }
            guard i + need < n else { return i }
            for k in 1...need {
                let d = b[i + k]
                guard d & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(d & 0x3F)
            }
            if scalar < minScalar || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += need + 1
        }
        return nil
    }

    // MARK: - Formats

    /// Normalises line ends to `\n` and removes a byte-order mark and surrounding blank lines.
    static func normalise(_ text: String) -> String {
        var t = text
        if t.utf8.first == 0xEF, t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        if t.utf8.contains(13) {
            t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        while let last = t.utf8.last, last == 10 || last == 32 || last == 9 { t.removeLast() }
        while t.utf8.first == 10 { t.removeFirst() }
        return t
    }

    static let headerKeys: Set<String> = ["title", "headline", "source", "outlet", "publisher", "date", "published",
                                          "publish_date", "url", "link", "id", "author", "byline", "section",
                                          "language", "lang", "tags", "category", "updated", "dateline"]

    /// A `.txt` article: an optional `Key: value` header ending at the first blank line.
    ///
    /// Only the header's lines are looked at one by one; the body is taken whole, so a long
    /// article costs no more than its copy.
    static func textArticle(_ raw: String, stem: String, path: String) -> Article {
        let text = normalise(raw)
        var header: [String: String] = [:]
        var body = text
        var headerLines: [String: String] = [:]
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if trimmedSpaces(line).isEmpty {
                // A blank line after at least one header line: the body starts after it.
                if !headerLines.isEmpty {
                    header = headerLines
                    body = lineEnd < text.endIndex ? String(text[text.index(after: lineEnd)...]) : ""
                    while body.utf8.first == 10 { body.removeFirst() }
                }
                break
            }
            guard let colon = line.firstIndex(of: ":") else { break }
            let key = trimmedSpaces(line[..<colon]).lowercased()
            guard headerKeys.contains(key) else { break }
            headerLines[key] = String(trimmedSpaces(line[line.index(after: colon)...]))
            guard lineEnd < text.endIndex else { break }  // all header, no body: not a header
            lineStart = text.index(after: lineEnd)
        }
        var article = Article(id: nonEmpty(header["id"]) ?? stem, title: nonEmpty(header["title"] ?? header["headline"]),
                              source: nonEmpty(header["source"] ?? header["outlet"] ?? header["publisher"]),
                              url: nonEmpty(header["url"] ?? header["link"]), path: path, text: body)
        date(&article, from: nonEmpty(header["date"] ?? header["published"] ?? header["publish_date"]))
        return article
    }

    /// `text` without leading and trailing spaces and tabs (any Unicode space separator), as
    /// Foundation's `.whitespaces` trims, without a bridge to NSString for every header line.
    static func trimmedSpaces(_ text: Substring) -> Substring {
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return Substring(scalars[first...last])
    }

    static let textFields = ["text", "body", "content", "article", "story", "full_text", "fulltext", "maintext", "article_text"]
    static let dateFields = ["date", "published", "publish_date", "published_at", "publishedAt", "pubDate", "date_published",
                             "datePublished", "datetime", "time", "created_at", "timestamp"]

    /// A JSON article object with the fields crawlers write.
    static func article(from value: JSONValue, stem: String, path: String, line: Int? = nil, record: String? = nil) throws -> Article {
        let whereText = record.map { "\($0): " } ?? ""
        guard case .object = value else {
            throw ArticleFileError(path: path, line: line, reason: "\(whereText)expected a JSON object for an article")
        }
        func field(_ names: [String]) -> String? {
            for n in names {
                if let v = value[n] {
                    if let t = v.text, t.utf8.contains(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) { return t }
                    if let name = v["name"]?.text { return name }
                }
            }
            return nil
        }
        guard let rawText = field(textFields) else {
            throw ArticleFileError(path: path, line: line, reason: "\(whereText)missing a text field (text, body or content)")
        }
        let text = normalise(rawText)
        var article = Article(id: field(["id", "article_id", "uid", "guid", "_id"]) ?? stem,
                              title: field(["title", "headline"]).map(normalise),
                              source: field(["source", "outlet", "publisher", "site", "site_name", "domain"]),
                              url: field(["url", "link", "href"]), path: path, text: text)
        date(&article, from: field(dateFields))
        return article
    }

    /// Dates an article from its date field (a header line or a JSON field) when newsq reads
    /// it, else keeps the text unread (`unreadDate`, said in a warning) and takes the date its
    /// text gives (`inferDate`).
    private static func date(_ article: inout Article, from field: String?) {
        if let field {
            article.date = TimeResolver.parseDateText(field)
            if article.date == nil { article.unreadDate = field }
        }
        if article.date == nil { inferDate(&article) }
    }

    private static func inferDate(_ article: inout Article) {
        if let d = TimeResolver.inferArticleDate(article.text) {
            article.date = d
            article.dateInferred = true
        }
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !trimmedSpaces(Substring(s)).isEmpty else { return nil }
        return s
    }
}
