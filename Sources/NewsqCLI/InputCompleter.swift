import Foundation
import LineEditor
import NewsFacts
import Query

/// Tab completion by context, for the interactive prompt.
///
/// For example, at `find ?p where ?p ti⇥` it offers the predicates starting with `ti`
/// (`title`); at `who is Mot⇥` the entity names (`Motegi`, or `"Toshimitsu Motegi"` quoted
/// since it holds a space); at `.lo⇥` the dot-commands; at `.load Da⇥` file paths.
///
/// Contexts, from what precedes the word at the cursor:
/// - the first word of a line starting with `.`: dot-commands; their arguments after them
///   (paths after `.load` and `.run`, formats after `.format`, on/off, help topics, types);
/// - a word starting with `?`: the variables already in the statement;
/// - the start of a statement: statement keywords;
/// - after `who is`, `who met`, `timeline of`, `what did`, `about`, `meet`: entity names;
/// - in a `where` clause: variables and entities as its subject, predicates after a subject,
///   variables and entities as its object;
/// - elsewhere: keywords, variables and entity names.
final class InputCompleter {
    private let shell: Shell
    private var cachedFactCount = -1
    private var cachedNames: [(folded: String, shown: String)] = []
    private var cachedPredicates: [String] = []
    private var cachedTypes: [String] = []
    private var cachedTitles: [String] = []
    /// The most candidates offered; beyond it, typing more letters narrows the list.
    static let maxCandidates = 400

    init(shell: Shell) {
        self.shell = shell
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
        return candidates(partial: partial, previous: previous, line: line)
    }

    // MARK: - Contexts

    private func candidates(partial: CompletionLexer.Token, previous: [CompletionLexer.Token],
                            line: String) -> Completion {
        let start = partial.start
        func offer(_ words: [String], appendsSpace: Bool = true) -> Completion {
            let matching = words.filter { $0.hasPrefix(partial.text) }
            return Completion(replacementStart: start, candidates: Array(matching.prefix(InputCompleter.maxCandidates)),
                              appendsSpace: appendsSpace)
        }

        // Dot-commands and their arguments.
        if let first = previous.first ?? (partial.text.hasPrefix(".") ? partial : nil),
           first.kind == .word, first.text.hasPrefix("."), first.start == leadingSpace(line), !shell.hasPending {
            if previous.isEmpty { return offer(DotCommand.names) }
            return dotArgument(command: first.text, partial: partial, argumentIndex: previous.count - 1)
        }

        // The statement at the cursor starts after the last ';'.
        let statement = Array(previous.split(whereSeparator: { $0.text == ";" }).last ?? [])
        if previous.last?.text == ";" { return offer(Vocabulary.statementKeywords) }

        if partial.kind == .variable || partial.text == "?" {
            return offer(variables(in: line, excluding: partial))
        }
        if partial.kind == .string {
            return entityCompletion(partial)
        }
        guard let last = statement.last else {
            return offer(Vocabulary.statementKeywords)
        }
        let words = statement.map(\.text)
        let questionWord = words.first == "explain" ? words.dropFirst().first : words.first
        switch last.text {
        case "is", "met", "meet", "about", "of":
            return entityCompletion(partial)
        case "did" where questionWord == "what" || questionWord == "when":
            return entityCompletion(partial)
        case "holds" where questionWord == "who":
            refresh()
            return offer(cachedTitles)
        case "say":
            return offer(["about"])
        case "who":
            return offer(["is", "holds", "met"])
        case "what", "when":
            return offer(["did"])
        case "timeline":
            return offer(["of"])
        case "articles":
            return offer(["about"])
        case "explain":
            return offer(Vocabulary.statementKeywords)
        case "order", "group":
            return offer(["by"])
        case "by":
            return offer(variables(in: line, excluding: partial) + Vocabulary.aggregates)
        case "find", "distinct":
            return offer(variables(in: line, excluding: partial) + Vocabulary.aggregates
                         + (last.text == "find" ? ["distinct"] : []))
        case "limit", "offset":
            return Completion.none(at: start)
        default:
            // `what did NAME ⇥` and `when did NAME ⇥`.
            if words.count >= 3,
               let q = questionWord, q == "what" || q == "when", words.contains("did"),
               !words.contains("say"), !words.contains("meet") {
                return offer([q == "what" ? "say" : "meet"])
            }
        }
        if let clause = clauseBeforeCursor(statement) {
            return clauseCompletion(clause, partial: partial, line: line)
        }
        // After the outputs of a find, before `where`.
        if words.first == "find" && !words.contains("where") {
            return offer(variables(in: line, excluding: partial) + Vocabulary.aggregates + ["where"])
        }
        return mixed(partial, line: line)
    }

