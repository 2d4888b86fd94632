import Extraction
import Foundation
import NewsFacts

/// `newsq extract --format table`: what the extractor found in one article, for a person.
public enum ExtractionTable {
    /// A readable listing: the article, its entities, then its facts grouped by sentence.
    public static func render(_ f: ArticleFacts) -> String {
        var out = escape(f.article.id)
        if let d = f.article.date { out += " · \(d.iso)\(f.article.dateInferred ? " (inferred)" : "")" }
        if let t = f.article.title { out += " · \(escape(t))" }
        out += "\n\(f.sentences.count) sentences, \(f.entities.count) entities, \(f.facts.count) facts\n\nentities\n"
        let width = min(40, f.entities.map { $0.name.count }.max() ?? 10)
        for e in f.entities {
            let name = escape(e.name).padding(toLength: max(width, e.name.count), withPad: " ", startingAt: 0)
            out += "  \(name)  \(e.type.padding(toLength: 12, withPad: " ", startingAt: 0))"
            if !e.aliases.isEmpty { out += "  aka " + e.aliases.map(escape).joined(separator: ", ") }
            out += "\n"
        }
        out += "\nfacts\n"
        for fact in f.facts {
            var line = "  s\(fact.sentence)  \(escape(fact.subject.lexical))  \(fact.predicate)  "
            var object = escape(fact.object.lexical)
            if object.count > 90 { object = String(object.prefix(87)) + "…" }
            line += fact.object.kind == .text ? "\"\(object)\"" : object
            if !fact.qualifiers.isEmpty {
                line +=
                    "  [" + fact.qualifiers.map { "\($0.key): \(escape($0.value.lexical))" }.joined(separator: ", ")
                    + "]"
            }
            line += "  (\(fact.rule))"
            out += line + "\n"
        }
        return out
    }

    /// Text from the article as the table shows it: control characters escaped, so the layout
    /// holds whatever the text holds (on a terminal or not).
    static func escape(_ s: String) -> String { TerminalSafe.escape(s) }
}
