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

    private let values: Values
    /// Ctrl-C and `options.limits`, started again for each statement and shared by the
    /// evaluators (a cached statement's too). It asks the session for `isCancelled` each time:
    /// an evaluator outlives an assignment of it.
    private lazy var budget = StatementBudget(isCancelled: { [unowned self] in self.isCancelled() })

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
    private var cache: [String: CachedQuery] = [:]
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
        withoutActuallyEscaping(errors) { errors in
            timerOutput = errors
            defer { timerOutput = nil }
            return runStatements(
                source, sourceName: sourceName, stopAtFirstError: stopAtFirstError, output: output, errors: errors)
        }
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
        if let last = lastCached, last.source == source {
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
        let tokens = Lexer.tokenize(text).filter { $0.kind != .eof }
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
            return real[lastStart].kind == .word && real[lastStart].text == "rule"
        default: return false
        }
    }

    // MARK: - Statements

    private func evaluator() -> Evaluator {
        if rules.isEmpty { return Evaluator(store: store, values: values, rules: [:], budget: budget) }
        if boundGeneration != store.generation {
            // Names resolve to other ids in a changed store.
            boundRules = [:]
            for (name, defs) in rules {
                for (d, src) in defs {
                    var r = Resolver(
                        store: store, values: values, source: src, rules: definitions,
                        wantFacts: false, literalCache: literalCache)
                    if let b = r.resolve(rule: d) { boundRules[name, default: []].append(b) }
                }
            }
            boundGeneration = store.generation
        }
        return Evaluator(store: store, values: values, rules: boundRules, budget: budget)
    }

    private func resolver(_ text: SourceText, wantFacts: Bool) -> Resolver {
        Resolver(
            store: store, values: values, source: text, rules: definitions,
            wantFacts: wantFacts, literalCache: literalCache)
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
                if options.explainAll { output(try explain(.find(q), text: text)) }
                var r = resolver(text, wantFacts: options.showSources)
                guard let bound = r.resolve(q) else {
                    r.diagnostics.forEach { errors($0.render()) }
                    return false
                }
                let ev = evaluator()
                let rs = try ev.run(bound, sources: options.showSources)
                // A one-statement text is kept parsed, resolved and planned until the store or
                // the rules change (as a prepared statement is).
                if let cacheKey, cache.count < 256 {
                    ev.endStatement()
                    let entry = CachedQuery(
                        query: bound, sources: options.showSources, plan: ev.lastPlan, evaluator: ev)
                    cache[cacheKey] = entry
                    lastCached = (cacheKey, entry)
                }
                output(try format(rs, since: start))
            case .rule(let def):
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
                    literalCache: literalCache)
                guard let bound = r.resolve(rule: def) else {
                    definitions[def.name]?.removeLast()
                    if definitions[def.name]?.isEmpty == true { definitions[def.name] = nil }
                    r.diagnostics.forEach { errors($0.render()) }
                    return false
                }
                rules[def.name, default: []].append((def, text))
                if boundGeneration == store.generation { boundRules[def.name, default: []].append(bound) }
                cache = [:]
                lastCached = nil
                let n = rules[def.name]?.count ?? 0
                output("rule \(def.name)/\(def.parameters.count) defined (\(n) clause\(n == 1 ? "" : "s"))\n")
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

    private func format(_ rs: ResultSet, since start: UInt64) throws -> String {
        try format(rs, options: options, since: start)
    }

    /// The answer as text; the rows it renders count against the memory limit with the text.
    /// With the timer on, a table shows the time in its footer; the other formats leave the data
    /// alone and `reportTime` writes it to `timerOutput` (standard error).
    private func format(_ rs: ResultSet, options: QueryOptions, since start: UInt64) throws -> String {
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
    private var statementStart: UInt64 = 0
    /// The statement's time is in a table footer already (`reportTime` adds no line).
    private var timeShown = false

    // MARK: - explain

    /// The desugared `find` (or the queries of an entity card) and the plan of each, with
    /// estimated and actual rows per step.
    private func explain(_ statement: Statement, text: SourceText) throws -> String {
        var finds: [FindQuery] = []
        switch statement {
        case .find(let q): finds = [q]
        case .question(.whoIs(let x), _): finds = Desugar.cardQueries(x)
        case .question(let q, _): finds = [Desugar.find(q)]
        case .why(let p, _): finds = [Desugar.why(p)]
        case .rule(let d): return d.source + "\n"
        case .explain(let inner, _): return try explain(inner, text: text)
        }
        var out = ""
        for q in finds {
            out += q.source + "\n"
            var r = resolver(text, wantFacts: false)
            guard let bound = r.resolve(q) else { throw r.diagnostics[0] }
            let ev = evaluator()
            ev.trace = []
            ev.variableNames = bound.variableNames
            let rs = try ev.run(bound, sources: false)
            out += "plan (estimated → actual rows):\n"
            let lines = ev.trace ?? []
            let width = min(60, lines.map { $0.clause.count + $0.depth * 2 }.max() ?? 0)
            for (i, t) in lines.enumerated() {
                let indent = String(repeating: "  ", count: t.depth)
                let clause = indent + TerminalSafe.escape(t.clause)
                let number = t.depth == 0 ? "\(lines[0...i].filter { $0.depth == 0 }.count)." : " "
                let est = t.estimate.isFinite ? String(Int(min(t.estimate, 1e15).rounded())) : "?"
                out +=
                    "  \(number) \(clause)\(String(repeating: " ", count: max(1, width - clause.count + 2)))\(t.method) · est \(est) → \(t.actual)\n"
            }
            out += "  \(rs.count) row\(rs.count == 1 ? "" : "s")\n"
        }
        return out
    }

    // MARK: - why

    /// `why PATTERN`: each matching fact once, with every place it was stated. As a table, the
    /// fact and under it each source's sentence; in the other formats one row a source
    /// (`fact`, `article`, `sentence`, `text`).
    private func why(_ p: Pattern, text: SourceText, output: (String) -> Void, errors: (String) -> Void) throws -> Bool
    {
        let start = DispatchTime.now().uptimeNanoseconds
        var r = resolver(text, wantFacts: true)
        guard let (bp, _) = r.resolve(why: p) else {
            r.diagnostics.forEach { errors($0.render()) }
            return false
        }
        let ev = evaluator()
        let rel = try ev.evaluate([.pattern(bp)], from: .unit, depth: 0)
        guard let factVar = bp.factVar, let col = rel.column(of: factVar) else { return false }
        var seen = Set<Value>()
        var out = ""
        var n = 0, sourceCount = 0
        let table = options.format == .table
        var rs = ResultSet(headers: ["fact", "article", "sentence", "text"])
        budget.held = StatementBudget.bytes(rel.rows.count)
        for row in 0..<rel.count {
            let f = rel.value(row, col)
            guard seen.insert(f).inserted else { continue }
            n += 1
            // The text counts against the memory limit: every fact's sentence adds up.
            if n & 1023 == 0 { try budget.check(building: out.utf8.count + rs.rows.count * 4) }
            let fact = factText(FactID(f))
            if table { out += TerminalSafe.escape(fact) + "\n" }
            for g in store.sourceFacts(of: FactID(f)) {
                sourceCount += 1
                let prov = store.provenance(g)
                let sentence = (store.sentenceText(of: g) ?? "").trimmingCharacters(in: .whitespaces)
                if table {
                    let shown = sentence.isEmpty ? "(no sentence text: \(prov.rule))" : sentence
                    out += "  \(TerminalSafe.escape(prov.articleID)) s\(prov.sentence)  \(TerminalSafe.escape(shown))\n"
                } else {
                    rs.rows += [
                        values.local(.text(fact)), values.local(.text(prov.articleID)),
                        values.local(.number(Double(prov.sentence))), values.local(.text(sentence)),
                    ]
                    rs.count += 1
                }
            }
        }
        if !table {
            output(try format(rs, options: options, since: start))
            return true
        }
        out += "\(n) fact\(n == 1 ? "" : "s")"
        if sourceCount != n { out += " from \(sourceCount) sources" }
        out += "\n"
        output(out)
        return true
    }

    /// A fact written back as a pattern: `Toshimitsu Motegi title "Foreign Minister" [of: Japan]`.
    private func factText(_ f: FactID) -> String {
        func show(_ id: TermID) -> String {
            let t = store.term(id)
            switch t {
            case .entity(let s): return TermRef.isBare(s) ? s : TermRef.quote(s)
            case .text(let s): return TermRef.quote(s)
            default: return t.lexical
            }
        }
        var s = "\(show(store.subject(f))) \(store.text(store.predicate(f))) \(show(store.object(f)))"
        let qs = store.qualifiers(f)
        if !qs.isEmpty {
            s += " [" + qs.map { "\(store.text($0.key)): \(show($0.value))" }.joined(separator: ", ") + "]"
        }
        return s
    }

    // MARK: - timeline of X

    /// `timeline of X`: X's events by date, each with the others taking part and the sentence
    /// it was found in, so a reader need not open the article to see what happened.
    private func timeline(
        _ q: Question, text: SourceText, since start: UInt64,
        output: (String) -> Void, errors: (String) -> Void
    ) throws -> Bool {
        var r = resolver(text, wantFacts: true)
        guard let bound = r.resolve(Desugar.find(q)) else {
            r.diagnostics.forEach { errors($0.render()) }
            return false
        }
        let events = try evaluator().run(bound, sources: true)
        guard case .pattern(let first)? = bound.clauses.first, case .constant(let ids) = first.o else {
            if case .timeline(let x) = q {
                errors(text.diagnostic(.badValue, "'timeline of' takes a name, not \(x.source)", at: x.range).render())
            }
            return false
        }
        let participant = store.predicateID("participant")
        var rs = ResultSet(headers: ["date", "kind", "with", "sentence"])
        rs.factWidth = 1
        for i in 0..<events.count {
            let w = events.width, fw = events.factWidth
            let date = events.rows[i * w], kind = events.rows[i * w + 1], event = events.rows[i * w + 2]
            let fact = events.facts[i * fw]
            var others: [String] = []
            if let participant {
                for f in store.match(subject: event, predicate: participant, object: nil) {
                    let who = store.object(f)
                    let name = store.text(who)
                    if !ids.contains(who), !others.contains(name) { others.append(name) }
                }
            }
            // A table is read on a screen: it names four and cuts the sentence; the machine
            // formats are whole.
            let table = options.format == .table
            let with =
                table && others.count > 4
                ? others.prefix(4).joined(separator: ", ") + " and \(others.count - 4) more"
                : others.joined(separator: ", ")
            var sentence = fact == Relation.null ? "" : store.sentenceText(of: FactID(fact)) ?? ""
            if table && sentence.count > 160 { sentence = String(sentence.prefix(159)) + "…" }
            rs.rows += [date, kind, values.local(.text(with)), values.local(.text(sentence))]
            rs.facts.append(fact)
            rs.count += 1
        }
        output(try format(rs, since: start))
        return true
    }

    // MARK: - who is X?

    private func card(
        _ name: TermRef, text: SourceText, output: (String) -> Void, errors: (String) -> Void
    ) throws -> Bool {
        let queries = Desugar.cardQueries(name)
        var r = resolver(text, wantFacts: true)
        guard let facts = r.resolve(queries[0]) else {
            r.diagnostics.forEach { errors($0.render()) }
            return false
        }
        var r2 = resolver(text, wantFacts: true)
        let meetings = r2.resolve(queries[1])
        // A store with no events (a facts file of titles) has no `participant`, `date` or `kind`:
        // X met no one, which is no error.
        if meetings == nil, !r2.diagnostics.allSatisfy({ $0.code == .unknownPredicate }) {
            r2.diagnostics.forEach { errors($0.render()) }
            return false
        }
        let ev = evaluator()
        let own = try ev.run(facts, sources: true)
        let met = try meetings.map { try ev.run($0, sources: true) } ?? ResultSet(headers: ["other", "date", "kind"])
        guard case .pattern(let p)? = facts.clauses.first, case .constant(let ids) = p.s, let entity = ids.first else {
            errors(text.diagnostic(.badValue, "'who is' takes a name, not \(name.source)", at: name.range).render())
            return false
        }

        // A table is a card for the screen (quotes cut, three articles a line); the machine
        // formats get one row a line, whole: entity, field, value, sources.
        let table = options.format == .table
        var lines: [(String, String, [(article: String, sentence: Int)])] = []
        var all: [(article: String, sentence: Int)] = []
        // Every place a fact was stated (a fact repeated across articles is one fact).
        func prov(_ f: Value) -> [(article: String, sentence: Int)] {
            store.sourceFacts(of: FactID(f)).map {
                let pr = store.provenance($0)
                return (pr.articleID, pr.sentence)
            }
        }
        func qualifierText(_ f: FactID) -> String {
            let qs = store.qualifiers(f)
            return qs.isEmpty
                ? "" : " (" + qs.map { "\(store.text($0.key)) \(store.text($0.value))" }.joined(separator: ", ") + ")"
        }
        let orderOf = ["alias": 0, "name": 0, "title": 1, "member_of": 2, "said": 3, "plans": 5]
        var typeText = store.entityType(entity) ?? "entity"
        var rows: [(Int, Int, String, String, Value)] = []
        for i in 0..<own.count {
            let pv = own.rows[i * 2], ov = own.rows[i * 2 + 1], f = own.facts[i * own.factWidth]
            let pred = store.text(pv)
            all += prov(f)
            if pred == "type" {
                typeText = store.text(ov)
                continue
            }
            var o = store.text(ov)
            if pred == "said" && table { o = "\"" + (o.count > 90 ? String(o.prefix(89)) + "…" : o) + "\"" }
            rows.append((orderOf[pred] ?? 4, i, pred, o + qualifierText(FactID(f)), f))
        }
        rows.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        // The same fact stated in several articles is one line with every source.
        var lineOf: [String: Int] = [:]
        for (_, _, pred, o, f) in rows {
            let key = pred + "\u{0}" + o
            if let i = lineOf[key] {
                lines[i].2 += prov(f)
            } else {
                lineOf[key] = lines.count
                lines.append((pred, o, prov(f)))
            }
        }
        // met: other participants of events with X, with date and kind.
        var metLines: [String: (String, [(article: String, sentence: Int)])] = [:]
        var metOrder: [String] = []
        for i in 0..<met.count {
            let w = met.width
            let who = store.text(met.rows[i * w]), date = values.text(met.rows[i * w + 1]),
                kind = values.text(met.rows[i * w + 2])
            // Only meetings: two people named in one statement or occurrence did not meet.
            guard Desugar.meetingKinds.contains(kind) else { continue }
            let key = who + "|" + date + "|" + kind
            let ps = (0..<met.factWidth).map { met.facts[i * met.factWidth + $0] }.filter { $0 != Relation.null }
                .flatMap(
                    prov)
            all += ps
            if metLines[key] == nil {
                metOrder.append(key)
                metLines[key] = ([who, date, kind].filter { !$0.isEmpty }.joined(separator: " · "), ps)
            } else {
                metLines[key]!.1 += ps
            }
        }
        let saidEnd = lines.lastIndex { orderOf[$0.0] ?? 4 <= 3 } ?? (lines.count - 1)
        let metRendered = metOrder.map { ("met", metLines[$0]!.0, metLines[$0]!.1) }
        lines.insert(contentsOf: metRendered, at: saidEnd + 1)

        if !table {
            var rs = ResultSet(headers: ["entity", "field", "value", "sources"])
            let name = values.local(.text(store.text(entity)))
            func add(_ field: String, _ value: String, _ ps: [(article: String, sentence: Int)]) {
                rs.rows += [
                    name, values.local(.text(field)), values.local(.text(value)),
                    values.local(.text(ResultFormatter.sourceList(ps))),
                ]
                rs.count += 1
            }
            add("type", typeText, [])
            for (pred, text, ps) in lines { add(pred, text, ps) }
            add("sources", "", all)
            output(try format(rs, since: statementStart))
            return true
        }
        var out = "\(TerminalSafe.escape(store.text(entity))) · \(TerminalSafe.escape(typeText))\n"
        let width = min(70, lines.map { TerminalSafe.escape($0.1).count }.max() ?? 0)
        for (pred, text, ps) in lines {
            let t = TerminalSafe.escape(text)
            let src = ResultFormatter.sourceList(ps, articles: 3)
            let pad = String(repeating: " ", count: max(0, 8 - pred.count))
            out +=
                "  \(pred)\(pad)\(t)"
                + (src.isEmpty ? "" : String(repeating: " ", count: max(2, width - t.count + 2)) + src) + "\n"
        }
        out += "  sources \(ResultFormatter.sourceList(all, articles: 8))\n"
        output(out)
        return true
    }
}

