import ArgumentParser
import Foundation
import NewsFacts
import NewsqCLI
import Query

/// The common one-shot form, `newsq [--data DIR] -e STATEMENT…` with a few plain flags, read
/// without the argument parser: setting up its command tree (type metadata and protocol
/// conformance lookups for every option of every subcommand) took a sixth of a one-shot
/// query's 15 ms over a 1M-fact snapshot.
///
/// Only command lines whose meaning is beyond doubt are taken: every other (a file, a
/// subcommand, help, an `=` form, a repeated option, a value starting with `-`, a `--data`
/// folder that is not there, an unknown `--format`) goes to the argument parser, so errors,
/// help and every other behaviour stay its own. What is taken runs as `Open.run` would.
///
/// For example:
///
///     FastStart(["--data", "facts", "-e", "find ?s where ?s type person"])   // taken
///     FastStart(["--data", "facts", "-e", "-x"])                             // nil: the parser's
struct FastStart {
    var data: String?
    var statements: [String] = []
    var format: OutputFormat?
    var sources = false
    var timer = false
    var verbose = false
    var keepGoing = false
    var noInit = false

    /// The settings of `arguments` (without the program name), or nil when the argument parser
    /// must read them.
    init?(_ arguments: [String]) {
        // An array, not a Set: a Set of strings is one more generic type the runtime looks up
        // at first use (a scan of every protocol conformance in the program).
        var seen: [String] = []
        var i = 0
        func value() -> String? {
            i += 1
            guard i < arguments.count, !arguments[i].hasPrefix("-") else { return nil }
            return arguments[i]
        }
        while i < arguments.count {
            let argument = arguments[i]
            // Only `-e` may repeat; `--execute` and `-e` are the same option.
            let name = argument == "--execute" ? "-e" : argument == "-X" ? "--no-init" : argument
            guard name == "-e" || !seen.contains(name) else { return nil }
            seen.append(name)
            switch name {
            case "--data":
                guard let v = value() else { return nil }
                data = v
            case "-e":
                guard let v = value() else { return nil }
                statements.append(v)
            case "--format":
                guard let v = value(), let f = OutputFormat(rawValue: v) else { return nil }
                format = f
            case "--sources": sources = true
            case "--timer": timer = true
            case "--verbose": verbose = true
            case "--keep-going": keepGoing = true
            case "--no-init": noInit = true
            default: return nil
            }
            i += 1
        }
        guard !statements.isEmpty else { return nil }
        // `CorpusOptions.validate` names a missing folder: the parser says it.
        if let data, !FileManager.default.fileExists(atPath: data) { return nil }
    }

    /// Loads the corpus and runs the statements, as `Open.run` does for these options.
    ///
    /// - Throws: `ExitCode(1)` as `Open.execute` does.
    func run() throws {
        let store = FactStore()
        let report = CorpusOptions.load(into: store, data: data, noData: false, verbose: verbose, files: [])
        let session = OutputOptions.makeSession(
            store: store, format: format, sources: sources, timer: timer, maxTime: nil, maxMemory: nil)
        try Open.execute(statements, store: store, session: session, report: report, keepGoing: keepGoing)
    }
}
