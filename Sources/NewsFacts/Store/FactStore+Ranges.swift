/// Index positions rather than fact sequences, for callers that run tight loops over many
/// probes (the query evaluator): a probe returns a `Range<Int>` into one of two arrays the
/// caller reads through an unsafe buffer once, so no slice, iterator or optional check is paid
/// per probe or per fact.
///
/// For example:
///
///     let r = store.subjectRange(p)                     // positions in subjectOrder
///     store.subjectOrder.withUnsafeBufferPointer { order in
///         for i in r { let f = order[i]; … }
///     }
///
/// Both arrays and every range are valid until the store changes (`generation`).
extension FactStore {
    /// Fact ids grouped by subject (in fact order within a subject).
    public var subjectOrder: Column<FactID> { ensureIndexes().subjectFacts }

    /// Where each term's facts start in `subjectOrder`: the facts about term `t` are at
    /// positions `subjectStarts[t]..<subjectStarts[t + 1]` (terms past its end have none).
    /// For callers that look up many subjects a block at a time (see `subjectRange`).
    public var subjectStarts: Column<UInt32> { ensureIndexes().subjectStarts }

    /// Fact ids sorted by (predicate, object, fact).
    public var predicateObjectOrder: Column<FactID> { ensureIndexes().predicateOrder }

    /// The subject of the fact at each position of `predicateObjectOrder`, stored beside it:
    /// a range of the index gives its subjects as a range of this column, read forward.
    public var predicateObjectSubjects: Column<TermID> { ensureIndexes().predicateSubjects }

    /// The object of the fact at each position of `predicateObjectOrder` (ascending within a
    /// predicate's range), stored beside it.
    public var predicateObjectObjects: Column<TermID> { ensureIndexes().predicateObjects }

    /// Bit f set (word f / 64, bit f % 64): fact f repeats an earlier fact and is in no index
    /// (see `isRepeat`).
    public var repeatBits: Column<UInt64> { ensureIndexes().repeats.bits }

    /// Positions in `subjectOrder` of the facts about `s`.
    public func subjectRange(_ s: TermID) -> Range<Int> {
        let ix = ensureIndexes()
        let i = Int(s)
        guard i + 1 < ix.subjectStarts.count else { return 0..<0 }
        return ix.subjectStarts.span(at: i)
    }

    /// Positions in `predicateObjectOrder` of the facts with predicate `p`.
    public func predicateRange(_ p: TermID) -> Range<Int> {
        ensureIndexes().predicateTable.range(p) ?? 0..<0
    }

    /// Positions in `predicateObjectOrder` of the facts with predicate `p` and object `o`
    /// (its count is the number of such facts).
    public func predicateObjectRange(_ p: TermID, _ o: TermID) -> Range<Int> {
        ensureIndexes().predicateObjectRange(p, o)
    }

    /// Each distinct object of predicate `p` with its number of facts, in index order
    /// (ascending object id): the group sizes of `group by` the object, read from the run
    /// boundaries of the (predicate, object) index.
    ///
    /// The objects beside the index are read forward a block of positions at a time (up to
    /// `countBlock`); a run that fills a whole block is then passed by galloping search, without
    /// visiting each of its facts (a predicate of a few long runs, `type`).
    public func objectCounts(predicate p: TermID) -> [(object: TermID, facts: Int)] {
        let ix = ensureIndexes()
        guard let r = ix.predicateTable.range(p), !r.isEmpty else { return [] }
        var out: [(object: TermID, facts: Int)] = []
        ix.predicateObjects.withUnsafeBufferPointer { obj in
            let end = r.upperBound
            var current = obj[r.lowerBound]
            var runStart = r.lowerBound
            var pos = r.lowerBound
            // Blocks start short and double: a predicate of a few long runs reads a few
            // positions of each before its gallop.
            var size = FactStore.firstCountBlock
            while pos < end {
                let n = min(size, end - pos)
                size = min(FactStore.countBlock, size * 2)
                for i in pos..<pos + n where obj[i] != current {
                    out.append((current, i - runStart))
                    current = obj[i]
                    runStart = i
                }
                pos += n
                // The whole block one run: gallop to its end.
                if runStart <= pos - n && pos < end {
                    let o = current
                    pos = FactIndexes.runEnd(from: pos - 1, before: end) { obj[$0] == o }
                    size = FactStore.firstCountBlock
                }
            }
            out.append((current, end - runStart))
        }
        return out
    }

    /// Positions of the (predicate, object) index whose objects `objectCounts` reads at a time,
    /// at most and at first.
    static let countBlock = 256
    static let firstCountBlock = 16

    /// The article index and sentence a fact came from: what `provenance(_:)` reports,
    /// without building its strings.
    public func source(of f: FactID) -> (article: Int, sentence: Int) {
        (Int(articleOf[Int(f)]), sentenceOf[Int(f)])
    }

    /// Calls `body` with the columns `source(of:)` reads, indexed by fact id: each fact's
    /// article index and sentence. For writers that read the sources of many facts.
    public func withSourceColumns<R>(
        _ body: (_ articles: ArticleColumn, _ sentences: SentenceColumn) throws -> R
    ) rethrows -> R {
        try articleOf.withUncheckedBufferPointer { a, bound in
            try sentenceOf.narrow.withUnsafeBufferPointer { s in
                try body(ArticleColumn(values: a, bound: bound), SentenceColumn(narrow: s, wide: sentenceOf.wide))
            }
        }
    }

    /// The id of the article at `index` in `articles` (without copying its record).
    public func articleID(at index: Int) -> String { articles.id(index) }

    /// Calls `body` with each term's kind (`TermKind.rawValue`), indexed by term id: for
    /// readers that ask the kind of many terms.
    public func withTermKinds<R>(_ body: (_ kinds: UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try terms.kinds.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with all term text in one buffer and each term's offsets into it (see
    /// `TermTable.withStorage`).
    public func withTermText<R>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<UInt32>) throws -> R
    ) rethrows -> R {
        try terms.withStorage(body)
    }

    /// `withTermText` with the offsets as stored, not checked whole first (a mapped snapshot's
    /// are checked as read): `body` reads each term's text through `TermTable.span(_:in:
    /// textCount:)` and calls `recordDamagedTermText` when a span was not `ok`. For writers of
    /// a few rows, which would otherwise read every offset to write a handful.
    public func withTermTextAsStored<R>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<UInt32>) throws -> R
    ) rethrows -> R {
        try terms.withStorageAsStored(body)
    }

    /// Records that a term's text was found out of bounds (`snapshotDamage` then says so).
    public func recordDamagedTermText() { terms.recordDamagedText() }
}

extension FactStore {
    /// `predicateObjectRange` for many pairs at once: sets `lower[i]..<upper[i]` to the
    /// positions in `predicateObjectOrder` of the facts with predicate `predicates[i]` and
    /// object `objects[i]`. The searches advance together, so a block of probes costs far less
    /// than as many single searches once the store is past the processor's caches
    /// (`FactIndexes.predicateObjectRanges`).
    public func predicateObjectRanges(
        predicates ps: UnsafeBufferPointer<TermID>, objects os: UnsafeBufferPointer<TermID>,
        lower: UnsafeMutableBufferPointer<Int>, upper: UnsafeMutableBufferPointer<Int>
    ) {
        ensureIndexes().predicateObjectRanges(ps, os, lower: lower, upper: upper)
    }
}
