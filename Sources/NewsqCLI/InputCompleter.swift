import Foundation
import LineEditor
import NewsFacts
import Query

/// Tab completion at the interactive prompt: dot-commands and their arguments here, query
/// text through the one engine, `QueryCompleter`.
///
/// For example, at `.lo⇥` it offers the dot-commands; at `.load Da⇥` file paths; at
/// `find ?p where ?p ti⇥` whatever `QueryCompleter` offers (`title`).
///
/// Dot-command arguments: paths after `.load` and `.run`, formats after `.format`, on/off,
/// help topics, entity types.
final class InputCompleter {
    private let shell: Shell
    private let query: QueryCompleter

    init(shell: Shell) {
        self.shell = shell
        self.query = QueryCompleter(store: shell.store)
    }

    /// The completion for `line` with the cursor at UTF-8 offset `cursor`.
    func complete(line: String, cursor: Int) -> Completion {
        let utf8 = Array(line.utf8)
        let cursor = min(max(0, cursor), utf8.count)
        let before = String(decoding: utf8[..<cursor], as: UTF8.self)
        let tokens = CompletionLexer.tokens(before)
        let partial: CompletionLexer.Token
        if let last = tokens.last, last.end == cursor, last.kind != .punctuation {
            partial = last
        } else {
            partial = CompletionLexer.Token(kind: .word, text: "", start: cursor, end: cursor)
        }
        let previous = Array(tokens.prefix(while: { $0.start < partial.start }))
        if let first = previous.first ?? (partial.text.hasPrefix(".") ? partial : nil),
            first.kind == .word, first.text.hasPrefix("."), first.start == leadingSpace(line), !shell.hasPending
        {
            if previous.isEmpty {
                return Completion(
                    replacementStart: partial.start,
                    candidates: DotCommand.names.filter { $0.hasPrefix(partial.text) })
            }
            return dotArgument(command: first.text, partial: partial, argumentIndex: previous.count - 1)
        }
        let found = query.complete(line: line, cursor: cursor)
        return Completion(replacementStart: found.replacementStart, candidates: found.candidates)
    }

    /// `name` as completion would insert it (see `QueryCompleter.quotedIfNeeded`).
    static func quotedIfNeeded(_ name: String, force: Bool = false) -> String {
        QueryCompleter.quotedIfNeeded(name, force: force)
    }

    // MARK: - Dot-command arguments

    private func dotArgument(command: String, partial: CompletionLexer.Token, argumentIndex: Int) -> Completion {
        let start = partial.start
        func offer(_ words: [String]) -> Completion {
            Completion(replacementStart: start, candidates: words.filter { $0.hasPrefix(partial.text) })
        }
        switch command {
        case ".load":
            return PathCompletion.complete(partial.text, at: start, extensions: DotCommand.loadableExtensions)
        case ".run", ".read":
            return PathCompletion.complete(partial.text, at: start, extensions: ["nq", "newsq", "txt", "sql"])
        case ".format" where argumentIndex == 0:
            return offer(DotCommand.formats)
        case ".sources" where argumentIndex == 0, ".timer" where argumentIndex == 0,
            ".explain" where argumentIndex == 0:
            return offer(["on", "off"])
        case ".help" where argumentIndex == 0:
            return offer(HelpText.topics)
        case ".entities" where argumentIndex == 0:
            return offer(query.entityTypes())
        default:
            return Completion.none(at: start)
        }
    }

    private func leadingSpace(_ line: String) -> Int {
        line.utf8.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
    }
}

// MARK: - File paths

enum PathCompletion {
    /// Files and folders whose path starts with `typed` (`~` means the home folder); folders end
    /// with `/`; files are offered when their extension is in `extensions`.
    static func complete(_ typed: String, at start: Int, extensions: Set<String>) -> Completion {
        var text = typed
        let quoted = text.hasPrefix("\"")
        if quoted { text.removeFirst() }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        var expanded = text
        if text == "~" {
            expanded = home + "/"
            text = "~/"
        } else if text.hasPrefix("~/") {
            expanded = home + text.dropFirst()
        }
        let folderPart: String, namePart: String
        if let slash = expanded.lastIndex(of: "/") {
            folderPart = String(expanded[...slash])
            namePart = String(expanded[expanded.index(after: slash)...])
        } else {
            folderPart = ""
            namePart = expanded
        }
        let shownFolder: String
        if let slash = text.lastIndex(of: "/") { shownFolder = String(text[...slash]) } else { shownFolder = "" }
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folderPart.isEmpty ? "." : folderPart) else {
            return Completion.none(at: start)
        }
        var found: [String] = []
        for name in names.sorted() where name.hasPrefix(namePart) {
            if name.hasPrefix(".") && !namePart.hasPrefix(".") { continue }
            if TerminalSafe.hasControlCharacters(name) { continue }
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folderPart + name, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                found.append(shownFolder + name + "/")
            } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(shownFolder + name)
            }
        }
        let needsQuotes = quoted || found.contains { $0.contains(" ") }
        if needsQuotes {
            found = found.map { "\"" + $0 + ($0.hasSuffix("/") ? "" : "\"") }
        }
        return Completion(replacementStart: start, candidates: found, listsBasenames: true)
    }
}
