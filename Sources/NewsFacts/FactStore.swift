/// A term's id in the store: an index into its `TermTable`.
public typealias TermID = UInt32
/// A fact's id: an index into the store's fact columns. Ids change when an article is
/// replaced, so hold them only while the store is not being loaded.
public typealias FactID = UInt32

/// Where a fact came from: the article, the sentence, the words, and how it was obtained.
public struct Provenance: Hashable, Sendable {
    public var articleID: String
    public var sentence: Int
    /// UTF-8 byte offsets into the article text, when known.
    public var range: Range<Int>?
    /// The extraction pattern's name, `asserted` for curated facts, `imported` for a TSV.
    public var rule: String
}

/// An article the store holds: what was read, its sentences, and its fingerprint.
///
/// A sentence is kept as its byte range of the article's text, not as a string of its own:
/// at 100,000 articles that spares a million allocations and the text's size again. Sentence
/// `i` has index `i`.
public struct StoredArticle: Sendable {
    public var article: Article
    public var contentHash: UInt64
    /// The file the facts came from when several articles share one (a TSV import).
    public var sourceFile: String?
    public var factCount: Int
    /// UTF-8 offsets into `article.text`, one range a sentence.
    public private(set) var sentenceRanges: [Range<Int32>]
    /// Texts of sentences that are not exactly their range of the article text (a facts
    /// file's line without its carriage return, say).
    private var sentenceOverrides: [Int: String]

    public init(article: Article, sentences: [Sentence], contentHash: UInt64, sourceFile: String?, factCount: Int) {
        self.article = article
        self.contentHash = contentHash
        self.sourceFile = sourceFile
        self.factCount = factCount
        var ranges: [Range<Int32>] = []
        ranges.reserveCapacity(sentences.count)
        var overrides: [Int: String] = [:]
        var body = article.text
        body.withUTF8 { text in
            for (i, sentence) in sentences.enumerated() {
                let r = sentence.range
                let inText = r.lowerBound >= 0 && r.upperBound <= text.count
                ranges.append(inText ? Int32(r.lowerBound)..<Int32(r.upperBound) : 0..<0)
                var own = sentence.text
                let same = inText && own.withUTF8 { $0.elementsEqual(UnsafeBufferPointer(rebasing: text[r])) }
                if !same { overrides[i] = sentence.text }
            }
        }
        sentenceRanges = ranges
        sentenceOverrides = overrides
    }

    /// Builds a stored article from ranges already checked against the text (a snapshot).
    init(
        article: Article, sentenceRanges: [Range<Int32>], overrides: [Int: String], contentHash: UInt64,
        sourceFile: String?, factCount: Int
    ) {
        self.article = article
        self.contentHash = contentHash
        self.sourceFile = sourceFile
        self.factCount = factCount
        self.sentenceRanges = sentenceRanges
        self.sentenceOverrides = overrides
    }

    public var sentenceCount: Int { sentenceRanges.count }

    /// The text of sentence `i`, or nil when there is no such sentence.
    public func sentenceText(_ i: Int) -> String? {
        guard i >= 0 && i < sentenceRanges.count else { return nil }
        if let own = sentenceOverrides[i] { return own }
        let r = sentenceRanges[i]
        var body = article.text
        return body.withUTF8 {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(r.lowerBound)..<Int(r.upperBound)]), as: UTF8.self)
        }
    }

    /// Whether sentence `i` is kept as a text of its own rather than its range.
    func hasOwnText(_ i: Int) -> Bool { sentenceOverrides[i] != nil }

    /// The sentences as values (made on demand).
    public var sentences: [Sentence] {
        sentenceRanges.indices.map { i in
            Sentence(
                index: i, range: Int(sentenceRanges[i].lowerBound)..<Int(sentenceRanges[i].upperBound),
                text: sentenceText(i)!)
        }
    }
}

/// What `FactStore.load(_:)` did with an article.
public enum LoadOutcome: Equatable, Sendable {
    case added(facts: Int)
    case unchanged
    case replaced(removed: Int, added: Int)
}

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
public final class FactStore: @unchecked Sendable {
    public internal(set) var terms = TermTable()

