import NewsFacts

/// `newsq sql`: statements of the query language as SQL over the export schema, for DuckDB or
/// Spark. Names are resolved against the store as newsq resolves them (so `Motegi` becomes
/// `'Toshimitsu Motegi'` in the SQL, and an unknown name is the same error); rules defined by
/// earlier statements are remembered and become CTEs of the queries that call them.
///
/// For example:
///
///     let sql = SQLTranslator(store: store, dialect: .duckdb)
///     sql.translate("who met Aramaki?")   // [.sql("SELECT o1 AS \"who\" FROM (…")]
public final class SQLTranslator {
    public let store: FactStore
    public var dialect: SQLDialect

    private let values: Values
    private let literalCache = LiteralPredicateCache()
    private var definitions: [String: [RuleDefinition]] = [:]

    /// What one statement became.
    public enum Item: Equatable {
        /// The SQL of a `find` or question (as written), ending in `;`.
        case sql(statement: String, String)
        /// A rule was defined: `rule met/2 defined (1 clause)`.
        case rule(statement: String, String)
        /// The statement is not compiled, and why.
        case refused(statement: String, SQLRefusal)
        /// The statement has an error (rendered as newsq renders it: `-e:1:18: error: …`); the
        /// statement is empty when it did not parse.
        case failed(statement: String, String)
    }

    public init(store: FactStore, dialect: SQLDialect = .duckdb) {
        self.store = store
        self.dialect = dialect
        values = Values(store: store)
    }

    /// Takes a rule definition that was resolved elsewhere (a session's) as if defined here.
    func adopt(_ definition: RuleDefinition) {
        definitions[definition.name, default: []].append(definition)
    }

    /// Translates every statement of `text` in order.
    public func translate(_ text: String, sourceName: String = "sql") -> [Item] {
        let source = SourceText(name: sourceName, text: text)
        var parser = Parser(source: source)
        var out: [Item] = []
        for item in parser.parseScript() {
            switch item {
            case .error(let d): out.append(.failed(statement: "", d.render()))
            case .statement(let parsed):
                let written = source.slice(parsed.range)
                out.append(translate(parsed.statement, written: written, source: source))
            }
        }
        return out
    }

    private func resolver(_ source: SourceText) -> Resolver {
        Resolver(
            store: store, values: values, source: source, rules: definitions, wantFacts: false,
            literalCache: literalCache)
    }

    private func translate(_ statement: Statement, written: String, source: SourceText) -> Item {
        switch statement {
        case .find(let q): return find(q, written: written, source: source)
        case .rule(let def):
            if let existing = definitions[def.name]?.first, existing.parameters.count != def.parameters.count {
                return .failed(
                    statement: written,
                    source.diagnostic(
                        .ruleArity,
                        "rule '\(def.name)' was defined with \(existing.parameters.count) parameters, "
                            + "not \(def.parameters.count)", at: def.nameRange
                    ).render())
            }
            definitions[def.name, default: []].append(def)
            var r = resolver(source)
            if r.resolve(rule: def) == nil {
                definitions[def.name]?.removeLast()
                if definitions[def.name]?.isEmpty == true { definitions[def.name] = nil }
                return .failed(statement: written, r.diagnostics.map { $0.render() }.joined())
            }
            let n = definitions[def.name]?.count ?? 0
            return .rule(
                statement: written, "rule \(def.name)/\(def.parameters.count) defined (\(n) clause\(n == 1 ? "" : "s"))"
            )
        case .question(let q, _):
            switch q {
            case .whoIs:
                return .refused(
                    statement: written,
                    SQLRefusal("'who is' prints an entity card built from two queries, not one table"))
            case .timeline:
                return .refused(
                    statement: written,
                    SQLRefusal(
                        "a timeline adds its 'with' and 'sentence' columns after the query, "
                            + "which SQL over the tables does not build"))
            default:
                return find(Desugar.find(q), written: written, source: source)
            }
        case .explain:
            return .refused(
                statement: written, SQLRefusal("'explain' prints newsq's plan; translate the statement itself"))
        case .why:
            return .refused(
                statement: written,
                SQLRefusal("'why' prints sentences, not rows; use find with [article: ?a, sentence: ?s]"))
        }
    }

    private func find(_ q: FindQuery, written: String, source: SourceText) -> Item {
        var r = resolver(source)
        guard let bound = r.resolve(q) else {
            return .failed(statement: written, r.diagnostics.map { $0.render() }.joined())
        }
        var rules: [String: [BoundRule]] = [:]
        var names: [String: [String]] = [:]
        for (name, defs) in definitions {
            names[name] = defs[0].parameters.map(\.name)
            for d in defs {
                var rr = resolver(source)
                if let b = rr.resolve(rule: d) { rules[name, default: []].append(b) }
            }
        }
        let compiler = SQLCompiler(dialect: dialect, values: values, rules: rules, parameterNames: names)
        do {
            return .sql(statement: written, try compiler.compile(bound))
        } catch let refusal as SQLRefusal {
            return .refused(statement: written, refusal)
        } catch {
            return .refused(statement: written, SQLRefusal("\(error)"))
        }
    }
}
