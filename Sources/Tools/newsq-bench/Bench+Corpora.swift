import Extraction
import Foundation
import NewsFacts
import NewsqCLI
import Query

/// The generated corpora part of `newsq-bench run`: corpora of 1,000 / 10,000 / 100,000 articles,
/// each extracted, loaded, queried and opened by a child `newsq` with and without a snapshot.
extension Bench {
    static let standardQueries: [(name: String, text: String)] = [
        ("titles", "find ?p, ?t where ?p title ?t"),
        ("who met whom", "find ?e, ?a, ?b where ?e participant ?a, ?e participant ?b, ?a != ?b"),
        ("events by kind", "find ?k, count(?e) where ?e kind ?k group by ?k"),
        ("people who said nothing", "find ?p where ?p type person, not ?p said _"),
        ("one person's facts", "find ?p, ?o where ?s type person, ?s ?p ?o limit 50"),
    ]

    func corpora(_ report: inout BenchReport) throws {
        let sizes = [1_000, 10_000, 100_000].filter { $0 <= maxArticles }
        var rows: [[String]] = []
        var queryRows: [[String]] = []
        for n in sizes {
            let measured = try corpus(articles: n)
            rows.append(measured.row)
            queryRows += measured.queries
            Console.err("bench: \(measured.row.joined(separator: " | "))\n")
        }
        reportCorpora(&report, rows: rows, queryRows: queryRows)
    }

    /// One generated corpus of `n` articles, made if need be: read, extracted on one core and on
    /// all cores, loaded, queried, then opened by a child `newsq` (`startUp`). Returns its row of
    /// the corpora table and its rows of the queries table.
    private func corpus(articles n: Int) throws -> (row: [String], queries: [[String]]) {
        var queries: [[String]] = []
        let dir = work + "/articles-\(n)"
        let genSeconds = try ensureCorpus(dir, articles: n)
        Console.err("bench: \(n) articles in \(dir)\n")

        var t = Clock()
        let read = ArticleReader.read(paths: [dir])
        let readSeconds = t.lap()
        let bytes = read.bytesRead
        let mb = Double(bytes) / 1e6

        // As `newsq` loads a folder (CorpusLoader): a batch of articles at a time, extracted
        // and loaded, its results then freed. One core, then all cores; each timing stops
        // before its results are freed (freeing is not extraction), and the all-cores
        // results are loaded into the store.
        let batchSize = 4096
        var oneCore = 0.0, allCores = 0.0, loadSeconds = 0.0
        // Untimed: the lexicons and the tagger's model (an article needing the tagger may come in
        // any run: its one-time load is no extraction speed), then the first article's own work.
        Extractor.warmUp()
        _ = Extractor.extract(Array(read.articles.prefix(1)), parallel: false)
        let store = FactStore()
        for start in stride(from: 0, to: read.articles.count, by: batchSize) {
            let batch = Array(read.articles[start..<min(start + batchSize, read.articles.count)])
            do {
                t = Clock()
                let single = Extractor.extract(batch, parallel: false)
                oneCore += t.lap()
                withExtendedLifetime(single) {}
            }
            t = Clock()
            let extracted = Extractor.extract(batch, parallel: true)
            allCores += t.lap()
            for a in extracted { store.load(a) }
            loadSeconds += t.lap()
            withExtendedLifetime(extracted) {} // freed after the timing, not inside it
        }
        t = Clock()
        store.shrinkToFit() // as CorpusLoader does after a load
        _ = store.predicateCounts() // builds the indexes, as the first query would
        let indexSeconds = t.lap()
        let facts = store.factCount

        // Queries over the loaded store, end to end.
        let session = QuerySession(store: store)
        session.options.format = .tsv
        for q in Bench.standardQueries {
            let typed = measure(q.text, session: session, keepsStatements: false)
            let reused = measure(q.text, session: session, keepsStatements: true)
            queries.append([
                "\(n)", q.name, "`\(q.text)`", Fmt.ms(typed.median), Fmt.ms(reused.median), Fmt.int(typed.rows),
            ])
        }
        let memory = store.memoryBytes // after the queries: with the name index they built

        let start = try startUp(dir)

        let total = readSeconds + allCores + loadSeconds + indexSeconds
        let row = [
            Fmt.int(n), Fmt.mb(bytes), String(format: "%.1f", genSeconds),
            String(format: "%.1f", mb / oneCore), String(format: "%.1f", mb / allCores),
            Fmt.int(facts), Fmt.rate(Double(facts) / loadSeconds),
            String(format: "%.0f", Double(memory) / Double(max(facts, 1))),
            Fmt.mb(Machine.peakRSS), String(format: "%.2f", total), String(format: "%.2f", start.cold.seconds),
            Fmt.mb(start.cold.peakRSS), String(format: "%.2f", start.writing),
            String(format: "%.2f", median(start.warm)),
            Fmt.mb(start.warmRSS), Fmt.mb(start.snapshotBytes),
        ]
        return (row, queries)
    }

