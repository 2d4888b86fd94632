/// The parts of a snapshot's payload besides the fact columns (`SnapshotColumns`) and the
/// indexes (Snapshot+Indexes.swift): the term table, the articles and the imported files, read
/// in the order `FactStore.snapshotPayload()` writes them. Decoding runs before the payload's
/// checksum is known, so each value is checked as it is read: no damaged one may trap.
extension SnapshotReader {
    /// The term table: text, offsets, kinds and the hash table as it was; with `offsetsOnRead`,
    /// the offsets' order is checked as they are read (`TermTable.init`).
    ///
    /// - Throws: `SnapshotError.malformed` when the parts do not make a table.
    mutating func termTable(offsetsOnRead log: SnapshotDamageLog? = nil) throws -> TermTable {
        let termBytes = try array(UInt8.self)
        let starts = try array(UInt32.self)
        let kinds = try array(UInt8.self)
        let hashes = try array(UInt32.self), slots = try array(UInt32.self)
        do {
            return try TermTable(
                bytes: termBytes, starts: starts, kinds: kinds, hashes: hashes, slots: slots, offsetsOnRead: log)
        } catch let damage as TermTable.Damage {
            throw damaged(damage.why)
        }
    }

    /// The article section: where each record ends (from the start of the records, in place
    /// when mapped), then the records one after another.
    ///
    /// - Throws: `SnapshotError.malformed` when the last record does not end where the
    ///   records do (the ends of the others are checked as each record is read).
    mutating func articleSection() throws -> ArticleSection {
        let ends = try array(UInt64.self)
        let records = try rawBytes()
        let last = ends.isEmpty ? 0 : ends[ends.count - 1]
        guard last == UInt64(records.count) else {
            throw damaged("the article records end at \(last), not at \(records.count) where their section does")
        }
        return ArticleSection(ends: ends, records: records)
    }

    /// Every stored article with the index of its id (decoded whole: a payload that is not
    /// mapped, as the fuzz harness and tests hand over, may not outlive the call).
    ///
    /// - Throws: `SnapshotError.malformed` naming the article that does not hold together, or
    ///   an id stored twice.
    mutating func articles() throws -> (articles: [StoredArticle], index: [String: Int]) {
        let section = try articleSection()
        var articles: [StoredArticle] = []
        var articleIndex: [String: Int] = [:]
        articles.reserveCapacity(section.count)
        articleIndex.reserveCapacity(section.count)
        for i in 0..<section.count {
            var r = try section.reader(i, path: path, mapping: nil)
            let stored = try r.article()
            try r.checkEnd(of: stored.article.id)
            guard articleIndex.updateValue(articles.count, forKey: stored.article.id) == nil else {
                throw damaged("article '\(stored.article.id)' is stored twice")
            }
            articles.append(stored)
        }
        return (articles, articleIndex)
    }

    /// The stored articles: read in place when the payload is mapped (each record checked when
    /// first read, `MappedArticles`, damage then recorded in `log`; every one checked now when
    /// `full`), else decoded whole. The index from id to article is nil when it is left to be
    /// built on first use.
    ///
    /// - Throws: `SnapshotError.malformed` naming the first article that does not hold
    ///   together, or an id stored twice, as `articles()` does (when mapped, only when `full`).
    mutating func articleRecords(
        full: Bool, log: SnapshotDamageLog?
    ) throws -> (
        articles: ArticleRecords, index: [String: Int]?
    ) {
        guard let mapping else {
            let (articles, index) = try articles()
            return (ArticleRecords(articles), index)
        }
        let records = MappedArticles(section: try articleSection(), path: path, mapping: mapping, log: log)
        if full { try records.checkAll() }
        return (ArticleRecords(mapped: records), nil)
    }

    /// Refuses bytes left over after a record was read whole.
    func checkEnd(of id: @autoclosure () -> String) throws {
        guard remaining == 0 else { throw damaged("article '\(id())' has \(remaining) bytes after its record") }
    }

