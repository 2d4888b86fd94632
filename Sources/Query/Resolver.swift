import Foundation
import NewsFacts

/// Resolves a parsed query against a store: numbers its variables, turns names into store
/// ids, checks predicates, rules and variable use, and reports what it cannot resolve.
///
/// The name rules (also in Grammar.md):
/// - Subject position, and objects of predicates that hold entities: the entity with that
///   canonical name or alias (`FactStore.entities(named:)`, or an entity id such as
///   `person/1234`). When several match, one whose canonical name matches wins; otherwise the
///   name is ambiguous (an error listing the candidates). No match is an error suggesting the
///   nearest names.
/// - Object of a literal predicate — one of `FactsFile.literalPredicates` (type, alias, title,
///   said, kind…) or any predicate with a text object in the store: the text term with exactly
///   that text, and entities with that name too; when no fact of the predicate holds that text,
///   the texts that differ only in case, diacritics and dots (for a predicate of at most
///   `LiteralPredicateCache.foldedObjectsLimit` distinct objects: titles, kinds, not quotes);
///   no match is an empty answer, not an error.
/// - Object of a variable predicate, a qualifier value, a rule argument: text or entities, an
///   error only when the store knows neither.
struct Resolver {
    let store: FactStore
    let values: Values
    let source: SourceText
    let rules: [String: [RuleDefinition]]
    /// Give each pattern a hidden fact variable (for sources, `why`, the entity card).
    let wantFacts: Bool
    let literalCache: LiteralPredicateCache
    /// What names denote, kept by the session between statements.
    let names: NameCandidates

    private(set) var diagnostics: [Diagnostic] = []
    /// Variables by name, once there are more than `scannedVariables` (a typed statement's few
    /// are found by comparing names in `variableNames`, cheaper than hashing each).
    private var variableIndex: [String: Int] = [:]
    private(set) var variableNames: [String] = []
    static let scannedVariables = 16
    private var factVariables: [Int] = []
    private var nextCallID = 0

    init(
        store: FactStore, values: Values, source: SourceText, rules: [String: [RuleDefinition]],
        wantFacts: Bool, literalCache: LiteralPredicateCache, names: NameCandidates = NameCandidates()
    ) {
        self.store = store
        self.values = values
        self.source = source
        self.rules = rules
        self.wantFacts = wantFacts
        self.literalCache = literalCache
        self.names = names
    }

    // MARK: - Queries

    /// Resolves a `find` query: its clauses, outputs, grouping and ordering, against the
    /// variables its positive clauses bind. Nil (with the diagnostics recorded) when anything
    /// does not resolve.
    mutating func resolve(_ q: FindQuery) -> BoundQuery? {
        let before = diagnostics.count
        let clauses = q.clauses.map { resolve($0, top: true) }
        var bound = VariableSet()
        for c in clauses { bound.formUnion(bindingsOf: c) }
        checkFilters(clauses, bound: bound, in: q.clauses)

        var outputs: [BoundOutput] = []
        var headers: [String] = []
        outputs.reserveCapacity(q.outputs.count)
        headers.reserveCapacity(q.outputs.count)
        for o in q.outputs {
            if let b = boundOutput(o, bound: bound) {
                outputs.append(b)
                switch o {
                case .variable(let v): headers.append(v.name)
                case .aggregate(let a): headers.append(a.header)
                }
            }
        }
        let hasAggregates = outputs.contains {
            if case .aggregate = $0 { return true }
            return false
        }
        let groupBy = grouping(q, outputs: outputs, hasAggregates: hasAggregates, bound: bound)
        let orderBy = ordering(q, outputs: outputs, groupBy: groupBy, hasAggregates: hasAggregates, bound: bound)
        guard diagnostics.count == before else { return nil }
        return BoundQuery(
            variableNames: variableNames, clauses: clauses, outputs: outputs, headers: headers,
            distinct: q.distinct, groupBy: hasAggregates || !q.groupBy.isEmpty ? groupBy : [],
            orderBy: orderBy, limit: q.limit, offset: q.offset, factVariables: factVariables)
    }

