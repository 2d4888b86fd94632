import Extraction
import Foundation
@_spi(Fuzzing) import NewsFacts

/// Harness 4: the snapshot reader.
///
/// The first byte picks the form of the rest:
/// - bit 0 clear: the whole file, as found on disk (header, fingerprint, payload);
/// - bit 0 set: two bytes (little-endian) giving the fingerprint's length, the fingerprint,
///   then the payload; the harness writes the header with matching checksums, so the
///   mutations reach the decoder instead of stopping at "checksum mismatch".
/// Bit 1 set restores as start-up does when input files changed (`accepting` every change).
/// Bit 2 set checks the snapshot whole (`full`); clear, as an ordinary open does: only what
/// keeps reads in bounds, so a damaged store that opens must still be walked and queried.
/// A restored store is walked, queried and written again; that copy must read back.
public enum SnapshotHarness {
    /// The inputs every harness snapshot claims to be built from.
    static let inputs = SnapshotInputs(
        files: [
            SnapshotInput(path: "fuzz/a.txt", size: 120, modified: 1_700_000_000),
            SnapshotInput(path: "fuzz/b.json", size: -1, modified: 0),
        ],
        salt: "newsq fuzz")

    /// A scratch file per process (tests replaying in parallel must not share one).
    static let scratch: String = {
        let dir = FileManager.default.temporaryDirectory.path
        let name = "newsq-fuzz-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).snapshot"
        return (dir as NSString).appendingPathComponent(name)
    }()

    public static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let body = Array(input.dropFirst())
        var file = body
        if first & 1 != 0 {
            guard body.count >= 2 else { return }
            let length = min(Int(body[0]) | Int(body[1]) << 8, body.count - 2)
            file = build(fingerprint: Array(body[2..<2 + length]), payload: Array(body[(2 + length)...]))
        }
        let url = URL(fileURLWithPath: scratch)
        guard FileManager.default.createFile(atPath: scratch, contents: Data(file)) else {
            fatalError("cannot write the scratch file \(scratch)")
        }
        defer { unlink(scratch) }
        let store = FactStore()
        do {
            let full = first & 4 != 0
            if first & 2 == 0 {
                try store.restoreSnapshot(from: url, inputs: inputs, full: full)
            } else {
                _ = try SnapshotCache(location: url, inputs: inputs, full: full)
                    .restore(into: store, accepting: { _ in true })
            }
        } catch is SnapshotError {
            precondition(store.factCount == 0 && store.articles.isEmpty, "a failed restore left data in the store")
            return
        } catch {
            preconditionFailure("restoring a snapshot threw something other than a SnapshotError: \(error)")
        }
        // Names looked up first, while the name index is read as stored (its whole check comes
        // with the walk's `entityNames()`), so lookups in a damaged stored index are fuzzed too.
        for term in 0..<min(store.termCount, 64) { _ = store.entities(named: store.text(TermID(term))) }
        StoreWalk.touchEverything(store)
        StoreQueries.run(over: store, variant: first)
        roundTrip(store)
    }

    /// Magic, format version and reserved field, as the store writes them today: taken from a
    /// real snapshot, so a new format version needs no change here.
    static let headerStart: [UInt8] = {
        let url = URL(fileURLWithPath: scratch + ".empty")
        defer { unlink(url.path) }
        guard (try? FactStore().writeSnapshot(to: url, inputs: inputs)) != nil,
            let data = FileManager.default.contents(atPath: url.path), data.count >= 16
        else {
            fatalError("cannot write an empty snapshot to \(url.path)")
        }
        return Array(data.prefix(16))
    }()

    /// A snapshot file: header with correct lengths and checksums, then the two sections.
    static func build(fingerprint: [UInt8], payload: [UInt8]) -> [UInt8] {
        var out = headerStart
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u64(fingerprint.withUnsafeBytes { FactStore.snapshotChecksum($0) })
        u64(UInt64(fingerprint.count))
        u64(UInt64(payload.count))
        u64(payload.withUnsafeBytes { FactStore.snapshotChecksum($0) })
        // Zeros after the fingerprint up to a multiple of 8, where the payload starts.
        let padding = [UInt8](repeating: 0, count: (8 - (48 + fingerprint.count) % 8) % 8)
        return out + fingerprint + padding + payload
    }

    /// Writes `store` to a snapshot and reads it back: the copy must hold the same facts,
    /// terms and articles (a snapshot the reader refuses would be rebuilt at every start).
    static func roundTrip(_ store: FactStore) {
        let url = URL(fileURLWithPath: scratch + ".copy")
        defer { unlink(url.path) }
        do {
            try store.writeSnapshot(to: url, inputs: inputs)
            let copy = try FactStore.readSnapshot(from: url, inputs: inputs)
            precondition(
                copy.factCount == store.factCount && copy.termCount == store.termCount
                    && copy.articles.count == store.articles.count, "a snapshot read back differs from its store")
        } catch {
            preconditionFailure("a store's own snapshot does not read back: \(error)")
        }
    }

    /// Snapshots of stores built from the harness corpus, in both forms.
    public static func seeds(files: [(path: String, bytes: [UInt8])]) -> [[UInt8]] {
        var stores: [FactStore] = [FactStore(), FuzzCorpus.makeStore()]
        for article in FuzzCorpus.readArticles() {
            let store = FactStore()
            store.load(Extractor.extract(article))
            stores.append(store)
        }
        if let curated = try? FactsFile.parse(FuzzCorpus.facts, articleID: "curated.facts", file: "curated.facts") {
            let store = FactStore()
            store.load(curated)
            stores.append(store)
        }
        let tsv = FactStore()
        _ = try? tsv.importTSV(Array(FuzzCorpus.tsv.utf8), file: "curated.tsv")
        stores.append(tsv)
        var seeds: [[UInt8]] = []
        let url = URL(fileURLWithPath: scratch + ".seed")
        defer { unlink(url.path) }
        for store in stores {
            guard (try? store.writeSnapshot(to: url, inputs: inputs)) != nil,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            seeds += forms(of: Array(data))
        }
        for file in files { seeds += forms(of: file.bytes) }
        return seeds
    }

    /// A snapshot file as the raw form and, when its header reads, the sections form.
    static func forms(of file: [UInt8]) -> [[UInt8]] {
        var out = [[0] + file]
        guard file.count >= 48 else { return out }
        let f = file[24..<32].reversed().reduce(0) { $0 << 8 | Int($1) }
        guard f <= 0xFFFF, 48 + f <= file.count else { return out }
        let payload = (48 + f + 7) & ~7
        guard payload <= file.count else { return out }
        out.append([1, UInt8(f & 0xFF), UInt8(f >> 8)] + file[48..<48 + f] + file[payload...])
        return out
    }
}
