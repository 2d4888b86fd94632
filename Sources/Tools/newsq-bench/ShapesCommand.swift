import ArgumentParser
import Foundation
import NewsFacts
import NewsqCLI
import Query

/// `newsq-bench shapes` (the second part of `make bench`): the peer benchmark's Q1–Q5 and the
/// query shapes of `QueryShapes`, at each size asked for (millions of facts of
/// `peer_bench.py --dump --scale N`), newsq beside SQLite and DuckDB in one run, then how each
/// query's time grows with the data.
///
/// newsq is timed two ways through `QuerySession`: as a user types a statement (parsed,
/// resolved, planned, run, its rows written as TSV; the session keeps no statement) and reused
/// (the statement kept parsed and planned, its buffers reused, as a prepared statement is).
/// Both wall and this thread's CPU time are taken (other work on a shared machine shows in
/// the first more than in the second). SQLite and DuckDB run `Scripts/shapes_bench.py` in a
/// child process after newsq, over the same facts, each fact once; their rows are compared
/// with newsq's by a digest of the sorted rows. SQLite is timed both ways too: prepared each
/// call (a connection without a statement cache: the peer of newsq typed) and through Python's
/// statement cache, which reuses the statement prepared for the same SQL text (the peer of
/// newsq reused). DuckDB's Python `execute` prepares every call: its figure is set against
/// newsq typed.
struct ShapesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shapes",
        abstract: "Time Q1-Q5 and the query shapes at several sizes beside SQLite and DuckDB.")

    @Option(help: "Folder for the fact sets (kept between runs).")
    var work: String = "bench-out"

    @Option(help: "Sizes in millions of facts, comma-separated (50 is possible where memory allows).")
    var scales: String = "1,10"

    @Option(help: "SQLite and DuckDB run only up to this many million facts (they hold the set in Python first).")
    var peersUpTo: Double = 10

    @Option(help: "Timed runs of each query at least (more until 0.2 s have passed, at most 1,000).")
    var runs: Int = 5

    @Option(help: "Only the queries whose name contains this text (or one of these, comma-separated).")
    var only: String?

    @Option(help: "Write the results as Markdown to this file.")
    var results: String?

    @Option(help: "The peer benchmark script.")
    var peerScript: String = "../shared/bench/peer_bench.py"

    @Option(help: "The SQL side.")
    var shapesScript: String = "Scripts/shapes_bench.py"

    @Option(help: "A Python with the duckdb package (Scripts/engines-venv.sh makes one); DuckDB is skipped without it.")
    var duckdbPython: String = ".build/engines-venv/bin/python"

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard !sizes.isEmpty else { throw ValidationError("--scales names no size: \(scales)") }
    }

    private var sizes: [Double] {
        scales.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
    }

    private var queries: [QueryShape] {
        let parts = only?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return (QueryShapes.peer + QueryShapes.all).filter { q in
            parts.map { $0.contains(where: q.name.contains) } ?? true
        }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let sqlFile = work + "/shapes-sql.json"
        let sql = Dictionary(uniqueKeysWithValues: queries.map { ($0.name, $0.sql) })
        try JSONSerialization.data(withJSONObject: sql, options: [.sortedKeys]).write(to: URL(fileURLWithPath: sqlFile))
        var report = BenchReport()
        report.line("# newsq query shapes and growth\n")
        report.line(
            "Machine: \(Machine.cpuModel), \(Machine.cores) cores, \(Machine.memory); \(Machine.os). Release build; "
                + "run \(Machine.now) with `\(CommandLine.arguments.joined(separator: " "))`.\n")
        var bySize: [(size: Double, result: SizeResult)] = []
        for size in sizes {
            let result = try measure(size: size, sqlFile: sqlFile)
            bySize.append((size, result))
            write(result, size: size, to: &report)
        }
        if bySize.count > 1 { growth(bySize, to: &report) }
        if let results {
            try report.text.write(toFile: results, atomically: true, encoding: .utf8)
            Console.err("wrote \(results)\n")
        }
    }

    // MARK: - One size

    /// newsq's figures for one query.
    struct Timing {
        var typedWall = 0.0, typedCPU = 0.0, reusedWall = 0.0, reusedCPU = 0.0
        var rows = 0
        var digest = ""
    }

    /// A peer's figures for one query (from `shapes_bench.py`).
    struct PeerTiming {
        /// Wall ms: SQLite through its statement cache (the statement prepared once), DuckDB
        /// prepared each call.
        var ms: Double
        /// CPU ms: SQLite's thread, DuckDB's process (all its threads).
        var cpuMS: Double
        /// SQLite prepared each call (no statement cache): wall and CPU ms; nil for DuckDB.
        var typedMS: Double?
        var typedCPUMS: Double?
        var rows: Int
        var digest: String
    }

    struct SizeResult {
        var facts = 0
        var bytesPerFact = 0.0
        /// `FactStore.memoryBreakdown` over the facts: where the bytes a fact go.
        var breakdown: [(part: String, perFact: Double)] = []
        var importSeconds = 0.0
        var load = ""
        var newsq: [String: Timing] = [:]
        var sqlite: [String: PeerTiming] = [:]
        var duckdb: [String: PeerTiming] = [:]
        var sqliteVersion = "", duckdbVersion = ""
    }

    private func measure(size: Double, sqlFile: String) throws -> SizeResult {
        let tsv = try factSet(size)
        var result = SizeResult()
        result.load = Machine.loadAverage
        // newsq first, alone; its store is freed before the peers start.
        try {
            var t = Clock()
            guard let data = FileManager.default.contents(atPath: tsv) else {
                throw ValidationError("cannot read \(tsv)")
            }
            let store = FactStore()
            try store.importTSV([UInt8](data), file: tsv)
            store.shrinkToFit() // as CorpusLoader does after a load
            _ = store.predicateCounts()
            result.importSeconds = t.lap()
            let session = QuerySession(store: store)
            session.options.format = .tsv
            var errors = ""
            session.run(
                QueryShapes.rules, sourceName: "rules", stopAtFirstError: true, output: { _ in },
                errors: { errors += $0 })
            if !errors.isEmpty { throw ValidationError("the shapes' rules do not run: \(errors)") }
            for q in queries {
                result.newsq[q.name] = time(q, in: session)
                let m = result.newsq[q.name]!
                Console.err(
                    "bench: \(Fmt.int(store.factCount)) facts, newsq \(q.name): typed \(Fmt.ms(m.typedWall)) ms "
                        + "(CPU \(Fmt.ms(m.typedCPU))), reused \(Fmt.ms(m.reusedWall)) ms, \(m.rows) rows\n")
            }
            result.facts = store.factCount
            result.bytesPerFact = Double(store.memoryBytes) / Double(max(1, store.factCount))
            result.breakdown = store.memoryBreakdown.map {
                ($0.part, Double($0.bytes) / Double(max(1, store.factCount)))
            }
            Console.err(
                "bench: bytes a fact "
                    + result.breakdown.map { String(format: "%@ %.2f", $0.part, $0.perFact) }.joined(separator: ", ")
                    + "\n")
        }()
        guard size <= peersUpTo else { return result }
        let sqlite = try peer("python3", engine: "sqlite", tsv: tsv, sqlFile: sqlFile)
        result.sqlite = sqlite.timings
        result.sqliteVersion = sqlite.version
        if FileManager.default.isExecutableFile(atPath: duckdbPython) {
            let duck = try peer(duckdbPython, engine: "duckdb", tsv: tsv, sqlFile: sqlFile)
            result.duckdb = duck.timings
            result.duckdbVersion = duck.version
        } else {
            Console.err("bench: \(duckdbPython) is missing (Scripts/engines-venv.sh makes it); DuckDB skipped\n")
        }
        return result
    }

    /// The fact set of `size` million facts, written by the peer script when missing.
    private func factSet(_ size: Double) throws -> String {
        let path = work + "/facts-\(Self.label(size))m.tsv"
        if FileManager.default.fileExists(atPath: path) { return path }
        Console.err("bench: writing \(path) with \(peerScript) --dump --scale \(size)\n")
        let partial = path + ".partial"
        _ = try Child.output(["python3", peerScript, "--dump", partial, "--scale", "\(size)"])
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        return path
    }

    static func label(_ size: Double) -> String {
        size == size.rounded() ? String(Int(size)) : String(size)
    }

    /// One query through `session`: as typed (nothing kept), then reused.
    private func time(_ q: QueryShape, in session: QuerySession) -> Timing {
        var timing = Timing()
        session.keepsStatements = false
        var out = ""
        var errors = ""
        session.run(
            q.newsq, sourceName: "bench", stopAtFirstError: true, output: { out += $0 }, errors: { errors += $0 })
        if !errors.isEmpty { Console.err("bench: \(q.name): \(errors)") }
        let lines = out.split(separator: "\n", omittingEmptySubsequences: true).dropFirst().map(String.init)
        timing.rows = lines.count
        timing.digest = Self.digest(lines)
        (timing.typedWall, timing.typedCPU) = repeatedly {
            session.run(q.newsq, sourceName: "bench", stopAtFirstError: true, output: { _ in }, errors: { _ in })
        }
        session.keepsStatements = true
        (timing.reusedWall, timing.reusedCPU) = repeatedly {
            session.run(q.newsq, sourceName: "bench", stopAtFirstError: true, output: { _ in }, errors: { _ in })
        }
        session.keepsStatements = false
        return timing
    }

    /// Median wall and CPU seconds of `body`: one untimed run, then at least `runs` runs and
    /// more until 0.2 s have passed (at most 1,000).
    private func repeatedly(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        body()
        var walls: [Double] = [], cpus: [Double] = []
        var spent = Clock()
        var total = 0.0
        while walls.count < runs || (total < 0.2 && walls.count < 1000) {
            let cpu0 = Self.threadCPU()
            var t = Clock()
            body()
            walls.append(t.lap())
            cpus.append(Self.threadCPU() - cpu0)
            total += spent.lap()
        }
        return (Self.median(walls), Self.median(cpus))
    }

    private static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
    }

    /// FNV-1a (64 bits) of the lines sorted and joined by line breaks, in hex: what
    /// `shapes_bench.py` computes over its rows.
    static func digest(_ lines: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, line) in lines.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }).enumerated() {
            if i > 0 {
                h ^= 10
                h = h &* 0x100_0000_01b3
            }
            for b in line.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
        }
        return String(h, radix: 16)
    }

    /// Runs `shapes_bench.py` with `python` for `engine`.
    private func peer(
        _ python: String, engine: String, tsv: String, sqlFile: String
    ) throws -> (
        timings: [String: PeerTiming], version: String
    ) {
        Console.err("bench: \(engine) over \(tsv)\n")
        var command = [python, shapesScript, tsv, sqlFile, "--engine", engine, "--reps", "\(runs)"]
        if let only { command += ["--only", only] }
        let json = try Child.output(command)
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let shapes = object["shapes"] as? [String: [String: Any]]
        else { throw ValidationError("\(shapesScript) printed no JSON:\n\(json)") }
        var out: [String: PeerTiming] = [:]
        for (name, figures) in shapes {
            out[name] = PeerTiming(
                ms: figures["median_ms"] as? Double ?? .nan, cpuMS: figures["cpu_ms"] as? Double ?? .nan,
                typedMS: figures["typed_ms"] as? Double, typedCPUMS: figures["typed_cpu_ms"] as? Double,
                rows: figures["rows"] as? Int ?? -1,
                digest: figures["digest"] as? String ?? "")
        }
        return (out, object["version"] as? String ?? "?")
    }

    // MARK: - Tables

    private func write(_ r: SizeResult, size: Double, to report: inout BenchReport) {
        report.line("\n## \(Fmt.int(r.facts)) facts (`peer_bench.py --dump --scale \(Self.label(size))`)\n")
        report.line(
            "Load average at the start: \(r.load). newsq imported the TSV with its indexes in "
                + String(
                    format: "%.2f s; %.0f bytes a fact (`FactStore.memoryBytes`). ", r.importSeconds, r.bytesPerFact)
                + "newsq typed = parse, resolve, plan, run and write TSV, nothing kept; reused = the statement "
                + "kept planned. Times are medians in ms (wall; CPU of this thread in brackets). SQLite "
                + "\(r.sqliteVersion.isEmpty ? "-" : r.sqliteVersion) and DuckDB \(r.duckdbVersion.isEmpty ? "-" : r.duckdbVersion) "
                + "through Python (`execute().fetchall()`), over `facts(s, p, o)`, each fact once; their CPU in "
                + "brackets is SQLite's thread and DuckDB's process (all its threads). SQLite typed = the statement "
                + "prepared (parsed and planned) each call, a connection with `cached_statements=0`; SQLite cached = "
                + "Python's statement cache, which reuses the statement prepared for the same SQL text, so it is "
                + "never parsed again. DuckDB prepares each call. Ratios, wall (CPU): SQLite typed and DuckDB over "
                + "newsq typed (a statement as a user types it, on both sides); SQLite cached over newsq reused "
                + "(a prepared statement run again, on both sides). Rows agree: same count and digest of the "
                + "sorted rows.\n")
        if !r.breakdown.isEmpty {
            report.line(
                "Bytes a fact by part: "
                    + r.breakdown.filter { $0.perFact >= 0.005 }.map { String(format: "%@ %.2f", $0.part, $0.perFact) }
                    .joined(separator: ", ") + ".\n")
        }
        var rows: [[String]] = []
        for q in queries {
            guard let m = r.newsq[q.name] else { continue }
            let s = r.sqlite[q.name], d = r.duckdb[q.name]
            func ratio(_ ms: Double?, _ cpuMS: Double?, over wall: Double, _ cpu: Double) -> String {
                guard let ms, let cpuMS, ms.isFinite else { return "-" }
                return String(format: "%.1f× (%.1f×)", ms / 1000 / wall, cpuMS / 1000 / cpu)
            }
            func time(_ ms: Double?, _ cpuMS: Double?) -> String {
                guard let ms, let cpuMS else { return "-" }
                return "\(Fmt.ms(ms / 1000)) (\(Fmt.ms(cpuMS / 1000)))"
            }
            func agree(_ p: PeerTiming?) -> String {
                guard let p else { return "-" }
                return p.rows == m.rows && p.digest == m.digest ? "yes" : "**NO** (\(p.rows))"
            }
            rows.append([
                q.name, "`\(q.newsq)`",
                "\(Fmt.ms(m.typedWall)) (\(Fmt.ms(m.typedCPU)))", "\(Fmt.ms(m.reusedWall)) (\(Fmt.ms(m.reusedCPU)))",
                time(s?.typedMS, s?.typedCPUMS), time(s?.ms, s?.cpuMS), time(d?.ms, d?.cpuMS),
                ratio(s?.typedMS, s?.typedCPUMS, over: m.typedWall, m.typedCPU),
                ratio(s?.ms, s?.cpuMS, over: m.reusedWall, m.reusedCPU),
                ratio(d?.ms, d?.cpuMS, over: m.typedWall, m.typedCPU),
                Fmt.int(m.rows), agree(s), agree(d),
            ])
        }
        report.table(
            [
                "query", "newsq statement", "newsq typed", "newsq reused", "SQLite typed", "SQLite cached", "DuckDB",
                "SQLite typed/newsq typed", "SQLite cached/newsq reused", "DuckDB/newsq typed", "rows",
                "SQLite rows agree", "DuckDB rows agree",
            ], rows)
    }

    private func growth(_ bySize: [(size: Double, result: SizeResult)], to report: inout BenchReport) {
        let (small, large) = (bySize[0], bySize[bySize.count - 1])
        let factor = Double(large.result.facts) / Double(max(1, small.result.facts))
        report.line(
            "\n## Growth: \(Fmt.int(small.result.facts)) → \(Fmt.int(large.result.facts)) facts "
                + String(format: "(×%.1f)\n", factor))
        report.line(
            "newsq typed, median CPU ms of this thread (wall in brackets); growth = time at the larger size over "
                + "time at the smaller (the peers' growth by their CPU time too); the target is at most ×12 for ×10 facts. "
                + "Bytes a fact: "
                + bySize.map { String(format: "%.0f at %@ M", $0.result.bytesPerFact, Self.label($0.size)) }
                .joined(separator: ", ") + ".\n")
        var rows: [[String]] = []
        for q in queries {
            guard let a = small.result.newsq[q.name], let b = large.result.newsq[q.name] else { continue }
            var row = [q.name]
            for (_, r) in bySize {
                let m = r.newsq[q.name]
                row.append(m.map { "\(Fmt.ms($0.typedCPU)) (\(Fmt.ms($0.typedWall)))" } ?? "-")
            }
            row.append(String(format: "×%.1f", b.typedCPU / a.typedCPU))
            row.append(String(format: "×%.1f", Double(b.rows) / Double(max(1, a.rows))))
            for (peerSmall, peerLarge) in [
                (small.result.sqlite, large.result.sqlite), (small.result.duckdb, large.result.duckdb),
            ] {
                if let x = peerSmall[q.name], let y = peerLarge[q.name] {
                    row.append(String(format: "×%.1f", y.cpuMS / x.cpuMS))
                } else {
                    row.append("-")
                }
            }
            rows.append(row)
        }
        report.table(
            ["query"] + bySize.map { "newsq at \(Self.label($0.size)) M" } + [
                "newsq growth", "rows growth", "SQLite growth", "DuckDB growth",
            ], rows)
    }
}

extension Machine {
    /// The load averages over 1, 5 and 15 minutes (`/proc/loadavg`), as the kernel writes them.
    static var loadAverage: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
