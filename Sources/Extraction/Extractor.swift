import Foundation
import NewsFacts

/// The extraction pipeline: tokens → sentences → time → mentions → entities → titles →
/// anaphora → speech → events → relations.
///
/// For example:
///
///     let facts = Extractor.extract(article)
///     facts.facts.filter { $0.predicate == "title" }   // Toshimitsu Motegi title "Foreign Minister" [of: Japan]
///
/// Pure and deterministic: lexicons are loaded once and never change, each call works on its
/// own values, so articles can be extracted on all cores at once.
public enum Extractor {
    public static func extract(_ article: Article) -> ArticleFacts {
        run(article, .never)
    }

    /// Extracts one article, asking `isCancelled` between stages and within long ones.
    ///
    /// - Throws: `ExtractionCancelled` when it said stop (nothing of the article is kept).
    public static func extract(_ article: Article, isCancelled: @escaping CancellationCheck) throws -> ArticleFacts {
        let point = CancellationPoint(isCancelled)
        let facts = run(article, point)
        if point.isCancelled { throw ExtractionCancelled() }
        return facts
    }

    /// The pipeline; once `cancel` says stop it returns what it has (the caller drops it).
    /// `strings`: the tokenizer's table of short tokens, kept from the articles before.
    static func run(_ article: Article, _ cancel: CancellationPoint, strings: ShortTokenStrings? = nil) -> ArticleFacts {
        let stopped = ArticleFacts(article: article, sentences: [], entities: [], facts: [])
        let tokens = Tokenizer.tokenize(article.text, cancel: cancel, strings: strings)
        if cancel.checkNow() { return stopped }
        let spans = SentenceSplitter.split(tokens, text: article.text, cancel: cancel)
        if cancel.checkNow() { return stopped }
        let doc = Document(article: article, tokens: tokens, sentences: spans, cancellation: cancel)
        for (s, span) in spans.enumerated() where !span.isExcluded {
            if cancel.poll() { return stopped }
            for m in TimeResolver.find(in: tokens, range: span.tokens, articleDate: article.date) {
                doc.addTime(m, sentence: s)
            }
        }
        doc.mentions = MentionFinder.find(tokens, sentences: spans, cancel: cancel)
        if cancel.checkNow() { return stopped }
        doc.indexMentions()
        EntityResolver.resolve(doc)
        doc.markAddresses()
        EntityTyper.retype(doc)
        ThingNames.retype(doc)
        PredicateDescriptions.drop(doc)
        QuotedNicknames.merge(doc)
        ShortForms.merge(doc)
        SpelledOutNames.canonicalize(doc)
        NestedPlaces.find(doc)
        NestedEponyms.find(doc)
        AffiliatedNames.find(doc)
        if cancel.checkNow() { return stopped }
        let titles = TitleExtractor.extractDirect(doc)
        if cancel.checkNow() { return stopped }
        DescriptionCoreference.resolve(doc)
        EntityResolver.resolveAnaphora(doc)
        if cancel.checkNow() { return stopped }
        TitleExtractor.finish(doc, titles)
        if cancel.checkNow() { return stopped }
        SpeechExtractor.extract(doc)
        InterviewAnswers.extract(doc)
        if cancel.checkNow() { return stopped }
        EventExtractor.extract(doc)
        if cancel.checkNow() { return stopped }
        RelationExtractor.extract(doc)
        if cancel.checkNow() { return stopped }
        return output(doc)
    }

    /// Extracts each article, in the same order; with `parallel`, on all cores.
    public static func extract(_ articles: [Article], parallel: Bool = true) -> [ArticleFacts] {
        extract(articles, parallel: parallel, isCancelled: nil).facts
    }

    /// The articles of one call of `extract(_:parallel:isCancelled:)` that were extracted.
    public struct Batch {
        /// The facts of every article whose extraction finished, in the articles' order.
        public var facts: [ArticleFacts]
        /// How many articles were not extracted because the check said stop.
        public var cancelled: Int
    }

