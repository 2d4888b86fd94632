import Foundation
import NewsFacts

/// Writes a store as `TableSchema`'s tables into a folder: `facts.csv`, `qualifiers.csv`,
/// `entities.csv`, `articles.csv` (or `.jsonl`) and `schema.sql` beside them.
public struct TableExporter {
    public let store: FactStore
    public let format: TableWriter.Format

    public init(store: FactStore, format: TableWriter.Format) {
        self.store = store
        self.format = format
    }

    /// The file a table is written to in `folder`.
    public func path(of table: TableSchema.Table, in folder: String) -> String {
        (folder as NSString).appendingPathComponent("\(table.name).\(format.fileExtension)")
    }

    /// Creates `folder` if needed and writes every table and the schema file into it,
    /// replacing files of the same names.
    ///
    /// - Returns: the rows written per table name.
    /// - Throws: `OutputError` naming the folder or file that could not be created or written.
    @discardableResult
    public func write(to folder: String) throws -> [String: Int] {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            if (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil {
                // Asked again of the system for the reason (errno) the message names.
                let code = mkdir(folder, 0o755) == 0 ? 0 : errno
                if code != 0 { throw OutputError(destination: folder, code: code) }
            }
        } else if !isFolder.boolValue {
            throw OutputError(destination: folder, code: ENOTDIR)
        }
        let schema = try FileOutput.create((folder as NSString).appendingPathComponent("schema.sql"))
        try schema.write(TableSchema.sql)
        try schema.close()
        let writer = TableWriter(format: format)
        let rows = TableRows(store: store)
        var counts: [String: Int] = [:]
        for table in TableSchema.tables {
            let file = try FileOutput.create(path(of: table, in: folder))
            var buffer = writer.header(table)
            var failure: OutputError?
            var n = 0
            rows.forEach(table) { cells in
                buffer += writer.line(table, cells)
                n += 1
                if buffer.utf8.count >= 1 << 20 {
                    do { try file.write(buffer) } catch let e as OutputError { failure = e } catch {}
                    buffer = ""
                }
                return failure == nil
            }
            if let failure { throw failure }
            try file.write(buffer)
            try file.close()
            counts[table.name] = n
        }
        return counts
    }
}