    /// The tokens of the clause the cursor is in, when it is in a `where` clause or a rule body.
    private func clauseBeforeCursor(_ statement: [CompletionLexer.Token]) -> [CompletionLexer.Token]? {
        var depth = 0
        var clauseStart: Int?
        for (i, t) in statement.enumerated() {
            switch t.text {
            case "where", ":-": clauseStart = i + 1; depth = 0
            case ",", "(", "not", "optional": if clauseStart != nil, depth == 0 { clauseStart = i + 1 }
            case "[": depth += 1
            case "]": depth = max(0, depth - 1)
            case "order", "group", "limit", "offset": clauseStart = nil
            default: break
            }
            if t.text == "(" && clauseStart == nil { continue }
        }
        guard let clauseStart, depth == 0 else { return nil }
        return Array(statement[clauseStart...])
    }

    /// subject predicate object: what may come next in a clause holding `clause` so far.
    private func clauseCompletion(_ clause: [CompletionLexer.Token], partial: CompletionLexer.Token,
                                  line: String) -> Completion {
        let terms = CompletionLexer.terms(clause)
        switch terms {
        case 0:
            return merged(partial, variables(in: line, excluding: partial) + ["not", "optional"], entities: true)
        case 1:
            refresh()
            let words = cachedPredicates + Vocabulary.filters
            return Completion(replacementStart: partial.start,
                              candidates: Array(words.filter { $0.hasPrefix(partial.text) }.prefix(InputCompleter.maxCandidates)))
        case 2:
            return merged(partial, variables(in: line, excluding: partial) + ["_"], entities: true)
        default:
            return merged(partial, Vocabulary.afterClause, entities: false)
        }
    }

    private func mixed(_ partial: CompletionLexer.Token, line: String) -> Completion {
        merged(partial, variables(in: line, excluding: partial) + Vocabulary.allKeywords, entities: true)
    }

    /// `words` starting with the partial text, followed by the entity names that fit.
    private func merged(_ partial: CompletionLexer.Token, _ words: [String], entities: Bool) -> Completion {
        var found = words.filter { $0.hasPrefix(partial.text) }
        if entities && !partial.text.isEmpty {
            found += entityNames(matching: partial.text)
        }
        return Completion(replacementStart: partial.start, candidates: Array(found.prefix(InputCompleter.maxCandidates)))
    }

    private func entityCompletion(_ partial: CompletionLexer.Token) -> Completion {
        Completion(replacementStart: partial.start,
                   candidates: Array(entityNames(matching: partial.text).prefix(InputCompleter.maxCandidates)))
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
        case ".sources" where argumentIndex == 0, ".timer" where argumentIndex == 0, ".explain" where argumentIndex == 0:
            return offer(["on", "off"])
        case ".help" where argumentIndex == 0:
            return offer(HelpText.topics)
        case ".entities" where argumentIndex == 0:
            refresh()
            return offer(cachedTypes)
        default:
            return Completion.none(at: start)
        }
    }

    // MARK: - Names from the store

    private func refresh() {
        let store = shell.store
        guard store.factCount != cachedFactCount else { return }
        cachedFactCount = store.factCount
        var shown = Set<String>()
        var names: [(String, String)] = []
        func add(_ name: String) {
            guard !name.isEmpty, !TerminalSafe.hasControlCharacters(name), shown.insert(name).inserted else { return }
            names.append((NameKey.fold(name), name))
        }
        var types = Set<String>()
        if let typeID = store.predicateID("type") {
            for f in store.match(subject: nil, predicate: typeID, object: nil) {
                add(store.text(store.subject(f)))
                types.insert(store.text(store.object(f)))
            }
        }
        if let aliasID = store.predicateID("alias") {
            for f in store.match(subject: nil, predicate: aliasID, object: nil) {
                add(store.text(store.object(f)))
            }
        }
        cachedNames = names.sorted { $0.1 < $1.1 }
        cachedPredicates = store.predicateCounts().map { store.text($0.predicate) }.sorted()
        cachedTypes = types.sorted()
        var titles = Set<String>()
        if let titleID = store.predicateID("title") {
            for f in store.match(subject: nil, predicate: titleID, object: nil) {
                let title = store.text(store.object(f))
                if !TerminalSafe.hasControlCharacters(title) { titles.insert(title) }
            }
        }
        cachedTitles = titles.sorted().map { InputCompleter.quotedIfNeeded($0) }
    }

    /// Entity names and aliases whose start (or the start of one of their words) matches
    /// `typed`, ignoring case and diacritics; quoted when they hold more than one word.
    func entityNames(matching typed: String) -> [String] {
        refresh()
        var text = typed
        if text.hasPrefix("\"") { text.removeFirst() }
        if text.hasSuffix("\"") { text.removeLast() }
        let key = NameKey.fold(text)
        var starts: [String] = [], inner: [String] = []
        for (folded, name) in cachedNames {
            if folded.hasPrefix(key) {
                starts.append(InputCompleter.quotedIfNeeded(name, force: typed.hasPrefix("\"")))
            } else if !key.isEmpty, folded.contains(" " + key) {
                inner.append(InputCompleter.quotedIfNeeded(name, force: true))
            }
            if starts.count >= InputCompleter.maxCandidates { break }
        }
        // A name's inner words are offered only when no name starts with what was typed.
        return starts.isEmpty ? inner : starts
    }

    /// `Motegi` stays bare; `"Antony Blinken"` and anything a bare word cannot hold is quoted.
    static func quotedIfNeeded(_ name: String, force: Bool = false) -> String {
        let bare = name.unicodeScalars.allSatisfy { CompletionLexer.isWordScalar($0) }
            && !(name.first.map { $0.isNumber } ?? true)
            && !Vocabulary.allKeywords.contains(name)
        if bare && !force { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func variables(in line: String, excluding partial: CompletionLexer.Token) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for t in CompletionLexer.tokens(line) where t.kind == .variable && t.start != partial.start && t.text.count > 1 {
            if seen.insert(t.text).inserted { out.append(t.text) }
        }
        return out
    }

    private func leadingSpace(_ line: String) -> Int {
        line.utf8.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
    }
}

