/// One lexicon file: its schema and its rows, each checked against the schema.
///
/// The text is lines of tab-separated fields. `#` starts a comment line; three comment lines
/// are directives (see `TableSchema`): `#schema:` (required, before the first row), `#unique:`
/// and `#cases:`. Empty lines are skipped; trailing fields may be left out when the schema lets
/// them be empty.
public struct LexiconTable {
    public struct Row: Equatable {
        /// 1-based line number in the file.
        public var line: Int
        /// One field per column (left-out trailing fields are empty).
        public var fields: [String]
    }

    /// The file as named when read (used in diagnostics).
    public var file: String
    /// The file name without folder and extension: `countries` for `Lexicons/countries.tsv`.
    public var name: String
    public var schema: TableSchema
    public var rows: [Row]
    /// The first comment line, which says what the table is (for the generated documentation).
    public var summary: String

    /// Parses and checks a table: column count, each field's type, empty fields, unique keys.
    ///
    /// - Returns: the table (nil when its schema cannot be read) and every problem found, each
    ///   with its line; a table with problems must not be used.
    public static func parse(_ text: String, file: String) -> (table: LexiconTable?, problems: [LexiconDiagnostic]) {
        var problems: [LexiconDiagnostic] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(LexiconDiagnostic(file: file, line: line, message: message))
        }
        var schema: TableSchema?
        var sawSchema = false
        var uniqueSpecs: [(line: Int, names: [String])] = []
        var caseSpecs: [(line: Int, column: String, type: String)] = []
        var rows: [Row] = []
        var summary = ""
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let directive = directiveValue(line)
                if let (name, _) = directive, !rows.isEmpty {
                    problem(number, "#\(name): must come before the first row")
                }
                switch directive {
                case ("schema", let specs)?:
                    if sawSchema {
                        problem(number, "a second #schema: line")
                        continue
                    }
                    sawSchema = true
                    do { schema = TableSchema(columns: try TableSchema.columns(from: specs)) } catch {
                        problem(number, "bad #schema: \(error)")
                    }
                case ("unique", let names)?:
                    uniqueSpecs.append((number, names.split(separator: " ").map(String.init)))
                case ("cases", let spec)?:
                    let words = spec.split(separator: " ").map(String.init)
                    if words.count == 3, words[1] == "as" {
                        caseSpecs.append((number, words[0], words[2]))
                    } else {
                        problem(number, "#cases: wants \"COLUMN as TypeName\"")
                    }
                case (let other, _)?:
                    problem(number, "unknown directive #\(other): (known: #schema:, #unique:, #cases:)")
                case nil:
                    if summary.isEmpty && schema == nil && !line.contains("\t") {
                        summary = line.dropFirst().trimmingSpaces()
                    }
                }
                continue
            }
            guard sawSchema else {
                problem(number, "a row before the #schema: line")
                return (nil, problems)
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            rows.append(Row(line: number, fields: fields))
        }
        guard var schema else {
            if !sawSchema { problem(1, "no #schema: line (for example \"#schema: name:text aliases:list\")") }
            return (nil, problems)
        }
        apply(unique: uniqueSpecs, cases: caseSpecs, to: &schema, problem)
        let base = file.split(separator: "/").last.map(String.init) ?? file
        let stem = base.hasSuffix(".tsv") ? String(base.dropLast(4)) : base
        var table = LexiconTable(file: file, name: stem, schema: schema, rows: [], summary: summary)
        table.rows = rows.compactMap { table.checked($0, problem) }
        table.checkUnique(problem)
        return (table, problems)
    }

    /// Adds the `#unique:` and `#cases:` directives to the schema, once it is known; a column
    /// name the schema lacks, or a case type that is not a Swift type name, is a problem at the
    /// directive's line.
    private static func apply(
        unique uniqueSpecs: [(line: Int, names: [String])],
        cases caseSpecs: [(line: Int, column: String, type: String)],
        to schema: inout TableSchema, _ problem: (Int, String) -> Void
    ) {
        for spec in uniqueSpecs {
            do { schema.unique.append(try spec.names.map { try schema.index(of: $0) }) } catch {
                problem(spec.line, "bad #unique: \(error)")
            }
        }
        for spec in caseSpecs {
            guard SwiftName.isTypeName(spec.type) else {
                problem(spec.line, "bad #cases: \"\(spec.type)\" is not a type name")
                continue
            }
            do {
                schema.cases.append(TableSchema.Cases(column: try schema.index(of: spec.column), typeName: spec.type))
            } catch {
                problem(spec.line, "bad #cases: \(error)")
            }
        }
    }

    /// The row with its fields padded to the columns, or nil (with problems) when it does not fit.
    private func checked(_ row: Row, _ problem: (Int, String) -> Void) -> Row? {
        let columns = schema.columns
        guard row.fields.count <= columns.count else {
            let names = columns.map(\.name).joined(separator: ", ")
            problem(row.line, "\(row.fields.count) fields, but the schema has \(columns.count) columns (\(names))")
            return nil
        }
        var fields = row.fields
        var ok = true
        for (i, column) in columns.enumerated() {
            if i >= fields.count { fields.append("") }
            let value = fields[i]
            if value.isEmpty {
                if !column.optional, !isList(column.type) {
                    let what = i >= row.fields.count ? "missing" : "empty"
                    problem(row.line, "\(what) field \"\(column.name)\" (column \(i + 1))")
                    ok = false
                }
                continue
            }
            if let message = column.type.problem(with: value) {
                problem(row.line, "field \"\(column.name)\" (column \(i + 1)): \(message)")
                ok = false
            }
        }
        return ok ? Row(line: row.line, fields: fields) : nil
    }

    private func isList(_ type: ColumnType) -> Bool {
        if case .list = type { return true }
        return false
    }

    /// Reports rows that repeat another's values in a `#unique:` set of columns.
    private func checkUnique(_ problem: (Int, String) -> Void) {
        for key in schema.unique {
            var first: [[String]: Int] = [:]
            for row in rows {
                let values = key.map { row.fields[$0] }
                if let line = first[values] {
                    let names = key.map { schema.columns[$0].name }.joined(separator: ", ")
                    let quoted = values.map { "\"\($0)\"" }.joined(separator: ", ")
                    problem(row.line, "duplicate \(names) \(quoted) (first on line \(line))")
                } else {
                    first[values] = row.line
                }
            }
        }
    }

    /// `("schema", "a:text b:list")` for `#schema: a:text b:list`; nil for a plain comment.
    private static func directiveValue(_ line: Substring) -> (String, String)? {
        let body = line.dropFirst()
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let name = body[..<colon]
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter && $0.isLowercase }) else { return nil }
        return (String(name), body[body.index(after: colon)...].trimmingSpaces())
    }

    /// The values of a column, by name (for references).
    func values(of column: String) -> Set<String>? {
        guard let i = schema.columns.firstIndex(where: { $0.name == column }) else { return nil }
        return Set(rows.map { $0.fields[i] })
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var s = self
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
