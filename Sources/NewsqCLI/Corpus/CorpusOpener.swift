import Foundation
import NewsFacts

/// Opens the corpus a command names: which paths it means, and whether the snapshot beside
/// them (DIR/.newsq-snapshot, see SnapshotCache) can stand in for reading them.
///
/// For example:
///
///     let paths = CorpusOpener.paths(data: nil, noData: false, files: ["extra.facts"])
///     let report = CorpusOpener.open(paths: paths, into: store, verbose: false)
///
/// Skipped files are always named on standard error; `verbose` adds what was passed over and
/// a summary line.
public enum CorpusOpener {
    /// The paths a command loads: `data` when given, else `./Data` when it exists, no FILES
    /// were named and `noData` is off; then the FILES.
    public static func paths(
        data: String?, noData: Bool, files: [String],
        dataFolderExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    )
        -> [String]
    {
        var paths: [String] = []
        if let data {
            paths.append(data)
        } else if !noData && files.isEmpty && dataFolderExists("Data") {
            paths.append("Data")
        }
        return paths + files
    }

    /// Loads `paths` into `store`, through the snapshot when it is still valid.
    ///
    /// The snapshot policy: used only when the store is empty; article files added, changed or
    /// removed since it was written are read again (or dropped) on top of it; a changed facts
    /// file, a new newsq or a damaged snapshot rebuilds it all. A damaged one
    /// (`SnapshotError.isDamage`) is also named in the report's first warning, said with or
    /// without `verbose`; why a stale one is rebuilt is said only when `verbose`. It is saved
    /// again only after a clean load, so skipped files are named again on the next start.
    /// `NEWSQ_SNAPSHOT=off` turns it off (see `SnapshotCache`).
    ///
    /// - Parameter environment: where `NEWSQ_SNAPSHOT` is looked up.
    @discardableResult
    public static func open(
        paths: [String], into store: FactStore, verbose: Bool,
        environment: [String: String] = ProcessEnvironment.values(["NEWSQ_SNAPSHOT"])
    ) -> LoadReport {
        let cache =
            store.factCount == 0 && !paths.isEmpty
            ? SnapshotCache(paths: paths, named: CorpusLoader.isLoadable, environment: environment) : nil
        var restored: LoadReport?
        var refreshed: SnapshotChanges?
        var damaged: SnapshotError?
        if let cache {
            let start = Date()
            do {
                let changes = try cache.restore(into: store, accepting: CorpusLoader.canRefresh)
                var report = LoadReport()
                if !changes.isEmpty {
                    guard let update = CorpusLoader.refresh(store, with: changes, roots: paths) else {
                        throw SnapshotError(
                            path: cache.path,
                            reason: .stale("an article id two files share is involved in the changes"))
                    }
                    report = update
                    refreshed = changes
                    if verbose {
                        Console.err(
                            "newsq: snapshot used with \(changes.changed.count) file(s) read again "
                                + "and \(changes.removed.count) gone\n")
                    }
                }
                report.files = cache.inputs.files.count
                report.bytes = Int(cache.inputs.files.reduce(0) { $0 + max($1.size, 0) })
                report.articlesAdded = store.articles.count
                report.factsAdded = store.factCount
                report.entitiesAdded = CorpusLoader.entityCount(store)
                report.seconds = Date().timeIntervalSince(start)
                restored = report
            } catch {
                // Whatever the snapshot put in the store goes: the load starts from nothing.
                store.removeAll()
                if let damage = error as? SnapshotError, damage.isDamage {
                    damaged = damage
                } else if verbose {
                    Console.err("newsq: \(error); rebuilding it\n")
                }
            }
        }
        var report = restored ?? CorpusLoader.load(paths: paths, into: store)
        if let damaged { report.warnings.insert(Self.rebuiltWarning(damaged), at: 0) }
        // The snapshot records each file as it was when read (see SnapshotInputs.recording).
        if restored == nil || refreshed != nil, let cache, report.problems.isEmpty {
            let reread = refreshed.map { Set($0.changed) }
            let expected: (String) -> Bool = { path in
                CorpusLoader.isLoadable(path) && (reread?.contains(path) ?? true)
            }
            try? cache.save(store, observed: report.observed, expected: expected)
        }
        for problem in report.problems { Console.err("newsq: skipped \(problem)\n") }
        for warning in report.warnings { Console.err("newsq: warning: \(warning)\n") }
        if verbose {
            for note in report.notes { Console.err("newsq: passed over \(note)\n") }
            Console.err("loaded \(report.summary)\n")
        }
        return report
    }

    /// The one line said for a damaged snapshot, which is rebuilt all the same:
    /// `Data/.newsq-snapshot: snapshot damaged: checksum mismatch; rebuilt from the files`.
    static func rebuiltWarning(_ damage: SnapshotError) -> String {
        "\(damage.path): \(damage.message); rebuilt from the files"
    }
}