/// Questions as `find` queries.
enum Desugar {
    private static func v(_ name: String, _ r: Range<Int>) -> TermRef { .variable(Variable(name: name, range: r)) }
    private static func word(_ w: String, _ r: Range<Int>) -> TermRef { .name(w, quoted: false, range: r) }
    private static func pattern(_ s: TermRef, _ p: String, _ o: TermRef, _ q: [(String, TermRef)] = []) -> Clause {
        .pattern(
            Pattern(
                subject: s, predicate: word(p, s.range), object: o,
                qualifiers: q.map { ($0.0, s.range, $0.1) }, range: s.range))
    }
    private static func out(_ name: String, _ r: Range<Int>) -> Output { .variable(Variable(name: name, range: r)) }

    /// The `find` a question stands for (`who is` has two: see `cardQueries`).
    static func find(_ q: Question) -> FindQuery {
        var f = FindQuery()
        switch q {
        case .whoIs(let x):
            return cardQueries(x)[0]
        case .whoHolds(let t):
            let r = t.range
            f.distinct = true
            f.outputs = [out("who", r), out("of", r)]
            f.clauses = [
                pattern(v("who", r), "title", t),
                .optional([pattern(v("who", r), "title", t, [("of", v("of", r))])], range: r),
            ]
            f.orderBy = [OrderKey(output: out("who", r), descending: false)]
        case .whatDidSay(let x, let about):
            let r = x.range
            f.outputs = [out("quote", r)]
            f.clauses = [pattern(x, "said", v("quote", r))]
            if let about {
                let text: String
                if case .name(let s, _, _) = about { text = s } else { text = about.source }
                f.clauses.append(
                    .filter(
                        Filter(
                            op: .contains, left: v("quote", r), right: .name(text, quoted: true, range: about.range),
                            range: about.range)))
            }
        case .whoMet(let x):
            let r = x.range
            f.distinct = true
            f.outputs = [out("who", r)]
            // People who took part in a meeting with X: not the countries and agencies named
            // with X, nor someone who only shares a statement or an occurrence with X.
            f.clauses = [
                pattern(v("e", r), "participant", x), pattern(v("e", r), "participant", v("who", r)),
                .filter(Filter(op: .notEqual, left: v("who", r), right: x, range: r)),
                pattern(v("who", r), "type", word("person", r)),
                pattern(v("e", r), "kind", v("kind", r)), meetingFilter(v("kind", r)),
            ]
            f.orderBy = [OrderKey(output: out("who", r), descending: false)]
        case .whenDidMeet(let x, let y):
            let r = x.range
            f.distinct = true
            f.outputs = [out("date", r), out("kind", r), out("status", r)]
            f.clauses = [
                pattern(v("e", r), "participant", x), pattern(v("e", r), "participant", y),
                pattern(v("e", r), "kind", v("kind", r)), meetingFilter(v("kind", r)),
                .optional([pattern(v("e", r), "date", v("date", r))], range: r),
                .optional([pattern(v("e", r), "status", v("status", r))], range: r),
            ]
            f.orderBy = [OrderKey(output: out("date", r), descending: false)]
        case .timeline(let x):
            let r = x.range
            f.outputs = [out("date", r), out("kind", r), out("event", r)]
            f.clauses = [
                pattern(v("event", r), "participant", x),
                .optional([pattern(v("event", r), "date", v("date", r))], range: r),
                .optional([pattern(v("event", r), "kind", v("kind", r))], range: r),
            ]
            f.orderBy = [OrderKey(output: out("date", r), descending: false)]
        case .articlesAbout(let x):
            let r = x.range
            f.distinct = true
            f.outputs = [out("article", r)]
            f.clauses = [
                .pattern(
                    Pattern(
                        subject: x, predicate: .wildcard(range: r), object: .wildcard(range: r),
                        qualifiers: [("article", r, v("article", r))], range: r))
            ]
            f.orderBy = [OrderKey(output: out("article", r), descending: false)]
        }
        return f
    }