    // MARK: Fact columns (one entry a fact)
    // Internal setters: Snapshot.swift restores these columns.
    public internal(set) var subjects: [TermID] = []
    public internal(set) var predicates: [TermID] = []
    public internal(set) var objects: [TermID] = []
    var articleOf: [UInt32] = []
    /// Two bytes a fact; an index of 65,535 or more sits in the column's side table.
    var sentenceOf = CompactColumn()
    var spanStart: [UInt32] = []
    var spanLength = CompactColumn()
    var ruleOf: [UInt16] = []

    // Qualifiers are rare, so they live apart, sorted by fact id.
    var qualifierFact: [FactID] = []
    var qualifierKey: [TermID] = []
    var qualifierValue: [TermID] = []

    var ruleNames = RuleNames()
    var rules: [String] { ruleNames.names }

    public internal(set) var articles: [StoredArticle] = []
    var articleIndex: [String: Int] = [:]
    var importedFiles: [String: UInt64] = [:]

    // Internal: a snapshot stores and restores both (Snapshot+Indexes.swift).
    var indexes: FactIndexes?
    var names: NameIndex?
    private var nameMap: [String: [TermID]]?

    public init() {}

    /// Counts changes: it grows on every load, assert or removal, so a cache built from the
    /// store (a parsed and planned query, say) knows when it is stale.
    public private(set) var generation = 0

    public var factCount: Int { subjects.count }
    public var termCount: Int { terms.count }

    // MARK: - Terms

