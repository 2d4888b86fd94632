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
struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print the SQL (DuckDB or Spark) for statements, over the tables of export --dir.",
        discussion: """
            Names are resolved against the corpus loaded (as newsq resolves them), so the SQL \
            names the entities it means. Rules defined by earlier statements become CTEs of the \
            queries that call them (WITH RECURSIVE for a rule that calls itself, DuckDB only). \
            'who is', 'timeline of', 'explain' and 'why' are not translated: each says why.
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "duckdb or spark.")
    var dialect: SQLDialect = .duckdb

    @Option(name: .customLong("load"), help: "Also load this article or facts file (repeatable).")
    var files: [String] = []

    @Flag(help: "One JSON object a statement: {statement, sql | rule | refused | error}.")
    var json = false

    @Argument(help: "Statements to translate, in order.")
    var statements: [String]

    func run() throws {
        let store = FactStore()
        let report = corpus.load(into: store, files: files)
        let translator = SQLTranslator(store: store, dialect: dialect)
        var failed = 0
        for (i, statement) in statements.enumerated() {
            let name = statements.count == 1 ? "sql" : "sql#\(i + 1)"
            let (out, err, n) = SQLOutput.render(translator.translate(statement, sourceName: name), json: json)
            Console.out(out)
            Console.err(err)
            failed += n
        }
        if failed > 0 || !report.problems.isEmpty { throw ExitCode(1) }
    }
}

extension SQLDialect: ExpressibleByArgument {}
