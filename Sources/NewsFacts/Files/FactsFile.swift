import Foundation

/// Curated facts written by hand, one a line, fields separated by `|`:
///
///     # who holds what, checked by the desk
///     Toshimitsu Motegi | type  | person
///     Toshimitsu Motegi | title | Foreign Minister | of = Japan, date = 2021-01-27
///     Toshimitsu Motegi | said  | "We agreed to bolster the alliance." | to = reporters
///
/// The subject is always an entity. The object is text when quoted; an ISO date or a number
/// when it reads as one; otherwise an entity, except after the literal predicates
/// (`FactsFile.literalPredicates`: type, alias, title, said, kind…), where it is text.
/// Qualifier values follow the same rule, with `of to place destination participant` naming
/// entities. Every fact gets provenance `asserted`, article = the file's name (with its
/// extension), sentence = its line number.
public enum FactsFile {
    /// Predicates whose unquoted objects are text, not entity names.
    public static let literalPredicates = FactVocabulary.literalPredicates
    /// The `source` of the article record a facts file becomes.
    public static let curatedSource = "asserted"

    /// Qualifier keys whose unquoted values name entities.
    public static let entityQualifiers = FactVocabulary.entityQualifiers

    /// Loads a `.tsv` facts file (see `FactStore.importTSV`) or a `.facts` file into the store.
    /// Only a regular file is read (a FIFO named like one is refused, not waited on).
    ///
    /// - Throws: `SkippedPath` for a file that cannot be read, `FactsFileError` for a
    ///   malformed one; nothing of it is kept.
    @discardableResult
    public static func load(path: String, into store: FactStore) throws -> LoadOutcome {
        let data = try RegularFile.read(path, maxBytes: maxBytes(path)).bytes
        if path.hasSuffix(".tsv") { return try store.importTSV(data, file: path) }
        return store.load(try parse(data, path: path))
    }

    /// The largest facts file read: 2 GB for a `.facts` file; for a `.tsv`, a third of this
    /// machine's memory when that is more (importing one holds the file, its parsed columns and
    /// the store at once, about 2.5 times the file's size), so 50 million facts (2.3 GB) load
    /// on a machine of 24 GB and a file that cannot fit is refused by name, not half-read.
    public static func maxBytes(_ path: String) -> Int {
        let twoGB = Int(Int32.max)
        guard path.lowercased().hasSuffix(".tsv") else { return twoGB }
        return max(twoGB, Int(clamping: ProcessInfo.processInfo.physicalMemory / 3))
    }

    /// Parses a `.facts` file's bytes; its article id is the file name with its extension
    /// (`desk.facts` never clashes with an article `desk.txt`).
    ///
    /// - Throws: `FactsFileError` when it is not UTF-8 or a line is malformed.
    public static func parse(_ data: [UInt8], path: String) throws -> ArticleFacts {
        guard let text = String(data: Data(data), encoding: .utf8) else {
            throw FactsFileError(file: path, line: 0, message: "not UTF-8 text")
        }
        return try parse(text, articleID: (path as NSString).lastPathComponent, file: path)
    }

