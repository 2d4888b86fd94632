import ArgumentParser
import Foundation
import NewsFacts
import NewsqCLI
import Query

/// The `newsq` command: load a corpus, then answer statements from `-e`, a script, standard
/// input, or the interactive prompt.
///
/// For example:
///
///     newsq                                  # REPL over ./Data
///     newsq -e 'who is Motegi?'              # one statement, then exit
///     newsq --data ~/wires -e 'timeline of Blinken'
///     cat questions.nq | newsq               # not a terminal: plain line reading
struct Newsq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq",
        abstract: "Turn news articles into facts and question them.",
        usage: """
            newsq [--data DIR] [FILES...]               the prompt over ./Data (or DIR) and FILES
            newsq [--data DIR] -e STATEMENT [-e ...]    run statements, then exit
            newsq run SCRIPT... [--keep-going]          run .nq scripts
            cat script.nq | newsq                       statements from standard input
            newsq extract FILE... --format json|table   what the extractor finds
            newsq export --format nquads|csv|jsonl      every fact with its source
            """,
        discussion: """
            Options of the prompt and -e (see 'newsq help open'): --data DIR, --no-data, -e/--execute, \
            --format table|tsv|csv|json|markdown, --sources, --timer, --init FILE, -X/--no-init, \
            --max-time, --max-memory, --verbose.
            """,
        version: NewsqVersion.text,
        // `open` is the default, so `newsq FILE -e …` needs no subcommand name; a positional
        // argument on the root itself would swallow the subcommand names.
        subcommands: [Open.self, Run.self, Extract.self, Export.self, SQL.self],
        defaultSubcommand: Open.self)
}

