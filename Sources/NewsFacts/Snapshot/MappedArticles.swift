/// The article records of a mapped snapshot, read where they lie: found by where each ends
/// (`ArticleSection`, stored in the snapshot), and checked and decoded when asked for.
///
/// Checking every record at open (333,000 sentence entries and 11,112 ids hashed to find one
/// stored twice) took a quarter of a one-shot query's instructions over 11,000 articles; most
/// questions read a few records or none. A record is checked as it is decoded (`article()`
/// refuses what does not hold together, and bytes left after it); damage is recorded in
/// `log` (the store's `snapshotDamage`, which the command line reports and which has the
/// snapshot rebuilt) and the article reads as empty. `checkAll()` checks them all at once
/// (`NEWSQ_SNAPSHOT=verify`).
struct MappedArticles {
    let section: ArticleSection
    let path: String
    /// Keeps the file mapped while the records are read.
    let mapping: SnapshotMapping
    /// Where damage found on read goes (nil when every record was checked at open).
    let log: SnapshotDamageLog?

    var count: Int { section.count }

    /// Keeps `error`'s reason in `log`, naming the record it was found in (counted from 1, as
    /// a user reads it) so that a report says where, not only what.
    private func record(_ error: Error, at i: Int) {
        guard let log else { return }
        let place = "article record \(i + 1) of \(count)"
        if let snapshot = error as? SnapshotError, case .malformed(let why) = snapshot.reason {
            log.record("\(place): \(why)")
        } else {
            log.record("\(place): \(error)")
        }
    }

    /// Article `i`, checked and decoded; when its record does not hold together, an empty
    /// article (the damage recorded in `log`).
    func article(_ i: Int) -> StoredArticle {
        do {
            var r = try section.reader(i, path: path, mapping: mapping)
            let stored = try r.article()
            try r.checkEnd(of: stored.article.id)
            return stored
        } catch {
            record(error, at: i)
            return StoredArticle(
                article: Article(id: id(i), text: ""), sentenceRanges: [], overrides: [:], contentHash: 0,
                sourceFile: nil, factCount: 0)
        }
    }

    /// Article `i`'s id (the first field of its record; "" when it cannot be read).
    func id(_ i: Int) -> String {
        do {
            var r = try section.reader(i, path: path, mapping: mapping)
            return try r.string()
        } catch {
            record(error, at: i)
            return ""
        }
    }

    /// Article `i`'s count of facts, its other fields skipped (0 when it cannot be read).
    func factCount(_ i: Int) -> Int {
        do {
            var r = try section.reader(i, path: path, mapping: mapping)
            return try r.articleFactCount()
        } catch {
            record(error, at: i)
            return 0
        }
    }

    /// Checks every record as `article()` would decode it, and that no id is stored twice.
    ///
    /// - Throws: `SnapshotError.malformed` naming the first article that does not hold
    ///   together.
    func checkAll() throws {
        var ids = ArticleIDTable(capacity: count)
        for i in 0..<count {
            var r = try section.reader(i, path: path, mapping: mapping)
            let id = try r.checkArticle()
            try r.checkEnd(of: String(decoding: id, as: UTF8.self))
            guard ids.insert(id) else {
                throw r.damaged("article '\(String(decoding: id, as: UTF8.self))' is stored twice")
            }
        }
    }
}
