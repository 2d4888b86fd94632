/// A term's id in the store: an index into its `TermTable`.
public typealias TermID = UInt32
/// A fact's id: an index into the store's fact columns. Ids change when an article is
/// replaced, so hold them only while the store is not being loaded.
public typealias FactID = UInt32

/// The in-memory fact store: interned terms, facts as integer columns, provenance, and an
/// index for each access path the query planner uses.
///
/// For example:
///
///     let store = FactStore()
///     store.load(extractor.extract(article))        // .added(facts: 57)
///     let p = store.termID(.entity("Toshimitsu Motegi"))!
///     for f in store.match(subject: p, predicate: store.termID(.entity("title")), object: nil) {
///         print(store.text(store.object(f)))       // "Foreign Minister"
///     }
///
/// Indexes (by subject; by predicate then object) are rebuilt lazily after a load, with
/// counting sorts in O(facts + terms). Loading the same article twice adds nothing; loading a
/// changed article replaces its facts.
///
/// Not `Sendable`: besides loading, reads build the indexes and the name index the first time
/// they are needed, so a store belongs to one thread at a time.
public final class FactStore {
    public internal(set) var terms = TermTable()

    // MARK: Fact columns (one entry a fact)
    // Internal setters: a snapshot restores these columns (FactStore+SnapshotPayload.swift).
    // Columns: owned, or read in place from a mapped snapshot until the first change.
    public internal(set) var subjects: Column<TermID> = []
    public internal(set) var predicates: Column<TermID> = []
    public internal(set) var objects: Column<TermID> = []
    var articleOf: Column<UInt32> = []
    /// Two bytes a fact; an index of 65,535 or more sits in the column's side table.
    var sentenceOf = CompactColumn()
    var spanStart: Column<UInt32> = []
    var spanLength = CompactColumn()
    var ruleOf: Column<UInt16> = []

    // Qualifiers are rare, so they live apart, sorted by fact id.
    var qualifierFact: Column<FactID> = []
    var qualifierKey: Column<TermID> = []
    var qualifierValue: Column<TermID> = []

    var ruleNames = RuleNames()
    var rules: [String] { ruleNames.names }

    /// Owned, or a mapped snapshot's records decoded when read (`ArticleRecords`).
    public internal(set) var articles: ArticleRecords = []
    /// The index from id to article; after a snapshot is opened, built on first use.
    var articleIndex: [String: Int] {
        get {
            buildArticleIndex()
            return articleIndexCache
        }
        _modify {
            buildArticleIndex()
            yield &articleIndexCache
        }
    }
    var articleIndexCache: [String: Int] = [:]
    /// False while `articleIndexCache` is left to be built from `articles`.
    var articleIndexIsBuilt = true
    var importedFiles: [String: UInt64] = [:]

    // Internal: a snapshot stores and restores both (Snapshot+Indexes.swift).
    var indexes: FactIndexes?
    var names: NameIndex?
    /// A snapshot's name lookup, not yet checked (`nameIndex()` checks it on first use).
    var storedNames: NameIndex.Parts?
    /// Where the columns of the mapped snapshot this store was opened from record damage they
    /// meet as they are read (`ColumnBound`).
    var damageLog: SnapshotDamageLog?

    /// Damage found in the snapshot the store was opened from since it was opened: a fact
    /// column or index naming a term, fact, article or rule that does not exist, met by a
    /// query that read it (a mapped snapshot's ids are checked as they are read, not at open).
    /// The values read as 0 instead, so answers may be wrong but nothing read out of bounds;
    /// the snapshot should be rebuilt. Nil while none was found.
    public var snapshotDamage: SnapshotError? { damageLog?.damage }
    var nameMap: [String: [TermID]]?

    public init() {}

    /// Counts changes: it grows on every load, assert or removal, so a cache built from the
    /// store (a parsed and planned query, say) knows when it is stale.
    public private(set) var generation = 0

    public var factCount: Int { subjects.count }
    public var termCount: Int { terms.count }

    // MARK: - Terms

    public func termID(_ term: Term) -> TermID? { terms.lookup(term) }
    public func term(_ id: TermID) -> Term { Term(kind: kind(id), lexical: text(id)) }

    // `text` and `kind` read the table's columns in place. A call of one of the table's
    // methods on `terms` copied the whole table first (its five columns retained and released,
    // about 700 instructions a call): `contains` asked the kind of each of 50,000 quotes (S06),
    // and that was half its time.

