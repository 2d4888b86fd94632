import ArgumentParser
import Extraction
import Foundation
import NewsFacts
import NewsqCLI

/// `newsq extract FILE_OR_DIR... [--format json|table]`: what the extractor finds.
///
/// `json` is the scorer's contract (one object for one article, an array for several);
/// `table` lists sentences, entities and facts for a person. `jsonl` (no files) reads articles
/// as JSON lines on standard input and streams the rows of the export tables, an article at a
/// time (`ExtractionStream`). Files that cannot be read are
/// named on standard error with the reason; the others are still printed, and the exit
/// status is 1 if any file was skipped.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the extractor finds in article files.",
        discussion: """
            Reads .txt, .json and .jsonl files, folders (recursively) and glob patterns. With \
            --format jsonl and no files, reads articles as JSON lines on standard input and writes \
            the rows of the export tables (facts, qualifiers, entities, articles; each object has \
            "table"), an article at a time.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, table, jsonl
    }

    @Option(help: "Output format: json (the scorer's contract), table, or jsonl (table rows, from standard input).")
    var format: Format = .json

    @Flag(help: "Print JSON on one line per article.")
    var compact = false

    @Argument(help: "Article files, folders or glob patterns.")
    var paths: [String] = []

    func validate() throws {
        if format == .jsonl && !paths.isEmpty {
            throw ValidationError("--format jsonl reads articles as JSON lines on standard input, not files")
        }
        if format != .jsonl && paths.isEmpty { throw ValidationError("name at least one article file or folder") }
    }

    func run() throws {
        if format == .jsonl {
            let problems = ExtractionStream().run(
                nextLine: { readLine(strippingNewline: true) },
                write: {
                    Console.out($0)
                    return true
                },
                problem: { Console.err("newsq extract: skipped \($0)\n") })
            if problems > 0 { throw ExitCode(1) }
            return
        }
        let read = ArticleReader.read(paths: paths)
        for problem in read.problems { Console.err("newsq: skipped \(problem)\n") }
        for warning in read.articles.compactMap(CorpusLoader.unreadDateWarning) {
            Console.err("newsq: warning: \(warning)\n")
        }
        let extracted = Extractor.extract(read.articles, parallel: true)
        var out: String
        switch format {
        case .json:
            out =
                extracted.isEmpty
                ? (read.problems.isEmpty ? "[]\n" : "") : ExtractionJSON.encode(extracted, pretty: !compact)
        case .table, .jsonl:
            out = extracted.map(ExtractionTable.render).joined(separator: "\n")
        }
        Console.out(out)
        if !read.problems.isEmpty { throw ExitCode(1) }
    }
}
