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
        let (partial, previous) = CompletionLexer.split(line: line, cursor: cursor)
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
            ".explain" where argumentIndex == 0, ".headers" where argumentIndex == 0,
            ".bail" where argumentIndex == 0, ".pager" where argumentIndex == 0:
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