    /// An output (a variable, or an aggregate of one or of the rows), when its variable is
    /// one of `bound`; else nil, with an error recorded.
    private mutating func boundOutput(_ o: Output, bound: VariableSet) -> BoundOutput? {
        switch o {
        case .variable(let v):
            guard let i = variableNumber(v.name), bound.contains(i) else {
                report(.unboundVariable, "variable ?\(v.name) is not bound by any pattern", at: v.range)
                return nil
            }
            return .variable(i)
        case .aggregate(let a):
            guard let v = a.variable else { return .aggregate(a.function, distinct: false, variable: nil) }
            guard let i = variableNumber(v.name), bound.contains(i) else {
                report(.unboundVariable, "variable ?\(v.name) is not bound by any pattern", at: v.range)
                return nil
            }
            return .aggregate(a.function, distinct: a.distinct, variable: i)
        }
    }

    /// The `group by` variables; with aggregates and no `group by`, the variable outputs.
    /// Records an error for an unbound variable, and, with `group by`, for a variable output
    /// that is neither grouped nor aggregated.
    private mutating func grouping(
        _ q: FindQuery, outputs: [BoundOutput], hasAggregates: Bool, bound: VariableSet
    ) -> [Int] {
        var groupBy: [Int] = []
        for v in q.groupBy {
            guard let i = variableNumber(v.name), bound.contains(i) else {
                report(.unboundVariable, "variable ?\(v.name) is not bound by any pattern", at: v.range)
                continue
            }
            groupBy.append(i)
        }
        guard hasAggregates || !q.groupBy.isEmpty else { return groupBy }
        for (o, b) in zip(q.outputs, outputs) {
            if case .variable(let i) = b, !q.groupBy.isEmpty, !groupBy.contains(i) {
                report(
                    .syntax, "?\(variableNames[i]) is neither grouped nor aggregated", at: o.range,
                    notes: ["add it to 'group by' or wrap it in an aggregate such as count(?\(variableNames[i]))"])
            }
        }
        if q.groupBy.isEmpty {
            groupBy = outputs.compactMap {
                if case .variable(let i) = $0 { return i }
                return nil
            }
        }
        return groupBy
    }

    /// The `order by` keys; when the query groups, each must be an output or a grouped
    /// variable (else an error is recorded and the key dropped).
    private mutating func ordering(
        _ q: FindQuery, outputs: [BoundOutput], groupBy: [Int], hasAggregates: Bool, bound: VariableSet
    ) -> [(BoundOutput, descending: Bool)] {
        var orderBy: [(BoundOutput, descending: Bool)] = []
        for key in q.orderBy {
            guard let b = boundOutput(key.output, bound: bound) else { continue }
            if hasAggregates || !groupBy.isEmpty {
                let known =
                    outputs.contains(b)
                    || {
                        if case .variable(let i) = b { return groupBy.contains(i) }
                        return false
                    }()
                if !known {
                    report(
                        .syntax, "'order by \(key.output.source)' must name an output of the query",
                        at: key.output.range)
                    continue
                }
            }
            orderBy.append((b, key.descending))
        }
        return orderBy
    }

    /// Resolves one rule definition into its own variable space.
    mutating func resolve(rule r: RuleDefinition) -> BoundRule? {
        variableIndex = [:]
        variableNames = []
        let before = diagnostics.count
        var params: [Int] = []
        for p in r.parameters { params.append(variable(p.name)) }
        let body = r.body.map { resolve($0, top: false) }
        var bound = VariableSet()
        for c in body { bound.formUnion(bindingsOf: c) }
        for (p, i) in zip(r.parameters, params) where !bound.contains(i) {
            report(.unboundVariable, "rule parameter ?\(p.name) is not bound by the rule's body", at: p.range)
        }
        checkFilters(body, bound: bound, in: r.body)
        guard diagnostics.count == before else { return nil }
        return BoundRule(
            name: r.name, arity: params.count, parameters: params, body: body,
            variableCount: variableNames.count, source: r.source)
    }

