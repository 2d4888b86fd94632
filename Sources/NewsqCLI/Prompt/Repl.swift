import Foundation
import LineEditor
import NewsFacts
import Query

/// The interactive prompt: libedit line editing, persistent history, Tab completion,
/// Ctrl-C that clears the line or cancels the running statement, Ctrl-D to leave.
///
/// For example:
///
///     $ newsq
///     newsq — 21 articles, 412 entities, 3,180 facts (38 ms). Type a question or .help
///     newsq> find ?p
///        ...>   where ?p type person;
///
/// Use it only when standard input and output are terminals; otherwise ``Shell/runScript``
/// reads the same statements without a prompt.
public enum Repl {
    /// Whether the prompt can edit lines: libedit, opened at run time, is there. Without it a
    /// terminal is read as a script is.
    public static var canEdit: Bool { LineEditor.isAvailable }

    static let prompt = "newsq> "
    static let continuationPrompt = "   ...> "

    /// Where the history lives: `$NEWSQ_HISTORY`, else `~/.newsq_history`; an empty
    /// `NEWSQ_HISTORY` keeps it in memory only.
    static func historyFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["NEWSQ_HISTORY"] { return path.isEmpty ? nil : Shell.expandingTilde(path) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".newsq_history")
    }

    /// How many statements the history keeps (`$NEWSQ_HISTORY_SIZE`, default 1000).
    static func historySize(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        environment["NEWSQ_HISTORY_SIZE"].flatMap { Int($0) }.map { min(max($0, 1), 100_000) } ?? 1000
    }

    /// Runs the prompt until `.quit` or Ctrl-D.
    ///
    /// - Parameters:
    ///   - initFile: a script to run first; nil runs `~/.newsqrc` when it exists.
    ///   - noInit: run no init script at all (`-X`, `--no-init`).
    ///   - report: what the load did; the banner shows its time.
    ///   - opened: the folder and files the store was loaded from (`CorpusOpener.paths`), named
    ///     when they gave nothing.
    /// - Returns: whether every statement succeeded (the prompt itself exits 0 regardless).
    @discardableResult
    public static func start(
        store: FactStore, session: QuerySession, report: LoadReport, initFile: String?, noInit: Bool = false,
        opened: [String] = []
    ) throws -> Bool {
        ProcessSetup.ignoreSIGPIPE()
        let shell = Shell(store: store, session: session, interactive: true, screen: Screen.standardOutput)
        let editor = LineEditor(
            programName: "newsq", historyFile: historyFile(), historySize: historySize(),
            warn: { shell.err($0 + "\n") })
        shell.history = { editor.history.entries }
        let completer = InputCompleter(shell: shell)
        editor.completer = { line, cursor in completer.complete(line: line, cursor: cursor) }

        shell.out(banner(store: store, report: report))
        if store.factCount == 0 {
            shell.err(emptyStoreNote(opened: opened, dataFolderExists: FileManager.default.fileExists))
        }
        var allSucceeded = true
        if !noInit, let script = initScript(initFile) {
            if let text = script.text {
                allSucceeded = shell.runScript(text, sourceName: script.path, stopAtFirstError: false) == 0
            } else {
                shell.err(
                    "newsq: " + Diagnostic.file(script.path, .unreadableFile, "cannot read the init file").render())
            }
            if shell.quitRequested { return allSucceeded }
        }

        // From here on Ctrl-C between prompts sets the flag the evaluator polls; at the
        // prompt itself the editor masks it and clears the line.
        Interrupt.install()
        defer { Interrupt.uninstall() }
        session.isCancelled = { Interrupt.isSet }
        var lineNumber = 0
        loop: while !shell.quitRequested {
            lineNumber += 1
            switch editor.readLine(prompt: shell.hasPending ? continuationPrompt : prompt) {
            case .line(let line):
                switch shell.feed(line, lineNumber: lineNumber) {
                case .needsMore, .empty:
                    break
                case let .ran(text, failed):
                    if failed { allSucceeded = false }
                    editor.addHistory(text)
                    // Saved after every statement, so a closed terminal loses nothing.
                    editor.saveHistory()
                }
            case .interrupted:
                shell.discardPending()
            case .endOfFile:
                shell.out("\n")
                break loop
            }
        }
        editor.saveHistory()
        return allSucceeded
    }

    /// `newsq — 21 articles, 412 entities, 3,180 facts (38 ms). Type a question or .help`: facts
    /// counted once however many articles state them (as `find count(*) where ?s ?p ?o` does).
    static func banner(store: FactStore, report: LoadReport) -> String {
        let ms = Int((report.seconds * 1000).rounded())
        return "newsq — \(LoadReport.counted(store.articles.count, "article")), "
            + "\(LoadReport.counted(CorpusLoader.entityCount(store), "entity", "entities")), "
            + "\(LoadReport.counted(store.distinctFactCount, "fact")) (\(ms) ms). Type a question or .help\n"
    }

    /// What the prompt says when it opens over nothing: why, and how to load articles.
    ///
    /// - Parameter opened: the folder and files newsq was started over (`--data DIR`, FILES, or
    ///   `Data`); when there were some, the note names them, not a `Data` folder it never looked for.
    static func emptyStoreNote(opened: [String] = [], dataFolderExists: (String) -> Bool) -> String {
        let why: String
        if !opened.isEmpty {
            why = "no articles or facts in " + opened.map { "'\(TerminalSafe.escape($0))'" }.joined(separator: ", ")
        } else if dataFolderExists("Data") {
            why = "nothing was loaded"
        } else {
            why = "there is no Data folder in \(FileManager.default.currentDirectoryPath)"
        }
        return "No articles loaded: \(why). Type .load PATH (a file, a folder or a glob such as ~/wires/*.txt), "
            + "or start newsq with --data DIR or article files.\n"
    }

    private static func initScript(_ initFile: String?) -> (path: String, text: String?)? {
        let path: String
        if let initFile {
            path = Shell.expandingTilde(initFile)
        } else {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            path = (home as NSString).appendingPathComponent(".newsqrc")
            guard FileManager.default.fileExists(atPath: path) else { return nil }
        }
        guard let data = FileManager.default.contents(atPath: path) else { return (initFile ?? path, nil) }
        return (initFile ?? path, String(decoding: data, as: UTF8.self))
    }
}
