import ArgumentParser
import Extraction
import Foundation
import NewsFacts
import NewsqCLI

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
            out =
                extracted.isEmpty
                ? (read.problems.isEmpty ? "[]\n" : "") : ExtractionJSON.encode(extracted, pretty: !compact)
        case .table:
            out = extracted.map(ExtractionTable.render).joined(separator: "\n")
        }
        Console.out(out)
        if !read.problems.isEmpty { throw ExitCode(1) }
    }
}
