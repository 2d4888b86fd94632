import Foundation
import LineEditor
import NewsFacts
import Query

/// The dot-commands: session settings and looking around, at the prompt and in scripts.
enum DotCommand {
    /// Every command, as completion offers them.
    static let names = [
        ".articles", ".bail", ".cd", ".entities", ".explain", ".format", ".headers", ".help", ".history", ".limit",
        ".load", ".once", ".output", ".pager", ".predicates", ".print", ".quit", ".run", ".shell", ".show", ".sources",
        ".sql",
        ".system", ".timer",
    ]
    static let formats = ["table", "tsv", "csv", "json", "markdown"]
    /// What `.load` reads from a folder.
    static let loadableExtensions: Set<String> = ["txt", "json", "jsonl", "facts", "tsv"]

    /// Splits a command line into words; `"…"` keeps spaces in one word.
    ///
    /// For example, `.load "my wires/" b.txt` gives `[".load", "my wires/", "b.txt"]`.
    static func words(_ line: String) -> [String] { spans(line).map(\.text) }

    /// A word of a command line and where it is: its 1-based column and length in characters
    /// as typed (quotes included), for a caret under it.
    struct Span: Equatable {
        var text: String
        var column: Int
        var length: Int
    }

    /// The words of a command line (as `words`) with their places.
    static func spans(_ line: String) -> [Span] {
        var out: [Span] = []
        var current = ""
        var inQuotes = false, hasWord = false
        var column = 0, start = 0
        var it = line.makeIterator()
        func next() -> Character? {
            column += 1
            return it.next()
        }
        while let c = next() {
            if !hasWord && c != " " && c != "\t" { start = column }
            if inQuotes {
                if c == "\"" {
                    inQuotes = false
                } else if c == "\\", let n = next() {
                    current.append(n)
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
                hasWord = true
            } else if c == " " || c == "\t" {
                if hasWord {
                    out.append(Span(text: current, column: start, length: column - start))
                    current = ""
                    hasWord = false
                }
            } else {
                current.append(c)
                hasWord = true
            }
        }
        if hasWord { out.append(Span(text: current, column: start, length: column - start)) }
        return out
    }

    /// The nearest command to a mistyped one, if it is close enough to be a typo (`Suggest`).
    static func suggestion(for name: String) -> String? {
        Suggest.nearest(name, in: names).first
    }
}

extension Shell {
    /// Runs one dot-command line. Returns false when it failed (a usage error, a missing file).
    func runDotCommand(_ line: String, sourceName: String, line number: Int) -> Bool {
        let spans = DotCommand.spans(line)
        guard let name = spans.first?.text.lowercased() else { return true }
        let args = spans.dropFirst().map(\.text)
        // At the prompt each line stands alone, as a statement typed there does: line 1.
        let place = sourceName == "<prompt>" ? 1 : number
        /// Says how to use the command, with a caret under word `word` (0 is the command) when
        /// one is wrong, and the nearest of `choices` to it when it looks like a typo.
        func usage(_ text: String, at word: Int? = nil, choices: [String] = []) -> Bool {
            let span = word.flatMap { $0 < spans.count ? spans[$0] : nil }
            let near = span.flatMap { Suggest.nearest($0.text, in: choices).first }
            let diagnostic = Diagnostic(
                code: .badArgument, message: "usage: \(text)", sourceName: sourceName, line: place,
                column: span?.column ?? 0, lineText: line, length: span?.length ?? 1,
                notes: near.map { ["did you mean '\($0)'?"] } ?? [])
            err(diagnostic.render())
            return false
        }
        /// Says why the command could not do its work, with a caret under word `word` (the path
        /// it could not use) when one is to blame.
        func fail(_ message: String, at word: Int? = nil) -> Bool {
            let span = word.flatMap { $0 < spans.count ? spans[$0] : nil }
            let diagnostic = Diagnostic(
                code: .commandFailed, message: message, sourceName: sourceName, line: place,
                column: span?.column ?? 0, lineText: line, length: span?.length ?? 1)
            err(diagnostic.render())
            return false
        }
        switch name {
        case ".help", ".h", ".?":
            display(HelpText.text(topic: args.first))
            return true
        case ".quit", ".exit", ".q":
            requestQuit()
            return true
        case ".load":
            guard !args.isEmpty else { return usage(".load PATH|GLOB|DIR…") }
            return load(args)
        case ".run", ".read":
            guard args.count == 1 else { return usage(".run FILE", at: args.isEmpty ? nil : 2) }
            return run(script: args[0], fail: { fail($0, at: 1) })
        case ".articles":
            listArticles()
            return true
        case ".entities":
            guard args.count <= 1 else { return usage(".entities [TYPE]", at: 2) }
            listEntities(type: args.first)
            return true
        case ".predicates":
            listPredicates()
            return true
        case ".format", ".mode":
            guard let value = args.first else {
                out("format: \(session.options.format.rawValue)\n")
                return true
            }
            guard args.count == 1, let format = OutputFormat(rawValue: value.lowercased()) else {
                let text = ".format " + DotCommand.formats.joined(separator: "|")
                return args.count == 1 ? usage(text, at: 1, choices: DotCommand.formats) : usage(text, at: 2)
            }
            session.options.format = format
            return true
        case ".sources", ".timer", ".explain", ".headers":
            return toggle(name, args, usage: usage)
        case ".bail", ".pager":
            guard let value = args.first?.lowercased() else {
                out("\(name.dropFirst()): \((name == ".bail" ? bail : pager) ? "on" : "off")\n")
                return true
            }
            let on: Bool
            switch value {
            case "on", "yes", "true", "1": on = true
            case "off", "no", "false", "0": on = false
            default: return usage("\(name) on|off", at: 1, choices: ["on", "off"])
            }
            if name == ".bail" { bail = on } else { pager = on }
            return true
        case ".print", ".echo":
            out(args.joined(separator: " ") + "\n")
            return true
        case ".output", ".once":
            if args.isEmpty {
                guard name == ".output" else { return usage(".once FILE") }
                closeRedirect()
                return true
            }
            guard args.count == 1 else { return usage("\(name) FILE", at: 2) }
            return redirect(to: args[0], once: name == ".once", fail: { fail($0, at: 1) })
        case ".limit", ".limits":
            return limit(args, usage: usage)
        case ".show":
            guard args.isEmpty else { return usage(".show", at: 1) }
            show()
            return true
        case ".cd":
            guard args.count == 1 else { return usage(".cd DIR", at: args.isEmpty ? nil : 2) }
            let path = Shell.expandingTilde(args[0])
            guard FileManager.default.changeCurrentDirectoryPath(path) else {
                return fail(".cd: cannot change to '\(TerminalSafe.escape(args[0]))'", at: 1)
            }
            return true
        case ".shell", ".system":
            guard !args.isEmpty else { return usage("\(name) COMMAND") }
            return runShell(line.drop { $0 != " " && $0 != "\t" }.trimmingCharacters(in: .whitespaces), name)
        case ".sql":
            return runSQL(line, usage: usage)
        case ".history":
            guard let history else { return fail(".history: there is no history outside the prompt") }
            let entries = history()
            let width = String(entries.count).count
            var text = ""
            for (i, entry) in entries.enumerated() {
                let n = String(i + 1)
                text += String(repeating: " ", count: width - n.count) + n + "  " + entry + "\n"
            }
            display(text)
            return true
        default:
            let near = DotCommand.suggestion(for: name)
            let diagnostic = Diagnostic(
                code: .unknownCommand, message: "unknown command '\(TerminalSafe.escape(name))'",
                sourceName: sourceName, line: place, column: spans[0].column, lineText: line,
                length: spans[0].length,
                notes: [near.map { "did you mean '\($0)'?" } ?? "type .help for the commands"])
            err(diagnostic.render())
            return false
        }
    }