    /// The text of term `id`.
    public func text(_ id: TermID) -> String {
        let span = terms.starts.span(at: Int(id))
        return terms.bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[span]), as: UTF8.self)
        }
    }

    /// The kind of term `id`.
    public func kind(_ id: TermID) -> TermKind { TermKind(rawValue: terms.kinds[Int(id)])! }
    /// The id of a predicate name (predicates are interned as entity-kind terms).
    public func predicateID(_ name: String) -> TermID? { terms.lookup(.entity(name)) }

    // MARK: - Facts

    @inline(__always) public func subject(_ f: FactID) -> TermID { subjects[Int(f)] }
    @inline(__always) public func predicate(_ f: FactID) -> TermID { predicates[Int(f)] }
    @inline(__always) public func object(_ f: FactID) -> TermID { objects[Int(f)] }

    public func provenance(_ f: FactID) -> Provenance {
        let i = Int(f)
        let start = spanStart.isEmpty ? UInt32.max : spanStart[i]
        return Provenance(
            articleID: articles.id(Int(articleOf[i])), sentence: sentenceOf[i],
            range: start == .max ? nil : Int(start)..<Int(start) + spanLength[i],
            rule: rules[Int(ruleOf[i])])
    }

    /// Index into `articles` of the article a fact came from.
    public func articleIndex(of f: FactID) -> Int { Int(articleOf[Int(f)]) }

    /// The sentence a fact came from, if the store holds its article's text.
    public func sentenceText(of f: FactID) -> String? {
        articles.sentenceText(Int(articleOf[Int(f)]), sentenceOf[Int(f)])
    }

    /// The qualifiers of a fact as (key, value) term ids, in the order they were added.
    public func qualifiers(_ f: FactID) -> [(key: TermID, value: TermID)] {
        var lo = 0, hi = qualifierFact.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if qualifierFact[mid] < f { lo = mid + 1 } else { hi = mid }
        }
        var out: [(TermID, TermID)] = []
        while lo < qualifierFact.count && qualifierFact[lo] == f {
            out.append((qualifierKey[lo], qualifierValue[lo]))
            lo += 1
        }
        return out
    }

    /// The value of one qualifier of a fact, such as `of` on a title.
    public func qualifier(_ f: FactID, _ key: TermID) -> TermID? {
        qualifiers(f).first { $0.key == key }?.value
    }

    public var hasQualifiers: Bool { !qualifierFact.isEmpty }

    /// Whether two facts carry the same qualifiers, in any order.
    func sameQualifiers(_ a: FactID, _ b: FactID) -> Bool {
        if qualifierFact.isEmpty { return true }
        let qa = qualifiers(a), qb = qualifiers(b)
        if qa.count != qb.count { return false }
        if qa.isEmpty { return true }
        func keys(_ q: [(key: TermID, value: TermID)]) -> [UInt64] {
            q.map { UInt64($0.key) << 32 | UInt64($0.value) }.sorted()
        }
        return keys(qa) == keys(qb)
    }

    /// A hash of a fact's qualifiers that does not depend on their order: facts for which
    /// `sameQualifiers` holds share it.
    func qualifierHash(_ f: FactID) -> UInt64 {
        if qualifierFact.isEmpty { return 0 }
        var h: UInt64 = 0
        for q in qualifiers(f) {
            // A sum of mixed (key, value) pairs: the same pairs in any order give the same sum.
            var x = (UInt64(q.key) << 32 | UInt64(q.value)) &* 0x9E37_79B9_7F4A_7C15
            x ^= x >> 31
            h &+= x &* 0xBF58_476D_1CE4_E5B9
        }
        return h
    }

    // MARK: - Repeated facts

    /// Whether fact `f` repeats an earlier fact (same subject, predicate, object and
    /// qualifiers). Indexes and matches leave repeats out: a fact is true once.
    public func isRepeat(_ f: FactID) -> Bool { ensureIndexes().repeats.isRepeat(f) }

    /// Every fact that states what `f` states, `f` first: its sources are theirs.
    public func sourceFacts(of f: FactID) -> [FactID] {
        let r = ensureIndexes().repeats
        if r.count == 0 { return [f] }
        return [f] + r.repeats(of: f)
    }

    /// Whether any fact repeats another (when not, `sourceFacts(of:)` is always the fact alone).
    public var hasRepeats: Bool { ensureIndexes().repeats.count > 0 }

    /// The number of distinct facts: `factCount` less the repeats.
    public var distinctFactCount: Int { factCount - ensureIndexes().repeats.count }

    // MARK: - Access paths

    /// Facts matching the bound positions (nil = any), read from the narrowest index.
    ///
    /// With a subject it reads the subject's facts; with a predicate (and maybe an object) the
    /// predicate–object index; with only an object, the object's range under each predicate;
    /// with nothing bound, every fact.
    public func match(subject s: TermID?, predicate p: TermID?, object o: TermID?) -> FactMatches {
        let ix = ensureIndexes()
        if let s {
            return FactMatches(base: ix.bySubject(s), count: 0, predicate: p, object: o, store: self)
        }
        if let p {
            if let o {
                return FactMatches(
                    base: ix.byPredicateObject(p, o), count: 0, predicate: nil, object: nil,
                    store: self)
            }
            return FactMatches(base: ix.byPredicate(p), count: 0, predicate: nil, object: nil, store: self)
        }
        if let o {
            var all: [FactID] = []
            for p in ix.predicateTable.predicates { all += ix.byPredicateObject(p, o) }
            return FactMatches(base: Column(all)[...], count: 0, predicate: nil, object: nil, store: self)
        }
        if ix.repeats.count == 0 {
            return FactMatches(base: nil, count: factCount, predicate: nil, object: nil, store: self)
        }
        // Every fact stated for the first time, in fact order.
        let firsts = (0..<FactID(factCount)).filter { !ix.repeats.isRepeat($0) }
        return FactMatches(base: Column(firsts)[...], count: 0, predicate: nil, object: nil, store: self)
    }

    /// How many facts `match` would return, exactly where an index gives it cheaply, else an
    /// upper bound (subject bound with other positions: the subject's fact count).
    public func estimate(subject s: TermID?, predicate p: TermID?, object o: TermID?) -> Int {
        let ix = ensureIndexes()
        if let s { return ix.subjectCount(s) }
        if let p {
            if let o { return ix.byPredicateObject(p, o).count }
            return ix.byPredicate(p).count
        }
        if let o {
            return ix.predicateTable.predicates.reduce(0) { $0 + ix.byPredicateObject($1, o).count }
        }
        return factCount - ix.repeats.count
    }

    /// Statistics of one predicate: facts, distinct subjects, distinct objects.
    public func statistics(predicate p: TermID) -> PredicateStatistics {
        ensureIndexes().predicateTable.statistics(p) ?? PredicateStatistics(facts: 0, subjects: 0, objects: 0)
    }

    /// Every predicate in use with its fact count, most used first.
    public func predicateCounts() -> [(predicate: TermID, facts: Int)] {
        let table = ensureIndexes().predicateTable
        return (0..<table.count).map { (table.predicates[$0], table.range(at: $0).count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : text($0.0) < text($1.0) }
    }

    @discardableResult
    func ensureIndexes() -> FactIndexes {
        if let indexes { return indexes }
        let built = FactIndexes(
            subjects: subjects, predicates: predicates, objects: objects, termCount: terms.count,
            sameQualifiers: sameQualifiers, qualifierHash: qualifierHash)
        indexes = built
        releaseFreePages() // the build's sort scratch
        return built
    }

    // MARK: - Articles

    public func article(id: String) -> StoredArticle? { articleIndex[id].map { articles[$0] } }

    /// Builds `articleIndexCache` from the articles' ids when a snapshot left it unbuilt. A
    /// mapped snapshot's ids are not checked to be distinct at open: an id stored twice is
    /// snapshot damage, recorded here (`snapshotDamage`), the first record keeping the id.
    private func buildArticleIndex() {
        guard !articleIndexIsBuilt else { return }
        articleIndexIsBuilt = true
        var index: [String: Int] = [:]
        index.reserveCapacity(articles.count)
        for a in articles.indices {
            let id = articles.id(a)
            if let earlier = index.updateValue(a, forKey: id) {
                damageLog?.record("article '\(id)' is stored twice")
                index[id] = earlier
            }
        }
        articleIndexCache = index
    }

    func invalidate() {
        generation &+= 1
        indexes = nil
        names = nil
        storedNames = nil
        nameMap = nil
    }
}
