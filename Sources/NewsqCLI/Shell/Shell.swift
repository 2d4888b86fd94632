import Foundation
import LineEditor
import NewsFacts
import Query

/// Statements and dot-commands, line by line: the one place that decides what a line of
/// input means, shared by the interactive prompt, standard input, `-e`, `--init` files and
/// scripts run with `.run` or `newsq run`.
///
/// For example:
///
///     let shell = Shell(store: store, session: session)
///     let failed = shell.runScript(".format csv\nfind ?p where ?p type person;\n",
///                                  sourceName: "tour.nq", stopAtFirstError: true)
///
/// A line whose first word starts with `.` (`.load`, `.format csv`) is a dot-command (at the
/// prompt, when no statement is pending); everything else is query text. A statement ends at
/// `;`, at a blank line, at the end of the text, after a question's `?` or a rule's `.` at
/// the end of a line, or where a line starts a new statement (`find`, `who`…) — never because
/// what came so far happens to parse.
public final class Shell {
    let store: FactStore
    let session: QuerySession
    /// Writes answers (standard output, escaped when it is a terminal).
    let out: (String) -> Void
    /// Writes messages and diagnostics (standard error, likewise).
    let err: (String) -> Void
    /// True at the prompt: progress is shown, Ctrl-C cancels, `.history` has entries.
    let interactive: Bool
    /// The history for `.history`; nil outside the prompt.
    var history: (() -> [String])?
    /// Set by `.quit`.
    public private(set) var quitRequested = false
    /// Query text typed so far at the prompt, waiting for the end of its statement.
    private(set) var pending = ""
    /// Where the pending text started, for `file:line:column` in messages.
    private var pendingFirstLine = 1
    /// Where answers go instead of `out` after `.output FILE` (until `.output` alone) or
    /// `.once FILE` (for the next statement only).
    var redirect: (handle: FileHandle, path: String, once: Bool)?
    /// Stop a script, `-e` statements or standard input at the first statement that fails
    /// (`.bail on|off`, `--keep-going`): on by default, the same for all of them.
    public var bail = true
    /// A `.load` skipped a file (named on standard error): the exit status is 1 at the end.
    public internal(set) var skippedInputs = false
    /// `nothingLoaded` was said (it is said once a session).
    private var saidNothingLoaded = false
    /// Whether damage found in the snapshot the store came from was reported (once).
    private var saidSnapshotDamaged = false
    /// The messages the statement under way wrote: a repeat is not written again.
    private var messagesShown = Set<String>()
    /// How deep `.run` is nested (a script that runs itself stops here).
    var runDepth = 0
    static let maxRunDepth = 16
    /// The terminal answers are shown on (nil: a file or a pipe): tables fit its width, and at
    /// the prompt an answer longer than it is paged.
    let screen: () -> Screen?
    /// Page long answers at the prompt (`.pager on|off`).
    public var pager = true
    /// The pager to use (`Pager.command`); nil prints long answers as they are.
    var pagerCommand: () -> String? = { Pager.command() }
    /// Shows text through a pager command; false when it could not start (`Pager.show`).
    var runPager: (_ text: String, _ command: String) -> Bool = { Pager.show($0, command: $1) }
    /// Whether Ctrl-C was pressed (asked between pieces of a long answer at the prompt).
    var interrupted: () -> Bool = { Interrupt.isSet }

    /// - Parameter screen: the terminal `out` writes to, if it is one (`Screen.standardOutput`
    ///   for standard output); by default none.
    public init(
        store: FactStore, session: QuerySession, interactive: Bool = false,
        out: @escaping (String) -> Void = Shell.standardOutput,
        err: @escaping (String) -> Void = Shell.standardError,
        screen: @escaping () -> Screen? = { nil }
    ) {
        self.store = store
        self.session = session
        self.interactive = interactive
        self.out = out
        self.err = err
        self.screen = screen
        session.afterStatement = { [unowned self] in
            if redirect?.once == true { closeRedirect() }
            messagesShown = []
        }
    }

    /// Standard output; on a terminal every control character from the data is escaped.
    public static let standardOutput: @Sendable (String) -> Void = { Console.out($0) }

    /// Standard error, escaped likewise on a terminal.
    public static let standardError: @Sendable (String) -> Void = { Console.err($0) }

