import Foundation
import NewsFacts

/// A conversation with a fact store: runs statements of the query language (from a script, a
/// REPL line or `-e` text), remembers user rules, and writes answers and rendered errors.
///
/// For example:
///
///     let session = QuerySession(store: store)
///     session.options.format = .tsv
///     let failed = session.run("find ?p, ?t where ?p title ?t", sourceName: "-e", stopAtFirstError: false,
///                              output: { print($0, terminator: "") }, errors: { FileHandle.standardError.write(Data($0.utf8)) })
///
/// Each `output` and `errors` call carries whole lines, each ending with a line break.
public final class QuerySession {
    /// The store every statement reads.
    public let store: FactStore
    /// Output format, sources, timer, explain-everything.
    public var options = QueryOptions()
    /// Polled as a statement runs (every few thousand units of work: facts read, rows probed
    /// or produced); when it returns true the statement stops with a `cancelled` error
    /// (Ctrl-C). Reset it yourself before the next statement.
    public var isCancelled: () -> Bool = { false }
    /// Called after each statement has written its answer (`.once` ends there).
    public var afterStatement: (() -> Void)?
    /// Whether a one-statement text is kept parsed and planned to be run again (as a prepared
    /// statement is). Off, every statement is parsed, resolved and planned as typed, even one
    /// kept while it was on (a benchmark of what a user meets turns it off).
    public var keepsStatements = true
    /// How many statements were answered from a kept plan instead of being parsed, resolved
    /// and planned: what shows whether `keepsStatements` was obeyed.
    private(set) var keptPlanRuns = 0
    /// How many times a text that ran long gave the allocator's free pages back
    /// (`releaseAfter`).
    private(set) var freePagesReleases = 0
    /// What the last of those releases took (nanoseconds, by `clock`).
    private var releaseCost: UInt64 = 0
    /// A text that runs at least this long (nanoseconds, by `clock`), and `releaseShare` times
    /// as long as the last release took, gives the C allocator's free pages back once answered
    /// (`FactStore.releaseFreePages`). Why: the buffers a large answer takes (its rows, the
    /// texts and table it prints) are freed into the allocator's heap, which keeps them
    /// resident; Q5 over 10 million facts left ~23 MB so, 2 bytes a fact at rest (session 17).
    /// Why not after every statement: a release gives back every free run of pages in the
    /// heap, each a system call whether or not it was given back before (~1 ms at 10 million
    /// facts, ~0.1 ms at 1 million), and the next statement faults the pages it uses in again.
    static let releaseAfter: UInt64 = 1_000_000
    /// A release costs at most about this share's inverse of the text that asks for it: at 10
    /// million facts Q5 (~10 ms) releases, Q3 (~1.3 ms) does not.
    static let releaseShare: UInt64 = 5

    let values: Values
    /// Ctrl-C and `options.limits`, started again for each statement and shared by the
    /// evaluators (a cached statement's too). It asks the session for `isCancelled` each time:
    /// an evaluator outlives an assignment of it.
    lazy var budget = StatementBudget(isCancelled: { [unowned self] in self.isCancelled() })

    /// The clocks the time limits read (nanoseconds): the statement's (monotonic) and a
    /// regular expression's on one value (this thread's CPU time). Tests drive their own: the
    /// one given stands for both.
    var clock: () -> UInt64 {
        get { budget.now }
        set {
            budget.now = newValue
            budget.cpuNow = newValue
        }
    }
    private(set) var rules: [String: [(definition: RuleDefinition, source: SourceText)]] = [:]
    /// The definitions of `rules` alone, kept in step with it (what a resolver reads: shared,
    /// never copied a statement).
    private var definitions: [String: [RuleDefinition]] = [:]
    /// `rules` resolved against the store as it was at `boundGeneration`: each rule is
    /// resolved once when defined, and all again only after the store changes.
    private var boundRules: [String: [BoundRule]] = [:]
    private var boundGeneration = -1
    private let literalCache = LiteralPredicateCache()
    private let names = NameCandidates()
    private var cache: [String: CachedQuery] = [:]
    /// The evaluator of statements that are not kept (`spareEvaluator`), made for the store at
    /// `spareGeneration` and the rules then defined (a rule defined drops it).
    private(set) var spare: Evaluator?
    private var spareGeneration = -1
    private var cacheGeneration = -1
    /// The statement run last, when it was cached: a repeat compares the text (usually the
    /// same string storage, so no byte is read) instead of hashing it for `cache`.
    private var lastCached: (source: String, entry: CachedQuery)?