    /// Event kinds (see the extractor's `kind`) that bring their participants together: what
    /// `who met X?`, `when did X meet Y?` and the card's "met" lines count as meeting. A
    /// statement or an occurrence that names two people is not a meeting.
    static let meetingKindList = [
        "meeting", "talks", "phone talks", "summit", "call", "phone call", "video call", "interview", "visit",
    ]
    static let meetingKinds = Set(meetingKindList)

    /// `?kind in ("meeting", "talks", …)`: the meeting kinds.
    static func meetingFilter(_ kind: TermRef) -> Clause {
        let r = kind.range
        let list = meetingKindList.map { TermRef.name($0, quoted: true, range: r) }
        return .filter(Filter(op: .in, left: kind, right: list[0], list: list, range: r))
    }

    /// The two queries behind an entity card: everything said about X, and whom X met, when.
    static func cardQueries(_ x: TermRef) -> [FindQuery] {
        let r = x.range
        var facts = FindQuery()
        facts.outputs = [out("p", r), out("o", r)]
        facts.clauses = [.pattern(Pattern(subject: x, predicate: v("p", r), object: v("o", r), range: r))]
        var met = FindQuery()
        met.outputs = [out("other", r), out("date", r), out("kind", r)]
        // "met" lists people: countries and bodies party to an event are not someone one meets.
        met.clauses = [
            pattern(v("e", r), "participant", x), pattern(v("e", r), "participant", v("other", r)),
            .filter(Filter(op: .notEqual, left: v("other", r), right: x, range: r)),
            pattern(v("other", r), "type", word("person", r)),
            .optional([pattern(v("e", r), "date", v("date", r))], range: r),
            .optional([pattern(v("e", r), "kind", v("kind", r))], range: r),
        ]
        met.orderBy = [OrderKey(output: out("date", r), descending: false)]
        return [facts, met]
    }

    /// `why PATTERN` as the `find` it runs.
    static func why(_ p: Pattern) -> FindQuery {
        var f = FindQuery()
        var vars: [Output] = []
        for t in [p.subject, p.predicate, p.object] + p.qualifiers.map(\.value) {
            if case .variable(let v) = t, !vars.contains(where: { $0.source == "?" + v.name }) {
                vars.append(.variable(v))
            }
        }
        f.outputs =
            vars.isEmpty
            ? [.aggregate(Aggregate(function: .count, distinct: false, variable: nil, range: p.range))] : vars
        f.clauses = [.pattern(p)]
        return f
    }
}