    private func toggle(_ name: String, _ args: [String], usage: (String, Int?, [String]) -> Bool) -> Bool {
        func current() -> Bool {
            switch name {
            case ".sources": return session.options.showSources
            case ".timer": return session.options.showTimer
            case ".headers": return session.options.showHeaders
            default: return session.options.explainAll
            }
        }
        guard let value = args.first?.lowercased() else {
            out("\(name.dropFirst()): \(current() ? "on" : "off")\n")
            return true
        }
        let on: Bool
        switch value {
        case "on", "yes", "true", "1": on = true
        case "off", "no", "false", "0": on = false
        default: return usage("\(name) on|off", 1, ["on", "off"])
        }
        switch name {
        case ".sources": session.options.showSources = on
        case ".timer": session.options.showTimer = on
        case ".headers": session.options.showHeaders = on
        default: session.options.explainAll = on
        }
        return true
    }

    // MARK: - .show, .shell

    /// Every setting of the session, one a line (as sqlite3's `.show`).
    private func show() {
        let o = session.options
        func onOff(_ b: Bool) -> String { b ? "on" : "off" }
        out("format: \(o.format.rawValue)\n")
        out("headers: \(onOff(o.showHeaders))\n")
        out("sources: \(onOff(o.showSources))\n")
        out("timer: \(onOff(o.showTimer))\n")
        out("explain: \(onOff(o.explainAll))\n")
        out("bail: \(onOff(bail))\n")
        out("pager: \(onOff(pager))\n")
        out("output: \(redirect.map { TerminalSafe.escape($0.path) + ($0.once ? " (once)" : "") } ?? "stdout")\n")
        out("limit time: \(QueryLimits.describe(time: o.limits.time))\n")
        out("limit memory: \(QueryLimits.describe(memory: o.limits.memory))\n")
        out("folder: \(TerminalSafe.escape(FileManager.default.currentDirectoryPath))\n")
    }

