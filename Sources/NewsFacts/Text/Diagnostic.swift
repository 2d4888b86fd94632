/// An error a user sees, in one shape whatever it is about (a query, a dot-command, a facts or
/// article file, a path a load skipped, a snapshot, output that was lost): a stable code, the message, and where — source name, 1-based line and column
/// (columns count characters), the offending line — with notes such as a suggestion.
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
        /// An article file (`.txt`, `.json`, `.jsonl`) that cannot be read as articles.
        case articleFile = "article-file"
        /// A dot-command that does not exist, or one given arguments it does not take.
        case unknownCommand = "unknown-command", badArgument = "bad-argument"
        /// A dot-command that could not do its work (a folder it cannot enter, a file it cannot read).
        case commandFailed = "command-failed"
        /// A path a folder walk or a read passed over: a folder it cannot read, a FIFO, a link
        /// leading out of the folder, a path that does not exist (`SkippedPath`).
        case skippedPath = "skipped-path"
        /// A script or init file newsq was asked to run and cannot read as text.
        case unreadableFile = "unreadable-file"
        /// A snapshot that cannot be used or written (`SnapshotError`): only a cache, rebuilt.
        case snapshot
        /// Output that could not be written: a full disk, a folder that cannot be made (`OutputError`).
        case output
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
    /// At most how many characters of the line are shown (0: all), a window around the
    /// column: a `.jsonl` record can be a whole article on one line.
    public var shownWidth: Int

    public init(
        code: Code, message: String, sourceName: String, line: Int, column: Int, lineText: String,
        length: Int = 1, notes: [String] = [], shownWidth: Int = 0
    ) {
        self.code = code
        self.message = message
        self.sourceName = sourceName
        self.line = line
        self.column = column
        self.lineText = lineText
        self.length = max(1, length)
        self.notes = notes
        self.shownWidth = shownWidth
    }

    /// An error about a whole file rather than a place in it: `path: error: message`.
    public static func file(_ path: String, _ code: Code, _ message: String) -> Diagnostic {
        Diagnostic(code: code, message: message, sourceName: path, line: 0, column: 0, lineText: "")
    }

    /// The suggestion, when there is one (the first note).
    public var suggestion: String? { notes.first }

    /// The rendered error: `name:line:column: error: message`, the line, a caret, the notes.
    public var description: String { render() }

    /// The rendered error without its final line break: what an error type that carries a
    /// diagnostic (`FactsFileError`, `SkippedPath`…) gives as its description.
    public var renderedText: String {
        var text = render()
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

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
        let (shown, shownColumn) = window()
        let chars = Array(shown)
        let before = TerminalSafe.escape(String(chars.prefix(max(0, shownColumn - 1)))).count
        let under = TerminalSafe.escape(String(chars.dropFirst(max(0, shownColumn - 1)).prefix(length))).count
        let place = line > 0 ? ":\(line)" + (column > 0 ? ":\(column)" : "") : ""
        var out = "\(sourceName)\(place): error: \(message)\n"
        if line > 0 && (!lineText.isEmpty || column > 0) {
            out += " \(gutter) │ \(TerminalSafe.escape(shown))\n"
        }
        if line > 0 && column > 0 {
            out +=
                " \(pad) │ " + String(repeating: " ", count: before) + "^"
                + String(repeating: "~", count: max(0, max(1, under) - 1)) + "\n"
        }
        for note in notes { out += note + "\n" }
        return out
    }

    /// The part of the line shown and the column within it: the whole line, or when it is longer
    /// than `shownWidth`, `shownWidth` characters around the column with `…` where cut.
    private func window() -> (text: String, column: Int) {
        let chars = Array(lineText)
        guard shownWidth > 0, chars.count > shownWidth else { return (lineText, column) }
        // A third of the window before the column, so the caret's context reads on both sides.
        let start = column > 0 ? max(0, min(column - 1 - shownWidth / 3, chars.count - shownWidth)) : 0
        let end = start + shownWidth
        let text = (start > 0 ? "…" : "") + String(chars[start..<end]) + (end < chars.count ? "…" : "")
        return (text, column > 0 ? column - start + (start > 0 ? 1 : 0) : 0)
    }
}
