import Foundation
import LineEditor
import NewsFacts
import Query

/// The dot-commands' dispatcher and the settings they change (`.format`, on/off switches,
/// `.limit`, `.show`, `.cd`, `.history`); loading, files and listings are in Shell+Load,
/// Shell+Files and Shell+Listing.
extension Shell {
    /// Runs one dot-command line. Returns false when it failed (a usage error, a missing file),
    /// after saying why as a `Diagnostic`.
    func runDotCommand(_ text: String, sourceName: String, line number: Int) -> Bool {
        let line = DotCommandLine(text, sourceName: sourceName, line: number)
        guard let name = line.name else { return true }
        let args = line.args
        switch name {
        case ".help", ".h", ".?":
            guard args.count <= 1 else { return reject(line.usage(".help [TOPIC]", at: 2)) }
            guard let help = HelpText.text(topic: args.first) else {
                var diagnostic = line.failure("no help on '\(TerminalSafe.escape(args[0]))'", at: 1)
                diagnostic.notes = HelpText.notes(forUnknown: args[0])
                return reject(diagnostic)
            }
            display(help)
        case ".quit", ".exit", ".q":
            requestQuit()
        case ".load":
            guard !args.isEmpty else { return reject(line.usage(".load PATH|GLOB|DIR…")) }
            return load(line)
        case ".run", ".read":
            guard args.count == 1 else { return reject(line.usage(".run FILE", at: args.isEmpty ? nil : 2)) }
            return run(script: args[0], fail: { reject(line.failure($0, at: 1)) })
        case ".articles":
            listArticles()
        case ".entities":
            guard args.count <= 1 else { return reject(line.usage(".entities [TYPE]", at: 2)) }
            return listEntities(type: args.first, line: line)
        case ".predicates":
            listPredicates()
        case ".format", ".mode":
            return setFormat(line)
        case ".sources", ".timer", ".explain", ".headers", ".bail", ".pager":
            return toggle(line)
        case ".print", ".echo":
            out(args.joined(separator: " ") + "\n")
        case ".output", ".once":
            if args.isEmpty {
                guard name == ".output" else { return reject(line.usage(".once FILE")) }
                closeRedirect()
                return true
            }
            guard args.count == 1 else { return reject(line.usage("\(name) FILE", at: 2)) }
            return redirect(to: args[0], once: name == ".once", fail: { reject(line.failure($0, at: 1)) })
        case ".limit", ".limits":
            return limit(line)
        case ".show":
            guard args.isEmpty else { return reject(line.usage(".show", at: 1)) }
            show()
        case ".cd":
            return changeFolder(line)
        case ".shell", ".system":
            guard !args.isEmpty else { return reject(line.usage("\(name) COMMAND")) }
            let command = text.drop { $0 != " " && $0 != "\t" }.trimmingCharacters(in: .whitespaces)
            return runShell(command, name, fail: { reject(line.failure($0)) })
        case ".sql":
            return runSQL(text, usage: { reject(line.usage($0, at: $1, choices: $2)) })
        case ".history":
            return showHistory(line)
        default:
            return reject(line.unknownCommand())
        }
        return true
    }

    /// Writes the diagnostic to the error stream; false, for a command that failed.
    func reject(_ diagnostic: Diagnostic) -> Bool {
        err(diagnostic.render())
        return false
    }

    /// `.format` shows the output format; `.format table|tsv|csv|json|markdown` sets it.
    private func setFormat(_ line: DotCommandLine) -> Bool {
        let args = line.args
        guard let value = args.first else {
            out("format: \(session.options.format.rawValue)\n")
            return true
        }
        guard args.count == 1, let format = OutputFormat(rawValue: value.lowercased()) else {
            let text = ".format " + DotCommand.formats.joined(separator: "|")
            return reject(
                args.count == 1 ? line.usage(text, at: 1, choices: DotCommand.formats) : line.usage(text, at: 2))
        }
        session.options.format = format
        return true
    }

    /// An on/off switch (`.sources`, `.timer`, `.explain`, `.headers`, `.bail`, `.pager`): shown
    /// without a value, set with one.
    private func toggle(_ line: DotCommandLine) -> Bool {
        let name = line.name ?? ""
        let options = session.options
        let current: Bool
        switch name {
        case ".sources": current = options.showSources
        case ".timer": current = options.showTimer
        case ".headers": current = options.showHeaders
        case ".bail": current = bail
        case ".pager": current = pager
        default: current = options.explainAll
        }
        guard let value = line.args.first else {
            out("\(name.dropFirst()): \(current ? "on" : "off")\n")
            return true
        }
        guard let on = DotCommand.onOff(value) else {
            return reject(line.usage("\(name) on|off", at: 1, choices: ["on", "off"]))
        }
        switch name {
        case ".sources": session.options.showSources = on
        case ".timer": session.options.showTimer = on
        case ".headers": session.options.showHeaders = on
        case ".bail": bail = on
        case ".pager": pager = on
        default: session.options.explainAll = on
        }
        return true
    }

    /// `.cd DIR`: the folder relative paths (`.load`, `.run`, `.output`) start from.
    private func changeFolder(_ line: DotCommandLine) -> Bool {
        let args = line.args
        guard args.count == 1 else { return reject(line.usage(".cd DIR", at: args.isEmpty ? nil : 2)) }
        let path = Shell.expandingTilde(args[0])
        guard FileManager.default.changeCurrentDirectoryPath(path) else {
            return reject(line.failure(".cd: cannot change to '\(TerminalSafe.escape(args[0]))'", at: 1))
        }
        return true
    }

    /// `.history`: the prompt's history, numbered.
    private func showHistory(_ line: DotCommandLine) -> Bool {
        guard let history else { return reject(line.failure(".history: there is no history outside the prompt")) }
        let entries = history()
        let width = String(entries.count).count
        var text = ""
        for (i, entry) in entries.enumerated() {
            let n = String(i + 1)
            text += String(repeating: " ", count: width - n.count) + n + "  " + entry + "\n"
        }
        display(text)
        return true
    }

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

    // MARK: - .limit

    /// `.limit` shows the limits; `.limit time 10s`, `.limit memory 2GB` (or `off`) set them,
    /// several at once too (`.limit time 1m memory 4GB`).
    private func limit(_ line: DotCommandLine) -> Bool {
        let args = line.args
        let text = ".limit [time 500ms|10s|5m|off] [memory 512MB|2GB|off]"
        guard !args.isEmpty else {
            let limits = session.options.limits
            out("time: \(QueryLimits.describe(time: limits.time))\n")
            out("memory: \(QueryLimits.describe(memory: limits.memory))\n")
            return true
        }
        // Word i + 1 of the line is args[i] (word 0 is the command).
        guard args.count % 2 == 0 else { return reject(line.usage(text, at: args.count)) }
        var limits = session.options.limits
        for i in stride(from: 0, to: args.count, by: 2) {
            switch args[i].lowercased() {
            case "time":
                guard let time = QueryLimits.parseTime(args[i + 1]) else { return reject(line.usage(text, at: i + 2)) }
                limits.time = time
            case "memory":
                guard let memory = QueryLimits.parseMemory(args[i + 1]) else {
                    return reject(line.usage(text, at: i + 2))
                }
                limits.memory = memory
            default:
                return reject(line.usage(text, at: i + 1, choices: ["time", "memory"]))
            }
        }
        session.options.limits = limits
        return true
    }
}