    /// A pattern alone (for `why`), with its fact variable.
    mutating func resolve(why p: Pattern) -> (BoundPattern, names: [String])? {
        let before = diagnostics.count
        let b = pattern(p, withFact: true)
        guard diagnostics.count == before else { return nil }
        return (b, variableNames)
    }

    private mutating func checkFilters(_ clauses: [BoundClause], bound: VariableSet, in written: [Clause]) {
        for (c, w) in zip(clauses, written) {
            if case .filter(let f) = c, case .filter(let wf) = w {
                for (operand, ref) in [(f.left, wf.left), (f.right, wf.right)]
                    + (f.upper.map { [($0, wf.upper!)] } ?? [])
                {
                    if let v = operand.variable, !bound.contains(v) {
                        report(
                            .unboundVariable, "variable \(ref.source) is not bound by any pattern", at: ref.range,
                            notes: ["a filter tests variables that a pattern binds"])
                    }
                }
            }
            if case .optional(let inner, _) = c, case .optional(let wi, _) = w {
                var b = bound
                for x in inner { b.formUnion(bindingsOf: x) }
                checkFilters(inner, bound: b, in: wi)
            }
            if case .not(let inner, _) = c, case .not(let wi, _) = w {
                var b = bound
                for x in inner { b.formUnion(bindingsOf: x) }
                checkFilters(inner, bound: b, in: wi)
            }
        }
    }

    // MARK: - Clauses

    private mutating func resolve(_ c: Clause, top: Bool) -> BoundClause {
        switch c {
        // Each bound clause keeps the written one as it came (one reference), not a copy
        // boxed again.
        case .pattern(let p):
            return .pattern(pattern(p, withFact: top && wantFacts, written: c))
        case .filter(let f):
            return .filter(filter(f, written: c))
        case .not(let cs, _):
            return .not(cs.map { resolve($0, top: false) }, source: ClauseText(c))
        case .optional(let cs, _):
            return .optional(cs.map { resolve($0, top: top) }, source: ClauseText(c))
        case .call(let call):
            return .call(resolveCall(call, written: c))
        }
    }

    private mutating func resolveCall(_ call: RuleCall, written: Clause) -> BoundCall {
        nextCallID += 1
        var args: [Slot] = []
        for a in call.arguments { args.append(value(a, predicate: nil, strict: true)) }
        if let defs = rules[call.name] {
            let arity = defs[0].parameters.count
            if arity != call.arguments.count {
                report(
                    .ruleArity,
                    "rule '\(call.name)' takes \(arity) argument\(arity == 1 ? "" : "s"), not \(call.arguments.count)",
                    at: call.range)
            }
        } else {
            let near = Suggest.nearest(call.name, in: Array(rules.keys))
            let definition = "rule \(call.name)(\(Resolver.parameters(call.arguments.count))) :- …"
            report(
                .unknownRule, "unknown rule '\(call.name)'", at: call.nameRange,
                notes: near.isEmpty
                    ? (rules.isEmpty ? ["define it first: " + definition] : [])
                    : ["did you mean '\(near[0])'?"])
        }
        return BoundCall(name: call.name, arguments: args, id: nextCallID, source: ClauseText(written))
    }

    /// Parameter names for a rule of `count` arguments, as the unknown-rule hint writes them:
    /// `?a, ?b` for two, `?a` for one, `?a1, ?a2, …` past the alphabet.
    static func parameters(_ count: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return (0..<count).map { count <= letters.count ? "?\(letters[$0])" : "?a\($0 + 1)" }.joined(separator: ", ")
    }

