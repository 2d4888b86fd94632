import Foundation

/// Where DuckDB finds the tables of `TableSchema` in a folder, as views under their own names,
/// so the SQL `newsq sql` prints runs as it is.
///
/// Each table is looked for in this order: `T.parquet` (one Parquet file), `T/` (a folder of
/// Parquet files, as Spark writes them), `parquet/T.parquet` (what the README's DuckDB line
/// exports), `T.csv` and `T.jsonl` (what `newsq export --dir` writes, read with the schema's
/// column types). For example, over a folder `newsq export --format csv --dir tables` wrote:
///
///     CREATE VIEW facts AS SELECT * FROM read_csv('tables/facts.csv', header = true, …);
public enum EngineTables {
    /// One `CREATE VIEW` a table, in `TableSchema.tables` order.
    ///
    /// - Throws: `EngineError.missingTable` naming the first table the folder does not hold,
    ///   and the files looked for.
    public static func views(in folder: String, fileManager: FileManager = .default) throws -> String {
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw EngineError.missingFolder(folder)
        }
        var sql = ""
        for table in TableSchema.tables {
            sql += "CREATE VIEW \(table.name) AS SELECT * FROM \(try source(of: table, in: folder, fileManager)));\n"
        }
        return sql
    }

    /// The table function reading `table` from `folder` (without its closing parenthesis).
    private static func source(
        of table: TableSchema.Table, in folder: String, _ fileManager: FileManager
    ) throws -> String {
        let base = (folder as NSString).appendingPathComponent(table.name)
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: base + ".parquet", isDirectory: &isFolder), !isFolder.boolValue {
            return "read_parquet(\(literal(base + ".parquet"))"
        }
        if fileManager.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue {
            return "read_parquet(\(literal((base as NSString).appendingPathComponent("*.parquet")))"
        }
        let exported = ((folder as NSString).appendingPathComponent("parquet") as NSString)
            .appendingPathComponent(table.name + ".parquet")
        if fileManager.fileExists(atPath: exported) { return "read_parquet(\(literal(exported))" }
        let columns =
            "{"
            + table.columns.map { "\(literal($0.name)): \(literal($0.type))" }
            .joined(separator: ", ") + "}"
        if fileManager.fileExists(atPath: base + ".csv") {
            return "read_csv(\(literal(base + ".csv")), header = true, auto_detect = false, columns = \(columns)"
        }
        if fileManager.fileExists(atPath: base + ".jsonl") {
            return "read_json(\(literal(base + ".jsonl")), format = 'newline_delimited', columns = \(columns)"
        }
        throw EngineError.missingTable(
            table.name, folder: folder,
            lookedFor: [
                "\(table.name).parquet", "\(table.name)/", "parquet/\(table.name).parquet",
                "\(table.name).csv", "\(table.name).jsonl",
            ])
    }

    /// `text` as an SQL string literal.
    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
