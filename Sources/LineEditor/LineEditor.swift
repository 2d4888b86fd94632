@preconcurrency import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one call to ``LineEditor/readLine(prompt:)`` read.
public enum LineResult: Equatable, Sendable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C: the line was abandoned; the session goes on.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfFile
}

/// Line editing at a terminal, on libedit: emacs keys, history with Up/Down and Ctrl-R,
/// Tab completion through a callback, Ctrl-C that clears the line, persistent history.
///
/// For example:
///
///     let editor = LineEditor(programName: "newsq", historyFile: "/home/me/.newsq_history")
///     editor.completer = { line, cursor in … }
///     loop: while true {
///         switch editor.readLine(prompt: "newsq> ") {
///         case .line(let text): editor.addHistory(text); run(text)
///         case .interrupted: continue
///         case .endOfFile: break loop
///         }
///     }
///     editor.saveHistory()
///
/// Use it only when standard input and output are terminals and ``isAvailable``; otherwise
/// read lines plainly.
/// One editor at a time per process: libedit owns the terminal while it edits.
public final class LineEditor {
    /// The completion callback: the line and the cursor (a UTF-8 offset) to what may replace
    /// the text before the cursor.
    public typealias Completer = (_ line: String, _ cursor: Int) -> Completion

    /// Called for Tab; nil completes nothing.
    public var completer: Completer?
    /// The lines entered, kept by libedit for Up/Down and Ctrl-R.
    public let history: HistoryStore
    /// Where the history lives between sessions; nil keeps it in memory only.
    public let historyFile: String?
    /// Where warnings go (a bad history file): once each.
    private let warn: (String) -> Void
    private var warned = false

    /// libedit's `EditLine *`.
    private let el: OpaquePointer
    private var promptText: UnsafeMutablePointer<CChar>?
    /// Set by the Ctrl-C key while a line is being edited.
    fileprivate var sawInterruptKey = false
    private let output: UnsafeMutablePointer<FILE>

    /// Opens the editor on standard input/output and loads the history file when there is one.
    ///
    /// - Parameters:
    ///   - programName: the name libedit uses to pick lines from `~/.editrc`.
    ///   - historyFile: the history file; nil for none.
    ///   - historySize: the most lines kept.
    ///   - warn: shows a warning (an unreadable or foreign history file) to the user;
    ///     by default written to standard error.
    public init(
        programName: String, historyFile: String?, historySize: Int = 1000,
        warn: @escaping (String) -> Void = LineEditor.writeToStandardError
    ) {
        ProcessSetup.setUpUTF8Locale()
        self.history = HistoryStore(size: historySize)
        self.historyFile = historyFile
        self.warn = warn
        self.output = stdout
        guard let el = nq_el_init(programName, stdin, stdout, stderr) else {
            fatalError("libedit: cannot be loaded, or el_init failed (out of memory)")
        }
        self.el = el
        nq_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        nq_el_set_editor(el, "emacs")
        nq_el_set_signal(el, 1)
        nq_el_set_hist(el, history.handle)
        nq_el_set_prompt(el, lineEditorPrompt)
        // Ctrl-C clears the line and keeps the session: mask the terminal's interrupt character
        // while editing (it would otherwise raise SIGINT) and bind the key to a function instead.
        nq_el_settty(el, "-d", "-intr", nil)
        nq_el_addfn(el, "newsq-interrupt", "abandon the line", lineEditorInterruptKey)
        nq_el_bind(el, "^C", "newsq-interrupt")
        nq_el_addfn(el, "newsq-complete", "complete the word at the cursor", lineEditorCompleteKey)
        nq_el_bind(el, "^I", "newsq-complete")
        nq_el_bind(el, "^R", "em-inc-search-prev")
        // Up/Down walk the history (libedit's default for the arrow keys); ^P/^N as well.
        nq_el_bind(el, "^P", "ed-prev-history")
        nq_el_bind(el, "^N", "ed-next-history")
        // A user's ~/.editrc may adjust the rest.
        nq_el_source(el, nil)
        if let historyFile, let message = history.load(from: historyFile) {
            warnOnce(message)
        }
    }

    deinit {
        nq_el_end(el)
        free(promptText)
    }

    /// Whether libedit can be loaded (it is opened at run time, when first needed: a program
    /// that never edits a line does not load it). Without it there is no editor; read lines
    /// plainly instead.
    public static var isAvailable: Bool { nq_editline_load() != 0 }

    /// Writes `message` and a line break to standard error.
    public static func writeToStandardError(_ message: String) {
        fputs(message + "\n", stderr)
    }