    /// `written`: the clause `p` came in, kept as the bound pattern's source (nil: `p` alone).
    private mutating func pattern(_ p: Pattern, withFact: Bool, written: Clause? = nil) -> BoundPattern {
        let s: Slot
        switch p.subject {
        case .name(let n, _, let r): s = .constant(entity(n, at: r))
        case .number, .date:
            report(.badValue, "a subject is an entity, not \(p.subject.source)", at: p.subject.range)
            s = .constant([])
        default: s = value(p.subject, predicate: nil, strict: true)
        }
        var pred: Slot = .any
        var predicateName: String?
        switch p.predicate {
        case .variable(let v): pred = .variable(variable(v.name))
        case .wildcard: pred = .any
        case .name(let n, _, let r):
            predicateName = n
            pred = .constant(predicate(n, at: r))
        default: break
        }
        var predicateID: Value?
        if case .constant(let ids) = pred, ids.count == 1 { predicateID = ids[0] }
        let o = value(p.object, predicate: predicateID, strict: true, predicateName: predicateName)
        var b = BoundPattern(s: s, p: pred, o: o, source: ClauseText(written ?? .pattern(p)))
        for q in p.qualifiers {
            switch q.key {
            case "article", "sentence":
                guard case .variable(let v) = q.value else {
                    report(
                        .badValue, "'\(q.key):' binds the fact's \(q.key) to a variable; compare it in a filter",
                        at: q.value.range)
                    continue
                }
                if q.key == "article" { b.articleVar = variable(v.name) } else { b.sentenceVar = variable(v.name) }
            default:
                let key = store.predicateID(q.key)
                if key == nil {
                    // A known key that no loaded fact has is not a typo to correct.
                    let known = Resolver.knownQualifiers.contains(q.key)
                    let near = known ? [] : Suggest.nearest(q.key, in: Resolver.knownQualifiers)
                    report(
                        .badQualifier, "unknown qualifier '\(q.key)'", at: q.keyRange,
                        notes: known
                            ? ["no fact loaded has it"] : near.isEmpty ? [] : ["did you mean '\(near[0])'?"])
                }
                let strict = FactsFile.entityQualifiers.contains(q.key)
                b.qualifiers.append((key, value(q.value, predicate: nil, strict: strict, lenient: !strict)))
            }
        }
        if withFact {
            let n = factVariables.count
            // The hidden fact variables' names (a statement's first few without interpolating).
            let f = variable(n < Resolver.factVariableNames.count ? Resolver.factVariableNames[n] : "#f\(n)")
            factVariables.append(f)
            b.factVar = f
        }
        return b
    }

    /// `#f0`…`#f7`: the names of a statement's first hidden fact variables.
    static let factVariableNames = (0..<8).map { "#f\($0)" }

    /// The qualifier keys facts have (`FactVocabulary`): a key outside them gets a suggestion.
    static let knownQualifiers = FactVocabulary.queryQualifiers

    private mutating func filter(_ f: Filter, written: Clause) -> BoundFilter {
        var b = BoundFilter(
            op: f.op, left: operand(f.left), right: operand(f.right), upper: f.upper.map { operand($0) },
            source: ClauseText(written))
        if f.op == .matches, case .name(let pattern, _, let r) = f.right {
            do {
                b.regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            } catch {
                report(.badRegex, "invalid regular expression \(TermRef.quote(TerminalSafe.escape(pattern)))", at: r)
            }
        }
        if f.op == .in {
            for t in f.list {
                switch operand(t) {
                case .constant(let c): b.list.append(c)
                case .variable:
                    report(.syntax, "the list of 'in' holds values, not variables", at: t.range)
                }
            }
        }
        if case .wildcard(let r) = f.left { report(.syntax, "'_' cannot be compared; use a variable", at: r) }
        if case .wildcard(let r) = f.right { report(.syntax, "'_' cannot be compared; use a variable", at: r) }
        return b
    }

    private mutating func operand(_ t: TermRef) -> Operand {
        switch t {
        case .variable(let v): return .variable(variable(v.name))
        case .wildcard: return .constant(Constant(ids: [], text: ""))
        case .number(let n, let text, _):
            var ids: [Value] = []
            if let id = store.termID(.number(n)) { ids.append(id) }
            return .constant(
                Constant(
                    ids: ids, text: text, number: n,
                    date: n == n.rounded() && n >= 1000 && n <= 9999 ? DateValue(year: Int(n)) : nil))
        case .date(let d, _):
            return .constant(
                Constant(ids: store.termID(.date(d)).map { [$0] } ?? [], text: d.iso, number: nil, date: d))
        case .name(let s, _, _):
            var ids: [Value] = []
            if let t = store.termID(.text(s)) { ids.append(t) }
            for e in entityCandidates(s) where !ids.contains(e) { ids.append(e) }
            return .constant(Constant(ids: ids, text: s, number: Double(s), date: DateValue(iso: s)))
        }
    }

