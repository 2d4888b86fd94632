/// Why `newsq sql --engine` could not run a statement on its engine: each names what was
/// missing or failed, and where.
public enum EngineError: Error, CustomStringConvertible, Equatable {
    /// Neither a `duckdb` program nor a `python3` with the duckdb package on the PATH.
    case notFound(path: String)
    /// The folder of tables is not there (or is a file).
    case missingFolder(String)
    /// The folder holds none of the files a table may be read from.
    case missingTable(String, folder: String, lookedFor: [String])
    /// The engine's program could not be started.
    case cannotStart(String, reason: String)
    /// The engine ran the SQL and reported an error (its own message), or died.
    case failed(String, message: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "DuckDB not found: no 'duckdb' program and no 'python3' that imports the duckdb package "
                + "on the PATH (\(path)); install the DuckDB command line or 'pip install duckdb', "
                + "or run the SQL that 'newsq sql' prints without --engine yourself"
        case .missingFolder(let folder):
            return "no folder of tables at '\(folder)' (write one with 'newsq export --format csv --dir \(folder)')"
        case .missingTable(let table, let folder, let lookedFor):
            return "no table '\(table)' in '\(folder)': looked for " + lookedFor.joined(separator: ", ")
        case .cannotStart(let program, let reason):
            return "cannot run \(program): \(reason)"
        case .failed(let engine, let message):
            return "\(engine) failed: \(message)"
        }
    }
}
