import Foundation
import NewsFacts

// `timeline of X`: the events X took part in, by date.
extension QuerySession {
    // MARK: - timeline of X

    /// `timeline of X`: X's events by date, each with the others taking part and the sentence
    /// it was found in, so a reader need not open the article to see what happened.
    func timeline(
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
}