    /// A class, so the repeat path copies one reference rather than every field of the query.
    private final class CachedQuery {
        let query: BoundQuery
        let sources: Bool
        let plan: [PlanStep]
        /// Kept between repeats: the evaluator (with what it keeps of the plan, see
        /// `Evaluator.rerun`) and the result, whose buffers are cleared and refilled.
        let evaluator: Evaluator
        var result: ResultSet
        init(query: BoundQuery, sources: Bool, plan: [PlanStep], evaluator: Evaluator) {
            self.query = query
            self.sources = sources
            self.plan = plan
            self.evaluator = evaluator
            result = ResultSet(headers: query.headers)
        }
    }

    /// Creates a session over `store`.
    public init(store: FactStore) {
        self.store = store
        values = Values(store: store)
    }

    // MARK: - Running

    /// Parses and runs every statement in `source` (a script, a line, `-e` text); writes results
    /// to `output` and rendered diagnostics to `errors`, in source order.
    ///
    /// - Parameters:
    ///   - sourceName: how errors name the text (`script.nq`, `-e`, `<stdin>`).
    ///   - stopAtFirstError: stop after the first failing statement (for `newsq run`).
    /// - Returns: the number of statements that failed (a statement that did not parse counts once).
    @discardableResult
    public func run(
        _ source: String, sourceName: String, stopAtFirstError: Bool,
        output: (String) -> Void, errors: (String) -> Void
    ) -> Int {
        let start = budget.now()
        let failed = withoutActuallyEscaping(errors) { errors in
            timerOutput = errors
            defer { timerOutput = nil }
            return runStatements(
                source, sourceName: sourceName, stopAtFirstError: stopAtFirstError, output: output, errors: errors)
        }
        let end = budget.now()
        if end &- start >= max(Self.releaseAfter, Self.releaseShare &* releaseCost) {
            store.releaseFreePages()
            releaseCost = budget.now() &- end
            freePagesReleases += 1
        }
        return failed
    }

