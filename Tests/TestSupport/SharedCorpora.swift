import Foundation

/// The real documents of the shared corpora (UD English EWT and GUM, CoNLL-U files), rebuilt
/// as plain text from their `# newdoc id`, `# newpar` and `# text =` lines.
///
/// For example:
///
///     guard let folder = SharedCorpora.folder else { throw XCTSkip(SharedCorpora.missing) }
///     let documents = try SharedCorpora.documents(in: folder)   // 1,285 documents
public enum SharedCorpora {
    public struct Document {
        /// The corpus (`ewt` or `gum`) and the document's id in it.
        public var corpus: String
        public var id: String
        /// Sentences joined by spaces, paragraphs by blank lines.
        public var text: String
        public var sentences: Int

        /// A file name for the document: its id with anything but letters, digits, `.`, `_`
        /// and `-` replaced.
        public var fileName: String {
            String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" }) + ".txt"
        }
    }

    /// Where the corpora are: `shared/corpora` beside the repository (in CI the shared folder
    /// sits beside the clone) or beside one of its parent folders (a work tree kept deeper).
    public static var folder: URL? {
        var dir = TestPaths.repositoryRoot
        for _ in 0..<4 {
            dir.deleteLastPathComponent()
            let candidate = dir.appendingPathComponent("shared/corpora")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ud-english-ewt").path) {
                return candidate
            }
        }
        return nil
    }

    /// Why a corpus test is skipped when `folder` is nil.
    public static let missing =
        "the shared corpora (shared/corpora with ud-english-ewt and gum-cc-by, beside the "
        + "repository or a parent folder of it) are not on this machine"

    /// The `.conllu` files the documents come from.
    public static func files(in folder: URL) -> [(corpus: String, url: URL)] {
        var out: [(String, URL)] = []
        for (corpus, sub) in [("ewt", "ud-english-ewt"), ("gum", "gum-cc-by")] {
            let dir = folder.appendingPathComponent(sub)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".conllu") {
                out.append((corpus, dir.appendingPathComponent(name)))
            }
        }
        return out
    }

    /// Every document of every corpus file, in file order.
    ///
    /// - Throws: when a file cannot be read as UTF-8.
    public static func documents(in folder: URL) throws -> [Document] {
        var out: [Document] = []
        for (corpus, url) in files(in: folder) {
            out += parse(try String(contentsOf: url, encoding: .utf8), corpus: corpus)
        }
        return out
    }

    /// The documents of one CoNLL-U text.
    public static func parse(_ text: String, corpus: String) -> [Document] {
        var out: [Document] = []
        var id: String?
        var paragraphs: [[String]] = []
        var count = 0
        func finish() {
            guard let id, count > 0 else { return }
            let body = paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
            out.append(Document(corpus: corpus, id: id, text: body + "\n", sentences: count))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("#") {
            if let value = value(line, "# newdoc id") {
                finish()
                id = value
                paragraphs = [[]]
                count = 0
            } else if line.hasPrefix("# newpar") {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else if let sentence = value(line, "# text") {
                if paragraphs.isEmpty { paragraphs = [[]] }
                paragraphs[paragraphs.count - 1].append(sentence)
                count += 1
            }
        }
        finish()
        return out
    }

    /// The value of a `# key = value` comment line, if it is that key's.
    private static func value(_ line: Substring, _ key: String) -> String? {
        guard line.hasPrefix(key) else { return nil }
        let rest = line.dropFirst(key.count).drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        return String(rest.dropFirst().drop { $0 == " " })
    }
}
