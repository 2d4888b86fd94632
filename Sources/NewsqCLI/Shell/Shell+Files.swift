import Foundation
import NewsFacts

/// The dot-commands that reach files and processes: `.run` a script, `.output`/`.once` to a
/// file, `.shell` a command.
extension Shell {
    /// Runs `command` with `/bin/sh -c`, its output where answers go; a failing command is an
    /// error, said through `fail`.
    func runShell(_ command: String, _ name: String, fail: (String) -> Bool) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            return fail("\(name): cannot run /bin/sh (\(error.localizedDescription))")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        out(String(decoding: data, as: UTF8.self))
        guard process.terminationStatus == 0 else {
            return fail("\(name): the command exited with status \(process.terminationStatus)")
        }
        return true
    }

    /// Sends answers to `path` (created or emptied) from now on, or for the next statement.
    /// `fail` reports why not (the path's place is the caller's to know).
    func redirect(to path: String, once: Bool, fail: (String) -> Bool) -> Bool {
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

    /// Runs the script at `path`; `fail` reports why it could not (the path's place is the
    /// caller's to know).
    func run(script path: String, fail: (String) -> Bool) -> Bool {
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
}