    // MARK: - Names

    private mutating func variable(_ name: String) -> Int {
        if let i = variableNumber(name) { return i }
        let i = variableNames.count
        if i == 0 { variableNames.reserveCapacity(8) } // a statement's few, in one allocation
        variableNames.append(name)
        if variableNames.count > Resolver.scannedVariables {
            if variableIndex.isEmpty {
                for (j, n) in variableNames.enumerated() { variableIndex[n] = j }
            } else {
                variableIndex[name] = i
            }
        }
        return i
    }

    /// The number of the variable `name`, if it has one yet.
    private func variableNumber(_ name: String) -> Int? {
        variableNames.count > Resolver.scannedVariables ? variableIndex[name] : variableNames.firstIndex(of: name)
    }

    /// A value position: variable, `_`, or a constant resolved by the rules above.
    private mutating func value(
        _ t: TermRef, predicate: Value?, strict: Bool, predicateName: String? = nil, lenient: Bool = false
    ) -> Slot {
        switch t {
        case .variable(let v): return .variable(variable(v.name))
        case .wildcard: return .any
        case .number(let n, _, _):
            var ids: [Value] = []
            if let id = store.termID(.number(n)) { ids.append(id) }
            if n == n.rounded(), n >= 1000, n <= 9999, let id = store.termID(.date(DateValue(year: Int(n)))) {
                ids.append(id)
            }
            return .constant(ids)
        case .date(let d, _):
            return .constant(store.termID(.date(d)).map { [$0] } ?? [])
        case .name(let s, _, let r):
            let text = store.termID(.text(s))
            if let p = predicate {
                if let text, store.estimate(subject: nil, predicate: p, object: text) > 0 {
                    var ids = [text]
                    for e in entityCandidates(s) where !ids.contains(e) { ids.append(e) }
                    return .constant(ids)
                }
                if literalCache.isLiteral(p, predicateName: predicateName ?? store.text(p), store: store) {
                    // A title typed in lower case ("trade minister") finds the texts stored in
                    // another case only when the text as written is stored under none.
                    let texts = literalCache.texts(foldingTo: NameKey.fold(s), predicate: p, store: store)
                    return .constant(texts + entityCandidates(s).filter { !texts.contains($0) })
                }
                return .constant(entity(s, at: r))
            }
            if predicateName != nil { return .constant([]) } // unknown predicate: already reported
            let entities = entityCandidates(s)
            if lenient {
                return .constant((text.map { [$0] } ?? []) + entities.filter { $0 != text })
            }
            if let text { return .constant([text] + entities.filter { $0 != text }) }
            if entities.count == 1 { return .constant(entities) }
            return .constant(entity(s, at: r))
        }
    }

    /// Entities a name may denote, without reporting anything.
    private func entityCandidates(_ name: String) -> [Value] { names.ids(name, store: store) }

    /// The entity a name denotes; reports unknown and ambiguous names.
    private mutating func entity(_ name: String, at range: Range<Int>) -> [Value] {
        var ids = entityCandidates(name)
        if ids.count > 1 {
            let key = NameKey.fold(name)
            let canonical = ids.filter { NameKey.fold(store.text($0)) == key }
            if canonical.count == 1 { ids = canonical }
        }
        if ids.count == 1 { return ids }
        if ids.isEmpty {
            let near = Resolver.nearestNames(name, store: store)
            report(
                .unknownEntity, "unknown name '\(TerminalSafe.escape(name))'", at: range,
                notes: near.isEmpty
                    ? ["no entity has that name or alias"]
                    : ["did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"])
            return []
        }
        let listed = ids.prefix(8).map { id -> String in
            "  \(TerminalSafe.escape(store.text(id)))" + (store.entityType(id).map { " (\($0))" } ?? "")
        }
        report(
            .ambiguousName, "'\(TerminalSafe.escape(name))' is ambiguous: \(ids.count) entities have that name",
            at: range,
            notes: ["it could be:"] + listed + (ids.count > 8 ? ["  … and \(ids.count - 8) more"] : []) + [
                "write the full name in quotes"
            ])
        return []
    }

