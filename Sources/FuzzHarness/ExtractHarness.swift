import Extraction
import Foundation
import NewsFacts

/// Harness 1: article reading and extraction.
///
/// The first byte picks how the rest is read (`.txt`, `.json` or `.jsonl`: its value mod 3);
/// every article read is extracted, loaded into a store and written as the extractor's JSON:
/// the path `newsq extract` and `newsq --data` take.
public enum ExtractHarness {
    static let extensions = ["txt", "json", "jsonl"]

    public static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let read = ArticleReader.parse(bytes: Array(input.dropFirst()), path: "fuzz." + extensions[Int(first) % 3])
        let store = FactStore()
        var extracted: [ArticleFacts] = []
        for article in read.articles {
            let facts = Extractor.extract(article)
            store.load(facts)
            extracted.append(facts)
        }
        for problem in read.problems { echoed("skipped \(problem)\n") }
        echoed(ExtractionJSON.encode(extracted, pretty: first & 4 != 0))
        StoreWalk.touchEverything(store)
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
