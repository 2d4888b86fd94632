import NewsFacts

/// Where statements come from: maps UTF-8 offsets to lines and character columns.
///
/// The line starts are found when the first diagnostic asks for them, not when a statement is
/// read (most statements run without one), and kept for the diagnostics after it: a script of
/// many bad statements is scanned for its lines once, not once a diagnostic.
struct SourceText {
    let name: String
    let text: String
    /// Line number (1-based) of the text's first line: statements from a REPL keep their own.
    let firstLine: Int
    /// Shared by the copies of this value (the parser's, the resolver's), so that the one scan
    /// serves them all.
    private let lines = LineStarts()

    init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// The text's UTF-8 bytes in `range` as a String (no copy of the whole text).
    func slice(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let hi = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }

    /// How many times the line starts were found (once at most): for tests.
    var lineScans: Int { lines.scans }

    /// A diagnostic at a UTF-8 range of this text.
    func diagnostic(
        _ code: Diagnostic.Code, _ message: String, at range: Range<Int>, notes: [String] = []
    ) -> Diagnostic {
        let lineStarts = lines.starts(of: text)
        var text = self.text
        return text.withUTF8 { bytes in
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
}

/// The UTF-8 offset of each line's first byte of one text, found at the first call and kept.
private final class LineStarts {
    private var found: [Int]?
    private(set) var scans = 0

    func starts(of text: String) -> [Int] {
        if let found { return found }
        var starts = [0]
        var i = 0
        for b in text.utf8 {
            i += 1
            if b == 0x0A { starts.append(i) }
        }
        found = starts
        scans += 1
        return starts
    }
}