    /// Checks one article record exactly as `article()` decodes it, making no value but a
    /// date's text: returns the bytes of its id.
    ///
    /// - Throws: `SnapshotError.malformed` with the message `article()` would give.
    mutating func checkArticle() throws -> UnsafeRawBufferPointer {
        let id = try rawBytes()
        func name() -> String { String(decoding: id, as: UTF8.self) }
        _ = try optionalRawBytes() // title
        if let iso = try optionalRawBytes() {
            let text = String(decoding: iso, as: UTF8.self)
            guard DateValue(iso: text) != nil else { throw damaged("article '\(name())' has date '\(text)'") }
        }
        _ = try u8()
        for _ in 0..<3 { _ = try optionalRawBytes() } // source, url, file
        let body = try rawBytes()
        _ = try u64()
        _ = try optionalRawBytes() // the facts file
        guard Int(exactly: try u64()) != nil else { throw damaged("article '\(name())' has an impossible fact count") }
        let sentenceCount = try count(atLeast: 25)
        // Sentences are checked against the decoded text, which is longer than its bytes only
        // where they are not UTF-8 (a replacement character for a byte): decoded only then.
        var decodedCount: Int?
        for k in 0..<sentenceCount {
            let index = Int(Int64(bitPattern: try u64()))
            let lo = Int(Int64(bitPattern: try u64())), hi = Int(Int64(bitPattern: try u64()))
            guard index == k else { throw damaged("article '\(name())' has sentence \(index) in place \(k)") }
            guard lo <= hi else { throw damaged("article '\(name())' has an empty sentence range") }
            var inText = lo >= 0 && hi <= body.count && hi <= Int(Int32.max)
            if !inText, lo >= 0, hi <= Int(Int32.max) {
                let n = decodedCount ?? String(decoding: body, as: UTF8.self).utf8.count
                decodedCount = n
                inText = hi <= n
            }
            if try u8() == 1 {
                guard inText else { throw damaged("a sentence of '\(name())' lies outside its text") }
            } else {
                _ = try rawBytes()
            }
        }
        return id
    }

    /// The fact count of the record at the reading position, its other fields skipped.
    mutating func articleFactCount() throws -> Int {
        _ = try rawBytes()
        for _ in 0..<2 { _ = try optionalRawBytes() }
        _ = try u8()
        for _ in 0..<3 { _ = try optionalRawBytes() }
        _ = try rawBytes()
        _ = try u64()
        _ = try optionalRawBytes()
        guard let n = Int(exactly: try u64()) else { throw damaged("an impossible fact count") }
        return n
    }

    /// One article: its header fields, text, fingerprint, fact count and sentences (a range of
    /// the text, or a text of its own).
    ///
    /// - Throws: `SnapshotError.malformed` naming the article and what is wrong with it.
    mutating func article() throws -> StoredArticle {
        let id = try string()
        let title = try optionalString()
        let date = try optionalString().map { iso -> DateValue in
            guard let d = DateValue(iso: iso) else { throw damaged("article '\(id)' has date '\(iso)'") }
            return d
        }
        let inferred = try u8() == 1
        let source = try optionalString(), url = try optionalString(), file = try optionalString()
        let body = try rawBytes()
        let text = String(decoding: body, as: UTF8.self)
        let contentHash = try u64()
        let sourceFile = try optionalString()
        guard let factCount = Int(exactly: try u64()) else {
            throw damaged("article '\(id)' has an impossible fact count")
        }
        let sentenceCount = try count(atLeast: 25)
        var ranges: [Range<Int32>] = []
        ranges.reserveCapacity(sentenceCount)
        var overrides: [Int: String] = [:]
        for k in 0..<sentenceCount {
            let index = Int(Int64(bitPattern: try u64()))
            let lo = Int(Int64(bitPattern: try u64())), hi = Int(Int64(bitPattern: try u64()))
            guard index == k else { throw damaged("article '\(id)' has sentence \(index) in place \(k)") }
            guard lo <= hi else { throw damaged("article '\(id)' has an empty sentence range") }
            // Against the decoded text, which is what sentences are cut from.
            let inText = lo >= 0 && hi <= text.utf8.count && hi <= Int(Int32.max)
            if try u8() == 1 {
                guard inText else { throw damaged("a sentence of '\(id)' lies outside its text") }
            } else {
                overrides[k] = try string()
            }
            ranges.append(inText ? Int32(lo)..<Int32(hi) : 0..<0)
        }
        let article = Article(
            id: id, title: title, date: date, dateInferred: inferred, source: source, url: url,
            path: file, text: text)
        return StoredArticle(
            article: article, sentenceRanges: ranges, overrides: overrides, contentHash: contentHash,
            sourceFile: sourceFile, factCount: factCount)
    }

    /// The fingerprint of each imported (TSV) file, by path.
    mutating func importedFiles() throws -> [String: UInt64] {
        var importedFiles: [String: UInt64] = [:]
        for _ in 0..<(try count(atLeast: 16)) {
            let file = try string()
            importedFiles[file] = try u64()
        }
        return importedFiles
    }
}
