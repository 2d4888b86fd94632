import Query

extension Shell {
    /// `.sql [--spark|--duckdb] STATEMENT…`: prints the SQL the statements stand for (over the
    /// tables of `newsq export --dir`), with the rules defined in the session. Returns false
    /// when a statement was not translated (the reason is on the error stream).
    func runSQL(_ line: String, usage: (String, Int?, [String]) -> Bool) -> Bool {
        var rest = Substring(line.drop { $0 == " " || $0 == "\t" }.drop { $0 != " " && $0 != "\t" })
        rest = rest.drop { $0 == " " || $0 == "\t" }
        var dialect = SQLDialect.duckdb
        for (flag, d) in [("--spark", SQLDialect.spark), ("--duckdb", .duckdb)] where rest.hasPrefix(flag + " ") {
            dialect = d
            rest = rest.dropFirst(flag.count).drop { $0 == " " || $0 == "\t" }
        }
        guard !rest.isEmpty else { return usage(".sql [--spark] STATEMENT", nil, []) }
        let items = session.sqlTranslator(dialect: dialect).translate(String(rest), sourceName: ".sql")
        let (text, errors, failed) = SQLOutput.render(items)
        out(text)
        if !errors.isEmpty { err(errors) }
        return failed == 0
    }
}
