/// A snapshot's payload: what the store holds, written in one order and read back in the same
/// (`SnapshotColumns`, SnapshotReader+Payload.swift, Snapshot+Indexes.swift).
extension FactStore {
    /// The payload: terms (with their hash table), fact columns, qualifiers, rule names, the
    /// indexes and the name lookup (built now if need be), articles with their text and
    /// sentences, and the imported files' fingerprints.
    func snapshotPayload() -> [UInt8] {
        var w = SnapshotWriter()
        let textBytes = articles.reduce(0) { $0 + $1.article.text.utf8.count }
        w.bytes.reserveCapacity(
            terms.bytes.count + terms.count * 5 + factCount * 24 + textBytes + articles.count * 256 + 1024)
        // Terms: text, offsets, kinds, and the hash table as it is.
        w.array(terms.bytes)
        w.array(terms.starts)
        w.array(terms.kinds)
        w.array(terms.hashes)
        w.array(terms.slots)
        // Fact columns.
        w.array(subjects)
        w.array(predicates)
        w.array(objects)
        w.array(articleOf)
        w.column(sentenceOf)
        w.array(spanStart)
        w.column(spanLength)
        w.array(ruleOf)
        // Qualifiers and rule names.
        w.array(qualifierFact)
        w.array(qualifierKey)
        w.array(qualifierValue)
        w.u64(UInt64(rules.count))
        for r in rules { w.string(r) }
        // The indexes and the name lookup a first query would build (built now if need be).
        w.indexes(StoredIndexes(ensureIndexes()))
        w.names(nameIndex().parts)
        // Articles with their text and sentences, as records one after another, after where
        // each record ends (so that one is found without reading those before it: a mapped
        // snapshot's record is checked when first read, `MappedArticles`). A sentence whose
        // text is its range of the article text (the usual case) is stored as the range alone.
        var records = SnapshotWriter()
        records.bytes.reserveCapacity(textBytes + articles.count * 256)
        var ends: [UInt64] = []
        ends.reserveCapacity(articles.count)
        for stored in articles {
            records.article(stored)
            ends.append(UInt64(records.bytes.count))
        }
        w.array(ends)
        records.bytes.withUnsafeBytes { w.raw($0) }
        w.u64(UInt64(importedFiles.count))
        for (file, hash) in importedFiles.sorted(by: { $0.key < $1.key }) {
            w.string(file)
            w.u64(hash)
        }
        return w.bytes
    }

    /// Decodes the payload (its arrays read in place from `mapping` when given) and, once
    /// `verify` passes, replaces the store's contents with it. Checked as `FactStore
    /// .restoreSnapshot` says: always that no value can make a read go out of bounds, trap or
    /// loop; when `full`, also that the indexes describe the columns exactly.
    ///
    /// - Throws: `SnapshotError.malformed` naming the first part that does not hold together,
    ///   or what `verify` throws; the store is untouched then.
    func restorePayload(
        _ payload: UnsafeRawBufferPointer, path: String, mapping: SnapshotMapping? = nil, full: Bool = true,
        verify: () throws -> Void
    ) throws {
        var r = SnapshotReader(payload, path: path, mapping: mapping)
        // The ids of a mapped snapshot's fact columns and index orders are checked as they are
        // read (`ColumnBound`), not here: a point lookup then reads a few rows of each instead
        // of every page (28 of the 40 million instructions of a one-shot query at 1M facts);
        // so are its article records (`MappedArticles`), the order of the term offsets and of
        // the subject index's buckets. Damage met later is recorded in `log` (`snapshotDamage`).
        let log = full || mapping == nil ? nil : SnapshotDamageLog(path: path)
        let table = try r.termTable(offsetsOnRead: log)
        var columns = try SnapshotColumns(reading: &r)
        var stored = try r.indexes()
        let nameParts = try r.names()
        try columns.check(terms: table, damaged: r.damaged)
        let termCount = table.kinds.count
        let (articles, articleIndex) = try r.articleRecords(full: full, log: log)
        try columns.checkIDs(termCount: termCount, articleCount: articles.count, onRead: log, damaged: r.damaged)
        if let log {
            stored = stored.checkingIDsOnRead(factCount: columns.factCount, termCount: termCount, log: log)
        }
        let indexes: FactIndexes
        // The name lookup is checked when first used (a query that names no entity never
        // reads it), and built again from the facts if it does not hold together; checked
        // here only when `full`, so that damage is reported.
        var names: NameIndex? = nil
        do {
            indexes = try stored.restored(
                subjects: columns.subjects, predicates: columns.predicates, objects: columns.objects,
                termCount: termCount, full: full, idsOnRead: log != nil)
            if full { names = try NameIndex(parts: nameParts, termCount: termCount) }
        } catch let damage as StoredIndexes.Damage {
            throw r.damaged(damage.why)
        } catch let damage as NameIndex.Damage {
            throw r.damaged(damage.why)
        }
        if full { try columns.checkFactCounts(of: articles, damaged: r.damaged) }
        let importedFiles = try r.importedFiles()
        guard r.remaining == 0 else { throw r.damaged("\(r.remaining) unread bytes at the end of the payload") }
        // Damage the few reads above met (the ends of each predicate's range) is refused now.
        if let damage = log?.damage { throw damage }
        try verify()
        // Everything checked: only now does the store change.
        terms = table
        subjects = columns.subjects
        predicates = columns.predicates
        objects = columns.objects
        articleOf = columns.articleOf
        sentenceOf = columns.sentenceOf
        spanStart = columns.spanStart
        spanLength = columns.spanLength
        ruleOf = columns.ruleOf
        qualifierFact = columns.qualifierFact
        qualifierKey = columns.qualifierKey
        qualifierValue = columns.qualifierValue
        ruleNames = RuleNames(
            names: columns.rules,
            index: Dictionary(
                columns.rules.enumerated().map { ($0.element, UInt16($0.offset)) },
                uniquingKeysWith: { a, _ in a }))
        self.articles = articles
        articleIndexCache = articleIndex ?? [:]
        articleIndexIsBuilt = articleIndex != nil
        self.importedFiles = importedFiles
        invalidate()
        self.indexes = indexes
        self.names = names
        storedNames = full ? nil : nameParts
        damageLog = log
    }
}
