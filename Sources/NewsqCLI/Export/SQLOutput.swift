import NewsFacts
import Query

/// How `newsq sql` and `.sql` show translated statements: the SQL on standard output, rule
/// definitions as SQL comments beside it, refusals and errors on standard error; or, with
/// `json`, one JSON object a statement on standard output (for scripts that run the SQL).
public enum SQLOutput {
    /// The text for standard output and standard error, and how many statements were not
    /// translated (refused or in error).
    public static func render(
        _ items: [SQLTranslator.Item], json: Bool = false
    ) -> (
        out: String, err: String, failed: Int
    ) {
        var out = "", err = ""
        var failed = 0
        func object(_ statement: String, _ key: String, _ value: String) -> String {
            "{\"statement\":\(TextEscaping.jsonString(statement)),\"\(key)\":\(TextEscaping.jsonString(value))}\n"
        }
        for item in items {
            switch item {
            case .sql(let statement, let sql):
                out += json ? object(statement, "sql", sql) : sql + "\n"
            case .rule(let statement, let message):
                out += json ? object(statement, "rule", message) : "-- \(message)\n"
            case .refused(let statement, let refusal):
                failed += 1
                if json {
                    out += object(statement, "refused", refusal.reason)
                } else {
                    err += "newsq sql: not translated: \(statement)\n  \(refusal.reason)\n"
                }
            case .failed(let statement, let rendered):
                failed += 1
                if json { out += object(statement, "error", rendered) }
                err += rendered.hasSuffix("\n") ? rendered : rendered + "\n"
            }
        }
        return (out, err, failed)
    }
}
