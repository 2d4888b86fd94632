import NewsFacts

/// A query error: a stable code, the message, and where — source name, 1-based line and
/// column (columns count characters), the offending line — with an optional suggestion.
///
/// For example, `find ?p where ?p titel ?t` on line 3 of `script.nq` renders as:
///
///     script.nq:3:18: error: unknown predicate 'titel'
///      3 │ find ?p where ?p titel ?t
///        │                  ^~~~~
///     did you mean 'title'?
public struct Diagnostic: Error, Equatable, CustomStringConvertible, Sendable {
    /// Stable identifiers for each kind of error (for tests and tools, not for people).
    public enum Code: String, Sendable {
        case syntax, unexpectedEnd = "unexpected-end", badToken = "bad-token", unknownKeyword = "unknown-keyword"
        case unknownPredicate = "unknown-predicate", unknownEntity = "unknown-entity", ambiguousName = "ambiguous-name"
        case unboundVariable = "unbound-variable", unknownRule = "unknown-rule", ruleArity = "rule-arity"
        case badRegex = "bad-regex", badValue = "bad-value", unstratified = "unstratified-negation"
        case badQualifier = "unknown-qualifier", tooComplex = "too-complex", cancelled, load
        case timeLimit = "time-limit", memoryLimit = "memory-limit", regexLimit = "regex-limit"
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

    /// Renders the diagnostic as the compiler-style block shown above (no colour). A cancelled
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
        var out = "\(sourceName):\(line):\(column): error: \(message)\n"
        if !lineText.isEmpty || column > 0 {
            out += " \(gutter) │ \(TerminalSafe.escape(lineText))\n"
            out +=
                " \(pad) │ " + String(repeating: " ", count: before) + "^"
                + String(repeating: "~", count: max(0, max(1, under) - 1)) + "\n"
        }
        for note in notes { out += note + "\n" }
        return out
    }
}

/// Where statements come from: maps UTF-8 offsets to lines and character columns.
struct SourceText {
    let name: String
    let text: String
    let bytes: [UInt8]
    /// UTF-8 offset of each line's first byte.
    let lineStarts: [Int]
    /// Line number (1-based) of the text's first line: statements from a REPL keep their own.
    let firstLine: Int

    init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// A diagnostic at a UTF-8 range of this text.
    func diagnostic(
        _ code: Diagnostic.Code, _ message: String, at range: Range<Int>, notes: [String] = []
    ) -> Diagnostic {
        let offset = min(max(0, range.lowerBound), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var lineEnd = end
        if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let lineText = String(decoding: bytes[start..<lineEnd], as: UTF8.self)
        let column = String(decoding: bytes[start..<min(offset, lineEnd)], as: UTF8.self).count + 1
        let upper = min(max(range.upperBound, offset), lineEnd)
        let length = upper > offset ? String(decoding: bytes[offset..<upper], as: UTF8.self).count : 1
        return Diagnostic(
            code: code, message: message, sourceName: name, line: firstLine + lo, column: column,
            lineText: lineText, length: length, notes: notes)
    }
}
