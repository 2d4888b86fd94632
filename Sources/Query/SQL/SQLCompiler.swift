import NewsFacts

/// Compiles a resolved `find` and the rules it calls into one SQL statement over the export
/// schema (`facts`, `qualifiers`): rules become CTEs (`WITH RECURSIVE` for a rule that calls
/// itself), aggregates `GROUP BY`, ordering newsq's value order spelled out as ORDER BY keys.
struct SQLCompiler {
    let dialect: SQLDialect
    let values: Values
    /// Every rule defined, resolved, and its parameter names (the CTE's column names).
    let rules: [String: [BoundRule]]
    let parameterNames: [String: [String]]

    private var semantics: SQLSemantics { SQLSemantics(dialect: dialect) }

    /// The SQL for `q`.
    ///
    /// - Throws: `SQLRefusal` naming what SQL (or the dialect) cannot say.
    func compile(_ q: BoundQuery) throws -> String {
        let (ctes, tables) = try ruleTables(calledBy: q.clauses)
        let clauses = SQLClauseCompiler(semantics: semantics, values: values, rules: tables)
        var block = SQLBlock(bindings: [:])
        try clauses.compile(q.clauses, into: &block)
        guard !block.items.isEmpty else { throw SQLRefusal("a find needs at least one pattern or rule call") }
        let body = try select(q, block)
        if ctes.isEmpty { return body + ";" }
        let recursive = ctes.contains { $0.recursive }
        return "WITH " + (recursive ? "RECURSIVE " : "") + ctes.map(\.sql).joined(separator: ",\n") + "\n" + body + ";"
    }

    // MARK: - The query

    private func quote(_ s: String) -> String { dialect.identifier(s) }

    /// `WHERE` and the conditions, one a line (each is safe inside AND: an OR comes parenthesised).
    private func whereClause(_ block: SQLBlock, extra: [SQLCondition]) -> String {
        let parts = (extra + block.conditions).map(\.sql).filter { $0 != "TRUE" }
        return parts.isEmpty ? "" : "\nWHERE " + parts.joined(separator: "\n  AND ")
    }

    private func select(_ q: BoundQuery, _ block: SQLBlock) throws -> String {
        let (from, rest) = block.from(outerAllowed: false, semantics: semantics)
        let tail = "FROM \(from)" + whereClause(block, extra: rest)
        func value(_ v: Int) throws -> SQLValue {
            guard let b = block.bindings[v] else { throw SQLRefusal("?\(q.variableNames[v]) is not bound") }
            return b
        }
        let aggregated =
            !q.groupBy.isEmpty
            || q.outputs.contains {
                if case .aggregate = $0 { return true }
                return false
            }
        var limit = ""
        if let n = q.limit { limit += "\nLIMIT \(n)" }
        if let n = q.offset { limit += "\nOFFSET \(n)" }

        if !aggregated && !q.distinct && q.orderBy.isEmpty {
            var columns: [String] = []
            for (o, header) in zip(q.outputs, q.headers) {
                if case .variable(let v) = o { columns.append("\(try value(v).text) AS \(quote(header))") }
            }
            return "SELECT " + columns.joined(separator: ", ") + "\n" + tail + limit
        }

        // Inner columns o1, o1_kind… (text and kind of each output), read by the outer
        // SELECT, which names them and orders by newsq's value order.
        var (inner, outer, results) = try outputColumns(q, value: value)
        var keys: [String] = []
        for (o, descending) in q.orderBy {
            if let i = q.outputs.firstIndex(of: o) {
                keys += semantics.orderKeys(results[i], descending: descending)
                continue
            }
            guard case .variable(let v) = o, !aggregated else {
                throw SQLRefusal("'order by' names something that is not an output")
            }
            if q.distinct { throw SQLRefusal("'order by' a variable that is not an output of a distinct find") }
            let b = try value(v)
            let col = "h\(keys.count + 1)"
            inner.append("\(b.text) AS \(col)")
            if b.literalKind == nil { inner.append("\(b.kind) AS \(col)_kind") }
            let hidden = SQLValue(
                text: col, kind: b.literalKind == nil ? "\(col)_kind" : b.kind, aliases: [], nullable: b.nullable)
            keys += semantics.orderKeys(hidden, descending: descending)
        }
        var group = ""
        if aggregated && !q.groupBy.isEmpty {
            var exprs: [String] = []
            for v in q.groupBy {
                let b = try value(v)
                exprs.append(b.text)
                if b.literalKind == nil { exprs.append(b.kind) }
            }
            group = "\nGROUP BY " + exprs.joined(separator: ", ")
        }
        let innerSQL =
            "SELECT " + (q.distinct ? "DISTINCT " : "") + inner.joined(separator: ", ") + "\n" + tail + group
        let indented = innerSQL.split(separator: "\n").joined(separator: "\n  ")
        var sql = "SELECT " + outer.joined(separator: ", ") + "\nFROM (\n  " + indented + "\n) AS answer"
        if !keys.isEmpty { sql += "\nORDER BY " + keys.joined(separator: ", ") }
        return sql + limit
    }