    var hasPending: Bool { !pending.isEmpty }

    // MARK: - The prompt, line by line

    /// What happened to one line typed at the prompt.
    enum LineOutcome: Equatable {
        /// The line started or continued a statement that is not complete yet.
        case needsMore
        /// A statement or dot-command ran; `text` is what to keep in the history.
        case ran(text: String, failed: Bool)
        /// A blank line with nothing pending.
        case empty
    }

    /// Takes one line typed at the prompt.
    func feed(_ line: String, lineNumber: Int = 1) -> LineOutcome {
        if pending.isEmpty {
            let trimmed = Shell.trimmingSpaces(Substring(line))
            if trimmed.isEmpty { return .empty }
            if let command = Shell.shellWord(trimmed) {
                let ok = runDotCommand(command, sourceName: "<prompt>", line: lineNumber)
                return .ran(text: trimmed, failed: !ok)
            }
            if Shell.isDotCommand(trimmed) {
                let ok = runDotCommand(trimmed, sourceName: "<prompt>", line: lineNumber)
                return .ran(text: trimmed, failed: !ok)
            }
            pendingFirstLine = lineNumber
            pending = line
        } else {
            pending += "\n" + line
        }
        if Shell.isBlank(pending) {
            // Only a comment: nothing to run, nothing to wait for.
            pending = ""
            return .empty
        }
        guard session.isComplete(pending) else { return .needsMore }
        let text = pending
        pending = ""
        let failed = runStatements(text, sourceName: "<prompt>", firstLine: 1, stopAtFirstError: false)
        return .ran(text: text, failed: failed > 0)
    }

    /// Drops a statement typed in part (Ctrl-C at a continuation prompt).
    func discardPending() {
        pending = ""
    }

    // MARK: - Scripts

