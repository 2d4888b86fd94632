import Foundation
import NewsqCLI

/// Markdown lines and tables, echoed to standard output as they are made.
struct BenchReport {
    var text = ""

    mutating func line(_ s: String) {
        text += s + "\n"
        Console.out(s + "\n")
    }

    mutating func table(_ header: [String], _ rows: [[String]]) {
        line("| " + header.joined(separator: " | ") + " |")
        line("|" + header.indices.map { $0 < 1 ? "---|" : "---:|" }.joined())
        for r in rows { line("| " + r.joined(separator: " | ") + " |") }
    }

    /// Rows in TSV output: non-empty lines, less the header line, less a trailing summary.
    static func rowCount(_ tsv: String) -> Int {
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: true)
        return max(0, lines.count - 1)
    }
}

/// Figures as the results tables show them.
enum Fmt {
    static func int(_ n: Int) -> String { LoadReport.grouped(n) }
    static func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    static func ms(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return ms < 0.01
            ? String(format: "%.4f", ms)
            : ms < 1 ? String(format: "%.3f", ms) : ms < 100 ? String(format: "%.2f", ms) : String(format: "%.0f", ms)
    }
    static func rate(_ perSecond: Double) -> String { LoadReport.grouped(Int(perSecond.isFinite ? perSecond : 0)) }
}
