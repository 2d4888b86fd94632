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

    func peer(_ report: inout BenchReport) throws {
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
