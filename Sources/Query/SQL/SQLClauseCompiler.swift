import NewsFacts

/// Compiles resolved clauses to FROM items and conditions over the tables of the export
/// schema: a pattern reads `facts` (and `qualifiers`, one join a qualifier), a rule call its
/// CTE, `not` becomes `NOT EXISTS`, `optional` a `LEFT JOIN`, filters WHERE conditions.
final class SQLClauseCompiler {
    let semantics: SQLSemantics
    let values: Values
    /// Per rule: its CTE name and its columns (text, kind) in parameter order.
    let rules: [String: (table: String, columns: [(text: String, kind: String)])]
    private var counter = 0

    init(
        semantics: SQLSemantics, values: Values,
        rules: [String: (table: String, columns: [(text: String, kind: String)])]
    ) {
        self.semantics = semantics
        self.values = values
        self.rules = rules
    }

    private var dialect: SQLDialect { semantics.dialect }

    private func alias(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    /// Adds `clauses` to `block`: reading tables first, then filters and `not`, then `optional`
    /// (the order newsq evaluates them in).
    ///
    /// - Throws: `SQLRefusal` for what SQL over the tables cannot say.
    func compile(_ clauses: [BoundClause], into block: inout SQLBlock) throws {
        for c in clauses {
            switch c {
            case .pattern(let p): try pattern(p, into: &block)
            case .call(let call): try self.call(call, into: &block)
            default: break
            }
        }
        for c in clauses {
            switch c {
            case .filter(let f): block.conditions.append(try filter(f, block.bindings))
            case .not(let inner, _): block.conditions.append(try notExists(inner, block))
            default: break
            }
        }
        for c in clauses {
            if case .optional(let inner, _) = c { try optional(inner, into: &block) }
        }
    }

    // MARK: - Reading tables

    /// Binds `v` to `value`, or, when bound already, adds the join condition.
    private func place(_ v: Int, _ value: SQLValue, _ block: inout SQLBlock, _ conditions: inout [SQLCondition]) {
        if let bound = block.bindings[v] {
            conditions.append(semantics.same(bound, value))
        } else {
            block.bindings[v] = value
        }
    }

    private func place(_ slot: Slot, _ value: SQLValue, _ block: inout SQLBlock, _ conditions: inout [SQLCondition]) {
        switch slot {
        case .variable(let v): place(v, value, &block, &conditions)
        case .any: break
        case .constant(let ids): conditions.append(semantics.isOne(of: terms(ids), value))
        }
    }

    func terms(_ ids: [Value]) -> [(text: String, kind: TermKind)] {
        ids.compactMap { id in values.kind(id).map { (values.text(id), $0) } }
    }

    private func pattern(_ p: BoundPattern, into block: inout SQLBlock) throws {
        let f = alias("f")
        var conditions: [SQLCondition] = []
        let entity = SQLValue.literal(.entity)
        place(p.s, SQLValue(text: "\(f).subject", kind: entity, aliases: [f]), &block, &conditions)
        place(p.p, SQLValue(text: "\(f).predicate", kind: entity, aliases: [f]), &block, &conditions)
        place(p.o, SQLValue(text: "\(f).object", kind: "\(f).object_kind", aliases: [f]), &block, &conditions)
        if let a = p.articleVar {
            place(a, SQLValue(text: "\(f).article", kind: entity, aliases: [f]), &block, &conditions)
        }
        if let n = p.sentenceVar {
            let text = "CAST(\(f).sentence AS STRING)"
            place(n, SQLValue(text: text, kind: SQLValue.literal(.number), aliases: [f]), &block, &conditions)
        }
        // A fact is true once (as in newsq): a pattern reads each distinct fact, one id standing
        // for its repeats (which have the same qualifiers); one that binds the article or the
        // sentence reads every source, one row each.
        let table = p.articleVar == nil && p.sentenceVar == nil ? SQLClauseCompiler.distinctFacts : "facts"
        block.items.append(SQLBlock.Item(sql: "\(table) AS \(f)", aliases: [f], conditions: conditions))
        block.aliases.insert(f)
        for (key, slot) in p.qualifiers {
            let q = alias("q")
            var qc: [SQLCondition] = [SQLCondition(sql: "\(q).fact = \(f).fact", aliases: [q, f])]
            guard let key else {
                qc.append(.never)
                block.items.append(SQLBlock.Item(sql: "qualifiers AS \(q)", aliases: [q], conditions: qc))
                block.aliases.insert(q)
                continue
            }
            qc.append(SQLCondition(sql: "\(q).key = \(semantics.literal(values.text(key)))", aliases: [q]))
            place(slot, SQLValue(text: "\(q).value", kind: "\(q).value_kind", aliases: [q]), &block, &qc)
            block.items.append(SQLBlock.Item(sql: "qualifiers AS \(q)", aliases: [q], conditions: qc))
            block.aliases.insert(q)
        }
    }

    /// The facts table with each fact once: rows that repeat a fact (same subject, predicate,
    /// object and qualifiers) from other sources are one row, named by the least of their ids.
    static let distinctFacts =
        "(SELECT MIN(fact) AS fact, subject, predicate, object, object_kind FROM facts "
        + "GROUP BY subject, predicate, object, object_kind, qualifiers)"

    private func call(_ c: BoundCall, into block: inout SQLBlock) throws {
        guard let rule = rules[c.name] else { throw SQLRefusal("unknown rule '\(c.name)'") }
        let r = alias("r")
        var conditions: [SQLCondition] = []
        for (slot, column) in zip(c.arguments, rule.columns) {
            let value = SQLValue(text: "\(r).\(column.text)", kind: "\(r).\(column.kind)", aliases: [r])
            place(slot, value, &block, &conditions)
        }
        block.items.append(SQLBlock.Item(sql: "\(rule.table) AS \(r)", aliases: [r], conditions: conditions))
        block.aliases.insert(r)
    }

    // MARK: - Filters, not, optional

    private func operand(_ o: Operand, _ bindings: [Int: SQLValue]) throws -> SQLSemantics.Operand {
        switch o {
        case .variable(let v):
            guard let value = bindings[v] else { throw SQLRefusal("a filter tests a variable no pattern binds") }
            return .value(value)
        case .constant(let c):
            return .constant(SQLConstant(terms: terms(c.ids), text: c.text, number: c.number, date: c.date))
        }
    }

    private func filter(_ f: BoundFilter, _ bindings: [Int: SQLValue]) throws -> SQLCondition {
        let a = try operand(f.left, bindings)
        let b = try operand(f.right, bindings)
        var c: SQLCondition
        switch f.op {
        case .equal: c = semantics.equal(a, b)
        case .notEqual:
            let e = semantics.equal(a, b)
            c = SQLCondition(
                sql: e.sql == "FALSE" ? "TRUE" : e.sql == "TRUE" ? "FALSE" : "NOT (\(e.sql))", aliases: e.aliases)
        case .less, .lessEqual, .greater, .greaterEqual: c = semantics.compare(f.op, a, b)
        case .between:
            guard let upper = f.upper else { throw SQLRefusal("'between' without its upper bound") }
            c = semantics.between(a, b, try operand(upper, bindings))
        case .in:
            // `?k in ("talks", "meeting")`: equal to one of the listed constants.
            let parts = f.list.map { item in
                semantics.equal(
                    a,
                    .constant(
                        SQLConstant(terms: terms(item.ids), text: item.text, number: item.number, date: item.date)))
            }
            c = SQLCondition(
                sql: semantics.or(parts.map(\.sql)), aliases: parts.reduce(into: []) { $0.formUnion($1.aliases) })
        case .contains: c = semantics.contains(a, b)
        case .matches:
            guard case .constant(let pattern) = f.right else { throw SQLRefusal("'matches' takes a quoted pattern") }
            c = semantics.matches(a, pattern.text)
        }
        // An empty value (from `optional`) passes no filter.
        let empty = [f.left, f.right, f.upper].compactMap { $0?.variable }.compactMap { bindings[$0] }.filter(
            \.nullable)
        if !empty.isEmpty {
            c.sql = semantics.and(
                empty.map { "\($0.text) IS NOT NULL" } + [c.sql.contains(" OR ") ? "(\(c.sql))" : c.sql])
        }
        return c
    }

    private func notExists(_ clauses: [BoundClause], _ outer: SQLBlock) throws -> SQLCondition {
        var inner = SQLBlock(bindings: outer.bindings)
        try compile(clauses, into: &inner)
        guard !inner.items.isEmpty else { throw SQLRefusal("'not' over filters alone: write the opposite filter") }
        let (from, rest) = inner.from(outerAllowed: true, semantics: semantics)
        let whereSQL = semantics.and((rest + inner.conditions).map(\.sql))
        let sql = "NOT EXISTS (SELECT 1 FROM \(from)" + (whereSQL == "TRUE" ? "" : " WHERE \(whereSQL)") + ")"
        var uses = Set<String>()
        for c in rest + inner.conditions { uses.formUnion(c.aliases) }
        return SQLCondition(
            sql: sql.replacingOccurrences(of: "\n  ", with: " "), aliases: uses.subtracting(inner.aliases))
    }

    private func optional(_ clauses: [BoundClause], into block: inout SQLBlock) throws {
        var inner = SQLBlock(bindings: block.bindings)
        try compile(clauses, into: &inner)
        guard !inner.items.isEmpty else { throw SQLRefusal("'optional' over filters alone has nothing to add") }
        if inner.items.contains(where: \.isLeftJoin) {
            throw SQLRefusal("an 'optional' inside an 'optional' is not compiled to SQL")
        }
        let (from, rest) = inner.from(outerAllowed: false, semantics: semantics)
        let table = inner.items.count == 1 ? from : "(" + from.replacingOccurrences(of: "\n  ", with: " ") + ")"
        let on = semantics.and((rest + inner.conditions).map(\.sql))
        var uses = Set<String>()
        for c in rest + inner.conditions { uses.formUnion(c.aliases) }
        block.items.append(
            SQLBlock.Item(sql: "LEFT JOIN \(table) ON \(on)", aliases: inner.aliases, conditions: [], isLeftJoin: true))
        block.aliases.formUnion(inner.aliases)
        for (v, value) in inner.bindings where block.bindings[v] == nil {
            var nullable = value
            nullable.nullable = true
            block.bindings[v] = nullable
        }
    }
}
