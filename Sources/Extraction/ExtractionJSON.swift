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
        var out = JSONBytes()
        out.bytes.reserveCapacity(facts.count * 8192)
        if facts.count == 1 {
            encode(facts[0], pretty: pretty, indent: "", into: &out)
        } else {
            out.raw("[")
            for (i, f) in facts.enumerated() {
                if i > 0 { out.raw(",") }
                if pretty { out.raw("\n  ") }
                encode(f, pretty: pretty, indent: pretty ? "  " : "", into: &out)
            }
            out.raw(pretty ? "\n]" : "]")
        }
        out.raw("\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// One article's object, written as bytes: built from a `String` per value and joined, the
    /// JSON of the 43 dev and 111 GUM texts took 433M instructions (a fifth of `newsq extract`'s),
    /// as bytes 104M.
    static func encode(_ f: ArticleFacts, pretty: Bool, indent: String, into out: inout JSONBytes) {
        let nl = pretty ? "\n" + indent + "  " : ""
        let item = pretty ? "\n" + indent + "    " : ""
        let sp = pretty ? " " : ""
        let comma = "," + sp
        out.raw("{" + nl + "\"article\":" + sp + "{")
        out.raw("\"id\":" + sp)
        out.quote(f.article.id)
        if let t = f.article.title {
            out.raw(comma + "\"title\":" + sp)
            out.quote(t)
        }
        if let d = f.article.date {
            out.raw(comma + "\"date\":" + sp)
            out.quote(d.iso)
        }
        if f.article.dateInferred { out.raw(comma + "\"dateInferred\":" + sp + "true") }
        if let s = f.article.source {
            out.raw(comma + "\"source\":" + sp)
            out.quote(s)
        }
        if let u = f.article.url {
            out.raw(comma + "\"url\":" + sp)
            out.quote(u)
        }
        out.raw("},")
        out.raw(nl + "\"entities\":" + sp + "[")
        let name = "{\"name\":" + sp, type = comma + "\"type\":" + sp, aliases = comma + "\"aliases\":" + sp + "["
        let entitySentence = "]" + comma + "\"sentence\":" + sp
        for (i, e) in f.entities.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw(item)
            out.raw(name)
            out.quote(e.name)
            out.raw(type)
            out.quote(e.type)
            out.raw(aliases)
            for (k, a) in e.aliases.enumerated() {
                if k > 0 { out.raw(comma) }
                out.quote(a)
            }
            out.raw(entitySentence)
            out.int(e.sentence)
            out.raw("}")
        }
        out.raw((f.entities.isEmpty ? "" : nl) + "],")
        out.raw(nl + "\"facts\":" + sp + "[")
        let subject = "{\"s\":" + sp, predicate = comma + "\"p\":" + sp, object = comma + "\"o\":" + sp
        let qualifiers = comma + "\"q\":" + sp + "{", colon = ":" + sp
        let sentence = comma + "\"sentence\":" + sp, range = comma + "\"range\":" + sp + "["
        let rule = comma + "\"rule\":" + sp
        for (i, fact) in f.facts.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw(item)
            out.raw(subject)
            out.quote(fact.subject.lexical)
            out.raw(predicate)
            out.quote(fact.predicate)
            out.raw(object)
            out.value(fact.object)
            if !fact.qualifiers.isEmpty {
                out.raw(qualifiers)
                for (k, q) in fact.qualifiers.enumerated() {
                    if k > 0 { out.raw(comma) }
                    out.quote(q.key)
                    out.raw(colon)
                    out.value(q.value)
                }
                out.raw("}")
            }
            out.raw(sentence)
            out.int(fact.sentence)
            if let r = fact.range {
                out.raw(range)
                out.int(r.lowerBound)
                out.raw(comma)
                out.int(r.upperBound)
                out.raw("]")
            }
            out.raw(rule)
            out.quote(fact.rule)
            out.raw("}")
        }
        out.raw((f.facts.isEmpty ? "" : nl) + "],")
        out.raw(nl + "\"sentences\":" + sp + "[")
        let index = "{\"index\":" + sp, text = "]" + comma + "\"text\":" + sp
        for (i, s) in f.sentences.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw(item)
            out.raw(index)
            out.int(s.index)
            out.raw(range)
            out.int(s.range.lowerBound)
            out.raw(comma)
            out.int(s.range.upperBound)
            out.raw(text)
            out.quote(s.text)
            out.raw("}")
        }
        out.raw((f.sentences.isEmpty ? "" : nl) + "]")
        out.raw((pretty ? "\n" + indent : "") + "}")
    }
}

/// The bytes of a JSON document as `ExtractionJSON` writes it.
struct JSONBytes {
    var bytes: [UInt8] = []

    /// Text written as it is (punctuation, keys, indentation).
    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A JSON string literal (`TextEscaping.jsonString`): control characters are escaped.
    mutating func quote(_ s: String) { TextEscaping.appendJSONString(s, to: &bytes) }

    /// A whole number in decimal, as `"\(n)"` writes it.
    mutating func int(_ n: Int) {
        if n >= 0 && n < 10 {
            bytes.append(48 + UInt8(n))
            return
        }
        raw(String(n))
    }

    /// A fact's object or qualifier value: the text `true` or `false` as a JSON boolean, a number
    /// as `Term.format` writes it, anything else as a string.
    mutating func value(_ t: Term) {
        switch t {
        case .text(let s) where s == "true" || s == "false": raw(s)
        case .number(let n): raw(Term.format(number: n))
        default: quote(t.lexical)
        }
    }
}
