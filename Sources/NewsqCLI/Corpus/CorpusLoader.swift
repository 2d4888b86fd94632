import Extraction
import Foundation
import NewsFacts

/// Reads article files (`.txt .json .jsonl`) and curated facts files (`.facts .tsv`) into a
/// store: read → extract (all cores) → load. Bad files are reported and skipped; what the
/// store held before is never lost.
public enum CorpusLoader {
    static let factsExtensions: Set<String> = ["facts", "tsv"]

    /// Whether newsq reads a file of this name (or path) that a folder walk or a pattern
    /// finds: an article or a facts file, and not the folder's documentation (`README.txt`,
    /// `LICENSE.txt`: `ArticleReader.isDocumentation`).
    @Sendable static func isLoadable(_ name: String) -> Bool {
        (ArticleReader.hasExtension(name, in: ArticleReader.extensions)
            || ArticleReader.hasExtension(name, in: factsExtensions))
            && !ArticleReader.isDocumentation(name)
    }

    /// Loads files, folders and glob patterns: facts files as they come, then articles in path
    /// order. A pattern (`'wires/*'` quoted on the command line) gives the folders and the
    /// loadable files it matches (`expandingPattern`), facts files among them.
    ///
    /// - Parameter roots: the folders the paths were found under, for ids made unique by
    ///   path (`ArticleIDs`); by default the paths themselves.
    ///
    /// `isCancelled` (Ctrl-C at the prompt) is asked before each file and article and within an
    /// article's extraction: once it says stop, what was loaded stays and the rest is reported as
    /// cancelled.
    static func load(
        paths: [String], into store: FactStore, roots: [String]? = nil,
        isCancelled: CancellationCheck? = nil
    ) -> LoadReport {
        let counts = Gain(of: store)
        var report = LoadReport()
        var ids = ArticleIDs(store: store, roots: roots ?? paths)
        // Articles are extracted and loaded once every facts file is in, in the order of `paths`.
        var articles = ArticleReadResult()
        var pending: [String] = []
        func readPending() {
            if !pending.isEmpty { articles.merge(ArticleReader.read(paths: pending)) }
            pending = []
        }
        for path in paths.flatMap(expandingPattern) {
            // A pattern left whole matched nothing: the reader names it as such (below).
            if ArticleReader.hasExtension(path, in: factsExtensions), !isPattern(path) {
                if isCancelled?() == true { continue }
                loadFactsFile(path, store: store, ids: &ids, report: &report)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                pending.append(path) // a file, a glob pattern or a missing path: the reader says which
                continue
            }
            readPending()
            // One walk finds both kinds of file (and names each folder it cannot read once).
            let listing = FolderWalk.list(path, wanted: isLoadable)
            report.problems += listing.skipped.map(\.description)
            report.notes += listing.repeated.map(LoadReport.note)
            var files: [String] = []
            for file in listing.paths {
                if ArticleReader.hasExtension(file, in: factsExtensions) {
                    loadFactsFile(file, store: store, ids: &ids, report: &report)
                } else {
                    files.append(file)
                }
            }
            articles.merge(ArticleReader.read(files: files))
        }
        readPending()
        ingest(articles, into: store, ids: &ids, report: &report, isCancelled: isCancelled)
        counts.close(&report)
        return report
    }