    /// Runs `command` with `/bin/sh -c`, its output where answers go; a failing command is an error.
    private func runShell(_ command: String, _ name: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            err("\(name): cannot run /bin/sh (\(error.localizedDescription))\n")
            return false
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        out(String(decoding: data, as: UTF8.self))
        guard process.terminationStatus == 0 else {
            err("\(name): the command exited with status \(process.terminationStatus)\n")
            return false
        }
        return true
    }

    // MARK: - .output, .once

    /// Sends answers to `path` (created or emptied) from now on, or for the next statement.
    /// `fail` reports why not (the path's place is the caller's to know).
    private func redirect(to path: String, once: Bool, fail: (String) -> Bool) -> Bool {
        let expanded = Shell.expandingTilde(path)
        guard FileManager.default.createFile(atPath: expanded, contents: nil),
            let handle = FileHandle(forWritingAtPath: expanded)
        else {
            return fail("\(once ? ".once" : ".output"): cannot write '\(TerminalSafe.escape(path))'")
        }
        closeRedirect()
        redirect = (handle, expanded, once)
        return true
    }

    // MARK: - .limit

    /// `.limit` shows the limits; `.limit time 10s`, `.limit memory 2GB` (or `off`) set them,
    /// several at once too (`.limit time 1m memory 4GB`).
    private func limit(_ args: [String], usage: (String, Int?, [String]) -> Bool) -> Bool {
        let text = ".limit [time 500ms|10s|5m|off] [memory 512MB|2GB|off]"
        guard !args.isEmpty else {
            let limits = session.options.limits
            out("time: \(QueryLimits.describe(time: limits.time))\n")
            out("memory: \(QueryLimits.describe(memory: limits.memory))\n")
            return true
        }
        // Word i + 1 of the line is args[i] (word 0 is the command).
        guard args.count % 2 == 0 else { return usage(text, args.count, []) }
        var limits = session.options.limits
        for i in stride(from: 0, to: args.count, by: 2) {
            switch args[i].lowercased() {
            case "time":
                guard let time = QueryLimits.parseTime(args[i + 1]) else { return usage(text, i + 2, []) }
                limits.time = time
            case "memory":
                guard let memory = QueryLimits.parseMemory(args[i + 1]) else { return usage(text, i + 2, []) }
                limits.memory = memory
            default:
                return usage(text, i + 1, ["time", "memory"])
            }
        }
        session.options.limits = limits
        return true
    }

    // MARK: - .run

    /// Runs the script at `path`; `fail` reports why it could not (the path's place is the
    /// caller's to know).
    private func run(script path: String, fail: (String) -> Bool) -> Bool {
        let expanded = Shell.expandingTilde(path)
        let shown = TerminalSafe.escape(path)
        guard runDepth < Shell.maxRunDepth else {
            return fail(".run \(shown): scripts nested more than \(Shell.maxRunDepth) deep")
        }
        guard let data = FileManager.default.contents(atPath: expanded) else {
            return fail(".run: cannot read '\(shown)'")
        }
        guard let text = String(data: data, encoding: .utf8) else { return fail(".run: '\(shown)' is not UTF-8 text") }
        runDepth += 1
        defer { runDepth -= 1 }
        return runScript(text, sourceName: path) == 0
    }

    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    // MARK: - .load

