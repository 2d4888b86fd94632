import ArgumentParser
import Foundation
import NewsqCLI

/// `newsq-bench gen --articles N --seed S DIR`: writes N synthetic wire articles (the same N and
/// seed always give the same files) for benchmarks and tests.
///
/// For example:
///
///     newsq-bench gen --articles 10000 --seed 7 /tmp/wires    # /tmp/wires/0000/gen-000000.txt …
struct Gen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write deterministic synthetic articles (for benchmarks and tests).",
        discussion:
            "Articles go into subfolders of 1,000 (DIR/0000, DIR/0001, …). Existing files of the same names are replaced."
    )

    @Option(help: "How many articles to write.")
    var articles: Int = 1000

    @Option(help: "Seed of the generator: the same seed gives the same articles.")
    var seed: UInt64 = 1

    @Argument(help: "Folder to write into (created when missing).")
    var folder: String

    func validate() throws {
        guard articles >= 0 else { throw ValidationError("--articles must be 0 or more") }
    }

    func run() throws {
        let start = Date()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bytes = try ArticleGenerator(seed: seed).write(count: articles, to: folder)
        let seconds = Date().timeIntervalSince(start)
        Console.err(
            "wrote \(LoadReport.grouped(articles)) articles (\(LoadReport.size(bytes))) to \(folder) in \(String(format: "%.2f", seconds)) s\n"
        )
    }
}
