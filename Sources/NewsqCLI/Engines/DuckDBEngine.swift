import Foundation
import NewsFacts

/// Runs the SQL `newsq sql` prints on DuckDB, for `newsq sql --engine duckdb`: with the
/// `duckdb` program found on the PATH, else with a `python3` there that imports the duckdb
/// package (a virtual environment's, once activated). The answer comes back as CSV: a header
/// line, RFC 4180 quoting, NULL as an empty field.
///
/// For example, with `duckdb` on the PATH:
///
///     let engine = try DuckDBEngine.locate()
///     try engine.run(setup: try EngineTables.views(in: "tables"), sql: "SELECT count(*) AS n FROM facts;")
///     // n
///     // 2591
public struct DuckDBEngine: Sendable {
    /// How DuckDB is reached.
    public enum Runner: Equatable, Sendable {
        /// The DuckDB command line program at this path.
        case program(String)
        /// A Python 3 at this path whose `import duckdb` works.
        case python(String)
    }

    public let runner: Runner

    /// The engine as messages name it: `duckdb (/usr/bin/duckdb)`.
    public var name: String {
        switch runner {
        case .program(let path): return "duckdb (\(path))"
        case .python(let path): return "duckdb (python package, \(path))"
        }
    }

    public init(runner: Runner) { self.runner = runner }

    /// The first `duckdb` program on the PATH, else the first `python3` there that imports
    /// duckdb.
    ///
    /// - Throws: `EngineError.notFound` with the PATH searched when there is neither.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        hasDuckDB: (String) -> Bool = pythonImportsDuckDB
    ) throws -> DuckDBEngine {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init)
        let executable = { (name: String) -> [String] in
            folders.map { ($0 as NSString).appendingPathComponent(name) }
                .filter { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let program = executable("duckdb").first { return DuckDBEngine(runner: .program(program)) }
        if let python = executable("python3").first(where: hasDuckDB) { return DuckDBEngine(runner: .python(python)) }
        throw EngineError.notFound(path: path)
    }

    /// Whether `python -c 'import duckdb'` succeeds.
    public static func pythonImportsDuckDB(_ python: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import duckdb"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Runs `setup` (the views of `EngineTables`) and then `sql` in a fresh in-memory database,
    /// and hands the answer's CSV to `output` as it comes (`output` returns false to stop).
    ///
    /// - Throws: `EngineError.cannotStart` when the program cannot be run, `EngineError.failed`
    ///   with the engine's own message when it reports an error or dies.
    public func run(setup: String, sql: String, output: (UnsafeRawBufferPointer) -> Bool) throws {
        let process = Process()
        let input: String
        switch runner {
        case .program(let path):
            process.executableURL = URL(fileURLWithPath: path)
            // Batch mode, no ~/.duckdbrc, stop at the first error, CSV with its header.
            process.arguments = ["-batch", "-no-init", "-bail", "-csv", "-header", "-nullvalue", ""]
            input = setup + sql + "\n"
        case .python(let path):
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["-c", DuckDBEngine.pythonProgram, setup]
            input = sql
        }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw EngineError.cannotStart(name, reason: error.localizedDescription)
        }
        // The statement goes in and the engine's messages come out on their own threads, so
        // neither pipe can fill up while the answer is being read.
        let messages = PipeReader(stderr.fileHandleForReading)
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let answer = stdout.fileHandleForReading
        var wanted = true
        while wanted, let chunk = try? answer.read(upToCount: 1 << 16), !chunk.isEmpty {
            wanted = chunk.withUnsafeBytes { output($0) }
        }
        if !wanted { process.terminate() }
        process.waitUntilExit()
        let message = messages.text().trimmingCharacters(in: .whitespacesAndNewlines)
        guard wanted else { return }
        if process.terminationReason == .uncaughtSignal {
            throw EngineError.failed(name, message: "killed by signal \(process.terminationStatus)")
        }
        if process.terminationStatus != 0 {
            throw EngineError.failed(
                name, message: message.isEmpty ? "exit status \(process.terminationStatus)" : message)
        }
    }

    /// What the Python route runs: the views (its first argument), then the statement on standard
    /// input, written as the command line writes CSV.
    static let pythonProgram = """
        import csv, sys
        import duckdb
        try:
            con = duckdb.connect()
            con.execute(sys.argv[1])
            cur = con.execute(sys.stdin.read())
            out = csv.writer(sys.stdout, lineterminator="\\n")
            out.writerow([d[0] for d in cur.description])
            while True:
                rows = cur.fetchmany(4096)
                if not rows:
                    break
                out.writerows([["" if v is None else v for v in row] for row in rows])
        except duckdb.Error as e:
            sys.stderr.write(str(e) + "\\n")
            sys.exit(1)
        """
}

/// Everything a pipe delivers, read on a thread of its own until its end.
private final class PipeReader: @unchecked Sendable {
    // Safe: `data` is written once by the thread and read only after `done` is signalled.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    /// The pipe's contents as UTF-8 text, once it has been closed.
    func text() -> String {
        done.wait()
        done.signal()
        return String(decoding: data, as: UTF8.self)
    }
}
