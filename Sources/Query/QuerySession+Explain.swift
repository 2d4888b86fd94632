import Foundation
import NewsFacts

// `explain` and `why`: the plan of a statement, the facts behind an answer.
extension QuerySession {
    // MARK: - explain

    /// The desugared `find` (or the queries of an entity card) and the plan of each, with
    /// estimated and actual rows per step.
    func explain(_ statement: Statement, text: SourceText) throws -> String {
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
    func why(_ p: Pattern, text: SourceText, output: (String) -> Void, errors: (String) -> Void) throws -> Bool {
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
    func factText(_ f: FactID) -> String {
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
}
