import ArgumentParser
import Extraction
import Foundation
import NewsFacts

/// `newsq extract FILE_OR_DIR... [--format json|table]`: what the extractor finds.
///
/// `json` is the scorer's contract (one object for one article, an array for several);
/// `table` lists sentences, entities and facts for a person. Files that cannot be read are
/// named on standard error with the reason; the others are still printed, and the exit
/// status is 1 if any file was skipped.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the extractor finds in article files.",
        discussion: "Reads .txt, .json and .jsonl files, folders (recursively) and glob patterns.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, table
    }

    @Option(help: "Output format: json (the scorer's contract) or table.")
    var format: Format = .json

    @Flag(help: "Print JSON on one line per article.")
    var compact = false

    @Argument(help: "Article files, folders or glob patterns.")
    var paths: [String]

    func run() throws {
        let read = ArticleReader.read(paths: paths)
        for problem in read.problems { Console.err("newsq: skipped \(problem)\n") }
        let extracted = Extractor.extract(read.articles, parallel: true)
        var out: String
        switch format {
        case .json:
            out = extracted.isEmpty ? (read.problems.isEmpty ? "[]\n" : "") : ExtractionJSON.encode(extracted, pretty: !compact)
        case .table:
            out = extracted.map(Extract.table).joined(separator: "\n")
        }
        Console.out(out)
        if !read.problems.isEmpty { throw ExitCode(1) }
    }

    /// A readable listing: the article, its entities, then its facts grouped by sentence.
    static func table(_ f: ArticleFacts) -> String {
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
                line += "  [" + fact.qualifiers.map { "\($0.key): \(escape($0.value.lexical))" }.joined(separator: ", ") + "]"
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