    /// Adds article and facts files to the session: paths, folders (walked for .txt .json
    /// .jsonl .facts .tsv) and glob patterns. On a terminal, a long load shows its progress.
    private func load(_ args: [String]) -> Bool {
        var files: [String] = []
        var folders: [String] = []
        var missing: [String] = []
        var skipped: [String] = []
        for arg in args {
            let expanded = Shell.expandingTilde(arg)
            let matches = arg.contains(where: { "*?[".contains($0) }) ? Glob.paths(matching: expanded) : [expanded]
            var found = false
            for path in matches {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                found = true
                if isFolder.boolValue {
                    let listing = FolderWalk.list(path, wanted: CorpusLoader.isLoadable)
                    files += listing.paths
                    skipped += listing.skipped.map(\.description)
                    folders.append(path)
                } else {
                    files.append(path)
                }
            }
            if !found { missing.append(arg) }
        }
        for arg in missing { err("skipped \(arg): no such file or folder\n") }
        for problem in skipped { err("skipped \(problem)\n") }
        guard !files.isEmpty else {
            if missing.isEmpty && skipped.isEmpty {
                err("nothing to load: no .txt .json .jsonl .facts or .tsv files there\n")
            }
            return false
        }
        var report = loadWithProgress(files, roots: folders + files)
        for problem in report.problems { err("skipped \(problem)\n") }
        for warning in report.warnings { err("warning: \(warning)\n") }
        report.problems += skipped
        out(Shell.describe(report, skippedMissing: missing.count) + "\n")
        // Anything skipped makes the exit status 1, as at start-up; what did load is there, so
        // the script goes on (`.bail` stops only at a command that loaded nothing).
        if !(missing.isEmpty && report.problems.isEmpty) { skippedInputs = true }
        return true
    }

    private func loadWithProgress(_ files: [String], roots: [String]) -> LoadReport {
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let totalBytes = sizes.reduce(0, +)
        let showProgress = interactive && isatty(STDERR_FILENO) != 0 && (files.count > 40 || totalBytes > 4_000_000)
        // At the prompt Ctrl-C sets the interrupt flag: the loader stops between articles and
        // within a long one, keeping what it loaded.
        var isCancelled: (@Sendable () -> Bool)?
        if interactive { isCancelled = { Interrupt.isSet } }
        if interactive { Interrupt.reset() }
        guard showProgress else {
            return CorpusLoader.load(paths: files, into: store, roots: roots, isCancelled: isCancelled)
        }

        let start = Date()
        var total = LoadReport()
        var done = 0, doneBytes = 0
        // About twenty steps: each batch ends with the store rebuilding its indexes.
        let batch = max(8, files.count / 20)
        while done < files.count {
            if Interrupt.isSet {
                total.problems.append("the rest (\(files.count - done) files): cancelled with Ctrl-C")
                break
            }
            let end = min(files.count, done + batch)
            let part = CorpusLoader.load(
                paths: Array(files[done..<end]), into: store, roots: roots, isCancelled: isCancelled)
            total.merge(part)
            doneBytes += sizes[done..<end].reduce(0, +)
            done = end
            let elapsed = max(Date().timeIntervalSince(start), 0.001)
            let rate = Double(doneBytes) / 1e6 / elapsed
            Console.errControl(
                "\rloading \(done)/\(files.count) files · \(LoadReport.size(doneBytes)) · "
                    + String(format: "%.1f MB/s", rate) + "\u{1B}[K")
        }
        Console.errControl("\r\u{1B}[K")
        total.seconds = Date().timeIntervalSince(start)
        return total
    }

