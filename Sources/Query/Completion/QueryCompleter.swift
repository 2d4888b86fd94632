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
/// - in a `where` clause: variables and entities as its subject, predicates after a subject,
///   variables and entities as its object;
/// - elsewhere: keywords, variables and entity names.
///
/// Names come from the store and are read again when its fact count changes.
public final class QueryCompleter {
    private let store: FactStore
    private var cachedFactCount = -1
    private var cachedNames: [(folded: String, shown: String)] = []
    private var cachedPredicates: [String] = []
    private var cachedTypes: [String] = []
    private var cachedTitles: [String] = []
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
        if partial.kind == .string {
            return entityCompletion(partial)
        }
        guard let last = statement.last else {
            return offer(QueryCompleter.statementKeywords)
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
            case "where", ":-":
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
        cachedTitles = titles.sorted().map { QueryCompleter.quotedIfNeeded($0) }
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
