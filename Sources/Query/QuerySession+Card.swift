import Foundation
import NewsFacts

// `who is X?`: an entity card.
extension QuerySession {
    /// Answers `who is X?` with X's `EntityCard`: its facts and its meetings, each read by
    /// one of the `find` queries the question desugars to. False (with the errors written)
    /// when a query does not resolve or X is not a name.
    ///
    /// - Throws: what running the queries throws.
    func card(
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

        let table = options.format == .table
        var card = EntityCard(store: store, values: values, entity: entity, forScreen: table)
        card.addFacts(own)
        card.addMeetings(met)
        output(table ? card.rendered() : try format(card.resultSet(), since: statementStart))
        return true
    }
}