    public func termID(_ term: Term) -> TermID? { terms.lookup(term) }
    public func term(_ id: TermID) -> Term { terms.term(id) }
    public func text(_ id: TermID) -> String { terms.text(id) }
    public func kind(_ id: TermID) -> TermKind { terms.kind(id) }
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
            articleID: articles[Int(articleOf[i])].article.id, sentence: sentenceOf[i],
            range: start == .max ? nil : Int(start)..<Int(start) + spanLength[i],
            rule: rules[Int(ruleOf[i])])
    }

    /// Index into `articles` of the article a fact came from.
    public func articleIndex(of f: FactID) -> Int { Int(articleOf[Int(f)]) }

    /// The sentence a fact came from, if the store holds its article's text.
    public func sentenceText(of f: FactID) -> String? {
        articles[Int(articleOf[Int(f)])].sentenceText(sentenceOf[Int(f)])
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
                    base: ix.byPredicateObject(p, o, objects: objects), count: 0, predicate: nil, object: nil,
                    store: self)
            }
            return FactMatches(base: ix.byPredicate(p), count: 0, predicate: nil, object: nil, store: self)
        }
        if let o {
            var all: [FactID] = []
            for p in ix.predicateRanges.keys.sorted() { all += ix.byPredicateObject(p, o, objects: objects) }
            return FactMatches(base: all[...], count: 0, predicate: nil, object: nil, store: self)
        }
        if ix.repeats.count == 0 {
            return FactMatches(base: nil, count: factCount, predicate: nil, object: nil, store: self)
        }
        // Every fact stated for the first time, in fact order.
        let firsts = (0..<FactID(factCount)).filter { !ix.repeats.isRepeat($0) }
        return FactMatches(base: firsts[...], count: 0, predicate: nil, object: nil, store: self)
    }

    /// How many facts `match` would return, exactly where an index gives it cheaply, else an
    /// upper bound (subject bound with other positions: the subject's fact count).
    public func estimate(subject s: TermID?, predicate p: TermID?, object o: TermID?) -> Int {
        let ix = ensureIndexes()
        if let s { return ix.bySubject(s).count }
        if let p {
            if let o { return ix.byPredicateObject(p, o, objects: objects).count }
            return ix.byPredicate(p).count
        }
        if let o {
            return ix.predicateRanges.keys.reduce(0) { $0 + ix.byPredicateObject($1, o, objects: objects).count }
        }
        return factCount - ix.repeats.count
    }

    /// Statistics of one predicate: facts, distinct subjects, distinct objects.
    public func statistics(predicate p: TermID) -> PredicateStatistics {
        ensureIndexes().statistics[p] ?? PredicateStatistics(facts: 0, subjects: 0, objects: 0)
    }

    /// Every predicate in use with its fact count, most used first.
    public func predicateCounts() -> [(predicate: TermID, facts: Int)] {
        ensureIndexes().predicateRanges.map { ($0.key, $0.value.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : text($0.0) < text($1.0) }
    }

    @discardableResult
    func ensureIndexes() -> FactIndexes {
        if let indexes { return indexes }
        let built = FactIndexes(
            subjects: subjects, predicates: predicates, objects: objects, termCount: terms.count,
            sameQualifiers: sameQualifiers, qualifierHash: qualifierHash)
        indexes = built
        return built
    }

    // MARK: - Entities

    /// Entities (terms of kind entity with a `type` fact, or named by `name`/`alias` facts)
    /// whose canonical name or alias matches `name`, ignoring case, diacritics, dots and
    /// repeated spaces. An exact entity id always matches itself.
    public func entities(named name: String) -> [TermID] {
        let key = NameKey.fold(name)
        var found: [TermID] = []
        var checked: [TermID: Bool] = [:]
        for (term, id) in nameIndex().entries(hash: NameIndex.hash(key)) {
            // The hash found the key; the key term's text confirms it (once per term).
            if checked[term] == nil { checked[term] = NameKey.fold(text(term)) == key }
            if checked[term] == true, !found.contains(id) { found.append(id) }
        }
        if let exact = terms.lookup(.entity(name)), !found.contains(exact), isEntity(exact) {
            // An exact id wins over names that merely fold to the same key.
            return [exact]
        }
        return found
    }

    /// Every folded name and alias with the entities it denotes (for completion and suggestions).
    public func entityNames() -> [String: [TermID]] {
        if let nameMap { return nameMap }
        var map: [String: [TermID]] = [:]
        nameIndex().forEachKey { term, ids in
            let key = NameKey.fold(text(term))
            map[key, default: []].append(contentsOf: ids.filter { !(map[key]?.contains($0) ?? false) })
        }
        nameMap = map
        return map
    }

    /// True when a term is an entity with at least one fact about it.
    public func isEntity(_ id: TermID) -> Bool {
        terms.kind(id) == .entity && !ensureIndexes().bySubject(id).isEmpty
    }

    /// The `type` of an entity (`person`, `country`, `event`…), if known.
    public func entityType(_ id: TermID) -> String? {
        guard let p = predicateID("type") else { return nil }
        for f in match(subject: id, predicate: p, object: nil) { return text(object(f)) }
        return nil
    }

    /// The distinct aliases of an entity, in the order first seen.
    public func aliases(of id: TermID) -> [String] {
        guard let p = predicateID("alias") else { return [] }
        var seen = Set<String>(), out: [String] = []
        for f in match(subject: id, predicate: p, object: nil) {
            let a = text(object(f))
            if seen.insert(a).inserted { out.append(a) }
        }
        return out
    }

    func nameIndex() -> NameIndex {
        if let names { return names }
        let ix = ensureIndexes()
        let typeID = predicateID("type")
        let aliasIDs = ["alias", "name"].compactMap { predicateID($0) }
        var index = NameIndex(
            expectedKeys: (typeID.map { statistics(predicate: $0).subjects } ?? 0)
                + aliasIDs.reduce(0) { $0 + statistics(predicate: $1).objects })
        // Folds a term's text into `folded` and hashes it, without a String for ASCII names.
        var folded: [UInt8] = []
        func keyHash(_ term: TermID) -> UInt64? {
            let ascii = terms.withUTF8(term) { NameKey.foldASCII($0, into: &folded) }
            if !ascii {
                folded = Array(NameKey.fold(text(term)).utf8)
            }
            if folded.isEmpty { return nil }
            return folded.withUnsafeBufferPointer { NameIndex.hash($0) }
        }
        // A corpus repeats each name in every article that mentions it: fold each name once.
        if let p = typeID {
            // Articles are found by their exact id only: a file named `motegi.txt` must not
            // make the name Motegi ambiguous.
            let article = terms.lookup(.text("article"))
            var named = [Bool](repeating: false, count: terms.count)
            for f in ix.byPredicate(p) {
                let s = subjects[Int(f)]
                guard !named[Int(s)], terms.kind(s) == .entity, objects[Int(f)] != article else { continue }
                named[Int(s)] = true
                if let h = keyHash(s) { index.add(hash: h, term: s, entity: s) }
            }
        }
        for p in aliasIDs {
            // The facts come grouped by object (the alias): fold it once a group.
            var groupObject = TermID.max
            var groupHash: UInt64?
            for f in ix.byPredicate(p) {
                let o = objects[Int(f)]
                if o != groupObject {
                    groupObject = o
                    groupHash = keyHash(o)
                }
                if let h = groupHash { index.add(hash: h, term: o, entity: subjects[Int(f)]) }
            }
        }
        names = index
        return index
    }

    // MARK: - Articles

    public func article(id: String) -> StoredArticle? { articleIndex[id].map { articles[$0] } }

    // MARK: - Loading

    /// Adds what extraction found in one article. The same article again (same content) adds
    /// nothing; a changed article with a known id replaces that article's facts.
    ///
    /// Entities become `type` and `alias` facts; every fact keeps its provenance.
    @discardableResult
    public func load(_ extracted: ArticleFacts) -> LoadOutcome {
        let hash = extracted.article.contentHash
        var removed = 0
        let a: Int
        if let existing = articleIndex[extracted.article.id] {
            if articles[existing].contentHash == hash { return .unchanged }
            removed = removeFacts(ofArticles: [existing])
            a = existing
            articles[a] = StoredArticle(
                article: extracted.article, sentences: extracted.sentences,
                contentHash: hash, sourceFile: nil, factCount: 0)
        } else {
            a = articles.count
            articles.append(
                StoredArticle(
                    article: extracted.article, sentences: extracted.sentences,
                    contentHash: hash, sourceFile: nil, factCount: 0))
            articleIndex[extracted.article.id] = a
        }
        let before = factCount
        var batch = FactBatch(article: UInt32(a), capacity: extracted.facts.count + 2 * extracted.entities.count + 5)
        // One access to the term table and rule list for the whole article: a class property
        // accessed once a fact costs an exclusivity check each time.
        FactStore.collect(extracted, into: &batch, terms: &terms, rules: &ruleNames)
        append(batch)
        articles[a].factCount = factCount - before
        invalidate()
        return removed > 0 ? .replaced(removed: removed, added: factCount - before) : .added(facts: factCount - before)
    }

    /// Adds one fact by hand (provenance `asserted` unless a rule is given) to the article
    /// `articleID`, creating an empty article record if needed. Returns the new fact's id.
    @discardableResult
    public func assert(
        subject: Term, predicate: String, object: Term, qualifiers: [Qualifier] = [],
        articleID: String = "asserted", sentence: Int = 0, rule name: String = "asserted"
    ) -> FactID {
        let a = articleSlot(articleID, sourceFile: nil)
        let f = append(
            terms.intern(subject), terms.intern(.entity(predicate)), terms.intern(object),
            article: a, sentence: sentence, range: nil, rule: rule(name))
        for q in qualifiers {
            qualifierFact.append(f)
            qualifierKey.append(terms.intern(.entity(q.key)))
            qualifierValue.append(terms.intern(q.value))
        }
        articles[a].factCount += 1
        invalidate()
        return f
    }

    /// Imports a tab-separated facts file (`s p o okind article sentence`, okind `iri`, `str`
    /// or `date`; the layout `peer_bench.py --dump` writes). Importing the same file again
    /// adds nothing; a changed file replaces the facts it brought before.
    ///
    /// - Throws: `FactsFileError` naming the line and what is wrong with it; nothing of the
    ///   file is kept when it throws.
    @discardableResult
    public func importTSV(_ data: [UInt8], file: String) throws -> LoadOutcome {
        let hash = FactStore.fingerprint(data)
        if importedFiles[file] == hash { return .unchanged }
        // Parse first: a malformed file must leave what was loaded before untouched.
        let columns = try TSVFactsParser.parse(data, file: file, terms: &terms)
        var removed = 0
        if importedFiles[file] != nil {
            let old = articles.indices.filter { articles[$0].sourceFile == file }
            removed = removeFacts(ofArticles: Set(old))
        }
        let slots = columns.articleIDs.map { articleSlot($0, sourceFile: file) }
        let importedRule = rule("imported")
        let n = columns.subjects.count
        reserve(facts: n)
        subjects.append(contentsOf: columns.subjects)
        predicates.append(contentsOf: columns.predicates)
        objects.append(contentsOf: columns.objects)
        articleOf.append(contentsOf: columns.articles.lazy.map { UInt32(slots[Int($0)]) })
        sentenceOf.append(contentsOf: columns.sentences)
        if !spanStart.isEmpty {
            spanStart.append(contentsOf: repeatElement(.max, count: n))
            spanLength.append(repeating: 0, count: n)
        }
        ruleOf.append(contentsOf: repeatElement(importedRule, count: n))
        for a in columns.articles { articles[slots[Int(a)]].factCount += 1 }
        importedFiles[file] = hash
        invalidate()
        let added = n
        return removed > 0 ? .replaced(removed: removed, added: added) : .added(facts: added)
    }

    // MARK: - Internals used by the importers

    /// The rows of one article's facts, gathered before they join the store's columns.
    struct FactBatch {
        let article: UInt32
        var subjects: [TermID] = [], predicates: [TermID] = [], objects: [TermID] = []
        var sentences = CompactColumn(), spanStarts: [UInt32] = [], spanLengths = CompactColumn(), rules: [UInt16] = []
        var hasSpans = false
        /// (row in this batch, key, value)
        var qualifiers: [(row: Int, key: TermID, value: TermID)] = []

        init(article: UInt32, capacity: Int) {
            self.article = article
            subjects.reserveCapacity(capacity)
            predicates.reserveCapacity(capacity)
            objects.reserveCapacity(capacity)
            sentences.reserveCapacity(capacity)
            spanStarts.reserveCapacity(capacity)
            spanLengths.reserveCapacity(capacity)
            rules.reserveCapacity(capacity)
        }

        mutating func add(_ s: TermID, _ p: TermID, _ o: TermID, sentence: Int, range: Range<Int>?, rule: UInt16) {
            subjects.append(s)
            predicates.append(p)
            objects.append(o)
            sentences.append(sentence)
            if let range {
                hasSpans = true
                spanStarts.append(UInt32(clamping: range.lowerBound))
                spanLengths.append(range.count)
            } else {
                spanStarts.append(.max)
                spanLengths.append(0)
            }
            rules.append(rule)
        }
    }

    /// Rule names and their numbers, kept together so loading can take both in one access.
    struct RuleNames {
        var names: [String] = []
        var index: [String: UInt16] = [:]

        mutating func number(_ name: String) -> UInt16 {
            if let r = index[name] { return r }
            let r = UInt16(names.count)
            names.append(name)
            index[name] = r
            return r
        }
    }

    /// The facts of an extracted article as rows: the article itself (unless curated), each
    /// entity's `type` and `alias` facts, then the extracted facts with their qualifiers.
    static func collect(
        _ extracted: ArticleFacts, into batch: inout FactBatch, terms: inout TermTable, rules: inout RuleNames
    ) {
        let typeP = terms.intern(.entity("type")), aliasP = terms.intern(.entity("alias"))
        let entityRule = rules.number("entity")
        // The article is an entity too, so `[article: ?a], ?a published ?d` dates any fact.
        let meta = extracted.article
        if meta.source != FactsFile.curatedSource {
            let articleRule = rules.number("article")
            let s = terms.intern(.entity(meta.id))
            batch.add(s, typeP, terms.intern(.text("article")), sentence: 0, range: nil, rule: articleRule)
            let described: [(String, Term?)] = [
                ("published", meta.date.map(Term.date)), ("headline", meta.title.map(Term.text)),
                ("source", meta.source.map(Term.text)), ("url", meta.url.map(Term.text)),
            ]
            for case let (predicate, value?) in described {
                batch.add(
                    s, terms.intern(.entity(predicate)), terms.intern(value), sentence: 0, range: nil, rule: articleRule
                )
            }
        }
        for e in extracted.entities {
            let s = terms.intern(.entity(e.name))
            batch.add(s, typeP, terms.intern(.text(e.type)), sentence: e.sentence, range: nil, rule: entityRule)
            for alias in e.aliases where alias != e.name {
                batch.add(s, aliasP, terms.intern(.text(alias)), sentence: e.sentence, range: nil, rule: entityRule)
            }
        }
        // Consecutive facts often share a predicate and rule: remember the last of each.
        var lastPredicate = "", lastPredicateID = TermID.max, lastRule = "", lastRuleID = UInt16.max
        for fact in extracted.facts {
            if fact.predicate != lastPredicate || lastPredicateID == .max {
                lastPredicate = fact.predicate
                lastPredicateID = terms.intern(.entity(fact.predicate))
            }
            if fact.rule != lastRule || lastRuleID == .max {
                lastRule = fact.rule
                lastRuleID = rules.number(fact.rule)
            }
            let row = batch.subjects.count
            batch.add(
                terms.intern(fact.subject), lastPredicateID, terms.intern(fact.object),
                sentence: fact.sentence, range: fact.range, rule: lastRuleID)
            for q in fact.qualifiers {
                batch.qualifiers.append((row, terms.intern(.entity(q.key)), terms.intern(q.value)))
            }
        }
    }

    /// Appends a batch's rows to the columns, growing them geometrically.
    func append(_ batch: FactBatch) {
        let first = FactID(subjects.count)
        subjects.append(contentsOf: batch.subjects)
        predicates.append(contentsOf: batch.predicates)
        objects.append(contentsOf: batch.objects)
        articleOf.append(contentsOf: repeatElement(batch.article, count: batch.subjects.count))
        sentenceOf.append(contentsOf: batch.sentences)
        if batch.hasSpans && spanStart.isEmpty && first > 0 {
            // The first fact with words: give every earlier fact an empty span.
            spanStart = [UInt32](repeating: .max, count: Int(first))
            spanLength = CompactColumn(repeating: 0, count: Int(first))
        }
        if !spanStart.isEmpty || batch.hasSpans {
            spanStart.append(contentsOf: batch.spanStarts)
            spanLength.append(contentsOf: batch.spanLengths)
        }
        ruleOf.append(contentsOf: batch.rules)
        for q in batch.qualifiers {
            qualifierFact.append(first + FactID(q.row))
            qualifierKey.append(q.key)
            qualifierValue.append(q.value)
        }
    }

    @inline(__always) @discardableResult
    func append(
        _ s: TermID, _ p: TermID, _ o: TermID, article: Int, sentence: Int, range: Range<Int>?, rule: UInt16
    ) -> FactID {
        let f = FactID(subjects.count)
        subjects.append(s)
        predicates.append(p)
        objects.append(o)
        articleOf.append(UInt32(article))
        sentenceOf.append(sentence)
        if let range {
            if spanStart.isEmpty && f > 0 {
                // The first fact with words: give every earlier fact an empty span.
                spanStart = [UInt32](repeating: .max, count: Int(f))
                spanLength = CompactColumn(repeating: 0, count: Int(f))
            }
            spanStart.append(UInt32(clamping: range.lowerBound))
            spanLength.append(range.count)
        } else if !spanStart.isEmpty {
            spanStart.append(.max)
            spanLength.append(0)
        }
        ruleOf.append(rule)
        return f
    }

    func internTerm(kind: TermKind, utf8: UnsafeBufferPointer<UInt8>) -> TermID {
        terms.intern(kind: kind, utf8: utf8)
    }

    func internTerm(_ term: Term) -> TermID { terms.intern(term) }

    func rule(_ name: String) -> UInt16 {
        ruleNames.number(name)
    }

    /// The article slot for an id, created empty (no text) when new.
    func articleSlot(_ id: String, sourceFile: String?) -> Int {
        if let a = articleIndex[id] { return a }
        let a = articles.count
        articles.append(
            StoredArticle(
                article: Article(id: id, text: ""), sentences: [], contentHash: 0,
                sourceFile: sourceFile, factCount: 0))
        articleIndex[id] = a
        return a
    }

    func addFactCount(_ n: Int, toArticle a: Int) { articles[a].factCount += n }

    func reserve(facts n: Int) {
        let total = subjects.count + n
        subjects.reserveCapacity(total)
        predicates.reserveCapacity(total)
        objects.reserveCapacity(total)
        articleOf.reserveCapacity(total)
        sentenceOf.reserveCapacity(total)
        ruleOf.reserveCapacity(total)
    }

    func invalidate() {
        generation &+= 1
        indexes = nil
        names = nil
        nameMap = nil
    }

    /// Empties the store: no term, fact, article or imported file is left.
    public func removeAll() {
        terms = TermTable()
        subjects = []
        predicates = []
        objects = []
        articleOf = []
        sentenceOf = CompactColumn()
        spanStart = []
        spanLength = CompactColumn()
        ruleOf = []
        qualifierFact = []
        qualifierKey = []
        qualifierValue = []
        ruleNames = RuleNames()
        articles = []
        articleIndex = [:]
        importedFiles = [:]
        invalidate()
    }

    /// Removes the articles read from any of `files` (by `Article.path`), with their facts;
    /// the other articles and facts keep their order. Returns how many articles went.
    @discardableResult
    public func removeArticles(fromFiles files: Set<String>) -> Int {
        let doomed = Set(articles.indices.filter { articles[$0].article.path.map(files.contains) ?? false })
        guard !doomed.isEmpty else { return 0 }
        removeFacts(ofArticles: doomed)
        var newIndex = [UInt32](repeating: .max, count: articles.count)
        var kept: [StoredArticle] = []
        kept.reserveCapacity(articles.count - doomed.count)
        for (a, stored) in articles.enumerated() where !doomed.contains(a) {
            newIndex[a] = UInt32(kept.count)
            kept.append(stored)
        }
        for f in 0..<factCount { articleOf[f] = newIndex[Int(articleOf[f])] }
        articles = kept
        articleIndex = Dictionary(
            articles.enumerated().map { ($0.element.article.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        invalidate()
        return doomed.count
    }

    /// Removes every fact of the given articles, keeping the order of the rest.
    @discardableResult
    private func removeFacts(ofArticles doomed: Set<Int>) -> Int {
        guard !doomed.isEmpty else { return 0 }
        var newID = [FactID](repeating: .max, count: factCount)
        var w = 0
        for r in 0..<factCount where !doomed.contains(Int(articleOf[r])) {
            newID[r] = FactID(w)
            subjects[w] = subjects[r]
            predicates[w] = predicates[r]
            objects[w] = objects[r]
            articleOf[w] = articleOf[r]
            if !spanStart.isEmpty { spanStart[w] = spanStart[r] }
            ruleOf[w] = ruleOf[r]
            w += 1
        }
        let removed = factCount - w
        for column in [\FactStore.subjects, \.predicates, \.objects, \.articleOf] {
            self[keyPath: column].removeLast(removed)
        }
        if !spanStart.isEmpty {
            spanStart.removeLast(removed)
            spanLength.compact(newID)
        }
        sentenceOf.compact(newID)
        ruleOf.removeLast(removed)
        var q = 0
        for r in 0..<qualifierFact.count where newID[Int(qualifierFact[r])] != .max {
            qualifierFact[q] = newID[Int(qualifierFact[r])]
            qualifierKey[q] = qualifierKey[r]
            qualifierValue[q] = qualifierValue[r]
            q += 1
        }
        qualifierFact.removeLast(qualifierFact.count - q)
        qualifierKey.removeLast(qualifierKey.count - q)
        qualifierValue.removeLast(qualifierValue.count - q)
        for a in doomed { articles[a].factCount = 0 }
        invalidate()
        return removed
    }

    /// An imported file's fingerprint, to see that it is unchanged: xxHash64 (the snapshot's
    /// checksum, Snapshot.swift), 8 bytes a step; byte-at-a-time FNV, used before, took a
    /// seventh of a 1,000,000-fact import.
    static func fingerprint(_ data: [UInt8]) -> UInt64 {
        data.withUnsafeBytes { Snapshot.checksum($0) }
    }

    // MARK: - Memory

    /// Gives the fact columns back the room they grew into while loading (arrays double as
    /// they grow, so up to half of each can be spare). Call it once a load is over; the next
    /// load grows them again.
    public func shrinkToFit() {
        func fitted<T>(_ a: [T]) -> [T] {
            a.capacity > a.count + a.count / 16 ? a.withUnsafeBufferPointer { Array($0) } : a
        }
        subjects = fitted(subjects)
        predicates = fitted(predicates)
        objects = fitted(objects)
        articleOf = fitted(articleOf)
        sentenceOf = sentenceOf.fitted()
        spanStart = fitted(spanStart)
        spanLength = spanLength.fitted()
        ruleOf = fitted(ruleOf)
        qualifierFact = fitted(qualifierFact)
        qualifierKey = fitted(qualifierKey)
        qualifierValue = fitted(qualifierValue)
        articles = fitted(articles)
    }

    /// Bytes held by terms, fact columns, qualifiers and indexes (article texts excluded).
    public var memoryBytes: Int {
        // The name index counts once a name lookup has built it; the names map kept for
        // completion (the REPL) and the article texts do not.
        let columns =
            subjects.capacity * 4 + predicates.capacity * 4 + objects.capacity * 4 + articleOf.capacity * 4
            + sentenceOf.memoryBytes + spanStart.capacity * 4 + spanLength.memoryBytes + ruleOf.capacity * 2
        let quals = qualifierFact.capacity * 12
        return terms.memoryBytes + columns + quals + (indexes?.memoryBytes ?? 0) + (names?.memoryBytes ?? 0)
    }
}

/// Facts read from one index range (or every fact), filtered by the positions the index
/// did not bind.
public struct FactMatches: Sequence {
    /// The index range; nil means every fact, 0..<count.
    let base: ArraySlice<FactID>?
    let count: Int
    let predicate: TermID?
    let object: TermID?
    unowned let store: FactStore

    /// Number of facts in the index range before filtering (an upper bound).
    public var upperBound: Int { base?.count ?? count }

    /// The index range itself when no filter is left to apply (callers may read it directly).
    public var unfilteredSlice: ArraySlice<FactID>? { predicate == nil && object == nil ? base : nil }

    public func makeIterator() -> Iterator {
        Iterator(
            base: base, position: base?.startIndex ?? 0, end: base?.endIndex ?? count,
            predicate: predicate, object: object, predicates: store.predicates, objects: store.objects)
    }

    public struct Iterator: IteratorProtocol {
        let base: ArraySlice<FactID>?
        var position: Int
        let end: Int
        let predicate: TermID?
        let object: TermID?
        let predicates: [TermID]
        let objects: [TermID]

        public mutating func next() -> FactID? {
            while position < end {
                let f = base.map { $0[position] } ?? FactID(position)
                position += 1
                if let p = predicate, predicates[Int(f)] != p { continue }
                if let o = object, objects[Int(f)] != o { continue }
                return f
            }
            return nil
        }
    }
}

/// Per-predicate counts the planner uses to estimate a pattern's rows.
public struct PredicateStatistics: Sendable {
    public var facts: Int
    public var subjects: Int
    public var objects: Int
}
