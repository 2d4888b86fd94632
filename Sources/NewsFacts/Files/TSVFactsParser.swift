/// Reads the tab-separated facts layout `s p o okind article sentence` straight from bytes,
/// interning from the buffer without making a String of any field.
///
/// `okind` is `iri` (the object is an entity), `str` (text) or `date` (an ISO date).
/// Lines that are empty or start with `#` are skipped.
struct TSVFactsParser {
    /// What one file holds, as columns ready to append to the store.
    struct Columns {
        var subjects: [TermID] = []
        var predicates: [TermID] = []
        var objects: [TermID] = []
        var articles: [UInt32] = []
        var sentences: [UInt32] = []
        /// Article ids in order of first appearance; `articles` indexes this list.
        var articleIDs: [String] = []
    }

    static let fieldNames = ["subject", "predicate", "object", "okind", "article", "sentence"]

    /// Parses the whole file; `terms` gains the file's terms even when parsing fails part-way
    /// (unused terms are harmless: no fact refers to them).
    ///
    /// - Throws: `FactsFileError` at the first line that is not six fields of the right kinds.
    ///
    /// Longer than most (84 lines) on purpose: it is the import's loop over every byte of a
    /// million-line file, and keeping the line's position and field ranges in one frame, with
    /// its small steps as nested functions over them, is what lets it intern straight from the
    /// buffer (the peer benchmark's import).
    static func parse(_ data: [UInt8], file: String, terms: inout TermTable) throws -> Columns {
        var columns = Columns()
        var lines = 0
        for b in data where b == 10 { lines += 1 }
        columns.subjects.reserveCapacity(lines + 1)
        columns.predicates.reserveCapacity(lines + 1)
        columns.objects.reserveCapacity(lines + 1)
        columns.articles.reserveCapacity(lines + 1)
        columns.sentences.reserveCapacity(lines + 1)
        var articleNames = TermTable()
        try data.withUnsafeBufferPointer { buf in
            let n = buf.count
            var pos = 0, line = 0
            var field = [Range<Int>](repeating: 0..<0, count: 6)
            while pos < n {
                line += 1
                var end = pos
                while end < n && buf[end] != 10 { end += 1 }
                var lineEnd = end
                if lineEnd > pos && buf[lineEnd - 1] == 13 { lineEnd -= 1 }
                defer { pos = end + 1 }
                if lineEnd == pos || buf[pos] == UInt8(ascii: "#") { continue }
                // Split on tabs into six fields.
                var count = 0, start = pos, i = pos
                while i < lineEnd {
                    if buf[i] == 9 {
                        if count < 6 { field[count] = start..<i }
                        count += 1
                        start = i + 1
                    }
                    i += 1
                }
                if count < 6 { field[count] = start..<lineEnd }
                count += 1
                /// The line, for an error's diagnostic.
                func lineText() -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: buf[pos..<lineEnd]), as: UTF8.self)
                }
                guard count == 6 else {
                    throw FactsFileError(
                        file: file, line: line,
                        message: "expected 6 tab-separated fields (s p o okind article sentence), found \(count)",
                        lineText: lineText())
                }
                func bytes(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buf[field[k]]) }
                func text(_ k: Int) -> String { String(decoding: bytes(k), as: UTF8.self) }
                func fail(_ k: Int, _ message: String) -> FactsFileError {
                    FactsFileError(
                        file: file, line: line, column: field[k].lowerBound - pos + 1, message: message,
                        lineText: lineText())
                }
                for k in 0..<6 where k != 3 && field[k].isEmpty { throw fail(k, "empty \(fieldNames[k])") }
                let okind = bytes(3)
                let kind: TermKind
                if okind.elementsEqual("iri".utf8) {
                    kind = .entity
                } else if okind.elementsEqual("str".utf8) {
                    kind = .text
                } else if okind.elementsEqual("date".utf8) {
                    kind = .date
                    guard DateValue(iso: text(2)) != nil else {
                        throw fail(2, "okind is 'date' but '\(text(2))' is not an ISO date")
                    }
                } else {
                    throw fail(3, "okind must be iri, str or date, not '\(text(3))'")
                }
                var sentence = 0
                for b in bytes(5) {
                    guard b >= 48 && b <= 57, sentence < 100_000_000 else {
                        throw fail(5, "sentence must be a whole number, not '\(text(5))'")
                    }
                    sentence = sentence * 10 + Int(b - 48)
                }
                let article = articleNames.intern(kind: .text, utf8: bytes(4))
                if Int(article) == columns.articleIDs.count { columns.articleIDs.append(text(4)) }
                columns.subjects.append(terms.intern(kind: .entity, utf8: bytes(0)))
                columns.predicates.append(terms.intern(kind: .entity, utf8: bytes(1)))
                columns.objects.append(terms.intern(kind: kind, utf8: bytes(2)))
                columns.articles.append(article)
                columns.sentences.append(UInt32(sentence))
            }
        }
        return columns
    }
}
