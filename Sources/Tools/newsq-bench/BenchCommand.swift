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
    private var newsqBinary: String {
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
        _ = Extractor.extract(Array(articles.prefix(1)), parallel: false) // loads the lexicons, untimed
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

    /// One statement over the peer facts, `runs` times: per-run median and mean.
    private func queryRuns(_ text: String) throws {
        let tsv = work + "/facts.tsv"
        guard let data = FileManager.default.contents(atPath: tsv) else {
            throw ValidationError("cannot read \(tsv); run the peer bench once")
        }
        let store = FactStore()
        try store.importTSV([UInt8](data), file: tsv)
        let session = QuerySession(store: store)
        session.options.format = .tsv
        session.options.showSources = sources
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
    /// TSV file adds, with its indexes, after the file's bytes are freed. Prints
    /// `rss_delta memory_bytes facts`.
    private func importMemory(_ tsv: String) throws {
        let before = Machine.currentRSS
        let store = FactStore()
        try {
            guard let data = FileManager.default.contents(atPath: tsv) else {
                throw ValidationError("cannot read \(tsv)")
            }
            try store.importTSV([UInt8](data), file: tsv)
        }()
        _ = store.predicateCounts()
        let after = Machine.currentRSS
        Console.out("\(after - before) \(store.memoryBytes) \(store.factCount)\n")
    }

    // MARK: - Generated corpora

    static let standardQueries: [(name: String, text: String)] = [
        ("titles", "find ?p, ?t where ?p title ?t"),
        ("who met whom", "find ?e, ?a, ?b where ?e participant ?a, ?e participant ?b, ?a != ?b"),
        ("events by kind", "find ?k, count(?e) where ?e kind ?k group by ?k"),
        ("people who said nothing", "find ?p where ?p type person, not ?p said _"),
        ("one person's facts", "find ?p, ?o where ?s type person, ?s ?p ?o limit 50"),
    ]

    private func corpora(_ report: inout BenchReport) throws {
        let sizes = [1_000, 10_000, 100_000].filter { $0 <= maxArticles }
        var rows: [[String]] = []
        var queryRows: [[String]] = []
        for n in sizes {
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
            _ = Extractor.extract(Array(read.articles.prefix(1)), parallel: false) // loads the lexicons, untimed
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
                let m = measure(q.text, session: session)
                queryRows.append(["\(n)", q.name, "`\(q.text)`", Fmt.ms(m.median), Fmt.int(m.rows)])
            }
            let memory = store.memoryBytes // after the queries: with the name index they built

            // Start-up of the binary: no snapshot; writing one; reading it.
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

            let total = readSeconds + allCores + loadSeconds + indexSeconds
            rows.append([
                Fmt.int(n), Fmt.mb(bytes), String(format: "%.1f", genSeconds),
                String(format: "%.1f", mb / oneCore), String(format: "%.1f", mb / allCores),
                Fmt.int(facts), Fmt.rate(Double(facts) / loadSeconds),
                String(format: "%.0f", Double(memory) / Double(max(facts, 1))),
                Fmt.mb(Machine.peakRSS), String(format: "%.2f", total), String(format: "%.2f", cold.seconds),
                Fmt.mb(cold.peakRSS), String(format: "%.2f", writing), String(format: "%.2f", median(warm)),
                Fmt.mb(warmRSS), Fmt.mb(snapshotBytes),
            ])
            Console.err("bench: \(rows.last!.joined(separator: " | "))\n")
        }
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
            "\nStandard queries through `QuerySession` (parse, plan, run, rows rendered as TSV into a string), "
                + "1 warm-up, then at least \(runs) timed runs and more until 0.2 s have passed (at most 10,000), median:\n"
        )
        report.table(["articles", "query", "statement", "median (ms)", "rows"], queryRows)
    }

    /// Generates the corpus unless a complete one with the same size is already there.
    private func ensureCorpus(_ dir: String, articles n: Int) throws -> Double {
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

    // MARK: - Peer benchmark

    static let peerQueries: [(name: String, text: String, sources: Bool)] = [
        ("Q1 point lookup", "find ?p, ?o where person/1234 ?p ?o", true),
        ("Q2 2-pattern join", "find ?s where ?s title minister, ?s country country_07", false),
        ("Q3 3-way join", "find ?e, ?x, ?t where ?e date 2024-03-15, ?e participant ?x, ?x title ?t", false),
        ("Q4 aggregate", "find ?type, count(?e) where ?e type ?type group by ?type", false),
        ("Q5 negation", "find ?s where ?s title ?t, not ?q speaker ?s", false),
    ]
    static let peerMD5 = "e251226e0e0832f43d9683ec30dd8711"

    /// The peer benchmark's facts (`peer_bench.py --dump`), written when missing or different,
    /// and a note on its md5.
    private func peerTSV() throws -> (path: String, md5Note: String) {
        let tsv = work + "/facts.tsv"
        var md5 =
            FileManager.default.fileExists(atPath: tsv)
            ? try Child.output(["md5sum", tsv]).split(separator: " ").first.map(String.init) : nil
        if md5 != Bench.peerMD5 {
            Console.err("bench: writing \(tsv) with \(peerScript) --dump\n")
            _ = try Child.output(["python3", peerScript, "--dump", tsv])
            md5 = try Child.output(["md5sum", tsv]).split(separator: " ").first.map(String.init)
        }
        let md5Note =
            md5 == Bench.peerMD5 ? "md5 \(Bench.peerMD5) as expected" : "md5 \(md5 ?? "?") — EXPECTED \(Bench.peerMD5)"
        return (tsv, md5Note)
    }

    private func peer(_ report: inout BenchReport) throws {
        let (tsv, md5Note) = try peerTSV()

        // newsq: read the file, import, build the indexes; three times into fresh stores, the
        // median counts. The file's bytes are freed before the RSS is read again, so the delta
        // is what the last store holds.
        var store = FactStore()
        var readSeconds = 0.0
        var imports: [Double] = [], indexes: [Double] = []
        try {
            var t = Clock()
            guard let data = FileManager.default.contents(atPath: tsv) else {
                throw ValidationError("cannot read \(tsv)")
            }
            let bytes = [UInt8](data)
            readSeconds = t.lap()
            for _ in 0..<3 {
                store = FactStore()
                t = Clock()
                try store.importTSV(bytes, file: tsv)
                imports.append(t.lap())
                _ = store.predicateCounts()
                indexes.append(t.lap())
            }
        }()
        let importSeconds = median(imports), indexSeconds = median(indexes)
        // Resident memory in a fresh process: here, memory freed by earlier stores is reused.
        let measured = try Child.output([Child.selfPath, "run", "--measure-import", tsv]).split(separator: " ")
        let rssDelta = measured.first.flatMap { Int($0) } ?? 0
        let facts = store.factCount
        let memory = store.memoryBytes

        // The same store through a snapshot: write it, read it back (the start-up path).
        let snapshot = URL(fileURLWithPath: work + "/facts.snapshot")
        let inputs = SnapshotInputs.scan([tsv], salt: "bench")
        var t = Clock()
        try store.writeSnapshot(to: snapshot, inputs: inputs)
        let writeSeconds = t.lap()
        var reads: [Double] = []
        for _ in 0..<3 {
            t = Clock()
            let reopened = try FactStore.readSnapshot(from: snapshot, inputs: inputs)
            reads.append(t.lap())
            precondition(reopened.factCount == store.factCount)
        }
        let snapshotSize = (try? FileManager.default.attributesOfItem(atPath: snapshot.path)[.size] as? Int) ?? 0
        unlink(snapshot.path)

        let session = QuerySession(store: store)
        session.options.format = .tsv
        var ours: [String: (median: Double, rows: Int)] = [:]
        for q in Bench.peerQueries {
            session.options.showSources = q.sources
            ours[q.name] = measure(q.text, session: session)
            Console.err("bench: newsq \(q.name): \(Fmt.ms(ours[q.name]!.median)) ms, \(ours[q.name]!.rows) rows\n")
        }
        session.options.showSources = false

        // SQLite in a child process, after ours, so the two never share the CPUs.
        Console.err("bench: SQLite (\(sqliteScript))\n")
        let json = try Child.output(["python3", sqliteScript, tsv, "--reps", "\(runs)"])
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let queries = object["queries"] as? [String: [String: Any]]
        else {
            throw ValidationError("sqlite_bench.py printed no JSON:\n\(json)")
        }
        let sqliteVersion = object["version"] as? String ?? "?"
        let sqliteLoad = object["load_s"] as? Double ?? .nan
        let sqliteRSS = object["rss_delta"] as? Double ?? Double(object["rss_delta"] as? Int ?? 0)
        let sqlitePages = Double(object["engine_bytes"] as? Int ?? 0)
        let sqliteFacts = Double(object["facts"] as? Int ?? 0)

        report.line("\n## Peer benchmark: 1,000,000 facts (`peer_bench.py --dump`, \(md5Note))\n")
        report.line(
            "Both sides in this run, one after the other. newsq: `FactStore.importTSV` of the file's bytes (median of 3 imports into fresh stores; "
                + "its RSS delta is measured in a fresh child process, `newsq-bench run --measure-import`; "
                + "reading the file took \(String(format: "%.2f", readSeconds)) s more), then its indexes. SQLite "
                + "\(sqliteVersion) through Python's `sqlite3`: `executemany` of pre-parsed tuples into `:memory:`, "
                + "indexes on (s,p), (p,o), (o,p) and ANALYZE, as in peer_bench.py.\n")
        report.table(
            ["engine", "load (s)", "facts/s", "RSS delta (MB)", "bytes/fact (RSS)", "bytes/fact (engine)"],
            [
                [
                    "newsq (import)", String(format: "%.2f", importSeconds), Fmt.rate(Double(facts) / importSeconds),
                    "", "", "",
                ],
                [
                    "newsq (import + indexes)", String(format: "%.2f", importSeconds + indexSeconds),
                    Fmt.rate(Double(facts) / (importSeconds + indexSeconds)),
                    String(format: "%.0f", Double(rssDelta) / 1e6),
                    String(format: "%.0f", Double(rssDelta) / Double(facts)),
                    String(format: "%.0f (memoryBytes)", Double(memory) / Double(facts)),
                ],
                [
                    "SQLite", String(format: "%.2f", sqliteLoad), Fmt.rate(sqliteFacts / sqliteLoad),
                    String(format: "%.0f", sqliteRSS / 1e6),
                    String(format: "%.0f", sqliteRSS / sqliteFacts),
                    String(format: "%.0f (page_count × page_size)", sqlitePages / sqliteFacts),
                ],
            ])
        report.line(
            "\nnewsq snapshot of this store: \(Fmt.mb(snapshotSize)), written in \(String(format: "%.2f", writeSeconds)) s, "
                + "read back (checksum verified; term table, indexes and name lookup stored, checked, not rebuilt) in \(String(format: "%.2f", median(reads))) s (median of 3).\n"
        )
        report.line(
            "\nQ1–Q5: newsq end to end through `QuerySession` (parse, plan, run, rows rendered as TSV into a "
                + "string; Q1 with sources on, so it also names article and sentence as the SQL does); SQLite "
                + "`execute(...).fetchall()`. Each side: 1 warm-up, then at least \(runs) timed runs and more until 0.2 s have passed (at most 10,000), median.\n"
        )
        var rows: [[String]] = []
        for q in Bench.peerQueries {
            let mine = ours[q.name]!
            let theirs = queries[q.name] ?? [:]
            let sqliteMS = theirs["median_ms"] as? Double ?? .nan
            let sqliteRows = theirs["rows"] as? Int ?? -1
            let ratio = sqliteMS / (mine.median * 1000)
            rows.append([
                q.name, "`\(q.text)`", Fmt.ms(mine.median), Fmt.ms(sqliteMS / 1000),
                String(format: "%.1f×", ratio), Fmt.int(mine.rows), Fmt.int(sqliteRows),
                mine.rows == sqliteRows ? "yes" : "**NO**",
            ])
        }
        report.table(
            [
                "query", "newsq statement", "newsq (ms)", "SQLite (ms)", "SQLite/newsq", "newsq rows", "SQLite rows",
                "rows agree",
            ], rows)
        try oneShot(&report, tsv: tsv)
    }

    /// Whole-process one-shot times (`OneShot`): `newsq --data DIR -e Qn` against `sqlite3
    /// facts.db 'SQL'`, as a ratio table.
    private func oneShot(_ report: inout BenchReport, tsv: String) throws {
        let json = try Child.output(["python3", sqliteScript, "--sql-only"])
        guard let sql = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else {
            throw ValidationError("\(sqliteScript) --sql-only printed no JSON:\n\(json)")
        }
        let bench = OneShot(work: work, tsv: tsv, newsq: newsqBinary, runs: runs)
        let rows = try bench.measure(queries: Bench.peerQueries, sql: sql)
        let floor = try bench.processFloor()
        let shell = OneShot.sqliteShell()
        report.line("\n## One question from the shell: whole process, 1,000,000 facts\n")
        report.line(
            "`newsq --data DIR -e 'Qn'` (DIR holds the peer TSV and the snapshot newsq wrote on an untimed first run; "
                + "Q1 with `--sources`) against the sqlite3 shell, `\(shell ?? "sqlite3 (not installed)") facts.db 'SQL'` "
                + "(the same SQL; the file made by the shell's `.import`, with the three indexes and ANALYZE). Each "
                + "process timed from start to exit by `newsq-bench measure-child`, output to /dev/null: one untimed "
                + "run, then the median of \(max(runs, 5)) wall times and, apart, of CPU times (user + system, "
                + "less disturbed by other work on a shared machine); peak RSS is the largest `ru_maxrss`. The "
                + "processes alone: `newsq --version` \(Fmt.ms(floor.newsq)) ms, `sqlite3 -version` "
                + "\(floor.sqlite.map(Fmt.ms) ?? "-") ms.\n")
        func ratio(_ a: Double, _ b: Double?) -> String { b.map { String(format: "%.1f×", a / $0) } ?? "-" }
        report.table(
            [
                "query", "newsq -e (ms)", "sqlite3 (ms)", "newsq/sqlite3", "newsq CPU (ms)", "sqlite3 CPU (ms)",
                "CPU newsq/sqlite3", "newsq peak RSS", "sqlite3 peak RSS",
            ],
            rows.map { r in
                [
                    r.name, Fmt.ms(r.newsqSeconds), r.sqliteSeconds.map(Fmt.ms) ?? "-",
                    ratio(r.newsqSeconds, r.sqliteSeconds), Fmt.ms(r.newsqCPU), r.sqliteCPU.map(Fmt.ms) ?? "-",
                    ratio(r.newsqCPU, r.sqliteCPU), Fmt.mb(r.newsqRSS), r.sqliteRSS.map(Fmt.mb) ?? "-",
                ]
            })
    }

    // MARK: - Measuring

    /// One warm-up and `runs` timed runs of a statement; the median seconds and the rows of
    /// the warm-up (TSV lines, less the header line).
    private func measure(_ text: String, session: QuerySession) -> (median: Double, rows: Int) {
        var out = ""
        var errors = ""
        _ = session.run(
            text, sourceName: "bench", stopAtFirstError: true, output: { out += $0 }, errors: { errors += $0 })
        if !errors.isEmpty { Console.err("bench: \(text): \(errors)") }
        let rows = BenchReport.rowCount(out)
        // At least `runs` runs, more until 0.2 s have passed (at most 10,000), as the SQLite
        // script does: a query of a microsecond gets a stable median.
        var times: [Double] = []
        var elapsed = Clock()
        var spent = 0.0
        while times.count < runs || (spent < 0.2 && times.count < 10_000) {
            var sink = ""
            var t = Clock()
            _ = session.run(text, sourceName: "bench", stopAtFirstError: true, output: { sink += $0 }, errors: { _ in })
            times.append(t.lap())
            spent += elapsed.lap()
        }
        return (median(times), rows)
    }

    private func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
    }
}
