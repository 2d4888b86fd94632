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
            var line = ""
            for (i, cell) in cells.enumerated() {
                if i > 0 { line += "," }
                switch cell {
                case .text(let s): line += s.isEmpty ? "\"\"" : TableWriter.csvField(s)
                case .integer(let n): line += String(n)
                case .null: break
                }
            }
            return line + "\n"
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

    /// `TextEscaping.csvField(s)`, with a field of plain ASCII that needs no quotes (nearly every
    /// one) passed through after a look at its bytes: walking its Characters was a quarter of
    /// exporting 1 million facts.
    static func csvField(_ s: String) -> String {
        var first = true
        var last: UInt8 = 0
        for b in s.utf8 {
            // Not ASCII (a newline beyond ASCII, U+2028…), a quote, a comma, \n \v \f \r, a leading space.
            if b >= 0x80 || b == 0x22 || b == 0x2C || (b >= 0x0A && b <= 0x0D) || (first && b == 0x20) {
                return TextEscaping.csvField(s)
            }
            first = false
            last = b
        }
        return last == 0x20 ? TextEscaping.csvField(s) : s
    }
}