    /// For each output of a grouped, distinct or ordered query: the inner SELECT's columns
    /// (`o1`, and `o1_kind` unless its kind is known), the outer SELECT's column naming it,
    /// and the value the outer SELECT reads.
    ///
    /// - Throws: `SQLRefusal` when an output's variable is not bound.
    private func outputColumns(
        _ q: BoundQuery, value: (Int) throws -> SQLValue
    ) throws -> (inner: [String], outer: [String], results: [SQLValue]) {
        var inner: [String] = []
        var outer: [String] = []
        var results: [SQLValue] = []
        for (i, (o, header)) in zip(q.outputs, q.headers).enumerated() {
            let col = "o\(i + 1)"
            outer.append("\(col) AS \(quote(header))")
            switch o {
            case .variable(let v):
                let b = try value(v)
                inner.append("\(b.text) AS \(col)")
                if b.literalKind == nil { inner.append("\(b.kind) AS \(col)_kind") }
                results.append(
                    SQLValue(
                        text: col, kind: b.literalKind == nil ? "\(col)_kind" : b.kind, aliases: [],
                        nullable: b.nullable))
            case .aggregate(let fn, let distinct, let v):
                let b = try v.map(value)
                let (expr, kind) = aggregate(fn, distinct: distinct, b)
                inner.append("\(expr) AS \(col)")
                if let kind { inner.append("\(kind) AS \(col)_kind") }
                results.append(
                    SQLValue(
                        text: col, kind: kind == nil ? SQLValue.literal(.number) : "\(col)_kind", aliases: [],
                        nullable: fn != .count && fn != .sum))
            }
        }
        return (inner, outer, results)
    }

    /// An aggregate's expression and, for min and max, the expression of its result's kind
    /// (nil: a number).
    private func aggregate(_ fn: AggregateFunction, distinct: Bool, _ v: SQLValue?) -> (String, String?) {
        let d = distinct ? "DISTINCT " : ""
        guard let v else { return ("COUNT(*)", nil) }
        let number =
            v.literalKind == .number
            ? dialect.number(v.text)
            : v.literalKind == nil ? "CASE WHEN \(v.kind) = 'number' THEN \(dialect.number(v.text)) END" : "NULL"
        switch fn {
        case .count:
            if distinct && v.literalKind == nil { return ("COUNT(DISTINCT \(v.kind) || ':' || \(v.text))", nil) }
            return ("COUNT(\(d)\(v.text))", nil)
        case .sum: return ("COALESCE(SUM(\(d)\(number)), 0)", nil)
        case .avg: return ("AVG(\(d)\(number))", nil)
        case .min, .max:
            let by = fn == .min ? "min_by" : "max_by"
            let key = semantics.sortKey(v)
            return ("\(by)(\(v.text), \(key))", v.literalKind == nil ? "\(by)(\(v.kind), \(key))" : v.kind)
        }
    }

    // MARK: - Rules

    struct CTE {
        var sql: String
        var recursive: Bool
    }

