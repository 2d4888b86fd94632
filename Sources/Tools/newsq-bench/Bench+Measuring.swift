import Foundation
import NewsqCLI
import Query

/// How `newsq-bench run` times a statement and summarises its runs.
extension Bench {
    /// One warm-up and `runs` timed runs of a statement; the median seconds and the rows of
    /// the warm-up (TSV lines, less the header line). With `keepsStatements` the statement is
    /// parsed and planned once and run again (reused, as a prepared statement is); without,
    /// every run parses, resolves and plans it as typed.
    func measure(_ text: String, session: QuerySession, keepsStatements: Bool) -> (median: Double, rows: Int) {
        session.keepsStatements = keepsStatements
        defer { session.keepsStatements = true }
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

    func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
    }
}
