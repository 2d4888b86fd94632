/// The article records of a mapped snapshot, read where they lie: where each record starts
/// (found and checked at open by `SnapshotReader.articleRecords()`), and the decoding of one
/// record when it is asked for.
///
/// Decoding at open every record of a large corpus (its id, title, text and sentence table as
/// values, and the dictionary from id to article) took a fifth of a one-shot query's time over
/// 11,000 articles; most questions read a few records or none.
struct MappedArticles {
    /// The snapshot's payload, in `mapping`.
    let payload: UnsafeRawBufferPointer
    let path: String
    /// Keeps the file mapped while the records are read.
    let mapping: SnapshotMapping
    /// Where each record starts in `payload`.
    let starts: [Int]

    var count: Int { starts.count }

    private func reader(at i: Int) -> SnapshotReader {
        var r = SnapshotReader(payload, path: path, mapping: mapping)
        r.position = starts[i]
        return r
    }

    /// Article `i`, decoded. The record was checked at open, so decoding it cannot fail; were
    /// it to, the article would read as empty rather than stop the program.
    func article(_ i: Int) -> StoredArticle {
        var r = reader(at: i)
        if let stored = try? r.article() { return stored }
        return StoredArticle(
            article: Article(id: id(i), text: ""), sentenceRanges: [], overrides: [:], contentHash: 0,
            sourceFile: nil, factCount: 0)
    }

    /// Article `i`'s id (the first field of its record).
    func id(_ i: Int) -> String {
        var r = reader(at: i)
        return (try? r.string()) ?? ""
    }

    /// Article `i`'s count of facts, its other fields skipped.
    func factCount(_ i: Int) -> Int {
        var r = reader(at: i)
        return (try? r.articleFactCount()) ?? 0
    }
}
