import ArgumentParser
import Foundation
import NewsqCLI

/// `newsq-bench`: the benchmark behind `make bench` and the article generator it uses; a tool
/// of the repository, not part of the newsq product.
struct NewsqBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-bench",
        abstract: "Benchmark newsq (make bench) and generate synthetic articles.",
        subcommands: [Bench.self, ShapesBench.self, Gen.self, MeasureChild.self],
        defaultSubcommand: Bench.self)
}

// A closed pipe shows up as EPIPE on write, which Console turns into a quiet exit.
signal(SIGPIPE, SIG_IGN)
NewsqBench.main()
if Console.lostOutput { exit(1) }
