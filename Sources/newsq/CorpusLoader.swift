import Foundation
import NewsFacts
import Extraction

/// What one load of article and facts files did to the store.
struct LoadReport {
    var files = 0
    var bytes = 0
    var articlesAdded = 0
    var articlesReplaced = 0
    var articlesUnchanged = 0
    var factsAdded = 0
    var entitiesAdded = 0
    /// Files skipped, each `PATH: reason`.
    var problems: [String] = []
    var seconds = 0.0

    /// One line for a person: `214 files (1.1 MB) in 0.21 s: +1,930 entities, +18,402 facts; 2 skipped`.
    var summary: String {
        var parts = ["\(files) file\(files == 1 ? "" : "s") (\(LoadReport.size(bytes))) in \(String(format: "%.2f", seconds)) s:"]
        parts.append("+\(LoadReport.grouped(entitiesAdded)) entities, +\(LoadReport.grouped(factsAdded)) facts")
        var tail: [String] = []
        if articlesReplaced > 0 { tail.append("\(articlesReplaced) replaced") }
        if articlesUnchanged > 0 { tail.append("\(articlesUnchanged) unchanged") }
        if !problems.isEmpty { tail.append("\(problems.count) skipped") }
        return parts.joined(separator: " ") + (tail.isEmpty ? "" : "; " + tail.joined(separator: ", "))
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6)
            : bytes >= 1_000 ? String(format: "%.1f kB", Double(bytes) / 1e3) : "\(bytes) B"
    }
}

/// Reads article files (`.txt .json .jsonl`) and curated facts files (`.facts .tsv`) into a
/// store: read → extract (all cores) → load. Bad files are reported and skipped; what the
/// store held before is never lost.
enum CorpusLoader {
    static let factsExtensions: Set<String> = ["facts", "tsv"]

    /// Loads `paths` into `store`. `isCancelled` (Ctrl-C at the prompt) is asked before each
    /// file and article and within an article's extraction: once it says stop, what was loaded
    /// stays and the rest is reported as cancelled.
    static func load(paths: [String], into store: FactStore, isCancelled: CancellationCheck? = nil) -> LoadReport {
        let start = Date()
        var report = LoadReport()
        let typeCountBefore = entityCount(store)
        let factsBefore = store.factCount
        var articlePaths: [String] = []
        for path in paths {
            let ext = (path as NSString).pathExtension.lowercased()
            if factsExtensions.contains(ext) {
                if isCancelled?() == true { continue }
                loadFactsFile(path, store: store, report: &report)
                continue
            }
            articlePaths.append(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                for file in factsFiles(under: path) { loadFactsFile(file, store: store, report: &report) }
            }
        }
        if !articlePaths.isEmpty {
            let read = ArticleReader.read(paths: articlePaths)
            report.files += read.filesRead
            report.bytes += read.bytesRead
            report.problems += read.problems.map { "\($0)" }
            // A batch at a time: each batch's extraction results are freed once loaded, so a
            // large corpus never holds all of them at once.
            let batchSize = 4096
            for start in stride(from: 0, to: read.articles.count, by: batchSize) {
                let batch = Array(read.articles[start..<min(start + batchSize, read.articles.count)])
                let extracted = Extractor.extract(batch, parallel: true, isCancelled: isCancelled)
                for facts in extracted.facts {
                    switch store.load(facts) {
                    case .added: report.articlesAdded += 1
                    case .replaced: report.articlesReplaced += 1
                    case .unchanged: report.articlesUnchanged += 1
                    }
                }
                if extracted.cancelled > 0 {
                    let left = read.articles.count - start - extracted.facts.count
                    report.problems.append("the rest (\(left) article\(left == 1 ? "" : "s")): cancelled with Ctrl-C")
                    break
                }
            }
        }
        store.shrinkToFit()
        report.factsAdded = store.factCount - factsBefore
        report.entitiesAdded = entityCount(store) - typeCountBefore
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// Whether a snapshot with these changed files can be brought up to date by `refresh`:
    /// article files can be read again; a facts file changes what every load would hold.
    static func canRefresh(_ changes: SnapshotChanges) -> Bool {
        !(changes.changed + changes.removed).contains { ArticleReader.hasExtension($0, in: factsExtensions) }
    }

    /// Brings a store restored from a snapshot up to date: drops the articles of changed and
    /// removed files, then reads the changed article files again.
    static func refresh(_ store: FactStore, with changes: SnapshotChanges) -> LoadReport {
        store.removeArticles(fromFiles: Set(changes.changed + changes.removed))
        return load(paths: changes.changed.filter { ArticleReader.hasExtension($0, in: ArticleReader.extensions) }, into: store)
    }

    /// Entities the store knows: distinct subjects of `type` facts.
    static func entityCount(_ store: FactStore) -> Int {
        store.predicateID("type").map { store.statistics(predicate: $0).subjects } ?? 0
    }

    private static func loadFactsFile(_ path: String, store: FactStore, report: inout LoadReport) {
        report.files += 1
        report.bytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        do {
            try FactsFile.load(path: path, into: store)
        } catch {
            report.problems.append("\(error)")
        }
    }

    private static func factsFiles(under directory: String) -> [String] {
        ArticleReader.files(under: directory, extensions: factsExtensions)
    }
}
