import NewsFacts

/// The rows of `TableSchema`'s tables for what a store holds, in store order (facts in
/// fact order; entities in the order facts first name them; articles as loaded).
public struct TableRows {
    public let store: FactStore

    public init(store: FactStore) { self.store = store }

    /// Calls `row` with each row of `table` (cells in the table's column order) until it
    /// returns false; returns false when it stopped early.
    @discardableResult
    public func forEach(_ table: TableSchema.Table, _ row: ([TableCell]) -> Bool) -> Bool {
        switch table.name {
        case TableSchema.facts.name: return facts(row)
        case TableSchema.qualifiers.name: return qualifiers(row)
        case TableSchema.entities.name: return entities(row)
        default: return articles(row)
        }
    }

    /// `ARTICLE#N` for every fact, N counting that article's facts in fact order.
    private func factIDs(_ body: (FactID, String) -> Bool) -> Bool {
        var ordinal: [Int: Int] = [:]
        for f in 0..<FactID(store.factCount) {
            let a = store.articleIndex(of: f)
            let n = ordinal[a, default: 0]
            ordinal[a] = n + 1
            if !body(f, "\(store.articleID(at: a))#\(n)") { return false }
        }
        return true
    }

    private func facts(_ row: ([TableCell]) -> Bool) -> Bool {
        factIDs { f, id in
            let prov = store.provenance(f)
            let qualifiers = store.hasQualifiers ? store.qualifiers(f) : []
            let q: TableCell =
                qualifiers.isEmpty
                ? .null
                : .text(
                    "{"
                        + qualifiers.map {
                            TextEscaping.jsonString(store.text($0.key)) + ":"
                                + TextEscaping.jsonString(store.text($0.value))
                        }.joined(separator: ",") + "}")
            return row([
                .text(id), .text(store.text(store.subject(f))), .text(store.text(store.predicate(f))),
                .text(store.text(store.object(f))), .text(store.kind(store.object(f)).description), q,
                .text(prov.articleID), .integer(prov.sentence),
                prov.range.map { .integer($0.lowerBound) } ?? .null,
                prov.range.map { .integer($0.upperBound) } ?? .null,
                .text(prov.rule),
            ])
        }
    }

    private func qualifiers(_ row: ([TableCell]) -> Bool) -> Bool {
        guard store.hasQualifiers else { return true }
        return factIDs { f, id in
            for q in store.qualifiers(f) {
                let cells: [TableCell] = [
                    .text(id), .text(store.text(q.key)), .text(store.text(q.value)),
                    .text(store.kind(q.value).description),
                ]
                if !row(cells) { return false }
            }
            return true
        }
    }

    private func entities(_ row: ([TableCell]) -> Bool) -> Bool {
        var seen = Set<TermID>()
        for f in 0..<FactID(store.factCount) {
            var named = [store.subject(f), store.object(f)]
            if store.hasQualifiers { named += store.qualifiers(f).map(\.value) }
            for id in named where store.kind(id) == .entity && seen.insert(id).inserted {
                let name = store.text(id)
                let aliases = store.aliases(of: id).map(TextEscaping.jsonString).joined(separator: ",")
                let cells: [TableCell] = [
                    .text(name), .text(name), store.entityType(id).map(TableCell.text) ?? .null,
                    .text("[" + aliases + "]"),
                ]
                if !row(cells) { return false }
            }
        }
        return true
    }

    private func articles(_ row: ([TableCell]) -> Bool) -> Bool {
        for stored in store.articles {
            let a = stored.article
            func cell(_ s: String?) -> TableCell { s.map(TableCell.text) ?? .null }
            if !row([.text(a.id), cell(a.title), cell(a.date?.iso), cell(a.source), cell(a.url), cell(a.path)]) {
                return false
            }
        }
        return true
    }
}