    /// The CTE name of a rule: `rule_` and its name with anything but letters, digits and `_` as `_`.
    static func table(_ rule: String) -> String {
        "rule_" + String(rule.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }

    private func ruleTables(
        calledBy clauses: [BoundClause]
    ) throws -> (
        [CTE], [String: (table: String, columns: [(text: String, kind: String)])]
    ) {
        var called: [String] = []
        SQLCompiler.calls(clauses, into: &called)
        let graph = RuleGraph(rules: rules)
        var done = Set<String>()
        var ctes: [CTE] = []
        var tables: [String: (table: String, columns: [(text: String, kind: String)])] = [:]
        for name in called {
            for component in graph.components(from: name, done: { done.contains($0) }) {
                done.formUnion(component)
                if component.count > 1 {
                    throw SQLRefusal(
                        "rules \(component.map { "'\($0)'" }.joined(separator: " and ")) call each other: "
                            + "SQL's WITH RECURSIVE takes a rule that calls only itself")
                }
                let rule = component[0]
                guard let defs = rules[rule], !defs.isEmpty else { throw SQLRefusal("unknown rule '\(rule)'") }
                var names = parameterNames[rule] ?? defs[0].parameters.indices.map { "a\($0 + 1)" }
                for i in names.indices where names[..<i].contains(names[i]) { names[i] += "_\(i + 1)" }
                tables[rule] = (SQLCompiler.table(rule), names.map { ($0, $0 + "_kind") })
                ctes.append(try cte(rule, defs, columns: names, tables: tables))
            }
        }
        return (ctes, tables)
    }

    private func cte(
        _ rule: String, _ defs: [BoundRule], columns: [String],
        tables: [String: (table: String, columns: [(text: String, kind: String)])]
    ) throws -> CTE {
        var base: [BoundRule] = []
        var recursive: [BoundRule] = []
        for d in defs {
            var called: [String] = []
            SQLCompiler.calls(d.body, into: &called, all: true)
            let selfCalls = called.filter { $0 == rule }.count
            if selfCalls == 0 {
                base.append(d)
                continue
            }
            if !dialect.hasRecursiveCTE {
                throw SQLRefusal(
                    "rule '\(rule)' calls itself, and the \(dialect.rawValue) dialect has no WITH RECURSIVE "
                        + "(Spark SQL 3.x); use --dialect duckdb")
            }
            if selfCalls > 1 {
                throw SQLRefusal("rule '\(rule)' calls itself more than once in a definition: WITH RECURSIVE takes one")
            }
            if SQLCompiler.callsUnder(d.body, rule) {
                throw SQLRefusal("rule '\(rule)' calls itself under 'not' or 'optional': WITH RECURSIVE cannot")
            }
            recursive.append(d)
        }
        if recursive.count > 1 {
            throw SQLRefusal(
                "rule '\(rule)' has \(recursive.count) definitions that call it: WITH RECURSIVE takes one")
        }
        if !recursive.isEmpty && base.isEmpty {
            throw SQLRefusal("rule '\(rule)' has no definition that does not call itself: its relation is empty")
        }
        var selects: [String] = []
        for d in base + recursive {
            let compiler = SQLClauseCompiler(semantics: semantics, values: values, rules: tables)
            var block = SQLBlock(bindings: [:])
            try compiler.compile(d.body, into: &block)
            guard !block.items.isEmpty else { throw SQLRefusal("rule '\(rule)' reads no table") }
            var out: [String] = []
            for (p, column) in zip(d.parameters, columns) {
                guard let b = block.bindings[p] else { throw SQLRefusal("a parameter of rule '\(rule)' is not bound") }
                out.append("\(b.text) AS \(column)")
                out.append("\(b.kind) AS \(column)_kind")
            }
            let (from, rest) = block.from(outerAllowed: false, semantics: semantics)
            selects.append("SELECT " + out.joined(separator: ", ") + "\nFROM \(from)" + whereClause(block, extra: rest))
        }
        let body = selects.joined(separator: "\nUNION\n").split(separator: "\n").joined(separator: "\n  ")
        return CTE(sql: "\(SQLCompiler.table(rule)) AS (\n  \(body)\n)", recursive: !recursive.isEmpty)
    }

    /// The rules `clauses` call, in the order written (each once unless `all`).
    static func calls(_ clauses: [BoundClause], into out: inout [String], all: Bool = false) {
        for c in clauses {
            switch c {
            case .call(let call): if all || !out.contains(call.name) { out.append(call.name) }
            case .not(let cs, _), .optional(let cs, _): calls(cs, into: &out, all: all)
            default: break
            }
        }
    }

    /// True when `rule` is called under `not` or `optional` in `clauses`.
    static func callsUnder(_ clauses: [BoundClause], _ rule: String) -> Bool {
        for c in clauses {
            switch c {
            case .not(let cs, _), .optional(let cs, _):
                var inside: [String] = []
                calls(cs, into: &inside)
                if inside.contains(rule) { return true }
            default: break
            }
        }
        return false
    }
}