    /// `214 files (1.1 MB) in 0.21 s: +21 articles, +1,930 entities, +18,402 facts; 2 skipped`;
    /// when every file was skipped, `nothing loaded: 1 file skipped (named above)`.
    static func describe(_ report: LoadReport, skippedMissing: Int = 0) -> String {
        let skipped = report.problems.count + skippedMissing
        if report.files == 0 && skipped > 0 {
            return "nothing loaded: \(LoadReport.counted(skipped, "file")) skipped (named above)"
        }
        var line =
            "\(LoadReport.counted(report.files, "file")) (\(LoadReport.size(report.bytes))) in "
            + String(format: "%.2f", report.seconds) + " s: "
        if report.articlesAdded > 0 { line += "+\(LoadReport.counted(report.articlesAdded, "article")), " }
        line +=
            "+\(LoadReport.counted(report.entitiesAdded, "entity", "entities")), "
            + "+\(LoadReport.counted(report.factsAdded, "fact"))"
        var tail: [String] = []
        if report.articlesReplaced > 0 { tail.append("\(report.articlesReplaced) replaced") }
        if report.articlesUnchanged > 0 { tail.append("\(report.articlesUnchanged) already loaded") }
        if skipped > 0 { tail.append("\(skipped) skipped (named above)") }
        return line + (tail.isEmpty ? "" : "; " + tail.joined(separator: ", "))
    }

    // MARK: - Looking around

    /// `.articles`: a table of the loaded articles under a header (`id date facts title`), in
    /// aligned columns, then their count. A date newsq inferred ends in `?`.
    private func listArticles() {
        let articles = store.articles
        guard !articles.isEmpty else {
            out("no articles loaded; use .load PATH\n")
            return
        }
        var rows: [[String]] = [["id", "date", "facts", "title"]]
        for stored in articles {
            let a = stored.article
            let date = a.date.map { $0.iso + (a.dateInferred ? "?" : "") } ?? "—"
            let title = TerminalSafe.escape(a.title ?? String(a.text.prefix(60)))
            rows.append([TerminalSafe.escape(a.id), date, LoadReport.grouped(stored.factCount), title])
        }
        display(Shell.alignedColumns(rows, rightAligned: [2]) + "\(LoadReport.counted(articles.count, "article"))\n")
    }

    /// Rows as columns two spaces apart, each as wide as its widest cell (the last column is
    /// not padded); the columns in `rightAligned` are aligned right (numbers).
    static func alignedColumns(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i == widths.count { widths.append(0) }
                widths[i] = max(widths[i], cell.count)
            }
        }
        var text = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                if i > 0 { line += "  " }
                if rightAligned.contains(i) {
                    line += pad + cell
                } else {
                    line += cell + (i == row.count - 1 ? "" : pad)
                }
            }
            text += line + "\n"
        }
        return text
    }

    private func listEntities(type wanted: String?) {
        guard let typeID = store.predicateID("type") else {
            out("no entities loaded\n")
            return
        }
        var byType: [String: [TermID]] = [:]
        for f in store.match(subject: nil, predicate: typeID, object: nil) where store.kind(store.subject(f)) == .entity
        {
            byType[store.text(store.object(f)), default: []].append(store.subject(f))
        }
        guard let wanted else {
            for (type, ids) in byType.sorted(by: {
                $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
            }) {
                out(
                    TerminalSafe.escape(type).padding(toLength: 16, withPad: " ", startingAt: 0)
                        + " \(Set(ids).count)\n")
            }
            out("\(Set(byType.values.joined()).count) entities; .entities TYPE lists them\n")
            return
        }
        guard let ids = byType[wanted] ?? byType.first(where: { $0.key.lowercased() == wanted.lowercased() })?.value
        else {
            let near = Suggest.nearest(wanted, in: byType.keys.sorted()).first
            err("no entities of type '\(wanted)'" + (near.map { "; did you mean '\($0)'?" } ?? "") + "\n")
            return
        }
        let names = Set(ids).map { id -> String in
            let aliases = store.aliases(of: id).filter { $0 != store.text(id) }
            return TerminalSafe.escape(store.text(id))
                + (aliases.isEmpty ? "" : "  (" + aliases.map { TerminalSafe.escape($0) }.joined(separator: ", ") + ")")
        }.sorted()
        display(names.map { $0 + "\n" }.joined() + "\(names.count) \(TerminalSafe.escape(wanted)) entities\n")
    }

    private func listPredicates() {
        let counts = store.predicateCounts()
        guard !counts.isEmpty else {
            out("no facts loaded\n")
            return
        }
        let width = counts.map { store.text($0.predicate).count }.max() ?? 0
        for (p, n) in counts {
            let name = TerminalSafe.escape(store.text(p))
            out(
                name.padding(toLength: max(width, name.count), withPad: " ", startingAt: 0)
                    + "  \(LoadReport.grouped(n))\n")
        }
    }
}
