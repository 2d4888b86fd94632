import NewsFacts

/// Where statements come from: maps UTF-8 offsets to lines and character columns.
///
/// The text's bytes and line starts are found when a diagnostic asks for them, not when a
/// statement is read: most statements run without one.
struct SourceText {
    let name: String
    let text: String
    /// Line number (1-based) of the text's first line: statements from a REPL keep their own.
    let firstLine: Int

    init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// The text's UTF-8 bytes (a copy made for each use).
    var bytes: [UInt8] { Array(text.utf8) }

    /// A diagnostic at a UTF-8 range of this text.
    func diagnostic(
        _ code: Diagnostic.Code, _ message: String, at range: Range<Int>, notes: [String] = []
    ) -> Diagnostic {
        let bytes = self.bytes
        // UTF-8 offset of each line's first byte.
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
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
