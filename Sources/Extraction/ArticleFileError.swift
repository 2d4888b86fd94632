import NewsFacts

/// A file that could not be read as articles, and why: the file, the line and column when
/// known, and the line's text.
///
/// Its description is its `Diagnostic`, rendered as a query or facts-file error is:
///
///     wires/bad.json:3:3: error: malformed JSON: expected ',' or '}' in an object
///      3 │   "title": "y"}
///        │   ^
public struct ArticleFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    /// 1-based; nil when the error is about the whole file (empty, binary, no text field).
    public var line: Int?
    /// 1-based, in characters; nil when the error is about a whole line (a `.jsonl` record).
    public var column: Int?
    public var reason: String
    /// The text of the line the error is on (without its line break); empty when unknown.
    public var lineText: String

    public init(path: String, line: Int? = nil, column: Int? = nil, reason: String, lineText: String = "") {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
        self.lineText = lineText
    }

    /// At most this many characters of a line are shown: a `.jsonl` record is a whole article.
    static let shownWidth = 100

    /// The error as a `Diagnostic` (code `article-file`): the caret at the column when known.
    public var diagnostic: Diagnostic {
        Diagnostic(
            code: .articleFile, message: reason, sourceName: path, line: line ?? 0, column: column ?? 0,
            lineText: lineText, shownWidth: Self.shownWidth)
    }

    /// The rendered diagnostic, without its final line break.
    public var description: String {
        var text = diagnostic.render()
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
