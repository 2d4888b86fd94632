/// Reads the tab-separated facts layout `s p o okind article sentence` straight from bytes
/// into a store, interning from the buffer without making a String a field.
///
/// `okind` is `iri` (the object is an entity), `str` (text) or `date` (an ISO date).
/// Lines that are empty or start with `#` are skipped.
enum TSVFactsParser {
    static func parse(_ data: [UInt8], file: String, into store: FactStore) throws {
        var articleNames = TermTable()
        var articleSlots: [Int] = []
        let importedRule = store.rule("imported")
        store.reserve(facts: data.count / 48)
        try data.withUnsafeBufferPointer { buf in
            let n = buf.count
            var pos = 0, line = 0
            var fields = [Range<Int>](repeating: 0..<0, count: 6)
            while pos < n {
                line += 1
                var end = pos
                while end < n && buf[end] != 10 { end += 1 }
                var lineEnd = end
                if lineEnd > pos && buf[lineEnd - 1] == 13 { lineEnd -= 1 }
                defer { pos = end + 1 }
                if lineEnd == pos || buf[pos] == UInt8(ascii: "#") { continue }
                var count = 0, start = pos
                for i in pos..<lineEnd where buf[i] == 9 {
                    if count < 6 { fields[count] = start..<i }
                    count += 1
                    start = i + 1
                }
                if count < 6 { fields[count] = start..<lineEnd }
                count += 1
                guard count == 6 else {
                    throw FactsFileError(file: file, line: line, message: "expected 6 tab-separated fields (s p o okind article sentence), found \(count)")
                }
                func slice(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buf[r]) }
                for k in [0, 1, 2, 4] where fields[k].isEmpty {
                    let names = ["subject", "predicate", "object", "okind", "article", "sentence"]
                    throw FactsFileError(file: file, line: line, column: fields[k].lowerBound - pos + 1, message: "empty \(names[k])")
                }
                let kind: TermKind
                switch Array(slice(fields[3])) {
                case Array("iri".utf8): kind = .entity
                case Array("str".utf8): kind = .text
                case Array("date".utf8):
                    kind = .date
                    guard DateValue(iso: String(decoding: slice(fields[2]), as: UTF8.self)) != nil else {
                        throw FactsFileError(file: file, line: line, column: fields[2].lowerBound - pos + 1,
                                             message: "okind is 'date' but '\(String(decoding: slice(fields[2]), as: UTF8.self))' is not an ISO date")
                    }
                default:
                    throw FactsFileError(file: file, line: line, column: fields[3].lowerBound - pos + 1,
                                         message: "okind must be iri, str or date, not '\(String(decoding: slice(fields[3]), as: UTF8.self))'")
                }
                var sentence = 0
                for b in slice(fields[5]) {
                    guard b >= 48 && b <= 57, sentence < 100_000_000 else {
                        throw FactsFileError(file: file, line: line, column: fields[5].lowerBound - pos + 1,
                                             message: "sentence must be a whole number, not '\(String(decoding: slice(fields[5]), as: UTF8.self))'")
                    }
                    sentence = sentence * 10 + Int(b - 48)
                }
                let articleName = articleNames.intern(kind: .text, utf8: slice(fields[4]))
                if Int(articleName) == articleSlots.count {
                    articleSlots.append(store.articleSlot(String(decoding: slice(fields[4]), as: UTF8.self), sourceFile: file))
                }
                let article = articleSlots[Int(articleName)]
                store.append(store.internTerm(kind: .entity, utf8: slice(fields[0])),
                             store.internTerm(kind: .entity, utf8: slice(fields[1])),
                             store.internTerm(kind: kind, utf8: slice(fields[2])),
                             article: article, sentence: sentence, range: nil, rule: importedRule)
                store.addFactCount(1, toArticle: article)
            }
        }
    }
}
