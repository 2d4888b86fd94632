import Foundation
import NewsFacts

/// What one load of article and facts files did to the store.
public struct LoadReport {
    public var files = 0
    public var bytes = 0
    public var articlesAdded = 0
    public var articlesReplaced = 0
    public var articlesUnchanged = 0
    public var factsAdded = 0
    public var entitiesAdded = 0
    /// Files skipped, each a rendered `Diagnostic` (`PATH: error: reason`, or with the line and
    /// a caret): they make the exit status 1.
    public var problems: [String] = []
    /// Loaded, but worth saying (an article id taken by another file), each `PATH: what`.
    public var warnings: [String] = []
    /// Passed over with nothing lost (a link to a folder read already), for `--verbose`, each
    /// `PATH: what` (not an error).
    public var notes: [String] = []
    /// Each file read, with the size and time of the version read (for the snapshot).
    public var observed: [SnapshotInput] = []
    public var seconds = 0.0

    /// A path passed over with nothing lost, as `notes` holds it.
    static func note(_ passed: SkippedPath) -> String { "\(passed.path): \(passed.reason)" }

    /// One line for a person: `214 files (1.1 MB) in 0.21 s: +1,930 entities, +18,402 facts; 2 skipped`.
    public var summary: String {
        var parts = [
            "\(LoadReport.counted(files, "file")) (\(LoadReport.size(bytes))) in \(String(format: "%.2f", seconds)) s:"
        ]
        parts.append(
            "+\(LoadReport.counted(entitiesAdded, "entity", "entities")), +\(LoadReport.counted(factsAdded, "fact"))")
        var tail: [String] = []
        if articlesReplaced > 0 { tail.append("\(articlesReplaced) replaced") }
        if articlesUnchanged > 0 { tail.append("\(articlesUnchanged) unchanged") }
        if !problems.isEmpty { tail.append("\(problems.count) skipped") }
        return parts.joined(separator: " ") + (tail.isEmpty ? "" : "; " + tail.joined(separator: ", "))
    }

    /// `1 fact`, `2 facts`, `1,930 entities`: a count with its noun, singular for one.
    public static func counted(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(grouped(n)) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// `1234567` as `1,234,567`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// A byte count for a person: `812 B`, `4.2 kB`, `1.1 MB`.
    public static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000
            ? String(format: "%.1f MB", Double(bytes) / 1e6)
            : bytes >= 1_000 ? String(format: "%.1f kB", Double(bytes) / 1e3) : "\(bytes) B"
    }
}

extension LoadReport {
    /// Adds the counts of a later part of the same load.
    mutating func merge(_ other: LoadReport) {
        files += other.files
        bytes += other.bytes
        articlesAdded += other.articlesAdded
        articlesReplaced += other.articlesReplaced
        articlesUnchanged += other.articlesUnchanged
        factsAdded += other.factsAdded
        entitiesAdded += other.entitiesAdded
        problems += other.problems
        warnings += other.warnings
        notes += other.notes
        observed += other.observed
        seconds += other.seconds
    }
}
