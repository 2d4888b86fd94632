import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Snapshots of the store: writing one, reopening one (checked before anything is kept), and where
/// a corpus's snapshot lives.
extension FactStore {
    /// Writes everything the store holds to `url` (atomically: a temporary file, then a
    /// rename), stamped with `inputs`, so `readSnapshot(from:inputs:)` can reopen it without
    /// reading or extracting a single article.
    ///
    /// - Throws: `SnapshotError.unwritable` when the file cannot be written.
    public func writeSnapshot(to url: URL, inputs: SnapshotInputs) throws {
        let fingerprint = inputs.encoded()
        let payload = snapshotPayload()
        var header = SnapshotWriter()
        header.bytes = Snapshot.magic
        header.u32(Snapshot.version)
        header.u32(0)
        header.u64(fingerprint.withUnsafeBytes { Snapshot.checksum($0) })
        header.u64(UInt64(fingerprint.count))
        header.u64(UInt64(payload.count))
        header.u64(payload.withUnsafeBytes { Snapshot.checksum($0) })
        let path = url.path
        let temporary = path + ".tmp-\(getpid())"
        do {
            let file = try FileOutput.create(temporary, fresh: true)
            var failure: Error?
            // Zeros after the fingerprint, so the payload starts at a multiple of 8 and its
            // arrays can be read in place from a mapped file.
            let padding = [UInt8](
                repeating: 0,
                count: Snapshot.payloadOffset(fingerprintLength: fingerprint.count)
                    - Snapshot.headerSize - fingerprint.count)
            do {
                for part in [header.bytes, fingerprint, padding, payload] { try file.write(part) }
            } catch { failure = error }
            do { try file.close() } catch { failure = failure ?? error }
            if let failure { throw failure }
        } catch let error as OutputError {
            unlink(temporary)
            throw SnapshotError(path: path, reason: .unwritable(String(cString: strerror(error.code))))
        }
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw SnapshotError(path: path, reason: .unwritable(why))
        }
    }

    /// Opens a snapshot written by `writeSnapshot(to:inputs:)` as a new store.
    ///
    /// - Throws: `SnapshotError` when the file is missing, not a snapshot, of another
    ///   version, truncated, malformed, or stale (built from other `inputs`).
    public static func readSnapshot(from url: URL, inputs: SnapshotInputs) throws -> FactStore {
        let store = FactStore()
        try store.restoreSnapshot(from: url, inputs: inputs)
        return store
    }

    /// Fills this store, which must be empty, from a snapshot; on error it stays empty.
    ///
    /// The file is mapped and its columns, indexes and terms are read in place (`Column`):
    /// nothing is copied, and a query reads only the pages it touches. So that no damaged value
    /// can make a read go out of bounds, trap or loop, every section's length, the term table
    /// and the order of the indexes are checked at open, in streaming passes, and the ids of
    /// the fact columns and index orders as they are read (`ColumnBound`; damage found then is
    /// `snapshotDamage`); what those checks cannot see (a changed byte of
    /// text, an index listing facts in the wrong order: wrong answers, never a crash) the
    /// payload's checksum and the full index checks catch, when `full` (`verifySnapshot`,
    /// `NEWSQ_SNAPSHOT=verify`), since they read every byte of the file.
    public func restoreSnapshot(from url: URL, inputs: SnapshotInputs, full: Bool = false) throws {
        try restoreSnapshot(from: url, currentInputs: { inputs }, full: full)
    }

    /// Checks a snapshot whole: its checksums, and every index against the columns; a store
    /// made from it is dropped.
    ///
    /// - Throws: `SnapshotError` naming what is wrong (`.checksumMismatch` for a changed byte).
    public static func verifySnapshot(at url: URL) throws {
        try FactStore().restoreSnapshot(from: url, currentInputs: nil, full: true)
    }

    /// The same, with the current inputs asked for only once the payload is decoded, so the
    /// scan of a large corpus's files (`SnapshotCache`) can run meanwhile on another core (nil:
    /// whatever inputs the snapshot was built from).
    @discardableResult
    func restoreSnapshot(
        from url: URL, currentInputs: (() -> SnapshotInputs)?,
        accepting accept: (SnapshotChanges) -> Bool = { $0.isEmpty }, full: Bool = false
    ) throws -> SnapshotChanges {
        try restoreSnapshot(atPath: url.path, currentInputs: currentInputs, accepting: accept, full: full)
    }

    /// The same for the file at `path` (`SnapshotCache`): a URL's `path` costs a one-shot query
    /// two scans of the runtime's protocol conformances.
    @discardableResult
    func restoreSnapshot(
        atPath path: String, currentInputs: (() -> SnapshotInputs)?,
        accepting accept: (SnapshotChanges) -> Bool = { $0.isEmpty }, full: Bool = false
    ) throws -> SnapshotChanges {
        var accepted = SnapshotChanges()
        precondition(factCount == 0 && articles.isEmpty, "restoreSnapshot needs an empty store")
        let mapping = try SnapshotMapping.map(path)
        let all = mapping.bytes
        guard all.count >= Snapshot.magic.count else {
            let prefix = Snapshot.magic.starts(with: all)
            throw SnapshotError(
                path: path,
                reason: prefix ? .truncated(expected: Snapshot.headerSize, actual: all.count) : .notASnapshot)
        }
        guard all.prefix(Snapshot.magic.count).elementsEqual(Snapshot.magic) else {
            throw SnapshotError(path: path, reason: .notASnapshot)
        }
        guard all.count >= Snapshot.headerSize else {
            throw SnapshotError(path: path, reason: .truncated(expected: Snapshot.headerSize, actual: all.count))
        }
        var header = SnapshotReader(UnsafeRawBufferPointer(rebasing: all[8..<Snapshot.headerSize]), path: path)
        let version = try header.u32()
        guard version == Snapshot.version else {
            throw SnapshotError(path: path, reason: .unsupportedVersion(version))
        }
        guard try header.u32() == 0 else {
            throw SnapshotError(path: path, reason: .malformed("reserved header field is not zero"))
        }
        let fingerprintHash = try header.u64()
        let fingerprintLength = try header.u64(), payloadLength = try header.u64()
        let payloadChecksum = try header.u64()
        guard fingerprintLength < UInt64(Int.max / 4), payloadLength < UInt64(Int.max / 4) else {
            throw SnapshotError(path: path, reason: .malformed("impossible section lengths"))
        }
        let payloadStart = Snapshot.payloadOffset(fingerprintLength: Int(fingerprintLength))
        let expected = payloadStart + Int(payloadLength)
        guard all.count >= expected else {
            throw SnapshotError(path: path, reason: .truncated(expected: expected, actual: all.count))
        }
        guard all.count == expected else {
            throw SnapshotError(path: path, reason: .malformed("\(all.count - expected) bytes after the payload"))
        }
        let fingerprintEnd = Snapshot.headerSize + Int(fingerprintLength)
        let fingerprint = UnsafeRawBufferPointer(rebasing: all[Snapshot.headerSize..<fingerprintEnd])
        guard Snapshot.checksum(fingerprint) == fingerprintHash else {
            throw SnapshotError(path: path, reason: .checksumMismatch)
        }
        guard all[fingerprintEnd..<payloadStart].allSatisfy({ $0 == 0 }) else {
            throw SnapshotError(path: path, reason: .malformed("padding after the fingerprint is not zero"))
        }
        let payload = UnsafeRawBufferPointer(rebasing: all[payloadStart...])
        // Read only when asked (`full`), or to name a payload that does not decode: reading it
        // at every open would read every page of the file, which mapping it is meant to spare.
        func checksumMatches() -> Bool { Snapshot.checksum(payload) == payloadChecksum }
        if full, !checksumMatches() { throw SnapshotError(path: path, reason: .checksumMismatch) }
        do {
            try restorePayload(payload, path: path, mapping: mapping, full: full, verify: verify)
        } catch let error as SnapshotError {
            // A damaged byte that also breaks the decoding is named as what it is.
            if case .malformed = error.reason, !checksumMatches() {
                throw SnapshotError(path: path, reason: .checksumMismatch)
            }
            throw error
        }
        func verify() throws {
            guard let currentInputs else { return }
            let inputs = currentInputs()
            // A folder the scan could not read may hold anything: only a load can tell.
            if let first = inputs.skipped.first {
                throw SnapshotError(path: path, reason: .stale("\(first.path): \(first.reason)"))
            }
            // Compared as read (`matches`): the fingerprint of 100,000 files is megabytes,
            // compared at every start.
            if !inputs.matches(encoded: fingerprint) {
                let old = try SnapshotInputs.decode(fingerprint, path: path)
                guard let changes = inputs.changes(since: old), accept(changes) else {
                    throw SnapshotError(path: path, reason: .stale(inputs.difference(from: old)))
                }
                accepted = changes
            }
        }
        return accepted
    }

    /// Where the snapshot of a corpus lives: `DIR/.newsq-snapshot` when the corpus is one
    /// folder that is writable, else `$XDG_CACHE_HOME/newsq/HASH.snapshot` (default
    /// `~/.cache/newsq`), HASH naming the folder's absolute path. nil when the corpus is not one
    /// folder: loose files are small, and caching every combination would litter the cache.
    public static func defaultSnapshotLocation(for paths: [String]) -> URL? {
        defaultSnapshotPath(for: paths).map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    /// `defaultSnapshotLocation(for:)` as an absolute path.
    public static func defaultSnapshotPath(for paths: [String]) -> String? {
        var isDirectory: ObjCBool = false
        guard paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return nil }
        if access(paths[0], W_OK) == 0 {
            // The file's path is put together here rather than with a URL, whose first
            // `appendingPathComponent` and `path` each cost a one-shot query a scan of the
            // runtime's conformance records: a relative folder is taken from the working one.
            var folder = paths[0]
            if !folder.hasPrefix("/"), let cwd = getcwd(nil, 0) {
                let here = String(cString: cwd)
                free(cwd)
                folder = (here.hasSuffix("/") ? here : here + "/") + (folder == "." ? "" : folder)
            }
            return (folder.hasSuffix("/") ? folder : folder + "/") + ".newsq-snapshot"
        }
        let env = ProcessInfo.processInfo.environment
        let cacheRoot =
            env["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        let dir = cacheRoot.appendingPathComponent("newsq")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var key = URL(fileURLWithPath: paths[0]).standardizedFileURL.path
        let hash = key.withUTF8 { Snapshot.checksum(UnsafeRawBufferPointer($0)) }
        return dir.appendingPathComponent(String(hash, radix: 16) + ".snapshot").path
    }
}