// MARK: - Words of the language

enum Vocabulary {
    static let statementKeywords = ["articles", "explain", "find", "rule", "timeline", "what", "when", "who", "why"]
    static let aggregates = ["avg(", "count(", "max(", "min(", "sum("]
    static let filters = ["between", "contains", "matches"]
    static let afterClause = ["and", "group", "limit", "offset", "order", "between", "contains", "matches"]
    static let allKeywords: Set<String> = Set(statementKeywords + filters + afterClause + [
        "about", "asc", "by", "desc", "did", "distinct", "holds", "is", "meet", "met", "not", "of",
        "optional", "say", "where",
    ])
}

// MARK: - A small lexer, enough to know where the cursor stands

enum CompletionLexer {
    struct Token: Equatable {
        enum Kind { case word, variable, string, punctuation }
        var kind: Kind
        var text: String
        /// UTF-8 offsets.
        var start: Int
        var end: Int
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" || s == "-" || s == "'"
            || s == "." || s == "/" || s == "\u{2019}"
    }

    /// Tokens of `text`; an unfinished string runs to the end.
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = [0]
        for s in scalars { offsets.append(offsets.last! + UTF8.width(s)) }
        var i = 0
        func slice(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<b])
            return String(s)
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
            if c == "-" && i + 1 < scalars.count && scalars[i + 1] == "-" {
                // A comment runs to the end of the line.
                while i < scalars.count && scalars[i] != "\n" { i += 1 }
                continue
            }
            let start = i
            if c == "\"" {
                i += 1
                while i < scalars.count && scalars[i] != "\"" {
                    if scalars[i] == "\\" { i += 1 }
                    i += 1
                }
                i = min(i + 1, scalars.count)
                out.append(Token(kind: .string, text: slice(start, i), start: offsets[start], end: offsets[i]))
            } else if c == "?" {
                i += 1
                while i < scalars.count && isWordScalar(scalars[i]) && scalars[i] != "." { i += 1 }
                out.append(Token(kind: .variable, text: slice(start, i), start: offsets[start], end: offsets[i]))
            } else if c == ":" && i + 1 < scalars.count && scalars[i + 1] == "-" {
                i += 2
                out.append(Token(kind: .punctuation, text: ":-", start: offsets[start], end: offsets[i]))
            } else if isWordScalar(c) && !(c == "." && out.last.map { $0.end == offsets[start] && $0.kind != .punctuation } == true && i + 1 == scalars.count) {
                i += 1
                while i < scalars.count && isWordScalar(scalars[i]) { i += 1 }
                out.append(Token(kind: .word, text: slice(start, i), start: offsets[start], end: offsets[i]))
            } else {
                i += 1
                out.append(Token(kind: .punctuation, text: slice(start, i), start: offsets[start], end: offsets[i]))
            }
        }
        return out
    }

    /// How many whole terms (subject, predicate, object) the clause tokens hold: a run of
    /// capitalized words is one name.
    static func terms(_ clause: [Token]) -> Int {
        var count = 0
        var inName = false
        for t in clause {
            if t.kind == .punctuation { inName = false; continue }
            let capitalized = t.kind == .word && (t.text.first?.isUppercase ?? false)
            if capitalized && inName { continue }
            count += 1
            inName = capitalized
        }
        return count
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
        if text == "~" { expanded = home + "/"; text = "~/" }
        else if text.hasPrefix("~/") { expanded = home + text.dropFirst() }
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
