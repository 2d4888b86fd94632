/// The FROM items and conditions that a list of clauses compiles to, and the values it binds.
struct SQLBlock {
    /// One table read: `facts AS f1`, `qualifiers AS q2`, `rule_met AS r3`, or a LEFT JOIN of
    /// an `optional` group (already rendered with its ON clause).
    struct Item {
        var sql: String
        var aliases: Set<String>
        /// The conditions written with it: the join to what came before and its constants.
        var conditions: [SQLCondition]
        /// A rendered `LEFT JOIN … ON …`, placed after the inner joins.
        var isLeftJoin = false
    }

    var items: [Item] = []
    /// Filters and `NOT EXISTS` tests: the WHERE clause.
    var conditions: [SQLCondition] = []
    var bindings: [Int: SQLValue]
    /// The aliases this block introduced (not its enclosing block's).
    var aliases: Set<String> = []

    init(bindings: [Int: SQLValue]) { self.bindings = bindings }

    /// The FROM clause's text and the conditions left for WHERE (or an enclosing ON): those of
    /// the first item, and, unless `outerAllowed`, any that read an alias from outside.
    func from(outerAllowed: Bool, semantics: SQLSemantics) -> (sql: String, rest: [SQLCondition]) {
        var rest: [SQLCondition] = []
        var sql = ""
        var seen = Set<String>()
        let inner = items.filter { !$0.isLeftJoin }
        for (i, item) in inner.enumerated() {
            seen.formUnion(item.aliases)
            if i == 0 {
                sql = item.sql
                rest += item.conditions
                continue
            }
            let (on, later) = split(item.conditions, seen: seen, outerAllowed: outerAllowed)
            rest += later
            sql += on.isEmpty ? "\n  CROSS JOIN \(item.sql)" : "\n  JOIN \(item.sql) ON \(semantics.and(on.map(\.sql)))"
        }
        for item in items where item.isLeftJoin { sql += "\n  " + item.sql }
        return (sql, rest)
    }

    /// Conditions that may sit in this join's ON (their aliases are all present) and the rest.
    private func split(
        _ conditions: [SQLCondition], seen: Set<String>, outerAllowed: Bool
    ) -> (
        [SQLCondition], [SQLCondition]
    ) {
        var on: [SQLCondition] = []
        var rest: [SQLCondition] = []
        for c in conditions {
            let own = c.aliases.intersection(aliases)
            let outer = !c.aliases.subtracting(aliases).isEmpty
            if own.isSubset(of: seen) && (outerAllowed || !outer) { on.append(c) } else { rest.append(c) }
        }
        return (on, rest)
    }
}
