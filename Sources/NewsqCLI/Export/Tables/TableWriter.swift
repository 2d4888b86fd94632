import NewsFacts

/// Renders table rows as CSV (RFC 4180, a header line, NULL as an empty field) or JSON lines
/// (one object a row, keys in column order, NULL as `null`).
public struct TableWriter {
    public enum Format: String, CaseIterable, Sendable {
        case csv, jsonl
        /// The file name extension of a table in this format.
        public var fileExtension: String { rawValue }
    }

    public let format: Format

    public init(format: Format) { self.format = format }

    /// The first line of a table's file: the CSV header; nothing for JSON lines.
    public func header(_ table: TableSchema.Table) -> String {
        format == .csv ? table.columns.map(\.name).joined(separator: ",") + "\n" : ""
    }

    /// One row as a line, ending in `\n`. With `table:` set (JSON lines only) the object
    /// starts with `"table": NAME`, so rows of several tables can share one stream.
    public func line(_ table: TableSchema.Table, _ cells: [TableCell], tagged: Bool = false) -> String {
        switch format {
        case .csv:
            return cells.map { cell -> String in
                switch cell {
                case .text(let s): return s.isEmpty ? "\"\"" : TextEscaping.csvField(s)
                case .integer(let n): return String(n)
                case .null: return ""
                }
            }.joined(separator: ",") + "\n"
        case .jsonl:
            var out = tagged ? "{\"table\":\(TextEscaping.jsonString(table.name))," : "{"
            for (i, (column, cell)) in zip(table.columns, cells).enumerated() {
                if i > 0 { out += "," }
                out += TextEscaping.jsonString(column.name) + ":"
                switch cell {
                case .text(let s): out += TextEscaping.jsonString(s)
                case .integer(let n): out += String(n)
                case .null: out += "null"
                }
            }
            return out + "}\n"
        }
    }
}