    /// Runs a whole script: dot-command lines and statements, in order.
    ///
    /// - Parameter stopAtFirstError: nil follows `bail` as it is at each statement (a script's
    ///   `.bail off` counts from there on).
    /// - Returns: the number of statements and commands that failed.
    @discardableResult
    public func runScript(_ text: String, sourceName: String, stopAtFirstError given: Bool? = nil) -> Int {
        var stopAtFirstError: Bool { given ?? bail }
        var failures = 0
        var chunk: [Substring] = []
        var chunkFirstLine = 1
        func flush() {
            defer { chunk = [] }
            guard chunk.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return }
            // Put together by hand: `joined(separator:)` over substrings costs a one-shot query a
            // scan of every protocol conformance in the program (its first use of the type).
            var statements = ""
            for (k, line) in chunk.enumerated() {
                if k > 0 { statements += "\n" }
                statements += String(line)
            }
            failures += runStatements(
                statements, sourceName: sourceName,
                firstLine: chunkFirstLine, stopAtFirstError: stopAtFirstError)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            var trimmed = Shell.trimmingSpaces(line)
            // `exit`, `quit`, `\q`, `help` on a line of their own are the dot-commands they name.
            if let command = Shell.shellWord(trimmed) { trimmed = command }
            // A dot-command line ends the statement before it (no statement line starts so).
            if Shell.isDotCommand(trimmed) {
                flush()
                if stopAtFirstError && failures > 0 { return failures }
                if !runDotCommand(trimmed, sourceName: sourceName, line: index + 1) {
                    failures += 1
                    if stopAtFirstError { return failures }
                }
                if quitRequested { return failures }
                continue
            }
            if chunk.isEmpty { chunkFirstLine = index + 1 }
            chunk.append(line)
        }
        flush()
        return failures
    }

    /// Runs query text; line numbers in messages count from `firstLine`.
    ///
    /// While it runs at the prompt, Ctrl-C sets the interrupt flag the evaluator polls.
    func runStatements(_ text: String, sourceName: String, firstLine: Int, stopAtFirstError: Bool) -> Int {
        // Leading line breaks shift every line number without changing what the text means.
        let shifted = firstLine > 1 ? String(repeating: "\n", count: firstLine - 1) + text : text
        if interactive { Interrupt.reset() }
        // Tables fit the terminal they are shown on; a file gets them whole.
        session.options.maxWidth = redirect == nil ? screen()?.columns : nil
        // One statement may report one mistake from two places (a question's two patterns):
        // each message is shown once a statement (`afterStatement` starts the next).
        messagesShown = []
        let failed = session.run(
            shifted, sourceName: sourceName, stopAtFirstError: stopAtFirstError,
            output: { [self] text in answer(text) },
            errors: { [self] message in if messagesShown.insert(message).inserted { err(message) } })
        if failed > 0 && store.factCount == 0 && !saidNothingLoaded {
            saidNothingLoaded = true
            err(Shell.nothingLoaded)
        }
        return failed + reportSnapshotDamage()
    }

    /// Says, once, that the snapshot the store was opened from turned out to be damaged when a
    /// statement read it (`FactStore.snapshotDamage`), and removes the file so that the next
    /// start reads the articles again. Returns 1 when it said so (the statement failed: its
    /// answer may be wrong), else 0.
    func reportSnapshotDamage() -> Int {
        guard !saidSnapshotDamaged, let damage = store.snapshotDamage else { return 0 }
        saidSnapshotDamaged = true
        // The store reads the file through its mapping, which outlives the name.
        unlink(damage.path)
        err(
            "newsq: \(damage); answers may be wrong (values out of bounds were read as the first term, "
                + "article or fact); the snapshot was removed and is rebuilt at the next start\n")
        return 1
    }

    /// What a statement over an empty store is told (once): why nothing is known, and how to
    /// load something.
    static let nothingLoaded =
        "note: no articles or facts are loaded, so every name and predicate is unknown; .load PATH adds "
        + "articles or facts (or start newsq where a Data folder is, or with --data DIR or FILES)\n"

    /// Writes an answer to the `.output` / `.once` file, else to `out`: at the prompt, through
    /// the pager when it is longer than the screen, else a piece at a time so that Ctrl-C stops it.
    func answer(_ text: String) {
        if let redirect {
            redirect.handle.write(Data(text.utf8))
            return
        }
        display(text)
    }

    /// Shows text on `out`: at the prompt, through the pager when it is longer than the screen,
    /// else a piece at a time so that Ctrl-C stops it; elsewhere as it is. A listing of a
    /// dot-command (`.articles`, `.entities`, `.help`) comes here too.
    func display(_ text: String) {
        guard interactive else { return out(text) }
        if Pager.shouldPage(text, enabled: pager, screen: screen()), let command = pagerCommand(),
            runPager(text, command)
        {
            return
        }
        if !ChunkedOutput.write(text, isCancelled: interrupted, write: out) {
            err("\n(Ctrl-C: the rest of the answer was not printed)\n")
        }
    }

    /// Ends a `.output` / `.once` redirection: answers go to `out` again.
    func closeRedirect() {
        try? redirect?.handle.close()
        redirect = nil
    }

    /// Words that leave or ask for help at the start of a line, as other shells take them:
    /// `exit`, `quit`, `\q`, `help`. Nil when the line is not one of them.
    static func shellWord(_ trimmed: String) -> String? {
        switch trimmed.lowercased() {
        case "exit", "quit", "\\q", "exit;", "quit;": return ".quit"
        case "help", "help;": return ".help"
        default: return nil
        }
    }

    /// `line` without the tabs and spaces (Unicode space separators) at either end: what
    /// `trimmingCharacters(in: .whitespaces)` removes, without Foundation's character sets,
    /// whose first use cost a twentieth of a one-shot query's instructions.
    static func trimmingSpaces(_ line: Substring) -> String {
        func isSpace(_ u: Unicode.Scalar) -> Bool {
            u == " " || u == "\t" || (u.value >= 0x80 && u.properties.generalCategory == .spaceSeparator)
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// Whether `text` holds nothing but blank space and comments.
    static func isBlank(_ text: String) -> Bool {
        CompletionLexer.tokens(text).isEmpty
    }

    /// Whether a trimmed line is a dot-command: `.` then a letter.
    static func isDotCommand(_ trimmed: String) -> Bool {
        var it = trimmed.unicodeScalars.makeIterator()
        guard it.next() == ".", let second = it.next() else { return false }
        return second.properties.isAlphabetic
    }

    /// Marks the session as ending after this command.
    func requestQuit() {
        quitRequested = true
    }
}
