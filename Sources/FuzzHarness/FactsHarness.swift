import Foundation
import NewsFacts

/// Harness 3: the curated `.facts` reader and the `.tsv` importer.
///
/// The first byte picks the reader (even: `.facts`, odd: `.tsv`). The rest is loaded into a
/// fresh store, loaded again (nothing may change), then replaced by its first half (the
/// "file was edited" path); the store is walked, queried and written to a snapshot that must
/// read back to the same counts.
public enum FactsHarness {
    public static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let bytes = Array(input.dropFirst())
        let half = Array(bytes.prefix(bytes.count / 2))
        let store = FactStore()
        if first & 1 == 0 {
            guard let text = String(bytes: bytes, encoding: .utf8) else { return }
            guard let facts = try? FactsFile.parse(text, articleID: "fuzz.facts", file: "fuzz.facts") else { return }
            store.load(facts)
            let again = store.load(facts)
            precondition(again == .unchanged, "loading the same facts twice changed the store: \(again)")
            if first & 2 != 0, let shorter = String(bytes: half, encoding: .utf8),
                let edited = try? FactsFile.parse(shorter, articleID: "fuzz.facts", file: "fuzz.facts")
            {
                store.load(edited)
            }
        } else {
            guard (try? store.importTSV(bytes, file: "fuzz.tsv")) != nil else { return }
            let again = try? store.importTSV(bytes, file: "fuzz.tsv")
            precondition(
                again == .unchanged,
                "importing the same file twice changed the store: \(String(describing: again))")
            if first & 2 != 0 { _ = try? store.importTSV(half, file: "fuzz.tsv") }
        }
        StoreWalk.touchEverything(store)
        StoreQueries.run(over: store, variant: first)
        SnapshotHarness.roundTrip(store)
    }

    /// The built-in facts and TSV, and `files` (`.facts` and `.tsv` files) with their first byte.
    public static func seeds(files: [(path: String, bytes: [UInt8])]) -> [[UInt8]] {
        var seeds: [[UInt8]] = [[0] + Array(FuzzCorpus.facts.utf8), [1] + Array(FuzzCorpus.tsv.utf8)]
        for file in files {
            switch (file.path as NSString).pathExtension.lowercased() {
            case "facts": seeds.append([0] + file.bytes)
            case "tsv": seeds.append([1] + file.bytes)
            default: break
            }
        }
        return seeds
    }
}