    /// Extracts each article, in the same order, until `isCancelled` says stop (asked before
    /// each article, between stages and within long ones); with `parallel`, on all cores.
    public static func extract(_ articles: [Article], parallel: Bool = true, isCancelled: CancellationCheck?) -> Batch {
        _ = Lexicon.shared  // load once before the threads start
        // Each worker keeps one table of short tokens' strings for the articles it extracts.
        @Sendable func one(_ article: Article, _ strings: ShortTokenStrings) -> ArticleFacts? {
            if isCancelled?() == true { return nil }
            let point = CancellationPoint(isCancelled)
            let facts = run(article, point, strings: strings)
            return point.isCancelled ? nil : facts
        }
        var results: [ArticleFacts?]
        if parallel && articles.count > 1 {
            // The results live in an array (each worker writes its own slots), so they are freed
            // like any array: an earlier hand-allocated buffer was freed without its contents, and
            // every article's facts stayed in memory for the life of the process.
            results = [ArticleFacts?](repeating: nil, count: articles.count)
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
            let chunk = max(1, (articles.count + workers * 4 - 1) / (workers * 4))
            let chunks = (articles.count + chunk - 1) / chunk
            results.withUnsafeMutableBufferPointer { slots in
                let slots = SlotWriter(slots)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let lo = c * chunk, hi = min(articles.count, lo + chunk)
                    let strings = ShortTokenStrings()
                    for i in lo..<hi { slots.set(i, one(articles[i], strings)) }
                }
            }
        } else {
            results = []
            results.reserveCapacity(articles.count)
            let strings = ShortTokenStrings()
            for article in articles { results.append(one(article, strings)) }
        }
        let facts = results.compactMap { $0 }
        return Batch(facts: facts, cancelled: articles.count - facts.count)
    }

    /// Reorders `a` so that `a[k]` becomes the old `a[order[k]]`, by swaps along the cycles of
    /// the permutation: elements move, none is copied.
    static func permute<T>(_ a: inout [T], _ order: [Int]) {
        var done = [Bool](repeating: false, count: a.count)
        a.withUnsafeMutableBufferPointer { a in
            for start in a.indices where !done[start] {
                // Position k takes what is at order[k]; follow the cycle from `start`.
                var k = start
                done[k] = true
                while !done[order[k]] {
                    a.swapAt(k, order[k])
                    k = order[k]
                    done[k] = true
                }
            }
        }
    }

    static func output(_ doc: Document) -> ArticleFacts {
        let text = doc.article.text
        var sentences: [Sentence] = []
        sentences.reserveCapacity(doc.sentences.count)
        for (i, span) in doc.sentences.enumerated() {
            let r = doc.byteRange(span.tokens)
            sentences.append(Sentence(index: i, range: r, text: doc.text(span.tokens)))
        }
        _ = text
        var used = [Bool](repeating: false, count: doc.entities.count)
        var first = [Int](repeating: Int.max, count: doc.entities.count)
        for m in doc.mentionSpots where m.entity >= 0 && (m.kind == .name || m.kind == .demonym) {
            used[m.entity] = used[m.entity] || m.kind == .name
            first[m.entity] = min(first[m.entity], m.sentence)
        }
        for e in doc.nestedEntities where first[e] == Int.max || !used[e] {
            used[e] = true
            first[e] = min(first[e], doc.entities[e].sentence)
        }
        // A country only a demonym names ("German scientists", "the Japanese Foreign Minister") is
        // not listed: the text names no country, and the golds written by reading list none. Facts
        // may still refer to it by name (a title's `of`: "Japan").
        var entities: [EntityRecord] = []
        for (e, ent) in doc.entities.enumerated() where used[e] || ent.type == "event" {
            let sentence = ent.type == "event" ? ent.sentence : first[e]
            entities.append(EntityRecord(name: ent.name, type: ent.type, aliases: ent.aliases, sentence: sentence == Int.max ? ent.sentence : sentence))
        }
        // Stable order by sentence, then start: sort indices (cheap to move), ties by index.
        var facts = doc.takeFacts()
        // What the lexicon knows of a place the output does not list ("Scots Guards", "English"
        // for England) is dropped: no fact about an entity the output lacks.
        var listed: Set<String>?
        facts.removeAll { f in
            guard f.rule == "located-in-lexicon" || f.rule == "located-in-capital", case .entity(let n) = f.subject else {
                return false
            }
            if listed == nil { listed = Set(entities.map(\.name)) }
            return listed?.contains(n) == false
        }
        let keys = facts.map { ($0.sentence, $0.range?.lowerBound ?? 0) }
        // Often already in order: then the stable sort would give the same array, uncopied.
        if !keys.indices.dropFirst().allSatisfy({ !(keys[$0] < keys[$0 - 1]) }) {
            let order = keys.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
            permute(&facts, order)
        }
        return ArticleFacts(article: doc.article, sentences: sentences, entities: entities, facts: facts)
    }
}

/// Lets the workers of `Extractor.extract(_:parallel:)` each fill their own slots of one buffer.
/// Safe: each worker writes only the slots of its own chunk, and the buffer is read only after
/// `concurrentPerform` has returned.
private struct SlotWriter: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<ArticleFacts?>
    init(_ slots: UnsafeMutableBufferPointer<ArticleFacts?>) { self.slots = slots }
    func set(_ i: Int, _ value: ArticleFacts?) { slots[i] = value }
}
