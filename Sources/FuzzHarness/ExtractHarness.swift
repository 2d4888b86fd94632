import Extraction
import Foundation
import NewsFacts

/// Harness 1: article reading and extraction.
///
/// The first byte picks how the rest is read (`.txt`, `.json` or `.jsonl`: its value mod 3);
/// every article read is extracted, loaded into a store and written as the extractor's JSON:
/// the path `newsq extract` and `newsq --data` take. The store must survive its snapshot (the
/// next start reads that instead of the articles).
public enum ExtractHarness {
    static let extensions = ["txt", "json", "jsonl"]

    public static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let read = ArticleReader.parse(bytes: Array(input.dropFirst()), path: "fuzz." + extensions[Int(first) % 3])
        let store = FactStore()
        var extracted: [ArticleFacts] = []
        for article in read.articles {
            let facts = Extractor.extract(article)
            checkProvenance(facts)
            store.load(facts)
            extracted.append(facts)
        }
        for problem in read.problems { echoed("skipped \(problem)\n") }
        echoed(ExtractionJSON.encode(extracted, pretty: first & 4 != 0))
        StoreWalk.touchEverything(store)
        SnapshotHarness.roundTrip(store)
    }

    /// What the store, the cards and the scorer rely on: every sentence lies in the text, in
    /// order; every fact and entity cites a sentence that exists, and a fact's words lie in
    /// the text. (A fact citing words backwards was how the "According to X," trap began.)
    static func checkProvenance(_ f: ArticleFacts) {
        let length = f.article.text.utf8.count
        var end = 0
        for (i, s) in f.sentences.enumerated() {
            precondition(s.index == i, "sentence \(i) has index \(s.index)")
            precondition(
                s.range.lowerBound >= end && s.range.upperBound <= length,
                "sentence \(i) spans \(s.range): outside the \(length)-byte text, or before sentence \(i - 1)")
            end = s.range.upperBound
        }
        for fact in f.facts {
            let what = "a \(fact.predicate) fact (\(fact.rule))"
            precondition(
                f.sentences.indices.contains(fact.sentence),
                "\(what) cites sentence \(fact.sentence) of \(f.sentences.count)")
            if let r = fact.range {
                precondition(
                    r.lowerBound >= 0 && r.upperBound <= length,
                    "\(what) cites bytes \(r) of a \(length)-byte text")
            }
        }
        for entity in f.entities {
            precondition(
                f.sentences.isEmpty || f.sentences.indices.contains(entity.sentence),
                "entity '\(entity.name)' cites sentence \(entity.sentence) of \(f.sentences.count)")
        }
    }

    /// The built-in articles in each form, and `files` (article files) with their first byte.
    public static func seeds(files: [(path: String, bytes: [UInt8])]) -> [[UInt8]] {
        var seeds: [[UInt8]] = FuzzCorpus.articles.map { [0] + Array($0.text.utf8) }
        seeds.append([1] + Array(FuzzCorpus.json.utf8))
        seeds.append([2] + Array(FuzzCorpus.json.replacingOccurrences(of: "\n", with: " ").utf8))
        for file in files {
            let ext = (file.path as NSString).pathExtension.lowercased()
            guard let k = extensions.firstIndex(of: ext) else { continue }
            if k == 2 {
                // One seed a line: whole batches are larger than the fuzzer's input limit.
                for line in file.bytes.split(separator: 10) {
                    seeds.append([UInt8(k)] + line)
                }
            } else {
                seeds.append([UInt8(k)] + file.bytes)
            }
        }
        return seeds
    }
}
