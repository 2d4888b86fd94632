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

    /// `on`/`off` (also yes/no, true/false, 1/0) as a setting's value; nil for anything else.
    static func onOff(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: return nil
        }
    }
}

/// One dot-command line being run: its words with their places and where the line came from,
/// so an error about it is a `Diagnostic` with a caret under the word to blame.
struct DotCommandLine {
    /// The line as typed.
    let text: String
    /// Its words (`DotCommand.spans`); word 0 is the command.
    let spans: [DotCommand.Span]
    let sourceName: String
    /// The line number shown: at the prompt each line stands alone, as a statement typed there does.
    let place: Int

    init(_ text: String, sourceName: String, line: Int) {
        self.text = text
        self.spans = DotCommand.spans(text)
        self.sourceName = sourceName
        self.place = sourceName == "<prompt>" ? 1 : line
    }

    /// The command's name, lowercased (nil for a line of spaces).
    var name: String? { spans.first?.text.lowercased() }
    /// The words after the command.
    var args: [String] { spans.dropFirst().map(\.text) }

    /// How to use the command, with a caret under word `word` (0 is the command) when one is
    /// wrong, and the nearest of `choices` to it when it looks like a typo.
    func usage(_ text: String, at word: Int? = nil, choices: [String] = []) -> Diagnostic {
        let span = word.flatMap { $0 < spans.count ? spans[$0] : nil }
        let near = span.flatMap { Suggest.nearest($0.text, in: choices).first }
        return Diagnostic(
            code: .badArgument, message: "usage: \(text)", sourceName: sourceName, line: place,
            column: span?.column ?? 0, lineText: self.text, length: span?.length ?? 1,
            notes: near.map { ["did you mean '\($0)'?"] } ?? [])
    }

    /// Why the command could not do its work, with a caret under word `word` (the path it could
    /// not use) when one is to blame.
    func failure(_ message: String, at word: Int? = nil) -> Diagnostic {
        let span = word.flatMap { $0 < spans.count ? spans[$0] : nil }
        return Diagnostic(
            code: .commandFailed, message: message, sourceName: sourceName, line: place,
            column: span?.column ?? 0, lineText: text, length: span?.length ?? 1)
    }

    /// The command does not exist: the nearest one, or where to find them.
    func unknownCommand() -> Diagnostic {
        let name = spans[0].text.lowercased()
        let near = DotCommand.suggestion(for: name)
        return Diagnostic(
            code: .unknownCommand, message: "unknown command '\(TerminalSafe.escape(name))'",
            sourceName: sourceName, line: place, column: spans[0].column, lineText: text,
            length: spans[0].length,
            notes: [near.map { "did you mean '\($0)'?" } ?? "type .help for the commands"])
    }
}