    /// With the timer on, the time of the statement just run, where a table's footer did not
    /// show it already: after a table's answer (a card, `why`, `explain`, a rule), else on
    /// `timerOutput`, after the data, so machine formats stay clean.
    private func reportTime(since start: UInt64, output: (String) -> Void) {
        defer { timeShown = false }
        guard options.showTimer, !timeShown else { return }
        let line = "time: \(ResultFormatter.formatMilliseconds(Self.seconds(since: start)))\n"
        if options.format == .table { output(line) } else { timerOutput?(line) }
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func runStatements(
        _ source: String, sourceName: String, stopAtFirstError: Bool,
        output: (String) -> Void, errors: (String) -> Void
    ) -> Int {
        if store.generation != cacheGeneration {
            cache = [:]
            lastCached = nil
            cacheGeneration = store.generation
        }
        let hit: CachedQuery?
        if !keepsStatements {
            hit = nil
        } else if let last = lastCached, last.source == source {
            hit = last.entry
        } else {
            hit = cache[source]
            if let hit { lastCached = (source, hit) }
        }
        let options = self.options
        if let cached = hit, cached.sources == options.showSources, !options.explainAll {
            let start = options.showTimer ? DispatchTime.now().uptimeNanoseconds : 0
            budget.begin(options.limits)
            do {
                var result = ResultSet(headers: [])
                swap(&result, &cached.result) // a local while it is filled and written
                defer { swap(&result, &cached.result) }
                keptPlanRuns += 1
                try cached.evaluator.rerun(cached.query, sources: cached.sources, plan: cached.plan, into: &result)
                output(try format(result, options: options, since: start))
                reportTime(since: start, output: output)
                afterStatement?()
                return 0
            } catch {
                errors(
                    runtimeError(
                        error, sourceName: sourceName, text: SourceText(name: sourceName, text: source),
                        range: 0..<source.utf8.count
                    ).render())
                return 1
            }
        }
        let text = SourceText(name: sourceName, text: source)
        var parser = Parser(source: text)
        let items = parser.parseScript()
        var failed = 0
        for item in items {
            switch item {
            case .error(let d):
                errors(d.render())
                failed += 1
            case .statement(let parsed):
                let ok = execute(
                    parsed, text: text, cacheKey: items.count == 1 ? source : nil, output: output, errors: errors)
                afterStatement?()
                if !ok { failed += 1 }
            }
            if stopAtFirstError && failed > 0 { break }
        }
        return failed
    }

    /// True when the user has ended the statement in `text`, so the prompt runs it: the text
    /// ends with `;`, with the `?` of a question or the `.` of a rule, or with a blank line (the
    /// user pressed Enter on an empty line). Never because what was typed so far happens to
    /// parse: `find ?p where ?p title ?t` may go on with `order by ?p` on the next line.
    public func isComplete(_ text: String) -> Bool {
        let scan = Lexer.scan(text)
        let tokens = scan.tokens.filter { $0.kind != .eof }
        let real = tokens.filter { $0.kind != .newline }
        guard let last = real.last else { return false }
        if let lastBreak = text.lastIndex(of: "\n"), text[text.index(after: lastBreak)...].allSatisfy(\.isWhitespace) {
            return true
        }
        switch last.kind {
        case .semicolon, .question: return true
        case .dot:
            // The `.` that ends a rule (`rule r(?a) :- ?a type person.`).
            var lastStart = 0
            for (i, t) in real.enumerated() where t.kind == .semicolon && i + 1 < real.count { lastStart = i + 1 }
            return real[lastStart].isWord("rule", in: scan.bytes)
        default: return false
        }
    }

    // MARK: - Statements

    func evaluator() -> Evaluator {
        if rules.isEmpty { return Evaluator(store: store, values: values, rules: [:], budget: budget) }
        if boundGeneration != store.generation {
            // Names resolve to other ids in a changed store.
            boundRules = [:]
            for (name, defs) in rules {
                for (d, src) in defs {
                    var r = Resolver(
                        store: store, values: values, source: src, rules: definitions,
                        wantFacts: false, literalCache: literalCache, names: names)
                    if let b = r.resolve(rule: d) { boundRules[name, default: []].append(b) }
                }
            }
            boundGeneration = store.generation
        }
        return Evaluator(store: store, values: values, rules: boundRules, budget: budget)
    }

    /// The evaluator a statement that is not kept runs on: one kept by the session while the
    /// store and the rules are unchanged, reset after each statement (`Evaluator.reset`).
    private func spareEvaluator() -> Evaluator {
        if let spare, spareGeneration == store.generation {
            return spare
        }
        let ev = evaluator()
        spare = ev
        spareGeneration = store.generation
        return ev
    }

    func resolver(_ text: SourceText, wantFacts: Bool) -> Resolver {
        Resolver(
            store: store, values: values, source: text, rules: definitions,
            wantFacts: wantFacts, literalCache: literalCache, names: names)
    }

    private func execute(
        _ parsed: Parser.Parsed, text: SourceText, cacheKey: String?,
        output: (String) -> Void, errors: (String) -> Void
    ) -> Bool {
        let start = DispatchTime.now().uptimeNanoseconds
        statementStart = start
        timeShown = false
        budget.begin(options.limits)
        defer { timeShown = false }
        do {
            switch parsed.statement {
            case .find(let q):
                guard try runFind(q, text: text, cacheKey: cacheKey, since: start, output: output, errors: errors)
                else {
                    return false
                }
            case .rule(let def):
                guard define(def, text: text, output: output, errors: errors) else { return false }
            case .question(let q, _):
                if options.explainAll { output(try explain(parsed.statement, text: text)) }
                if case .whoIs(let name) = q {
                    guard try card(name, text: text, output: output, errors: errors) else { return false }
                    reportTime(since: start, output: output)
                    return true
                }
                if case .timeline = q {
                    guard try timeline(q, text: text, since: start, output: output, errors: errors) else {
                        return false
                    }
                    reportTime(since: start, output: output)
                    return true
                }
                let find = Desugar.find(q)
                var r = resolver(text, wantFacts: options.showSources)
                guard let bound = r.resolve(find) else {
                    r.diagnostics.forEach { errors($0.render()) }
                    return false
                }
                output(try format(try evaluator().run(bound, sources: options.showSources), since: start))
            case .explain(let inner, _):
                output(try explain(inner, text: text))
            case .why(let p, _):
                if options.explainAll { output(try explain(parsed.statement, text: text)) }
                guard try why(p, text: text, output: output, errors: errors) else { return false }
            }
            reportTime(since: start, output: output)
            return true
        } catch let d as Diagnostic {
            errors(d.render())
            return false
        } catch {
            errors(runtimeError(error, sourceName: text.name, text: text, range: parsed.range).render())
            return false
        }
    }

    /// Runs a `find` query: resolved, run and its answer written; with `cacheKey` (a text
    /// that is one statement) it is kept to be run again. False (with the errors written)
    /// when it does not resolve.
    ///
    /// - Throws: what running it or formatting its answer throws.
    private func runFind(
        _ q: FindQuery, text: SourceText, cacheKey: String?, since start: UInt64,
        output: (String) -> Void, errors: (String) -> Void
    ) throws -> Bool {
        if options.explainAll { output(try explain(.find(q), text: text)) }
        var r = resolver(text, wantFacts: options.showSources)
        guard let bound = r.resolve(q) else {
            r.diagnostics.forEach { errors($0.render()) }
            return false
        }
        // A one-statement text is kept parsed, resolved and planned until the store or
        // the rules change (as a prepared statement is), with an evaluator of its own; any
        // other statement runs on the session's spare evaluator.
        let keeping = cacheKey != nil && keepsStatements && cache.count < 256
        let ev = keeping ? evaluator() : spareEvaluator()
        defer { if !keeping { ev.reset() } } // no rule relation held between statements
        let rs = try ev.run(bound, sources: options.showSources)
        if keeping, let cacheKey {
            ev.endStatement()
            let entry = CachedQuery(
                query: bound, sources: options.showSources, plan: ev.lastPlan, evaluator: ev)
            cache[cacheKey] = entry
            lastCached = (cacheKey, entry)
        }
        output(try format(rs, since: start))
        return true
    }

    /// Defines a rule clause: resolved with the definition in place, then kept for later
    /// statements (the cache is emptied: a cached plan may call it). False (with the errors
    /// written) when it does not resolve or its arity differs from the rule's.
    private func define(
        _ def: RuleDefinition, text: SourceText, output: (String) -> Void, errors: (String) -> Void
    ) -> Bool {
        if let existing = rules[def.name]?.first, existing.definition.parameters.count != def.parameters.count {
            errors(
                text.diagnostic(
                    .ruleArity,
                    "rule '\(def.name)' was defined with \(existing.definition.parameters.count) parameters, not \(def.parameters.count)",
                    at: def.nameRange
                ).render())
            return false
        }
        // Resolved with the definition in place (a rule may call itself), which is
        // taken back when it does not resolve.
        definitions[def.name, default: []].append(def)
        var r = Resolver(
            store: store, values: values, source: text, rules: definitions, wantFacts: false,
            literalCache: literalCache, names: names)
        guard let bound = r.resolve(rule: def) else {
            definitions[def.name]?.removeLast()
            if definitions[def.name]?.isEmpty == true { definitions[def.name] = nil }
            r.diagnostics.forEach { errors($0.render()) }
            return false
        }
        rules[def.name, default: []].append((def, text))
        if boundGeneration == store.generation { boundRules[def.name, default: []].append(bound) }
        spare = nil // made with the rules before this one
        cache = [:]
        lastCached = nil
        let n = rules[def.name]?.count ?? 0
        output("rule \(def.name)/\(def.parameters.count) defined (\(n) clause\(n == 1 ? "" : "s"))\n")
        return true
    }

    private func runtimeError(_ error: Error, sourceName: String, text: SourceText, range: Range<Int>) -> Diagnostic {
        if error is QueryCancelled {
            return text.diagnostic(.cancelled, "cancelled", at: range.lowerBound..<range.lowerBound + 1)
        }
        if let e = error as? LimitExceeded {
            return text.diagnostic(
                e.kind == .time ? .timeLimit : .memoryLimit, e.message,
                at: range.lowerBound..<range.lowerBound + 1, notes: e.notes)
        }
        if let e = error as? EvaluationError {
            return text.diagnostic(e.code, e.message, at: range.lowerBound..<range.lowerBound + 1)
        }
        return text.diagnostic(.syntax, "\(error)", at: range.lowerBound..<range.lowerBound + 1)
    }

    func format(_ rs: ResultSet, since start: UInt64) throws -> String {
        try format(rs, options: options, since: start)
    }

    /// The answer as text; the rows it renders count against the memory limit with the text.
    /// With the timer on, a table shows the time in its footer; the other formats leave the data
    /// alone and `reportTime` writes it to `timerOutput` (standard error).
    func format(_ rs: ResultSet, options: QueryOptions, since start: UInt64) throws -> String {
        let elapsed = options.showTimer && options.format == .table ? Self.seconds(since: start) : nil
        if elapsed != nil { timeShown = true }
        budget.held = StatementBudget.bytes(rs.rows.count + rs.facts.count)
        var text = try ResultFormatter(store: store, values: values, budget: budget, maxWidth: options.maxWidth)
            .render(rs, format: options.format, sources: options.showSources, elapsed: elapsed)
        if !options.showHeaders && options.format != .json {
            // The header line (and markdown's rule under it).
            for _ in 0..<(options.format == .markdown ? 2 : 1) {
                if let end = text.firstIndex(of: "\n") { text.removeSubrange(...end) }
            }
        }
        return text
    }

    /// Where the timer's line goes for formats other than table: the `errors` of the `run`
    /// under way.
    private var timerOutput: ((String) -> Void)?
    /// When the statement under way started (a card's rows are timed from there).
    var statementStart: UInt64 = 0
    /// The statement's time is in a table footer already (`reportTime` adds no line).
    private var timeShown = false
}
