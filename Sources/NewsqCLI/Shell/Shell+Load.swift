import Foundation
import LineEditor
import NewsFacts

/// `.load`: article and facts files, folders and globs into the session's store, with
/// progress on a terminal and a summary line.
extension Shell {
    /// Adds article and facts files to the session: paths, folders (walked for .txt .json
    /// .jsonl .facts .tsv) and glob patterns. A folder or a pattern passes over what is not
    /// loadable (`CorpusLoader.isLoadable`: `README.md`, `LICENSE.txt`); a file named on its own
    /// is read whatever its name. On a terminal, a long load shows its progress.
    ///
    /// A path that names nothing is said as a `Diagnostic` with a caret under it; the other
    /// paths still load.
    func load(_ line: DotCommandLine) -> Bool {
        var files: [String] = []
        var folders: [String] = []
        var missing: [Int] = []
        var skipped: [String] = []
        for (i, arg) in line.args.enumerated() {
            let expanded = Shell.expandingTilde(arg)
            let isPattern = Shell.isPattern(arg)
            let matches = isPattern ? Glob.paths(matching: expanded) : [expanded]
            var found = false
            for path in matches {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                found = true
                if isFolder.boolValue {
                    let listing = FolderWalk.list(path, wanted: CorpusLoader.isLoadable)
                    files += listing.paths
                    skipped += listing.skipped.map(\.description)
                    folders.append(path)
                } else if !isPattern || CorpusLoader.isLoadable(path) {
                    files.append(path)
                }
            }
            if !found { missing.append(i) }
        }
        for i in missing {
            // Word i + 1 of the line is args[i] (word 0 is the command). A pattern names no
            // file of its own: it matched none (as `newsq 'wires/*'` says at start-up).
            let shown = TerminalSafe.escape(line.args[i])
            let why = Shell.isPattern(line.args[i]) ? "no file matches '\(shown)'" : "no such file or folder '\(shown)'"
            err(line.failure(".load: " + why, at: i + 1).render())
        }
        for problem in skipped { err("skipped \(problem)\n") }
        guard !files.isEmpty else {
            if missing.isEmpty && skipped.isEmpty {
                err(line.failure(".load: nothing to load: no .txt .json .jsonl .facts or .tsv files there").render())
            }
            return false
        }
        var report = loadWithProgress(files, roots: folders + files)
        for problem in report.problems { err("skipped \(problem)\n") }
        for warning in report.warnings { err("warning: \(warning)\n") }
        report.problems += skipped
        out(Shell.describe(report, skippedMissing: missing.count) + "\n")
        // Anything skipped makes the exit status 1, as at start-up; what did load is there, so
        // the script goes on (`.bail` stops only at a command that loaded nothing).
        if !(missing.isEmpty && report.problems.isEmpty) { skippedInputs = true }
        return true
    }

    /// Whether a `.load` argument is a glob pattern newsq expands itself (`*`, `?` or `[`).
    static func isPattern(_ arg: String) -> Bool { arg.contains(where: { "*?[".contains($0) }) }

    private func loadWithProgress(_ files: [String], roots: [String]) -> LoadReport {
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let totalBytes = sizes.reduce(0, +)
        let showProgress = interactive && isatty(STDERR_FILENO) != 0 && (files.count > 40 || totalBytes > 4_000_000)
        // At the prompt Ctrl-C sets the interrupt flag: the loader stops between articles and
        // within a long one, keeping what it loaded.
        var isCancelled: (@Sendable () -> Bool)?
        if interactive { isCancelled = { Interrupt.isSet } }
        if interactive { Interrupt.reset() }
        guard showProgress else {
            return CorpusLoader.load(paths: files, into: store, roots: roots, isCancelled: isCancelled)
        }

        let start = Date()
        var total = LoadReport()
        var done = 0, doneBytes = 0
        // About twenty steps: each batch ends with the store rebuilding its indexes.
        let batch = max(8, files.count / 20)
        while done < files.count {
            if Interrupt.isSet {
                total.problems.append("the rest (\(files.count - done) files): cancelled with Ctrl-C")
                break
            }
            let end = min(files.count, done + batch)
            let part = CorpusLoader.load(
                paths: Array(files[done..<end]), into: store, roots: roots, isCancelled: isCancelled)
            total.merge(part)
            doneBytes += sizes[done..<end].reduce(0, +)
            done = end
            let elapsed = max(Date().timeIntervalSince(start), 0.001)
            let rate = Double(doneBytes) / 1e6 / elapsed
            Console.errControl(
                "\rloading \(done)/\(files.count) files · \(LoadReport.size(doneBytes)) · "
                    + String(format: "%.1f MB/s", rate) + "\u{1B}[K")
        }
        Console.errControl("\r\u{1B}[K")
        total.seconds = Date().timeIntervalSince(start)
        return total
    }

    /// `214 files (1.1 MB) in 0.21 s: +21 articles, +1,930 entities, +18,402 facts; 2 skipped`;
    /// when every file was skipped, `nothing loaded: 1 file skipped (named above)`.
    static func describe(_ report: LoadReport, skippedMissing: Int = 0) -> String {
        let skipped = report.problems.count + skippedMissing
        if report.files == 0 && skipped > 0 {
            return "nothing loaded: \(LoadReport.counted(skipped, "file")) skipped (named above)"
        }
        var line =
            "\(LoadReport.counted(report.files, "file")) (\(LoadReport.size(report.bytes))) in "
            + String(format: "%.2f", report.seconds) + " s: "
        if report.articlesAdded > 0 { line += "+\(LoadReport.counted(report.articlesAdded, "article")), " }
        line +=
            "+\(LoadReport.counted(report.entitiesAdded, "entity", "entities")), "
            + "+\(LoadReport.counted(report.factsAdded, "fact"))"
        var tail: [String] = []
        if report.articlesReplaced > 0 { tail.append("\(report.articlesReplaced) replaced") }
        if report.articlesUnchanged > 0 { tail.append("\(report.articlesUnchanged) already loaded") }
        if skipped > 0 { tail.append("\(skipped) skipped (named above)") }
        return line + (tail.isEmpty ? "" : "; " + tail.joined(separator: ", "))
    }
}
