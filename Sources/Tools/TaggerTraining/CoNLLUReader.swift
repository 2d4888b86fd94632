import Foundation

/// Reads CoNLL-U files (Universal Dependencies' format): comment lines, then one tab-separated
/// line of ten columns per word, a blank line after each sentence.
///
/// For example:
///
///     let sentences = try CoNLLUReader.read(URL(fileURLWithPath: "en_ewt-ud-dev.conllu"))
///
/// Empty nodes (ids like `8.1`) are skipped: they have no surface form.
package enum CoNLLUReader {
    /// Reads every sentence of a file.
    ///
    /// - Throws: `CoNLLUError` with the file and line: unreadable or not UTF-8, a word line
    ///   without ten columns or with a bad id or head, a sentence without `# text`.
    package static func read(_ url: URL) throws -> [TreebankSentence] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CoNLLUError(file: url.path, line: 0, problem: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CoNLLUError(file: url.path, line: 0, problem: "is not UTF-8")
        }
        return try parse(text, file: url.path)
    }

    /// Parses CoNLL-U text; `file` names it in errors.
    package static func parse(_ text: String, file: String) throws -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var document = ""
        var current: TreebankSentence?
        var lineNumber = 0
        func finish() throws {
            guard let s = current else { return }
            guard !s.text.isEmpty else {
                throw CoNLLUError(file: file, line: s.line, problem: "sentence has no '# text'")
            }
            sentences.append(s)
            current = nil
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty {
                try finish()
                continue
            }
            if current == nil { current = TreebankSentence(id: "", document: document, text: "", line: lineNumber) }
            if line.hasPrefix("#") {
                if let v = value(line, "# newdoc id =") ?? (line == "# newdoc" ? "" : nil) {
                    document = v
                    current?.document = v
                } else if let v = value(line, "# sent_id =") {
                    current?.id = v
                } else if let v = value(line, "# text =") {
                    current?.text = v
                }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                let problem = "word line has \(columns.count) columns, expected 10"
                throw CoNLLUError(file: file, line: lineNumber, problem: problem)
            }
            let id = columns[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                    throw CoNLLUError(file: file, line: lineNumber, problem: "bad range id '\(id)'")
                }
                current?.multiwords.append(.init(first: first, last: last, form: String(columns[1])))
                continue
            }
            guard let n = Int(id), n >= 1 else {
                throw CoNLLUError(file: file, line: lineNumber, problem: "bad word id '\(id)'")
            }
            guard let head = Int(columns[6]), head >= 0 else {
                throw CoNLLUError(file: file, line: lineNumber, problem: "bad head '\(columns[6])'")
            }
            current?.words.append(
                .init(
                    id: n, form: String(columns[1]), upos: String(columns[3]),
                    xpos: String(columns[4]), head: head))
        }
        try finish()
        return sentences
    }

    private static func value(_ line: Substring, _ prefix: String) -> String? {
        guard line.hasPrefix(prefix) else { return nil }
        return line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }
}