    // MARK: - Reading

    /// Shows `prompt` and reads one line. Pass a continuation prompt (`   ...> `) for the
    /// second and later lines of a statement.
    public func readLine(prompt: String) -> LineResult {
        setPrompt(prompt)
        sawInterruptKey = false
        // Switch to raw mode before libedit writes the prompt: a key typed in between would
        // otherwise go through the cooked line discipline.
        nq_el_prep_term(el, 1)
        var count: Int32 = 0
        errno = 0
        let line = nq_el_gets(el, &count)
        if sawInterruptKey { return .interrupted }
        guard let line, count > 0 else {
            // A signal (SIGINT from elsewhere) interrupts the read: not the end of input.
            if count < 0 && errno == EINTR { return .interrupted }
            return .endOfFile
        }
        var text = String(cString: line)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return .line(text)
    }

    private func setPrompt(_ prompt: String) {
        free(promptText)
        promptText = strdup(prompt)
    }

    fileprivate var promptPointer: UnsafeMutablePointer<CChar>? { promptText }

    // MARK: - History

    /// Adds a line (trimmed; an empty one or a repeat of the previous one is not added).
    public func addHistory(_ line: String) {
        history.add(line)
    }

    /// Saves the history to ``historyFile`` (atomically). A failure is shown once as a warning.
    public func saveHistory() {
        guard let historyFile else { return }
        do {
            try history.save(to: historyFile)
        } catch {
            warnOnce(String(describing: error))
        }
    }

    private func warnOnce(_ message: String) {
        guard !warned else { return }
        warned = true
        warn(message)
    }

    // MARK: - Keys

    fileprivate func interruptKey() -> UInt8 {
        sawInterruptKey = true
        // Leave the abandoned text on screen, marked as a shell marks it, and start a new line.
        // Rewriting the text after the cursor (as drawn) moves the terminal's cursor to its end.
        var mark = "^C\n"
        if let info = nq_el_line(el)?.pointee, let cursor = info.cursor, let end = info.lastchar {
            let rest = UnsafeBufferPointer(
                start: UnsafeRawPointer(cursor).assumingMemoryBound(to: UInt8.self),
                count: UnsafeRawPointer(end) - UnsafeRawPointer(cursor))
            let text = String(decoding: rest, as: UTF8.self)
            mark =
                text.unicodeScalars.allSatisfy({
                    $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value)
                })
                ? text + mark : "\n"
        }
        fputs(mark, output)
        fflush(output)
        return UInt8(CC_NEWLINE)
    }

    fileprivate func completeKey() -> UInt8 {
        guard let completer, let info = nq_el_line(el)?.pointee else { return UInt8(CC_ERROR) }
        let base = UnsafeRawPointer(info.buffer!)
        let length = UnsafeRawPointer(info.lastchar!) - base
        let cursor = UnsafeRawPointer(info.cursor!) - base
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: length)
        let line = String(decoding: bytes, as: UTF8.self)
        let completion = completer(line, cursor)
        let start = min(max(0, completion.replacementStart), cursor)
        let typed = String(decoding: bytes[start..<cursor], as: UTF8.self)
        switch completion.action(typed: typed) {
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case let .replace(text, list):
            if text != typed {
                // libedit counts characters (code points) when deleting.
                let width = typed.unicodeScalars.count
                if width > 0 { nq_el_deletestr(el, Int32(width)) }
                if !text.isEmpty { nq_el_insertstr(el, text) }
            }
            guard !list.isEmpty else { return UInt8(CC_REFRESH) }
            let lines = Completion.columns(list, width: Int(nq_el_columns(el)) - 1)
            fputs("\n" + lines.joined(separator: "\n") + "\n", output)
            fflush(output)
            return UInt8(CC_REDISPLAY)
        }
    }
}

// MARK: - C callbacks
// libedit calls plain C functions; they find the editor through EL_CLIENTDATA.

private func editor(_ el: OpaquePointer?) -> LineEditor? {
    guard let el, let data = nq_el_get_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
}

private func lineEditorPrompt(_ el: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    editor(el)?.promptPointer
}

private func lineEditorInterruptKey(_ el: OpaquePointer?, _ ch: Int32) -> UInt8 {
    editor(el)?.interruptKey() ?? UInt8(CC_ERROR)
}

private func lineEditorCompleteKey(_ el: OpaquePointer?, _ ch: Int32) -> UInt8 {
    editor(el)?.completeKey() ?? UInt8(CC_ERROR)
}
