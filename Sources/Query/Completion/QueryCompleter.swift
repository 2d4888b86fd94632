import Foundation
import NewsFacts

/// Completion of query text by context: the one engine behind the prompt's Tab (the
/// REPL's `InputCompleter` adds dot-commands and file paths around it).
///
/// For example, at `find ?p where ?p ti⇥` it offers the predicates starting with `ti`
/// (`title`); at `who is Mot⇥` the entity names (`Motegi`, or `"Toshimitsu Motegi"` quoted
/// since it holds a space).
///
/// Contexts, from what precedes the word at the cursor:
/// - a word starting with `?`: the variables already in the statement;
/// - the start of a statement: statement keywords;
/// - after `who is`, `who met`, `timeline of`, `what did`, `about`, `meet`: entity names;
/// - after `who holds`: titles;
/// - in a `where` clause, a rule body or after `why`: variables and entities as its subject,
///   predicates after a subject, variables and entities as its object;
/// - inside `[…]`: the qualifier keys, then after `key:` variables and entity names;
/// - elsewhere: keywords, variables and entity names.
///
/// A name or title of several words may be typed without quotes: at `who is Antony B⇥` the
/// words typed so far are completed together (`"Antony Blinken"`), and so are titles at
/// `who holds Trade Min⇥` and `who holds "Trade Min⇥`.
///
/// Names come from the store and are read again when its fact count changes.
public final class QueryCompleter {
    private let store: FactStore
    private var cachedFactCount = -1
    private var cachedNames: [(folded: String, shown: String)] = []
    private var cachedPredicates: [String] = []
    private var cachedTypes: [String] = []
    private var cachedTitles: [(folded: String, shown: String)] = []
    /// Statement keywords, as a list offers them.
    static let statementKeywords = Vocabulary.statementKeywords.sorted()
    /// Aggregate functions, with the parenthesis that follows them.
    static let aggregates = Vocabulary.aggregates.map { $0 + "(" }
    /// Every keyword, sorted: candidates are listed in a stable order.
    static let keywords = Vocabulary.keywords.sorted()
    /// What may follow a complete clause.
    static let afterClause = ["and", "group", "limit", "offset", "order"] + Vocabulary.filters
    /// The most candidates offered; beyond it, typing more letters narrows the list.
    public static let maxCandidates = 400

    public init(store: FactStore) {
        self.store = store
    }

    /// The completion for `line` with the cursor at UTF-8 offset `cursor`.
    public func complete(line: String, cursor: Int) -> QueryCompletion {
        let (partial, previous) = CompletionLexer.split(line: line, cursor: cursor)
        return candidates(partial: partial, previous: previous, line: line)
    }

    // MARK: - Contexts

    private func candidates(
        partial: CompletionLexer.Token, previous: [CompletionLexer.Token],
        line: String
    ) -> QueryCompletion {
        let start = partial.start
        func offer(_ words: [String]) -> QueryCompletion {
            let matching = words.filter { $0.hasPrefix(partial.text) }
            return QueryCompletion(
                replacementStart: start,
                candidates: Array(matching.prefix(QueryCompleter.maxCandidates)))
        }

        // The statement at the cursor starts after the last ';'.
        let statement = Array(previous.split(whereSeparator: { $0.text == ";" }).last ?? [])
        if previous.last?.text == ";" { return offer(QueryCompleter.statementKeywords) }

        if partial.kind == .variable || partial.text == "?" {
            return offer(variables(in: line, excluding: partial))
        }
        guard let last = statement.last else {
            return offer(QueryCompleter.statementKeywords)
        }
        let words = statement.map(\.text)
        let questionWord = words.first == "explain" ? words.dropFirst().first : words.first
        let run = wordRun(partial: partial, before: statement)
        if let before = run.before, before.text == "holds", questionWord == "who" {
            return titleCompletion(typed: run.text, at: run.start)
        }
        if let found = multiWordNames(run) {
            return QueryCompletion(replacementStart: found.start, candidates: found.names)
        }
        if let qualifier = qualifierCompletion(statement, partial: partial, line: line) { return qualifier }
        if partial.kind == .string {
            return entityCompletion(partial)
        }
        switch last.text {
        case "is", "met", "meet", "about", "of":
            return entityCompletion(partial)
        case "did" where questionWord == "what" || questionWord == "when":
            return entityCompletion(partial)
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
            return offer(QueryCompleter.statementKeywords)
        case "order", "group":
            return offer(["by"])
        case "by":
            return offer(variables(in: line, excluding: partial) + QueryCompleter.aggregates)
        case "find", "distinct":
            return offer(
                variables(in: line, excluding: partial) + QueryCompleter.aggregates
                    + (last.text == "find" ? ["distinct"] : []))
        case "limit", "offset":
            return QueryCompletion.none(at: start)
        default:
            // `what did NAME ⇥` and `when did NAME ⇥`.
            if words.count >= 3,
                let q = questionWord, q == "what" || q == "when", words.contains("did"),
                !words.contains("say"), !words.contains("meet")
            {
                return offer([q == "what" ? "say" : "meet"])
            }
        }
        if let clause = clauseBeforeCursor(statement) {
            return clauseCompletion(clause, partial: partial, line: line)
        }
        // After the outputs of a find, before `where`.
        if words.first == "find" && !words.contains("where") {
            return offer(variables(in: line, excluding: partial) + QueryCompleter.aggregates + ["where"])
        }
        return mixed(partial, line: line)
    }