    /// Up to three canonical names nearest to `name` (by folded name or alias).
    static func nearestNames(_ name: String, store: FactStore) -> [String] {
        let index = store.entityNames()
        let keys = Suggest.nearest(NameKey.fold(name), in: Array(index.keys), limit: 3)
        var out: [String] = []
        for k in keys {
            for id in index[k] ?? [] {
                let n = TerminalSafe.escape(store.text(id))
                if !out.contains(n) { out.append(n) }
            }
        }
        return Array(out.prefix(3))
    }

    private mutating func predicate(_ name: String, at range: Range<Int>) -> [Value] {
        if let p = store.predicateID(name), store.statistics(predicate: p).facts > 0 { return [p] }
        let known = store.predicateCounts().map { store.text($0.predicate) }
        let word = name.lowercased()
        var notes: [String] = []
        if Vocabulary.eventVerbs.contains(word) {
            notes = [
                "meetings and visits are events: ask 'who met X?', or write '?e participant X, ?e participant ?who'"
            ]
        } else if let form = Vocabulary.predicateWordForms[word], known.contains(form) {
            notes = ["did you mean '\(form)'?"]
        } else if let near = Suggest.nearest(name, in: known).first {
            notes = ["did you mean '\(near)'?"]
        }
        report(.unknownPredicate, "unknown predicate '\(TerminalSafe.escape(name))'", at: range, notes: notes)
        return []
    }

    private mutating func report(_ code: Diagnostic.Code, _ message: String, at range: Range<Int>, notes: [String] = [])
    {
        diagnostics.append(source.diagnostic(code, message, at: range, notes: notes))
    }
}

/// Which predicates hold text objects, remembered per store generation.
final class LiteralPredicateCache {
    private var generation = -1
    private var known: [Value: Bool] = [:]

    func isLiteral(_ p: Value, predicateName: String, store: FactStore) -> Bool {
        if FactsFile.literalPredicates.contains(predicateName) { return true }
        if generation != store.generation {
            known = [:]
            generation = store.generation
        }
        if let k = known[p] { return k }
        var found = false
        for f in store.match(subject: nil, predicate: p, object: nil) where store.kind(store.object(f)) == .text {
            found = true
            break
        }
        known[p] = found
        return found
    }

    private var foldedGeneration = -1
    private var folded: [Value: [String: [Value]]] = [:]
    /// The most distinct objects a predicate may have for `texts(foldingTo:)` to fold them: a
    /// vocabulary such as titles, kinds or statuses, not `said` or `text`, whose millions of
    /// quotes would take seconds and hundreds of MB to fold for one mistyped constant.
    static let foldedObjectsLimit = 50_000

    /// The text objects of `p` whose folded form (case, accents and dots ignored: `NameKey.fold`)
    /// is `key`: "trade minister" finds "Trade Minister". The predicate's objects are read and
    /// folded once per store generation, on the first miss; none for a predicate of more than
    /// `foldedObjectsLimit` distinct objects.
    func texts(foldingTo key: String, predicate p: Value, store: FactStore) -> [Value] {
        if foldedGeneration != store.generation {
            folded = [:]
            foldedGeneration = store.generation
        }
        if let byKey = folded[p] { return byKey[key] ?? [] }
        guard store.statistics(predicate: p).objects <= Self.foldedObjectsLimit else {
            folded[p] = [:]
            return []
        }
        var byKey: [String: [Value]] = [:]
        var seen = Set<Value>()
        for f in store.match(subject: nil, predicate: p, object: nil) {
            let o = store.object(f)
            guard store.kind(o) == .text, seen.insert(o).inserted else { continue }
            byKey[NameKey.fold(store.text(o)), default: []].append(o)
        }
        folded[p] = byKey
        return byKey[key] ?? []
    }
}
