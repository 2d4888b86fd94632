import ArgumentParser
import Foundation
import NewsFacts
import NewsqCLI
import Query

/// The peer part of `newsq-bench run`: the peer benchmark's 1,000,000 facts imported, snapshotted and
/// queried (Q1–Q5) in this process beside SQLite, then one question from the shell as a whole process.
extension Bench {
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
    func peerTSV() throws -> (path: String, md5Note: String) {
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

    /// The peer part: newsq imports the peer facts (`importPeerFacts`), writes and reads them as
    /// a snapshot (`snapshotRoundTrip`) and answers Q1–Q5; then SQLite (`sqliteRun`) in a child
    /// process; both side by side in the report, then the one-shot part.
    func peer(_ report: inout BenchReport) throws {
        let (tsv, md5Note) = try peerTSV()
        let newsq = try importPeerFacts(tsv)
        let snapshot = try snapshotRoundTrip(newsq.store, tsv: tsv)
        let session = QuerySession(store: newsq.store)
        session.options.format = .tsv
        var ours: [String: PeerQueryTiming] = [:]
        for q in Bench.peerQueries {
            session.options.showSources = q.sources
            let typed = measure(q.text, session: session, keepsStatements: false)
            let reused = measure(q.text, session: session, keepsStatements: true)
            ours[q.name] = PeerQueryTiming(typed: typed.median, reused: reused.median, rows: typed.rows)
            Console.err(
                "bench: newsq \(q.name): typed \(Fmt.ms(typed.median)) ms, reused \(Fmt.ms(reused.median)) ms, "
                    + "\(typed.rows) rows\n")
        }
        // SQLite in a child process, after ours, so the two never share the CPUs.
        let sqlite = try sqliteRun(tsv)

        report.line("\n## Peer benchmark: 1,000,000 facts (`peer_bench.py --dump`, \(md5Note))\n")
        report.line(
            "Both sides in this run, one after the other. newsq: `FactStore.importTSV` of the file's bytes (median of 3 imports into fresh stores; "
                + "reading the file took \(String(format: "%.2f", newsq.readSeconds)) s more), then its indexes. The RSS delta is measured "
                + "in a fresh child process (`newsq-bench run --measure-import`) after the import, `shrinkToFit` (as the CLI does after a load: "
                + "spare capacity given back, the term hash table made again two thirds full), the indexes and the name lookup (built as Q1 "
                + "builds it), with the file's bytes freed; memoryBytes is the timed store's (not fitted) once Q1–Q5 have built its name lookup. SQLite "
                + "\(sqlite.version) through Python's `sqlite3`: `executemany` of pre-parsed tuples into `:memory:`, "
                + "indexes on (s,p), (p,o), (o,p) and ANALYZE, as in peer_bench.py.\n")
        report.table(
            ["engine", "load (s)", "facts/s", "RSS delta (MB)", "bytes/fact (RSS)", "bytes/fact (engine)"],
            [
                [
                    "newsq (import)", String(format: "%.2f", newsq.importSeconds),
                    Fmt.rate(Double(newsq.facts) / newsq.importSeconds),
                    "", "", "",
                ],
                [
                    "newsq (import + indexes)", String(format: "%.2f", newsq.importSeconds + newsq.indexSeconds),
                    Fmt.rate(Double(newsq.facts) / (newsq.importSeconds + newsq.indexSeconds)),
                    String(format: "%.0f", Double(newsq.rssDelta) / 1e6),
                    String(format: "%.0f", Double(newsq.rssDelta) / Double(newsq.facts)),
                    String(format: "%.0f (memoryBytes)", Double(newsq.memory) / Double(newsq.facts)),
                ],
                [
                    "SQLite", String(format: "%.2f", sqlite.load), Fmt.rate(sqlite.facts / sqlite.load),
                    String(format: "%.0f", sqlite.rss / 1e6),
                    String(format: "%.0f", sqlite.rss / sqlite.facts),
                    String(format: "%.0f (page_count × page_size)", sqlite.pages / sqlite.facts),
                ],
            ])
        report.line(
            "\nnewsq snapshot of this store: \(Fmt.mb(snapshot.size)), written in \(String(format: "%.2f", snapshot.writeSeconds)) s, "
                + "read back (checksum verified; term table, indexes and name lookup stored, checked, not rebuilt) in \(String(format: "%.2f", median(snapshot.readSeconds))) s (median of 3).\n"
        )
        report.line(
            "\nQ1–Q5: newsq end to end through `QuerySession` (rows rendered as TSV into a string; Q1 with "
                + "sources on, so it also names article and sentence as the SQL does), timed two ways: typed = "
                + "parsed, resolved, planned and run, nothing kept (a statement as a user types it); reused = the "
                + "statement kept planned and run again (as a prepared statement is). SQLite "
                + "`execute(...).fetchall()` two ways too: typed = a connection over a copy of the database with "
                + "`cached_statements=0`, so every call prepares (parses and plans) the statement; cached = "
                + "Python's statement cache, which reuses the statement prepared for the same SQL text. Ratios: "
                + "SQLite typed over newsq typed, SQLite cached over newsq reused. Each figure: 1 warm-up, then "
                + "at least \(runs) timed runs and more until 0.2 s have passed (at most 10,000), median.\n"
        )
        reportPeerQueries(&report, ours: ours, sqlite: sqlite.queries)
        try oneShot(&report, tsv: tsv)
    }

    /// newsq's side of loading the peer facts (`importPeerFacts`).
    struct PeerImport {
        /// The last of the three stores.
        var store: FactStore
        var readSeconds: Double
        /// Medians of three imports into fresh stores, and of building their indexes.
        var importSeconds: Double
        var indexSeconds: Double
        /// Resident bytes the store adds, measured in a fresh child process.
        var rssDelta: Int
        var facts: Int { store.factCount }
        var memory: Int { store.memoryBytes }
    }

    /// Reads the TSV, then imports it and builds the indexes three times into fresh stores (the
    /// median counts). The RSS delta comes from a fresh child process (`importMemory`), which
    /// also fits its store as the CLI does after a load and builds the name lookup.
    private func importPeerFacts(_ tsv: String) throws -> PeerImport {
        var store = FactStore()
        var imports: [Double] = [], indexes: [Double] = []
        var t = Clock()
        let readSeconds: Double = try {
            guard let data = FileManager.default.contents(atPath: tsv) else {
                throw ValidationError("cannot read \(tsv)")
            }
            let bytes = [UInt8](data)
            let readSeconds = t.lap()
            for _ in 0..<3 {
                store = FactStore()
                t = Clock()
                try store.importTSV(bytes, file: tsv)
                imports.append(t.lap())
                _ = store.predicateCounts()
                indexes.append(t.lap())
            }
            return readSeconds
        }()
        // Resident memory in a fresh process: here, memory freed by earlier stores is reused.
        let measured = try Child.output([Child.selfPath, "run", "--measure-import", tsv]).split(separator: " ")
        return PeerImport(
            store: store, readSeconds: readSeconds, importSeconds: median(imports), indexSeconds: median(indexes),
            rssDelta: measured.first.flatMap { Int($0) } ?? 0)
    }

    /// The store through a snapshot, as start-up uses it: written once, read back three times.
    private func snapshotRoundTrip(
        _ store: FactStore, tsv: String
    ) throws -> (size: Int, writeSeconds: Double, readSeconds: [Double]) {
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
        let size = (try? FileManager.default.attributesOfItem(atPath: snapshot.path)[.size] as? Int) ?? 0
        unlink(snapshot.path)
        return (size, writeSeconds, reads)
    }

    /// What `sqlite_bench.py` measured (`sqliteRun`).
    struct SQLiteRun {
        var version: String
        var load: Double
        var rss: Double
        /// page_count × page_size.
        var pages: Double
        var facts: Double
        /// By query name: `median_ms`, `rows`.
        var queries: [String: [String: Any]]
    }

    /// Runs `sqliteScript` over the TSV in a child process and reads the JSON it prints.
    ///
    /// - Throws: `ValidationError` with what it printed when that is not the JSON expected.
    private func sqliteRun(_ tsv: String) throws -> SQLiteRun {
        Console.err("bench: SQLite (\(sqliteScript))\n")
        let json = try Child.output(["python3", sqliteScript, tsv, "--reps", "\(runs)"])
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let queries = object["queries"] as? [String: [String: Any]]
        else {
            throw ValidationError("sqlite_bench.py printed no JSON:\n\(json)")
        }
        return SQLiteRun(
            version: object["version"] as? String ?? "?", load: object["load_s"] as? Double ?? .nan,
            rss: object["rss_delta"] as? Double ?? Double(object["rss_delta"] as? Int ?? 0),
            pages: Double(object["engine_bytes"] as? Int ?? 0), facts: Double(object["facts"] as? Int ?? 0),
            queries: queries)
    }

    /// newsq's figures for one of Q1–Q5 (seconds): as typed and reused, and the rows.
    struct PeerQueryTiming {
        var typed: Double
        var reused: Double
        var rows: Int
    }

    /// Q1–Q5 side by side: each side timed both ways, its rows, and whether the rows agree.
    /// SQLite's typed figure is missing ("-") when its script predates it.
    private func reportPeerQueries(
        _ report: inout BenchReport, ours: [String: PeerQueryTiming], sqlite queries: [String: [String: Any]]
    ) {
        var rows: [[String]] = []
        for q in Bench.peerQueries {
            let mine = ours[q.name] ?? PeerQueryTiming(typed: .nan, reused: .nan, rows: -1)
            let theirs = queries[q.name] ?? [:]
            let cachedMS = theirs["median_ms"] as? Double ?? .nan
            let typedMS = theirs["typed_ms"] as? Double
            let sqliteRows = theirs["rows"] as? Int ?? -1
            func ratio(_ ms: Double?, over seconds: Double) -> String {
                guard let ms, ms.isFinite else { return "-" }
                return String(format: "%.1f×", ms / (seconds * 1000))
            }
            rows.append([
                q.name, "`\(q.text)`", Fmt.ms(mine.typed), Fmt.ms(mine.reused),
                typedMS.map { Fmt.ms($0 / 1000) } ?? "-", Fmt.ms(cachedMS / 1000),
                ratio(typedMS, over: mine.typed), ratio(cachedMS, over: mine.reused),
                Fmt.int(mine.rows), Fmt.int(sqliteRows), mine.rows == sqliteRows ? "yes" : "**NO**",
            ])
        }
        report.table(
            [
                "query", "newsq statement", "newsq typed (ms)", "newsq reused (ms)", "SQLite typed (ms)",
                "SQLite cached (ms)", "SQLite typed/newsq typed", "SQLite cached/newsq reused", "newsq rows",
                "SQLite rows", "rows agree",
            ], rows)
    }

    /// Whole-process one-shot times (`OneShot`): `newsq --data DIR -e Qn` against `sqlite3
    /// facts.db 'SQL'`, as a ratio table.
    func oneShot(_ report: inout BenchReport, tsv: String) throws {
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
}
