/// A facts file that cannot be read, with where: file, line and (when known) column, and the
/// line's text.
///
/// Its description is its `Diagnostic`, rendered as a query error is:
///
///     curated.facts:3:9: error: unterminated quoted string
///      3 │ Motegi | said | "We agreed
///        │                 ^
public struct FactsFileError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    /// 1-based; 0 when the error is about the whole file (it is not UTF-8 text).
    public var line: Int
    public var column: Int?
    public var message: String
    /// The text of the line the error is on (without its line break); empty when unknown.
    public var lineText: String

    public init(file: String, line: Int, column: Int? = nil, message: String, lineText: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.lineText = lineText
    }

    /// The error as a `Diagnostic` (code `facts-file`): the caret at the column when known.
    public var diagnostic: Diagnostic {
        Diagnostic(
            code: .factsFile, message: message, sourceName: file, line: line, column: column ?? 0,
            lineText: lineText)
    }

    /// The rendered diagnostic, without its final line break.
    public var description: String { diagnostic.renderedText }
}