    /// How the `newsq` binary starts over one corpus (`startUp`).
    struct StartUp {
        /// Without a snapshot: wall and CPU seconds, peak resident bytes.
        var cold: (seconds: Double, peakRSS: Int, cpu: Double)
        /// The run that writes the snapshot, wall seconds.
        var writing: Double
        /// Three runs from the snapshot, wall seconds, and the largest peak resident bytes.
        var warm: [Double]
        var warmRSS: Int
        var snapshotBytes: Int
    }

    /// Start-up of the `newsq` binary over `dir`: without a snapshot, the run that writes one, and
    /// three runs that read it (wall seconds and peak resident memory of each child).
    private func startUp(_ dir: String) throws -> StartUp {
        let probe = [newsqBinary, "-e", "find ?x where ?x type person limit 1", "--data", dir]
        let snapshotFile = dir + "/.newsq-snapshot"
        unlink(snapshotFile)
        let cold = try Child.timeAndPeakRSS(probe, environment: ["NEWSQ_SNAPSHOT": "off"])
        let writing = try Child.time(probe, environment: [:])
        var warm: [Double] = [], warmRSS = 0
        for _ in 0..<3 {
            let run = try Child.timeAndPeakRSS(probe, environment: [:])
            warm.append(run.seconds)
            warmRSS = max(warmRSS, run.peakRSS)
        }
        let snapshotBytes = (try? FileManager.default.attributesOfItem(atPath: snapshotFile)[.size] as? Int) ?? 0
        return StartUp(cold: cold, writing: writing, warm: warm, warmRSS: warmRSS, snapshotBytes: snapshotBytes)
    }

    /// The corpora table and the standard queries' table, with what each column means.
    private func reportCorpora(_ report: inout BenchReport, rows: [[String]], queryRows: [[String]]) {
        report.line("## Generated corpora (`newsq-bench gen`, seed 1)\n")
        report.line(
            "Extraction MB/s counts the article files' bytes; as `newsq` loads a folder, 4,096 articles at "
                + "a time are extracted, loaded and freed; one core, then all cores, each timed until its results are "
                + "complete (not freed). Load = `FactStore.load` of the extracted articles (facts/s); the columns "
                + "are then fitted and the indexes built (counted in extract+load). Bytes/fact (store) = `store.memoryBytes` after the queries (terms, columns, indexes "
                + "including the name index, provenance; article texts excluded). Bench RSS = this process's peak "
                + "(`getrusage`), holding every article's text and the store. Extract+load = read + extract (all "
                + "cores) + load + index, in process. Start-up = wall time of a child `newsq -e 'find ?x where ?x "
                + "type person limit 1' --data DIR`, so the first query's name index is included, and its peak RSS "
                + "(its `ru_maxrss`, taken by a small launcher process, `newsq-bench measure-child`): without a snapshot (`NEWSQ_SNAPSHOT=off`), the run that "
                + "writes it, and the median of 3 runs that read it.\n")
        report.table(
            [
                "articles", "text", "gen (s)", "extract MB/s 1 core", "extract MB/s all cores", "facts",
                "load facts/s", "bytes/fact (store)", "bench RSS", "extract+load (s)",
                "start-up, no snapshot (s)", "its peak RSS", "start-up, writing snapshot (s)",
                "start-up, from snapshot (s)", "its peak RSS", "snapshot size",
            ], rows)
        report.line(
            "\nStandard queries through `QuerySession` (rows rendered as TSV into a string): typed = parsed, "
                + "resolved, planned and run, nothing kept; reused = the statement kept planned and run again. "
                + "Each: 1 warm-up, then at least \(runs) timed runs and more until 0.2 s have passed (at most "
                + "10,000), median:\n"
        )
        report.table(["articles", "query", "statement", "typed (ms)", "reused (ms)", "rows"], queryRows)
    }

    /// Generates the corpus unless a complete one with the same size is already there.
    func ensureCorpus(_ dir: String, articles n: Int) throws -> Double {
        let marker = dir + "/.complete"
        // The marker keeps the words of the days when `gen` was part of newsq: corpora made then
        // are still used.
        let expected = "newsq gen --articles \(n) --seed 1\n"
        if let done = try? String(contentsOfFile: marker, encoding: .utf8), done == expected { return 0 }
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var t = Clock()
        _ = try ArticleGenerator(seed: 1).write(count: n, to: dir)
        let seconds = t.lap()
        try expected.write(toFile: marker, atomically: true, encoding: .utf8)
        return seconds
    }
}
