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
        let tokens = Tokenizer.tokenize(article.text)
        let spans = SentenceSplitter.split(tokens, text: article.text)
        let doc = Document(article: article, tokens: tokens, sentences: spans)
        for (s, span) in spans.enumerated() where !span.isExcluded {
            for m in TimeResolver.find(in: tokens, range: span.tokens, articleDate: article.date) {
                doc.addTime(m, sentence: s)
            }
        }
        doc.mentions = MentionFinder.find(tokens, sentences: spans)
        doc.indexMentions()
        EntityResolver.resolve(doc)
        let titles = TitleExtractor.extractDirect(doc)
        EntityResolver.resolveAnaphora(doc)
        TitleExtractor.finish(doc, titles)
        SpeechExtractor.extract(doc)
        EventExtractor.extract(doc)
        RelationExtractor.extract(doc)
        return output(doc)
    }

    /// Extracts each article, in the same order; with `parallel`, on all cores.
    public static func extract(_ articles: [Article], parallel: Bool = true) -> [ArticleFacts] {
        guard parallel, articles.count > 1 else { return articles.map { extract($0) } }
        _ = Lexicon.shared  // load once before the threads start
        // The results live in an array (each worker writes its own slots), so they are freed
        // like any array: an earlier hand-allocated buffer was freed without its contents, and
        // every article's facts stayed in memory for the life of the process.
        var results = [ArticleFacts?](repeating: nil, count: articles.count)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (articles.count + workers * 4 - 1) / (workers * 4))
        let chunks = (articles.count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { slots in
            let slots = SlotWriter(slots)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = c * chunk, hi = min(articles.count, lo + chunk)
                for i in lo..<hi { slots.set(i, extract(articles[i])) }
            }
        }
        return results.map { $0! }
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
        for m in doc.mentions where m.entity >= 0 && (m.kind == .name || m.kind == .demonym) {
            used[m.entity] = true
            first[m.entity] = min(first[m.entity], m.sentence)
        }
        var entities: [EntityRecord] = []
        for (e, ent) in doc.entities.enumerated() where used[e] || ent.type == "event" {
            let sentence = ent.type == "event" ? ent.sentence : first[e]
            entities.append(EntityRecord(name: ent.name, type: ent.type, aliases: ent.aliases, sentence: sentence == Int.max ? ent.sentence : sentence))
        }
        // Stable order by sentence, then start: sort indices (cheap to move), ties by index.
        var facts = doc.takeFacts()
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
private struct SlotWriter: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<ArticleFacts?>
    init(_ slots: UnsafeMutableBufferPointer<ArticleFacts?>) { self.slots = slots }
    func set(_ i: Int, _ value: ArticleFacts) { slots[i] = value }
}
