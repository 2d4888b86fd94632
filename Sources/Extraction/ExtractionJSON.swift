import NewsFacts

/// The JSON `newsq extract --format json` prints and the scorer reads: one object for one
/// article, an array for several.
///
/// For example:
///
///     {"article": {"id": "kyodo-2021-01-27", "title": "…", "date": "2021-01-27", "source": "Kyodo"},
///      "entities": [{"name": "Toshimitsu Motegi", "type": "person", "aliases": ["Motegi"], "sentence": 0}],
///      "facts": [{"s": "Toshimitsu Motegi", "p": "title", "o": "Foreign Minister", "q": {"of": "Japan"},
///                 "sentence": 0, "range": [0, 58], "rule": "title-before-name"}]}
///
/// Qualifiers whose value is the text `true` or `false` are written as JSON booleans.
public enum ExtractionJSON {
    public static func encode(_ facts: [ArticleFacts], pretty: Bool) -> String {
        var out = ""
        out.reserveCapacity(facts.count * 8192)
        if facts.count == 1 {
            encode(facts[0], pretty: pretty, indent: "", into: &out)
        } else {
            out += "["
            for (i, f) in facts.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n  " }
                encode(f, pretty: pretty, indent: pretty ? "  " : "", into: &out)
            }
            out += pretty ? "\n]" : "]"
        }
        out += "\n"
        return out
    }

    static func encode(_ f: ArticleFacts, pretty: Bool, indent: String, into out: inout String) {
        let nl = pretty ? "\n" + indent + "  " : ""
        let item = pretty ? "\n" + indent + "    " : ""
        let sp = pretty ? " " : ""
        out += "{" + nl + "\"article\":" + sp + "{"
        var fields: [String] = ["\"id\":" + sp + quote(f.article.id)]
        if let t = f.article.title { fields.append("\"title\":" + sp + quote(t)) }
        if let d = f.article.date { fields.append("\"date\":" + sp + quote(d.iso)) }
        if f.article.dateInferred { fields.append("\"dateInferred\":" + sp + "true") }
        if let s = f.article.source { fields.append("\"source\":" + sp + quote(s)) }
        if let u = f.article.url { fields.append("\"url\":" + sp + quote(u)) }
        out += fields.joined(separator: "," + sp) + "},"
        out += nl + "\"entities\":" + sp + "["
        for (i, e) in f.entities.enumerated() {
            out += (i > 0 ? "," : "") + item
            out += "{\"name\":" + sp + quote(e.name) + "," + sp + "\"type\":" + sp + quote(e.type) + "," + sp + "\"aliases\":" + sp + "["
            out += e.aliases.map(quote).joined(separator: "," + sp) + "]," + sp + "\"sentence\":" + sp + "\(e.sentence)}"
        }
        out += (f.entities.isEmpty ? "" : nl) + "],"
        out += nl + "\"facts\":" + sp + "["
        for (i, fact) in f.facts.enumerated() {
            out += (i > 0 ? "," : "") + item
            out += "{\"s\":" + sp + quote(fact.subject.lexical) + "," + sp + "\"p\":" + sp + quote(fact.predicate) + "," + sp
            out += "\"o\":" + sp + value(fact.object)
            if !fact.qualifiers.isEmpty {
                out += "," + sp + "\"q\":" + sp + "{"
                out += fact.qualifiers.map { quote($0.key) + ":" + sp + value($0.value) }.joined(separator: "," + sp) + "}"
            }
            out += "," + sp + "\"sentence\":" + sp + "\(fact.sentence)"
            if let r = fact.range { out += "," + sp + "\"range\":" + sp + "[\(r.lowerBound),\(sp)\(r.upperBound)]" }
            out += "," + sp + "\"rule\":" + sp + quote(fact.rule) + "}"
        }
        out += (f.facts.isEmpty ? "" : nl) + "],"
        out += nl + "\"sentences\":" + sp + "["
        for (i, s) in f.sentences.enumerated() {
            out += (i > 0 ? "," : "") + item
            out += "{\"index\":" + sp + "\(s.index)," + sp + "\"range\":" + sp + "[\(s.range.lowerBound),\(sp)\(s.range.upperBound)]," + sp + "\"text\":" + sp + quote(s.text) + "}"
        }
        out += (f.sentences.isEmpty ? "" : nl) + "]"
        out += (pretty ? "\n" + indent : "") + "}"
    }

    static func value(_ t: Term) -> String {
        switch t {
        case .text(let s) where s == "true" || s == "false": return s
        case .number(let n): return Term.format(number: n)
        default: return quote(t.lexical)
        }
    }

    /// A JSON string literal; control characters are escaped.
    static func quote(_ s: String) -> String { TextEscaping.jsonString(s) }
}