    /// The tokens of the clause the cursor is in, when it is in a `where` clause or a rule body.
    private func clauseBeforeCursor(_ statement: [CompletionLexer.Token]) -> [CompletionLexer.Token]? {
        var depth = 0
        var clauseStart: Int?
        for (i, t) in statement.enumerated() {
            switch t.text {
            case "where", ":-", "why":
                clauseStart = i + 1
                depth = 0
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
    private func clauseCompletion(
        _ clause: [CompletionLexer.Token], partial: CompletionLexer.Token,
        line: String
    ) -> QueryCompletion {
        let terms = CompletionLexer.terms(clause)
        switch terms {
        case 0:
            return merged(partial, variables(in: line, excluding: partial) + ["not", "optional"], entities: true)
        case 1:
            refresh()
            let words = cachedPredicates + Vocabulary.filters
            return QueryCompletion(
                replacementStart: partial.start,
                candidates: Array(words.filter { $0.hasPrefix(partial.text) }.prefix(QueryCompleter.maxCandidates)))
        case 2:
            return merged(partial, variables(in: line, excluding: partial) + ["_"], entities: true)
        default:
            return merged(partial, QueryCompleter.afterClause, entities: false)
        }
    }

    private func mixed(_ partial: CompletionLexer.Token, line: String) -> QueryCompletion {
        merged(partial, variables(in: line, excluding: partial) + QueryCompleter.keywords, entities: true)
    }

    /// `words` starting with the partial text, followed by the entity names that fit.
    private func merged(_ partial: CompletionLexer.Token, _ words: [String], entities: Bool) -> QueryCompletion {
        var found = words.filter { $0.hasPrefix(partial.text) }
        if entities && !partial.text.isEmpty {
            found += entityNames(matching: partial.text)
        }
        return QueryCompletion(
            replacementStart: partial.start, candidates: Array(found.prefix(QueryCompleter.maxCandidates)))
    }

    private func entityCompletion(_ partial: CompletionLexer.Token) -> QueryCompletion {
        QueryCompletion(
            replacementStart: partial.start,
            candidates: Array(entityNames(matching: partial.text).prefix(QueryCompleter.maxCandidates)))
    }

    // MARK: - Several words, qualifiers

    /// The words at the end of what was typed: the bare words just before the cursor and the
    /// word at it (`Antony B`), or a quoted partial alone; and the token before them (`is`,
    /// `holds`).
    private struct WordRun {
        var words: [CompletionLexer.Token]
        var before: CompletionLexer.Token?
        var text: String { words.map(\.text).joined(separator: " ") }
        var start: Int
    }

    private func wordRun(partial: CompletionLexer.Token, before statement: [CompletionLexer.Token]) -> WordRun {
        if partial.kind == .string {
            var unquoted = partial
            unquoted.text.removeFirst()
            if unquoted.text.hasSuffix("\"") { unquoted.text.removeLast() }
            return WordRun(words: [unquoted], before: statement.last, start: partial.start)
        }
        var first = statement.endIndex
        while first > statement.startIndex {
            let t = statement[first - 1]
            guard t.kind == .word, !Vocabulary.keywords.contains(t.text.lowercased()) else { break }
            first -= 1
        }
        let words = Array(statement[first...]) + (partial.text.isEmpty ? [] : [partial])
        return WordRun(
            words: words, before: first > statement.startIndex ? statement[first - 1] : nil,
            start: words.first?.start ?? partial.start)
    }

    /// Names that the last words typed and the word at the cursor begin (`Antony B` gives
    /// `"Antony Blinken"`), from the longest run of words that begins one; nil when none does
    /// (or only one word was typed: the contexts below handle it).
    private func multiWordNames(_ run: WordRun) -> (start: Int, names: [String])? {
        guard run.words.count >= 2, run.words.last?.kind == .word else { return nil }
        refresh()
        for first in 0..<(run.words.count - 1) {
            let words = run.words[first...]
            let key = NameKey.fold(words.map(\.text).joined(separator: " "))
            let found = cachedNames.lazy.filter { $0.folded.hasPrefix(key) }.prefix(QueryCompleter.maxCandidates)
                .map { QueryCompleter.quotedIfNeeded($0.shown) }
            if !found.isEmpty { return (words[words.startIndex].start, Array(found)) }
        }
        return nil
    }

    /// Titles that `typed` begins, ignoring case and accents, to replace from `start`.
    private func titleCompletion(typed: String, at start: Int) -> QueryCompletion {
        refresh()
        let key = NameKey.fold(typed)
        let found = cachedTitles.filter { $0.folded.hasPrefix(key) }.map(\.shown)
        return QueryCompletion(replacementStart: start, candidates: Array(found.prefix(QueryCompleter.maxCandidates)))
    }

    /// Inside `[…]`: the qualifier keys (as `of:`) after `[` or `,`, then variables and names
    /// after `key:`. Nil outside brackets.
    private func qualifierCompletion(
        _ statement: [CompletionLexer.Token], partial: CompletionLexer.Token, line: String
    ) -> QueryCompletion? {
        var open: Int?
        for (i, t) in statement.enumerated() {
            if t.text == "[" { open = i } else if t.text == "]" { open = nil }
        }
        guard let open else { return nil }
        let inside = statement[(open + 1)...]
        let entry = inside.split(omittingEmptySubsequences: false, whereSeparator: { $0.text == "," }).last ?? []
        if inside.last?.text == "," || entry.isEmpty {
            let keys = qualifierKeys().map { $0 + ":" }
            return QueryCompletion(
                replacementStart: partial.start, candidates: keys.filter { $0.hasPrefix(partial.text) })
        }
        if entry.count >= 2, entry[entry.startIndex + 1].text == ":" {
            return merged(partial, variables(in: line, excluding: partial) + ["_"], entities: true)
        }
        return QueryCompletion.none(at: partial.start)
    }

    /// The qualifier keys a pattern may use: `article` and `sentence`, and the known keys the
    /// store holds.
    public func qualifierKeys() -> [String] {
        let held = Resolver.knownQualifiers.filter {
            $0 == "article" || $0 == "sentence" || store.predicateID($0) != nil
        }
        return held.sorted()
    }

    // MARK: - Names from the store

    private func refresh() {
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
        cachedTitles = titles.sorted().map { (NameKey.fold($0), QueryCompleter.quotedIfNeeded($0)) }
    }

    /// The entity types in the store (the objects of `type`), sorted.
    public func entityTypes() -> [String] {
        refresh()
        return cachedTypes
    }

    /// Entity names and aliases whose start (or the start of one of their words) matches
    /// `typed`, ignoring case and diacritics; quoted when they hold more than one word.
    public func entityNames(matching typed: String) -> [String] {
        refresh()
        var text = typed
        if text.hasPrefix("\"") { text.removeFirst() }
        if text.hasSuffix("\"") { text.removeLast() }
        let key = NameKey.fold(text)
        var starts: [String] = [], inner: [String] = []
        for (folded, name) in cachedNames {
            if folded.hasPrefix(key) {
                starts.append(QueryCompleter.quotedIfNeeded(name, force: typed.hasPrefix("\"")))
            } else if !key.isEmpty, folded.contains(" " + key) {
                inner.append(QueryCompleter.quotedIfNeeded(name, force: true))
            }
            if starts.count >= QueryCompleter.maxCandidates { break }
        }
        // A name's inner words are offered only when no name starts with what was typed.
        return starts.isEmpty ? inner : starts
    }

    /// `Motegi` stays bare; `"Antony Blinken"` and anything a bare word cannot hold is quoted.
    public static func quotedIfNeeded(_ name: String, force: Bool = false) -> String {
        let bare =
            name.unicodeScalars.allSatisfy { CompletionLexer.isWordScalar($0) }
            && !(name.first.map { $0.isNumber } ?? true)
            && !Vocabulary.keywords.contains(name)
        if bare && !force { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    private func variables(in line: String, excluding partial: CompletionLexer.Token) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for t in CompletionLexer.tokens(line) where t.kind == .variable && t.start != partial.start && t.text.count > 1
        {
            if seen.insert(t.text).inserted { out.append(t.text) }
        }
        return out
    }
}

/// What completion offers: words to replace the text from `replacementStart` (a UTF-8 offset)
/// to the cursor.
public struct QueryCompletion: Equatable, Sendable {
    public var replacementStart: Int
    public var candidates: [String]

    public init(replacementStart: Int, candidates: [String]) {
        self.replacementStart = replacementStart
        self.candidates = candidates
    }

    /// No candidates.
    public static func none(at cursor: Int) -> QueryCompletion {
        QueryCompletion(replacementStart: cursor, candidates: [])
    }
}
