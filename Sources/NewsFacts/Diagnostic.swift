/// An error a user sees, in one shape whatever it is about (a query, a facts file): a stable
/// code, the message, and where — source name, 1-based line and column (columns count
/// characters), the offending line — with notes such as a suggestion.
///
/// For example, `find ?p where ?p titel ?t` on line 3 of `script.nq` renders as:
///
///     script.nq:3:18: error: unknown predicate 'titel'
///      3 │ find ?p where ?p titel ?t
///        │                  ^~~~~
///     did you mean 'title'?
///
/// Line 0 means no position in the source (`desk.facts: error: not UTF-8 text`), column 0 a
/// whole line (its text shown, without a caret).
public struct Diagnostic: Error, Equatable, CustomStringConvertible, Sendable {
    /// Stable identifiers for each kind of error (for tests and tools, not for people).
    public enum Code: String, Sendable {
        case syntax, unexpectedEnd = "unexpected-end", badToken = "bad-token", unknownKeyword = "unknown-keyword"
        case unknownPredicate = "unknown-predicate", unknownEntity = "unknown-entity", ambiguousName = "ambiguous-name"
        case unboundVariable = "unbound-variable", unknownRule = "unknown-rule", ruleArity = "rule-arity"
        case badRegex = "bad-regex", badValue = "bad-value", unstratified = "unstratified-negation"
        case badQualifier = "unknown-qualifier", tooComplex = "too-complex", cancelled, load
        case timeLimit = "time-limit", memoryLimit = "memory-limit", regexLimit = "regex-limit"
        /// A `.facts` or `.tsv` facts file that cannot be read as one (`FactsFileError`).
        case factsFile = "facts-file"
    }

    public var code: Code
    public var message: String
    public var sourceName: String
    public var line: Int
    public var column: Int
    /// The whole line the error is on (without its line break).
    public var lineText: String
    /// How many characters the caret underlines (at least 1).
    public var length: Int
    /// Lines printed after the caret: `did you mean 'title'?`, candidate lists.
    public var notes: [String]

    public init(
        code: Code, message: String, sourceName: String, line: Int, column: Int, lineText: String,
        length: Int = 1, notes: [String] = []
    ) {
        self.code = code
        self.message = message
        self.sourceName = sourceName
        self.line = line
        self.column = column
        self.lineText = lineText
        self.length = max(1, length)
        self.notes = notes
    }

    /// The suggestion, when there is one (the first note).
    public var suggestion: String? { notes.first }

    /// The rendered error: `name:line:column: error: message`, the line, a caret, the notes.
    public var description: String { render() }

    /// Renders the diagnostic as the compiler-style block shown above (no colour), ending with
    /// a line break. A cancelled
    /// statement has nothing in its text to point at: one line, without the place at the prompt.
    public func render() -> String {
        if code == .cancelled {
            return sourceName == "<prompt>" ? "\(message)\n" : "\(sourceName):\(line): error: \(message)\n"
        }
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        // The line is shown with control characters escaped; the caret follows the escaped text.
        let chars = Array(lineText)
        let before = TerminalSafe.escape(String(chars.prefix(max(0, column - 1)))).count
        let under = TerminalSafe.escape(String(chars.dropFirst(max(0, column - 1)).prefix(length))).count
        let place = line > 0 ? ":\(line)" + (column > 0 ? ":\(column)" : "") : ""
        var out = "\(sourceName)\(place): error: \(message)\n"
        if line > 0 && (!lineText.isEmpty || column > 0) {
            out += " \(gutter) │ \(TerminalSafe.escape(lineText))\n"
        }
        if line > 0 && column > 0 {
            out +=
                " \(pad) │ " + String(repeating: " ", count: before) + "^"
                + String(repeating: "~", count: max(0, max(1, under) - 1)) + "\n"
        }
        for note in notes { out += note + "\n" }
        return out
    }
}
