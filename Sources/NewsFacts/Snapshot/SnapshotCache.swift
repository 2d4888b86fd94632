import Foundation

/// The snapshot of one corpus at start-up: scan the inputs, try the snapshot, else load
/// the articles and write a fresh one.
///
/// For example:
///
///     let cache = SnapshotCache(paths: ["Data"])
///     if let cache, (try? cache.restore(into: store)) != nil { … reopened … }
///     else { load the articles; try? cache?.save(store) }
///
/// `NEWSQ_SNAPSHOT=off` in the environment turns it off (the benchmark times both ways);
/// `NEWSQ_SNAPSHOT=verify` checks the whole snapshot (checksum, indexes against the columns)
/// before using it, where an ordinary open checks only what keeps reads in bounds.
public struct SnapshotCache: Sendable {
    /// The snapshot file's absolute path.
    public let path: String
    /// The snapshot file.
    public var location: URL { URL(fileURLWithPath: path, isDirectory: false) }
    private let scan: Background<SnapshotInputs>
    /// Whether to check the whole snapshot at open (`NEWSQ_SNAPSHOT=verify`).
    private var full = false

    /// The inputs as scanned when the cache was made (waits for the scan to finish).
    public var inputs: SnapshotInputs { scan.value }

    /// nil when there is nothing to cache or caching is turned off. Starts scanning the inputs
    /// now, on another core (here, when they are few: `SnapshotInputs.isSmall`), so a file
    /// changed while the corpus loads makes the written snapshot stale, never wrong.
    ///
    /// - Parameter named: the file names the loader reads (see `SnapshotInputs.scan`).
    public init?(
        paths: [String], named: @escaping @Sendable (String) -> Bool = { _ in true },
        environment: [String: String] = ProcessEnvironment.values(["NEWSQ_SNAPSHOT"])
    ) {
        if let flag = environment["NEWSQ_SNAPSHOT"]?.lowercased(), ["off", "0", "no", "false"].contains(flag) {
            return nil
        }
        guard let path = FactStore.defaultSnapshotPath(for: paths) else { return nil }
        self.path = path
        full = environment["NEWSQ_SNAPSHOT"]?.lowercased() == "verify"
        let salt = SnapshotInputs.programSalt()
        self.scan = Background(runningNow: SnapshotInputs.isSmall(paths)) {
            SnapshotInputs.scan(paths, salt: salt, named: named)
        }
    }

    /// A cache of one snapshot file and the inputs it must match (`full`: check it whole).
    public init(location: URL, inputs: SnapshotInputs, full: Bool = false) {
        self.path = location.path
        self.full = full
        self.scan = Background(value: inputs)
    }

    /// Fills an empty store from the snapshot, decoding it while the scan finishes.
    /// - Throws: `SnapshotError` (rebuild then).
    public func restore(into store: FactStore) throws {
        try store.restoreSnapshot(atPath: path, currentInputs: { scan.value }, full: full)
    }

    /// Like `restore(into:)`, but a snapshot whose input files changed since (while newsq did
    /// not) is still used when `accept` agrees: the store then holds the snapshot's facts, and
    /// the caller reads the returned files again and drops the removed ones.
    ///
    /// - Throws: `SnapshotError`, and `.stale` when `accept` declines; the store stays empty.
    public func restore(into store: FactStore, accepting accept: (SnapshotChanges) -> Bool) throws -> SnapshotChanges {
        try store.restoreSnapshot(atPath: path, currentInputs: { scan.value }, accepting: accept, full: full)
    }

    /// Writes the store's snapshot; a failure (read-only folder, full disk) only costs speed.
    ///
    /// - Parameters:
    ///   - observed: each file the load read, with the size and time of the version it read.
    ///   - expected: the scanned files the load should have read; one it did not is left out
    ///     of the record (see `SnapshotInputs.recording`).
    public func save(
        _ store: FactStore, observed: [SnapshotInput] = [],
        expected: (String) -> Bool = { _ in false }
    ) throws {
        try store.writeSnapshot(to: location, inputs: inputs.recording(observed: observed, expected: expected))
    }
}