    /// Parses the `.facts` form into the value extraction also produces.
    ///
    /// - Throws: `FactsFileError` at the first malformed line, with its column.
    public static func parse(_ text: String, articleID: String, file: String) throws -> ArticleFacts {
        var facts: [FactRecord] = []
        var lineNumber = 0
        var lines: [Sentence] = []
        var offset = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            defer { offset += raw.utf8.count + 1 }
            lines.append(Sentence(index: lineNumber - 1, range: offset..<offset + raw.utf8.count, text: line))
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do {
                facts.append(try fact(line, file: file, lineNumber: lineNumber))
            } catch var error as FactsFileError {
                error.lineText = line
                throw error
            }
        }
        let article = Article(id: articleID, title: "curated facts", source: curatedSource, path: file, text: text)
        return ArticleFacts(article: article, sentences: lines, entities: [], facts: facts)
    }

    /// The fact on line `lineNumber`, `line` (neither blank nor a comment).
    ///
    /// - Throws: `FactsFileError` at the first thing wrong with it (without the line's text).
    private static func fact(_ line: String, file: String, lineNumber: Int) throws -> FactRecord {
        var fields = try split(line, file: file, line: lineNumber)
        guard fields.count >= 3 && fields.count <= 4 else {
            throw FactsFileError(
                file: file, line: lineNumber, column: 1,
                message:
                    "expected 'subject | predicate | object' and optional '| key = value, …', found \(fields.count) field\(fields.count == 1 ? "" : "s")"
            )
        }
        for (i, name) in ["subject", "predicate", "object"].enumerated() where fields[i].text.isEmpty {
            throw FactsFileError(file: file, line: lineNumber, column: fields[i].column, message: "empty \(name)")
        }
        let predicate = fields[1].text
        let object = try value(
            fields[2], literal: literalPredicates.contains(predicate), file: file,
            line: lineNumber)
        var qualifiers: [Qualifier] = []
        if fields.count == 4 {
            for part in fields[3].text.split(separator: ",") {
                let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2, !kv[0].isEmpty, !kv[1].isEmpty else {
                    throw FactsFileError(
                        file: file, line: lineNumber, column: fields[3].column,
                        message: "qualifier '\(part.trimmingCharacters(in: .whitespaces))' is not 'key = value'")
                }
                let quoted = kv[1].count >= 2 && kv[1].hasPrefix("\"") && kv[1].hasSuffix("\"")
                let field = Field(
                    text: quoted ? String(kv[1].dropFirst().dropLast()) : kv[1], quoted: quoted,
                    column: fields[3].column)
                qualifiers.append(
                    Qualifier(
                        kv[0],
                        try value(
                            field, literal: !entityQualifiers.contains(kv[0]),
                            file: file, line: lineNumber)))
            }
        }
        fields[0].quoted = false
        return FactRecord(
            subject: .entity(fields[0].text), predicate: predicate, object: object,
            qualifiers: qualifiers, sentence: lineNumber - 1, rule: "asserted")
    }

    private struct Field {
        var text: String
        var quoted: Bool
        var column: Int
    }

    /// The term an unquoted field stands for (see the type's documentation).
    ///
    /// - Throws: `FactsFileError` at the field when it reads as a number that is not a finite
    ///   decimal (`-nan`, `-inf`, `1e999`, `0x1p3`): such a value would give `nan` aggregates
    ///   and numbers no other tool reads back.
    private static func value(_ field: Field, literal: Bool, file: String, line: Int) throws -> Term {
        if field.quoted { return .text(field.text) }
        if let d = DateValue(iso: field.text) { return .date(d) }
        if field.text.first.map({ $0.isNumber || $0 == "-" }) == true, let n = Double(field.text) {
            guard n.isFinite, isDecimal(field.text) else {
                throw FactsFileError(
                    file: file, line: line, column: field.column,
                    message: "'\(field.text)' is not a finite decimal number"
                        + " (quote it to keep it as text)")
            }
            return .number(n)
        }
        return literal ? .text(field.text) : .entity(field.text)
    }

    /// True for the decimal notation `[-]digits[.digits][e[±]digits]` (also `1.` and `-.5`):
    /// what `Double` reads besides it (hexadecimal, `nan`, `inf`) is not a number here.
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            var n = 0
            while let b = bytes.first, b >= 48 && b <= 57 {
                bytes = bytes.dropFirst()
                n += 1
            }
            return n
        }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// Splits on `|` outside double quotes, trimming each field; `\"` and `\\` escape in quotes.
    private static func split(_ line: String, file: String, line number: Int) throws -> [Field] {
        var fields: [Field] = []
        var current = "", inQuotes = false, quoted = false, escaped = false
        var column = 1, fieldColumn = 1, quoteColumn = 0
        func finish() {
            let text = quoted ? current : current.trimmingCharacters(in: .whitespaces)
            fields.append(Field(text: text, quoted: quoted, column: fieldColumn))
            current = ""
            quoted = false
        }
        for ch in line {
            defer { column += 1 }
            if inQuotes {
                if escaped {
                    current.append(ch)
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else if ch == "\"" {
                    inQuotes = false
                } else {
                    current.append(ch)
                }
                continue
            }
            switch ch {
            case "|":
                finish()
                fieldColumn = column + 1
            case "\"" where current.trimmingCharacters(in: .whitespaces).isEmpty && !quoted:
                inQuotes = true
                quoted = true
                current = ""
                quoteColumn = column
            case " ", "\t":
                if quoted { continue }
                if current.isEmpty { fieldColumn = column + 1 } else { current.append(ch) }
            default:
                if quoted {
                    throw FactsFileError(
                        file: file, line: number, column: column, message: "unexpected text after a quoted value")
                }
                current.append(ch)
            }
        }
        if inQuotes {
            throw FactsFileError(file: file, line: number, column: quoteColumn, message: "unterminated quoted string")
        }
        finish()
        return fields
    }
}
