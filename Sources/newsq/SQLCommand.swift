import ArgumentParser
import NewsFacts
import NewsqCLI
import Query

/// `newsq sql [--dialect duckdb|spark] 'STATEMENT'...`: the SQL a `find`, a question or a rule
/// set stands for, over the tables `newsq export --dir` writes.
///
/// For example:
///
///     newsq sql 'who met Aramaki?'
///     newsq sql --dialect spark 'find ?p, ?t where ?p title ?t [of: Japan]'
///     newsq sql 'rule met(?a, ?b) :- ?e participant ?a, ?e participant ?b, ?a != ?b.' \
///               'find distinct ?x where met(Aramaki, ?x)'
///     newsq sql --engine duckdb --dir tables 'who met Aramaki?'    # runs it, prints CSV
struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print the SQL (DuckDB or Spark) for statements, over the tables of export --dir.",
        discussion: """
            Names are resolved against the corpus loaded (as newsq resolves them), so the SQL \
            names the entities it means. Rules defined by earlier statements become CTEs of the \
            queries that call them (WITH RECURSIVE for a rule that calls itself, DuckDB only). \
            'who is', 'timeline of', 'explain' and 'why' are not translated: each says why. \
            With --engine duckdb, each statement's SQL is run on DuckDB (the duckdb program on \
            the PATH, else a python3 there with the duckdb package) over the tables in --dir \
            (Parquet, CSV or JSON lines as newsq export wrote them), and its answer printed as CSV.
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "duckdb or spark.")
    var dialect: SQLDialect = .duckdb

    @Option(name: .customLong("load"), help: "Also load this article or facts file (repeatable).")
    var files: [String] = []

    @Flag(help: "One JSON object a statement: {statement, sql | rule | refused | error}.")
    var json = false

    @Option(help: "Run the SQL on this engine (duckdb) over the tables in --dir and print its rows as CSV.")
    var engine: SQLEngine?

    @Option(help: "With --engine: the folder of tables (newsq export --dir, or Parquet made from it).")
    var dir: String?

    @Argument(help: "Statements to translate, in order.")
    var statements: [String]

    func run() throws {
        // The engine and its tables first: a missing one is said before any corpus is loaded.
        var runner: (engine: DuckDBEngine, views: String)?
        if engine != nil, let dir {
            do {
                runner = (try DuckDBEngine.locate(), try EngineTables.views(in: dir))
            } catch let error as EngineError {
                Console.err("newsq sql: \(TerminalSafe.escape(error.description))\n")
                throw ExitCode(1)
            }
        }
        let store = FactStore()
        let report = corpus.load(into: store, files: files)
        let translator = SQLTranslator(store: store, dialect: dialect)
        var failed = 0
        var answers = 0
        for (i, statement) in statements.enumerated() {
            let name = statements.count == 1 ? "sql" : "sql#\(i + 1)"
            let items = translator.translate(statement, sourceName: name)
            guard let runner else {
                let (out, err, n) = SQLOutput.render(items, json: json)
                Console.out(out)
                Console.err(err)
                failed += n
                continue
            }
            for item in items {
                guard case .sql(_, let sql) = item else {
                    // Rules become part of later statements' SQL; refusals and errors are said.
                    let (_, err, n) = SQLOutput.render([item])
                    Console.err(err)
                    failed += n
                    continue
                }
                if answers > 0 { Console.out("\n") }
                answers += 1
                do {
                    try runner.engine.run(setup: runner.views, sql: sql) { Console.outData($0) }
                } catch let error as EngineError {
                    Console.err("newsq sql: \(name): \(TerminalSafe.escape(error.description))\n")
                    failed += 1
                }
            }
        }
        if failed > 0 || !report.problems.isEmpty { throw ExitCode(1) }
    }

    func validate() throws {
        if engine != nil && dir == nil { throw ValidationError("--engine needs --dir, the folder of tables to run on") }
        if dir != nil && engine == nil { throw ValidationError("--dir is the folder of tables for --engine") }
        if engine != nil && json { throw ValidationError("--engine prints the engine's rows; --json the SQL") }
        if engine == .duckdb && dialect != .duckdb { throw ValidationError("--engine duckdb runs the duckdb dialect") }
    }
}

/// The engines `newsq sql --engine` runs statements on.
enum SQLEngine: String, ExpressibleByArgument {
    case duckdb
}

extension SQLDialect: ExpressibleByArgument {}
