import NewsFacts

/// The entities each name may denote — those `FactStore.entities(named:)` finds by canonical
/// name or alias, else the entity whose id it is — remembered while the store is unchanged.
///
/// A session asks for the same names statement after statement (`person/1234` in a point
/// lookup typed again, a minister's name in each question about her): found afresh, the name
/// is folded, hashed, looked up in the name index and its key term's text compared, about
/// 3,400 instructions of a typed point lookup's 46,000; remembered, it is one dictionary
/// probe. Emptied when the store changes (`FactStore.generation`: names resolve to other ids)
/// and when it holds `limit` names (a script of many names stays bounded).
final class NameCandidates {
    private var generation = -1
    private var known: [String: [Value]] = [:]
    static let limit = 4096

    /// How many names are remembered (for tests).
    var count: Int { known.count }

    /// The entities `name` may denote, in the order `FactStore.entities(named:)` gives them.
    func ids(_ name: String, store: FactStore) -> [Value] {
        if generation != store.generation {
            known.removeAll()
            generation = store.generation
        }
        if let ids = known[name] { return ids }
        var ids = store.entities(named: name)
        if ids.isEmpty, let t = store.termID(.entity(name)), store.kind(t) == .entity { ids = [t] }
        if known.count >= Self.limit { known.removeAll(keepingCapacity: true) }
        known[name] = ids
        return ids
    }
}
