import NewsFacts

/// Reads everything a store holds through its public accessors, as queries, cards and
/// exports do: an inconsistent store (a bad snapshot, a loader bug) traps here rather than
/// later at a user's prompt.
enum StoreWalk {
    static func touchEverything(_ store: FactStore) {
        var bytes = 0
        for f in 0..<FactID(store.factCount) {
            for id in [store.subject(f), store.predicate(f), store.object(f)] {
                bytes &+= store.text(id).utf8.count
                _ = store.term(id).lexical
                _ = store.kind(id)
            }
            let provenance = store.provenance(f)
            bytes &+= provenance.articleID.utf8.count + provenance.rule.utf8.count
            for q in store.qualifiers(f) { bytes &+= store.text(q.key).utf8.count + store.text(q.value).utf8.count }
            bytes &+= store.sentenceText(of: f)?.utf8.count ?? 0
            _ = store.articleIndex(of: f)
        }
        for article in store.articles {
            for i in 0..<article.sentenceCount { bytes &+= article.sentenceText(i)?.utf8.count ?? 0 }
            _ = store.article(id: article.article.id)
        }
        for (predicate, _) in store.predicateCounts() {
            _ = store.statistics(predicate: predicate)
            _ = store.objectCounts(predicate: predicate)
            for (object, _) in store.objectCounts(predicate: predicate).prefix(8) {
                for f in store.match(subject: nil, predicate: predicate, object: object) { _ = store.subject(f) }
            }
        }
        for (name, ids) in store.entityNames() {
            _ = store.entities(named: name)
            for id in ids.prefix(4) {
                _ = store.entityType(id)
                _ = store.aliases(of: id)
                _ = store.isEntity(id)
                for f in store.match(subject: id, predicate: nil, object: nil) { _ = store.object(f) }
            }
        }
        _ = store.memoryBytes
        blackHole(bytes)
    }
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