    /// A glob pattern (`wires/*`, `desk/*.facts`) as the folders and loadable files
    /// (`isLoadable`) it matches, sorted; a pattern that matches nothing stays as it is, for the
    /// reader to name, and so does any other path (a file named on its own is read whatever
    /// its name). Before, a pattern went to the article reader alone, which passed over the
    /// facts files it matched without a word.
    static func expandingPattern(_ path: String) -> [String] {
        guard isPattern(path) else { return [path] }
        let matches = Glob.paths(matching: path)
        guard !matches.isEmpty else { return [path] }
        return matches.filter { match in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: match, isDirectory: &isDirectory)
                && (isDirectory.boolValue || isLoadable(match))
        }
    }

    /// Whether `path` is a glob pattern rather than a path that exists (a file may be named
    /// `a[1].txt`).
    static func isPattern(_ path: String) -> Bool {
        path.contains(where: { "*?[".contains($0) }) && !FileManager.default.fileExists(atPath: path)
    }

    /// Extracts and loads what the reader read, with ids made unique first.
    private static func ingest(
        _ read: ArticleReadResult, into store: FactStore, ids: inout ArticleIDs,
        report: inout LoadReport, isCancelled: CancellationCheck? = nil
    ) {
        report.files += read.filesRead
        report.bytes += read.bytesRead
        report.problems += read.problems.map { "\($0)" }
        report.notes += read.repeated.map(LoadReport.note)
        report.observed += read.observed
        var articles = read.articles
        report.warnings += ids.assign(&articles)
        report.warnings += articles.compactMap(Self.unreadDateWarning)
        // A batch at a time: each batch's extraction results are freed once loaded, so a
        // large corpus never holds all of them at once.
        let batchSize = 4096
        for start in stride(from: 0, to: articles.count, by: batchSize) {
            let batch = Array(articles[start..<min(start + batchSize, articles.count)])
            let extracted = Extractor.extract(batch, parallel: true, isCancelled: isCancelled)
            for facts in extracted.facts {
                switch store.load(facts) {
                case .added: report.articlesAdded += 1
                case .replaced: report.articlesReplaced += 1
                case .unchanged: report.articlesUnchanged += 1
                }
            }
            if extracted.cancelled > 0 {
                let left = articles.count - start - extracted.facts.count
                report.problems.append("the rest (\(left) article\(left == 1 ? "" : "s")): cancelled with Ctrl-C")
                break
            }
        }
    }

    /// Whether a snapshot with these changed files can be brought up to date by `refresh`:
    /// article files can be read again; a facts file changes what every load would hold.
    static func canRefresh(_ changes: SnapshotChanges) -> Bool {
        !(changes.changed + changes.removed).contains { ArticleReader.hasExtension($0, in: factsExtensions) }
    }

    /// Brings a store restored from a snapshot up to date: drops the articles of changed and
    /// removed files, then reads the changed article files again.
    ///
    /// - Returns: nil, leaving the store as it was, when an article id that two files share is
    ///   involved: which file holds the plain id depends on every file (see `ArticleIDs`), so
    ///   only a fresh load gives what a fresh load gives.
    static func refresh(_ store: FactStore, with changes: SnapshotChanges, roots: [String]) -> LoadReport? {
        let counts = Gain(of: store)
        let involved = Set(changes.changed + changes.removed)
        var ids = ArticleIDs(store: store, roots: roots)
        var sharedIDs = Set<String>()
        for stored in store.articles {
            if let original = ids.originalID(of: stored.article.id, path: stored.article.path) {
                sharedIDs.insert(original)
            }
        }
        func isInvolved(_ stored: StoredArticle) -> Bool { stored.article.path.map(involved.contains) ?? false }
        for stored in store.articles where isInvolved(stored) {
            if sharedIDs.contains(stored.article.id)
                || ids.originalID(of: stored.article.id, path: stored.article.path) != nil
            {
                return nil
            }
        }
        let articleFiles = changes.changed.filter(ArticleReader.isArticleFile)
        let read = ArticleReader.read(paths: articleFiles)
        var readIDs = Set<String>()
        for article in read.articles {
            guard readIDs.insert(article.id).inserted, !sharedIDs.contains(article.id) else { return nil }
            if let held = store.article(id: article.id), !isInvolved(held) { return nil }
        }
        store.removeArticles(fromFiles: involved)
        var report = LoadReport()
        ingest(read, into: store, ids: &ids, report: &report)
        counts.close(&report)
        return report
    }

    /// What a load or a refresh added to a store, from what it held and the time when they
    /// began: `close` puts it in the report once the articles are in.
    private struct Gain {
        let store: FactStore
        let facts: Int
        let entities: Int
        let start = Date()

        init(of store: FactStore) {
            self.store = store
            facts = store.factCount
            entities = CorpusLoader.entityCount(store)
        }

        /// Gives the store back what it holds spare, then counts into `report` the facts and
        /// entities added (a refresh's removals count against them) and the time taken.
        func close(_ report: inout LoadReport) {
            store.shrinkToFit()
            report.factsAdded = store.factCount - facts
            report.entitiesAdded = CorpusLoader.entityCount(store) - entities
            report.seconds = Date().timeIntervalSince(start)
        }
    }

    /// Entities the store knows: distinct subjects of `type` facts.
    static func entityCount(_ store: FactStore) -> Int {
        store.predicateID("type").map { store.statistics(predicate: $0).subjects } ?? 0
    }

    /// Loads one `.facts` or `.tsv` file, read without blocking (a FIFO is refused) and with
    /// its size and time as read; a `.facts` file's article id is made unique like any other.
    private static func loadFactsFile(
        _ path: String, store: FactStore, ids: inout ArticleIDs,
        report: inout LoadReport
    ) {
        report.files += 1
        do {
            let (bytes, stamp) = try RegularFile.read(path, maxBytes: FactsFile.maxBytes(path))
            report.bytes += bytes.count
            report.observed.append(stamp)
            if ArticleReader.hasExtension(path, in: ["tsv"]) {
                try store.importTSV(bytes, file: path)
                return
            }
            var parsed = try FactsFile.parse(bytes, path: path)
            var article = [parsed.article]
            report.warnings += ids.assign(&article)
            parsed.article.id = article[0].id
            store.load(parsed)
        } catch {
            report.problems.append("\(error)")
        }
    }

    /// "Data/a.json: date 'next Tuesday' is not a date newsq reads; …": a date field the reader
    /// could not read is said, not dropped in silence.
    public static func unreadDateWarning(_ article: Article) -> String? {
        guard let text = article.unreadDate else { return nil }
        let shown = TerminalSafe.escape(String(text.prefix(80)))
        let fallback = article.date.map { "the date \($0.iso) is taken from its text" } ?? "the article has no date"
        return "\(article.path ?? article.id): date '\(shown)' is not a date newsq reads (2021-01-27,"
            + " January 27, 2021, RFC 2822 or ISO 8601 with a time); \(fallback)"
    }
}
