import Foundation
import NewsFacts

/// Paging a long answer at the prompt through `$PAGER` (else `less`, else `more`), as psql and
/// git do: only an answer longer than the screen, only on a terminal, and never when `.pager off`.
///
/// For example, with `PAGER` unset and `less` on the `PATH`, a 200-line answer on a 30-line
/// terminal runs `less` (with `LESS=FRX` unless `LESS` is set) and the prompt comes back when
/// the user quits it.
enum Pager {
    /// How many screen lines `text` takes on a screen `columns` wide (a long line wraps),
    /// counting no further than `limit`: the question is only whether it fits.
    static func screenLines(_ text: String, columns: Int, upTo limit: Int) -> Int {
        let columns = max(columns, 1)
        var lines = 0, characters = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                lines += max(1, (characters + columns - 1) / columns)
                characters = 0
                if lines >= limit { return lines }
            } else if byte & 0xC0 != 0x80 {
                // One character a scalar start: close enough for deciding to page.
                characters += 1
            }
        }
        if characters > 0 { lines += (characters + columns - 1) / columns }
        return lines
    }

    /// Whether to page `text`: the pager is on, answers go to a terminal of known size, and the
    /// text does not fit above the prompt (the screen's height less the prompt's line).
    static func shouldPage(_ text: String, enabled: Bool, screen: Screen?) -> Bool {
        guard enabled, let screen else { return false }
        let room = max(screen.rows - 1, 1)
        return screenLines(text, columns: screen.columns, upTo: room + 1) > room
    }

    /// The command to page with: `$PAGER` when it is set (set but empty: no pager), else `less`
    /// or `more` found on the `PATH`; nil when there is none.
    static func command(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        isExecutable: (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) }
    ) -> String? {
        if let pager = environment["PAGER"] {
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["less", "more"] where folders.contains(where: { isExecutable($0 + "/" + name) }) {
            return name
        }
        return nil
    }

    /// Runs `command` (with `/bin/sh -c`) with `text` on its standard input and waits for it;
    /// the text is escaped for the terminal first. A pager quit early stops the writing.
    ///
    /// - Returns: false when the pager could not be started (the caller prints the text itself).
    static func show(_ text: String, command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        // As git does: quit when it fits, keep the screen, pass the text as it is.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        process.environment = environment
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            return false
        }
        // A pager that quits before reading everything closes the pipe: the write fails (SIGPIPE
        // is ignored) and what is left is dropped.
        try? pipe.fileHandleForWriting.write(contentsOf: Data(TerminalSafe.escapeOutput(text).utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        // `sh -c` exits 127 when the command is not found, and prints nothing on the screen.
        return process.terminationStatus != 127
    }
}