/// `newsq [open] [FILES…] [-e STATEMENT]…`: load the corpus, then answer statements.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the corpus and answer statements (the default command).",
        discussion: """
            Loads ./Data (or --data DIR) and any FILES (articles .txt .json .jsonl; curated facts \
            .facts .tsv), then runs -e statements, reads statements from standard input when it is \
            not a terminal, or opens the interactive prompt.
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    @Option(name: [.customShort("e"), .customLong("execute")], help: "Run one statement and exit (repeatable).")
    var statements: [String] = []

    @Argument(help: "Article files (.txt .json .jsonl), folders, or curated facts files (.facts .tsv) to load.")
    var files: [String] = []

    @Option(name: .customLong("init"), help: "A script to run before the prompt (default ~/.newsqrc).")
    var initFile: String?

    @Flag(help: "Run every statement even after an error (as .bail off); exit 1 at the end if any failed.")
    var keepGoing = false

    @Flag(name: [.customShort("X"), .customLong("no-init")], help: "Run no init script (not even ~/.newsqrc).")
    var noInit = false

    /// `newsq exract f.txt` is a mistyped command, not a file to open: say so, with the command
    /// meant, instead of opening the prompt.
    func validate() throws {
        guard let first = files.first, !FileManager.default.fileExists(atPath: first), !first.contains("/"),
            !first.contains(".")
        else { return }
        let commands = ["open", "run", "extract", "export", "help"]
        if let near = Suggest.nearest(first, in: commands).first {
            throw ValidationError("unknown command '\(TerminalSafe.escape(first))'; did you mean 'newsq \(near)'?")
        }
    }

    func run() throws {
        let store = FactStore()
        let report = corpus.load(into: store, files: files)
        let session = output.makeSession(store: store)
        if !statements.isEmpty {
            try Open.execute(statements, store: store, session: session, report: report, keepGoing: keepGoing)
            return
        }
        // Statements and dot-commands alike go through the shell (see Shell.swift).
        let shell = Shell(store: store, session: session, screen: Screen.standardOutput)
        shell.bail = !keepGoing
        if isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 && Repl.canEdit {
            try Repl.start(
                store: store, session: session, report: report, initFile: initFile, noInit: noInit,
                opened: CorpusOpener.paths(data: corpus.data, noData: corpus.noData, files: files))
            if !report.problems.isEmpty { throw ExitCode(1) }
            return
        }
        let text = Console.readAll(FileHandle.standardInput)
        if shell.runScript(text, sourceName: "<stdin>") > 0 || !report.problems.isEmpty || shell.skippedInputs {
            throw ExitCode(1)
        }
    }
}

extension Open {
    /// Runs `-e` statements in order through the shell (as a script each, named `-e` or
    /// `-e#N`), stopping at the first error unless `keepGoing`.
    ///
    /// - Throws: `ExitCode(1)` when a statement failed, the load had problems, or an input was
    ///   skipped.
    static func execute(
        _ statements: [String], store: FactStore, session: QuerySession, report: LoadReport, keepGoing: Bool
    ) throws {
        let shell = Shell(store: store, session: session, screen: Screen.standardOutput)
        shell.bail = !keepGoing
        var failed = 0
        for (i, statement) in statements.enumerated() {
            failed += shell.runScript(statement, sourceName: statements.count == 1 ? "-e" : "-e#\(i + 1)")
            if shell.quitRequested || (failed > 0 && shell.bail) { break }
        }
        if failed > 0 || !report.problems.isEmpty || shell.skippedInputs { throw ExitCode(1) }
    }
}

/// `newsq run SCRIPT...`: runs query scripts in order; stops at the first error (reported as
/// `file:line:column`) with exit status 1, unless `--keep-going`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run query scripts (.nq) over the corpus.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Run every statement even after an error; exit 1 at the end if any failed.")
    var keepGoing = false

    @Option(name: .customLong("load"), help: "An article or facts file to load besides the data folder (repeatable).")
    var files: [String] = []

    @Argument(
        help:
            "Query scripts to run, in order; a first line '-- load: FILES' loads FILES (beside the script) for ./Data.")
    var scripts: [String]

    func run() throws {
        var texts: [String] = []
        for script in scripts {
            guard let data = FileManager.default.contents(atPath: script) else {
                Console.err("newsq: " + Diagnostic.file(script, .unreadableFile, "cannot read the script").render())
                throw ExitCode(1)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                Console.err(
                    "newsq: " + Diagnostic.file(script, .unreadableFile, "the script is not UTF-8 text").render())
                throw ExitCode(1)
            }
            texts.append(text)
        }
        // A script's `-- load: …` line names what it runs over, relative to the script: those
        // files stand in for ./Data, as FILES on the command line do.
        var named = files
        for (script, text) in zip(scripts, texts) {
            for path in ScriptLoads.paths(in: text, script: script) where !named.contains(path) { named.append(path) }
        }
        let store = FactStore()
        let report = corpus.load(into: store, files: named)
        let session = output.makeSession(store: store)
        let shell = Shell(store: store, session: session, screen: Screen.standardOutput)
        shell.bail = !keepGoing
        var failed = 0
        for (script, text) in zip(scripts, texts) {
            failed += shell.runScript(text, sourceName: script)
            if failed > 0 && shell.bail { throw ExitCode(1) }
            if shell.quitRequested { break }
        }
        if failed > 0 || !report.problems.isEmpty || shell.skippedInputs { throw ExitCode(1) }
    }
}

/// Where the facts come from: `--data DIR` and article or facts FILES.
struct CorpusOptions: ParsableArguments {
    @Option(help: "Folder of articles to open (default ./Data when it exists and no FILES are given).")
    var data: String?

    @Flag(help: "Open no data folder, only FILES.")
    var noData = false

    @Flag(help: "Print what was loaded and skipped to standard error.")
    var verbose = false

    /// A `--data` folder that is not there is a mistake to stop at, not an empty corpus.
    func validate() throws {
        if let data, !FileManager.default.fileExists(atPath: data) {
            // ArgumentParser prints this as it is: the name is escaped here, as everywhere.
            throw ValidationError("data folder '\(TerminalSafe.escape(data))' does not exist")
        }
    }

    /// Loads the corpus (through its snapshot when valid, see `CorpusOpener`); skipped files are
    /// always named on standard error.
    @discardableResult
    func load(into store: FactStore, files: [String]) -> LoadReport {
        CorpusOptions.load(into: store, data: data, noData: noData, verbose: verbose, files: files)
    }

    /// The same, from the option values.
    @discardableResult
    static func load(into store: FactStore, data: String?, noData: Bool, verbose: Bool, files: [String]) -> LoadReport {
        let paths = CorpusOpener.paths(data: data, noData: noData, files: files)
        let report = CorpusOpener.open(paths: paths, into: store, verbose: verbose)
        // The store lives as long as the process: one retain too many skips freeing it at exit,
        // which at 100,000 articles took longer than a query (about 0.15 s).
        _ = Unmanaged.passRetained(store)
        return report
    }
}

/// How answers are printed.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, tsv, csv, json or markdown (default: table on a terminal, tsv otherwise).")
    var format: OutputFormat?

    @Flag(help: "Show the article and sentence behind every answer.")
    var sources = false

    @Flag(help: "Print each statement's time.")
    var timer = false

    @Option(
        name: .customLong("max-time"),
        help: ArgumentHelp(
            "Longest a statement may run: 500ms, 10s, 5m, 1h or off "
                + "(default \(QueryLimits.describe(time: QueryLimits.defaultTime)))."))
    var maxTime: String?

    @Option(
        name: .customLong("max-memory"),
        help: ArgumentHelp(
            "Most memory a statement's rows may take: 512MB, 2GB or off "
                + "(default \(QueryLimits.describe(memory: QueryLimits.defaultMemory)))."))
    var maxMemory: String?

    func validate() throws {
        if let maxTime, QueryLimits.parseTime(maxTime) == nil {
            throw ValidationError("--max-time '\(maxTime)' is not a duration such as 500ms, 10s, 5m, 1h or off")
        }
        if let maxMemory, QueryLimits.parseMemory(maxMemory) == nil {
            throw ValidationError("--max-memory '\(maxMemory)' is not a size such as 512MB, 2GB or off")
        }
    }

    func makeSession(store: FactStore) -> QuerySession {
        OutputOptions.makeSession(
            store: store, format: format, sources: sources, timer: timer, maxTime: maxTime, maxMemory: maxMemory)
    }

    /// The same, from the option values (`maxTime` and `maxMemory` already validated).
    static func makeSession(
        store: FactStore, format: OutputFormat?, sources: Bool, timer: Bool, maxTime: String?, maxMemory: String?
    ) -> QuerySession {
        let session = QuerySession(store: store)
        session.options.format = format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .tsv)
        session.options.showSources = sources
        session.options.showTimer = timer
        if let maxTime, let time = QueryLimits.parseTime(maxTime) { session.options.limits.time = time }
        if let maxMemory, let memory = QueryLimits.parseMemory(maxMemory) { session.options.limits.memory = memory }
        return session
    }
}

extension OutputFormat: ExpressibleByArgument {}
