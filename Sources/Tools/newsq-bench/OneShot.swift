import ArgumentParser
import Foundation
import NewsqCLI

/// One question from the shell, as a script or a shell loop asks it: the whole process of
/// `newsq --data DIR -e Qn` over the peer facts (DIR holds the TSV and its snapshot) against
/// the `sqlite3` shell answering the same SQL from a database file, each timed from start to
/// exit, with its peak resident memory (`newsq-bench measure-child`).
///
/// For example:
///
///     let rows = try OneShot(work: "bench-out", tsv: "bench-out/facts.tsv", newsq: path, runs: 7)
///         .measure(queries: Bench.peerQueries, sql: sql)
struct OneShot {
    let work: String
    let tsv: String
    let newsq: String
    let runs: Int

    /// One query's figures: median wall and CPU seconds and the largest peak RSS of each
    /// side; nil figures for SQLite when the `sqlite3` shell is missing.
    struct Row {
        var name: String
        var newsqSeconds: Double
        var newsqCPU: Double
        var newsqRSS: Int
        var sqliteSeconds: Double?
        var sqliteCPU: Double?
        var sqliteRSS: Int?
    }

    /// The data folder newsq opens: the TSV (hard-linked, else copied) and, after the first
    /// run, its snapshot.
    var folder: String { work + "/oneshot" }
    var database: String { work + "/facts.db" }

    /// The `sqlite3` shell's path, or nil when it is not installed.
    static func sqliteShell() -> String? {
        let path = (try? Child.output(["sh", "-c", "command -v sqlite3"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return path.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Prepares both sides (the folder and its snapshot; the database file, made by the
    /// `sqlite3` shell with the peer benchmark's table and indexes), then times each query.
    ///
    /// - Throws: when a command fails (newsq, sqlite3), naming it and its error output.
    func measure(queries: [(name: String, text: String, sources: Bool)], sql: [String: String]) throws -> [Row] {
        try prepareFolder()
        let shell = OneShot.sqliteShell()
        if let shell { try prepareDatabase(shell) }
        // The run that finds no snapshot (or a stale one) writes it; it is not timed.
        _ = try Child.time([newsq, "--data", folder, "-e", queries[0].text], environment: [:])
        var rows: [Row] = []
        for q in queries {
            let ours = try timed([newsq, "--data", folder, "-e", q.text] + (q.sources ? ["--sources"] : []))
            var row = Row(name: q.name, newsqSeconds: ours.seconds, newsqCPU: ours.cpu, newsqRSS: ours.peakRSS)
            if let shell, let text = sql[q.name] {
                let theirs = try timed([shell, database, text])
                row.sqliteSeconds = theirs.seconds
                row.sqliteCPU = theirs.cpu
                row.sqliteRSS = theirs.peakRSS
            }
            Console.err(
                "bench: one-shot \(q.name): newsq \(Fmt.ms(row.newsqSeconds)) ms, "
                    + "sqlite3 \(row.sqliteSeconds.map(Fmt.ms) ?? "-") ms\n")
            rows.append(row)
        }
        return rows
    }

    /// The process alone: `newsq --version` and `sqlite3 -version`, median wall seconds.
    func processFloor() throws -> (newsq: Double, sqlite: Double?) {
        let ours = try timed([newsq, "--version"]).seconds
        let theirs = try OneShot.sqliteShell().map { try timed([$0, "-version"]).seconds }
        return (ours, theirs)
    }

    /// Median wall and CPU seconds and largest peak RSS of `runs` runs (at least 5), after one
    /// untimed run that brings the files into the page cache.
    private func timed(_ command: [String]) throws -> (seconds: Double, cpu: Double, peakRSS: Int) {
        _ = try Child.timeAndPeakRSS(command, environment: [:])
        var times: [Double] = [], cpus: [Double] = []
        var peak = 0
        for _ in 0..<max(runs, 5) {
            let run = try Child.timeAndPeakRSS(command, environment: [:])
            times.append(run.seconds)
            cpus.append(run.cpu)
            peak = max(peak, run.peakRSS)
        }
        times.sort()
        cpus.sort()
        return (times[times.count / 2], cpus[cpus.count / 2], peak)
    }

    private func prepareFolder() throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let copy = folder + "/facts.tsv"
        let same =
            (try? fm.attributesOfItem(atPath: copy)[.size] as? Int)
            == (try? fm.attributesOfItem(atPath: tsv)[.size] as? Int)
        if !same || !fm.contentsEqual(atPath: copy, andPath: tsv) {
            try? fm.removeItem(atPath: copy)
            if link(tsv, copy) != 0 { try fm.copyItem(atPath: tsv, toPath: copy) }
        }
    }

    /// The database file: table `triples(s, p, o, article, sentence)` loaded from the TSV with
    /// the shell's `.import`, indexes on (s,p), (p,o), (o,p) and ANALYZE, as in peer_bench.py.
    /// Kept while it is newer than the TSV.
    private func prepareDatabase(_ shell: String) throws {
        let fm = FileManager.default
        let built = (try? fm.attributesOfItem(atPath: database)[.modificationDate] as? Date) ?? nil
        let source = (try? fm.attributesOfItem(atPath: tsv)[.modificationDate] as? Date) ?? nil
        if let built, let source, built > source { return }
        try? fm.removeItem(atPath: database)
        Console.err("bench: building \(database) with \(shell)\n")
        _ = try Child.output([
            shell, database,
            "CREATE TABLE raw(s TEXT, p TEXT, o TEXT, kind TEXT, article INTEGER, sentence INTEGER);",
            ".mode tabs", ".import \(tsv) raw",
            "CREATE TABLE triples(s TEXT, p TEXT, o TEXT, article INTEGER, sentence INTEGER);",
            "INSERT INTO triples SELECT s, p, o, article, sentence FROM raw; DROP TABLE raw;",
            "CREATE INDEX i_sp ON triples(s, p); CREATE INDEX i_po ON triples(p, o);",
            "CREATE INDEX i_op ON triples(o, p); ANALYZE; VACUUM;",
        ])
        let count = try Child.output([shell, database, "SELECT count(*) FROM triples"])
        guard Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0 else {
            throw ValidationError("\(database) holds no facts after the import (\(count))")
        }
    }
}
