import ArgumentParser
import Extraction
import Foundation
import NewsFacts
import NewsqCLI
import Query

/// `newsq-bench run` (`make bench`): how fast newsq is at newsroom-archive scale, and beside SQLite on the peer
/// benchmark's 1,000,000 facts, measured in one run on one machine (`make bench`).
///
/// For each generated corpus (1,000 / 10,000 / 100,000 articles): extraction MB/s on one core
/// and on all cores, facts/s into the store, bytes a fact, peak RSS, start-up of `newsq` with
/// and without a snapshot, and the median of the standard queries. Then the peer part: the
/// TSV of `peer_bench.py --dump` into `FactStore.importTSV`, Q1–Q5 end to end through
/// `QuerySession`, and `Scripts/sqlite_bench.py` on the same file, side by side; then one
/// question from the shell, whole process, `newsq --data DIR -e Qn` against the sqlite3 shell
/// (`OneShot`).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure extraction, loading, start-up and queries, and compare with SQLite.")

    @Option(help: "Largest generated corpus (1000, 10000 or 100000 articles).")
    var maxArticles: Int = 100_000

    @Option(help: "Folder for generated corpora and the peer TSV (kept between runs).")
    var work: String = "bench-out"

    @Option(help: "Write the results as Markdown to this file.")
    var results: String?

    @Option(help: "Timed runs of each query (after one warm-up).")
    var runs: Int = 5

    @Flag(help: "Skip the generated corpora.")
    var skipCorpora = false

    @Flag(help: "Skip the peer part (1,000,000 facts, SQLite).")
    var skipPeer = false

    @Flag(help: "Of the peer part, only time one-shot `newsq --data DIR -e Qn` against the sqlite3 shell.")
    var oneShotOnly = false

    @Flag(help: "Only time extraction on one core over the largest corpus, --runs times (for profiling).")
    var extractionOnly = false

    @Flag(help: "Only time loading the extracted largest corpus into fresh stores, --runs times (for profiling).")
    var loadOnly = false

    @Option(help: "Only run this statement over the peer facts, --runs times (for profiling).")
    var repeatQuery: String?

    @Flag(help: "With --repeat-query: show the article and sentence of each answer.")
    var sources = false

    @Flag(help: "With --repeat-query: parse, resolve and plan the statement on every run, as typed (default: reused).")
    var typed = false

    @Option(help: .hidden)
    var measureImport: String?

    @Option(help: "The peer benchmark script.")
    var peerScript: String = "../shared/bench/peer_bench.py"

    @Option(help: "The SQLite side.")
    var sqliteScript: String = "Scripts/sqlite_bench.py"

    @Option(help: "Real articles whose extraction speed is measured on one core (skipped when missing).")
    var realText = "Tests/RealNews"

    @Option(help: "The newsq binary whose start-up is timed (default: the one beside this tool).")
    var newsq: String?

    /// `--newsq`, else `newsq` in this tool's folder (both are built into the same one).
    var newsqBinary: String {
        newsq ?? URL(fileURLWithPath: Child.selfPath).deletingLastPathComponent().appendingPathComponent("newsq").path
    }

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        if extractionOnly {
            return try extractionRuns()
        }
        if loadOnly {
            return try loadRuns()
        }
        if let repeatQuery {
            return try queryRuns(repeatQuery)
        }
        if let measureImport {
            return try importMemory(measureImport)
        }
        var report = BenchReport()
        report.line("# newsq benchmark results\n")
        report.line(
            "Machine: \(Machine.cpuModel), \(Machine.cores) cores (`nproc` \(Machine.cores)), \(Machine.memory); "
                + "\(Machine.os). Release build; run \(Machine.now) with `\(CommandLine.arguments.joined(separator: " "))`.\n"
        )
        realTextSpeed(&report)
        if !skipCorpora {
            try corpora(&report)
        }
        if oneShotOnly {
            try oneShot(&report, tsv: try peerTSV().path)
        } else if !skipPeer {
            try peer(&report)
        }
        if let results {
            try report.text.write(toFile: results, atomically: true, encoding: .utf8)
            Console.err("wrote \(results)\n")
        }
    }

    /// Extraction alone, one core, `runs` times over the generated corpus of `maxArticles`:
    /// the loop a profiler should watch.
    private func extractionRuns() throws {
        let dir = work + "/articles-\(maxArticles)"
        _ = try ensureCorpus(dir, articles: maxArticles)
        let read = ArticleReader.read(paths: [dir])
        let mb = Double(read.bytesRead) / 1e6
        var rates: [Double] = []
        for run in 1...runs {
            var t = Clock()
            let extracted = Extractor.extract(read.articles, parallel: false)
            let seconds = t.lap()
            let facts = extracted.reduce(0) { $0 + $1.facts.count }
            rates.append(mb / seconds)
            Console.out(
                String(
                    format: "run %d: %.1f MB in %.3f s = %.2f MB/s, %d facts\n", run, mb, seconds, mb / seconds, facts))
        }
        Console.out(String(format: "median %.2f MB/s on one core\n", median(rates)))
    }

    /// Extraction speed on real text (the Wikinews articles of `realText`, real wire and interview
    /// prose rather than generated sentences): one core, each run over the articles ten times,
    /// the median of `runs` runs. The target is 10 MB/s.
    private func realTextSpeed(_ report: inout BenchReport) {
        let read = ArticleReader.read(paths: [realText])
        guard !read.articles.isEmpty else {
            Console.err("bench: no articles in \(realText); real-text extraction skipped\n")
            return
        }
        let articles = Array(repeating: read.articles, count: 10).flatMap { $0 }
        let mb = Double(read.bytesRead) * 10 / 1e6
        // Untimed: the lexicons and the tagger's model (an article needing the tagger may come in
        // any run: its one-time load is no extraction speed), then the first article's own work.
        Extractor.warmUp()
        _ = Extractor.extract(Array(articles.prefix(1)), parallel: false)
        var rates: [Double] = []
        for _ in 1...runs {
            var t = Clock()
            let extracted = Extractor.extract(articles, parallel: false)
            rates.append(mb / t.lap())
            withExtendedLifetime(extracted) {}
        }
        report.line("## Extraction on real text\n")
        report.line(
            String(
                format: "%d real articles of %@ (×10, %.2f MB): **%.2f MB/s** on one core (median of %d runs; "
                    + "target 10 MB/s).\n", read.articles.count, realText, mb, median(rates), runs))
    }

    /// Loading alone: the corpus of `maxArticles` extracted once, then loaded `runs` times.
    private func loadRuns() throws {
        let dir = work + "/articles-\(maxArticles)"
        _ = try ensureCorpus(dir, articles: maxArticles)
        let extracted = Extractor.extract(ArticleReader.read(paths: [dir]).articles, parallel: true)
        var rates: [Double] = []
        for run in 1...runs {
            let store = FactStore()
            var t = Clock()
            for a in extracted { store.load(a) }
            let seconds = t.lap()
            rates.append(Double(store.factCount) / seconds)
            Console.out(
                String(
                    format: "run %d: %d facts in %.3f s = %.2f M facts/s, %.0f bytes/fact\n", run, store.factCount,
                    seconds,
                    Double(store.factCount) / seconds / 1e6, Double(store.memoryBytes) / Double(store.factCount)))
        }
        Console.out(String(format: "median %.2f M facts/s\n", median(rates) / 1e6))
    }

    /// One statement over the peer facts, `runs` times (reused, or with `--typed` as typed):
    /// per-run median and mean. The store is fitted first, as the CLI fits one after a load.
    private func queryRuns(_ text: String) throws {
        let tsv = work + "/facts.tsv"
        guard let data = FileManager.default.contents(atPath: tsv) else {
            throw ValidationError("cannot read \(tsv); run the peer bench once")
        }
        let store = FactStore()
        try store.importTSV([UInt8](data), file: tsv)
        store.shrinkToFit() // as CorpusLoader does after a load: queries read the store fitted
        let session = QuerySession(store: store)
        session.options.format = .tsv
        session.options.showSources = sources
        session.keepsStatements = !typed
        var sink = ""
        _ = session.run(
            text, sourceName: "bench", stopAtFirstError: true, output: { sink += $0 }, errors: { Console.err($0) })
        Console.out("\(BenchReport.rowCount(sink)) rows\n")
        var times: [Double] = []
        times.reserveCapacity(runs)
        var total = Clock()
        for _ in 0..<runs {
            sink = ""
            var t = Clock()
            _ = session.run(text, sourceName: "bench", stopAtFirstError: true, output: { sink += $0 }, errors: { _ in })
            times.append(t.lap())
        }
        let all = total.lap()
        Console.out(
            String(
                format: "median %.3f µs, mean %.3f µs over %d runs\n", median(times) * 1e6, all / Double(runs) * 1e6,
                runs))
    }

    /// In a fresh process (so no freed memory is reused): the resident memory a store of the
    /// TSV file adds once imported, fitted as the CLI fits it after a load (`shrinkToFit`), with
    /// its indexes and its name lookup (as Q1 builds it), after the file's bytes are freed.
    /// Prints `rss_delta memory_bytes facts`, and `memoryBreakdown` on standard error.
    private func importMemory(_ tsv: String) throws {
        let before = Machine.currentRSS
        let store = FactStore()
        try {
            guard let data = FileManager.default.contents(atPath: tsv) else {
                throw ValidationError("cannot read \(tsv)")
            }
            try store.importTSV([UInt8](data), file: tsv)
        }()
        store.shrinkToFit() // as CorpusLoader does after a load
        _ = store.predicateCounts()
        _ = store.entities(named: "person/1234") // builds the name lookup, as Q1 does
        let after = Machine.currentRSS
        Console.out("\(after - before) \(store.memoryBytes) \(store.factCount)\n")
        // Where the bytes go, a part a line (on standard error: the line above is parsed).
        for (part, bytes) in store.memoryBreakdown {
            let perFact = String(format: "%10d  %6.2f B/fact", bytes, Double(bytes) / Double(max(1, store.factCount)))
            Console.err("\(perFact)  \(part)\n")
        }
    }
}
