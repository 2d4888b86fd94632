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
            do { for part in [header.bytes, fingerprint, payload] { try file.write(part) } } catch { failure = error }
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
    ///   version, truncated, damaged (checksum), or stale (built from other `inputs`).
    public static func readSnapshot(from url: URL, inputs: SnapshotInputs) throws -> FactStore {
        let store = FactStore()
        try store.restoreSnapshot(from: url, inputs: inputs)
        return store
    }

    /// Fills this store, which must be empty, from a snapshot; on error it stays empty.
    public func restoreSnapshot(from url: URL, inputs: SnapshotInputs) throws {
        try restoreSnapshot(from: url, currentInputs: { inputs })
    }

    /// The same, with the current inputs asked for only once the payload is decoded, so the
    /// scan of a large corpus's files (`SnapshotCache`) can run meanwhile on another core.
    @discardableResult
    func restoreSnapshot(
        from url: URL, currentInputs: () -> SnapshotInputs,
        accepting accept: (SnapshotChanges) -> Bool = { $0.isEmpty }
    ) throws -> SnapshotChanges {
        var accepted = SnapshotChanges()
        precondition(factCount == 0 && articles.isEmpty, "restoreSnapshot needs an empty store")
        let path = url.path
        try FactStore.withMappedFile(path) { all in
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
            let expected = Snapshot.headerSize + Int(fingerprintLength) + Int(payloadLength)
            guard all.count >= expected else {
                throw SnapshotError(path: path, reason: .truncated(expected: expected, actual: all.count))
            }
            guard all.count == expected else {
                throw SnapshotError(path: path, reason: .malformed("\(all.count - expected) bytes after the payload"))
            }
            let fingerprint = UnsafeRawBufferPointer(
                rebasing: all[Snapshot.headerSize..<Snapshot.headerSize + Int(fingerprintLength)])
            guard Snapshot.checksum(fingerprint) == fingerprintHash else {
                throw SnapshotError(path: path, reason: .checksumMismatch)
            }
            let payload = UnsafeRawBufferPointer(rebasing: all[(Snapshot.headerSize + Int(fingerprintLength))...])
            // The checksum of a large payload runs on another core while it is decoded (a small
            // one is checked first: a thread costs more); nothing is kept unless it matches and
            // the inputs are the ones the snapshot was built from.
            let start = UInt(bitPattern: payload.baseAddress), count = payload.count
            let sum = Background(runningNow: count < 1 << 20) {
                Snapshot.checksum(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: start), count: count))
            }
            defer { _ = sum.value } // the buffer is unmapped after this returns
            if count < 1 << 20, sum.value != payloadChecksum {
                throw SnapshotError(path: path, reason: .checksumMismatch)
            }
            do {
                try restorePayload(payload, path: path, verify: verify)
            } catch let error as SnapshotError {
                // A damaged byte that also breaks the decoding is named as what it is.
                if case .malformed = error.reason, sum.value != payloadChecksum {
                    throw SnapshotError(path: path, reason: .checksumMismatch)
                }
                throw error
            }
            func verify() throws {
                let inputs = currentInputs()
                // A folder the scan could not read may hold anything: only a load can tell.
                if let first = inputs.skipped.first {
                    throw SnapshotError(path: path, reason: .stale("\(first.path): \(first.reason)"))
                }
                if !inputs.encoded().withUnsafeBytes({ $0.elementsEqual(fingerprint) }) {
                    let old = try SnapshotInputs.decode(fingerprint, path: path)
                    guard let changes = inputs.changes(since: old), accept(changes) else {
                        throw SnapshotError(path: path, reason: .stale(inputs.difference(from: old)))
                    }
                    accepted = changes
                }
                guard sum.value == payloadChecksum else { throw SnapshotError(path: path, reason: .checksumMismatch) }
            }
        }
        return accepted
    }

    /// Where the snapshot of a corpus lives: `DIR/.newsq-snapshot` when the corpus is one
    /// folder that is writable, else `$XDG_CACHE_HOME/newsq/HASH.snapshot` (default
    /// `~/.cache/newsq`), HASH naming the folder's absolute path. nil when the corpus is not one
    /// folder: loose files are small, and caching every combination would litter the cache.
    public static func defaultSnapshotLocation(for paths: [String]) -> URL? {
        var isDirectory: ObjCBool = false
        guard paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return nil }
        if access(paths[0], W_OK) == 0 {
            return URL(fileURLWithPath: paths[0]).appendingPathComponent(".newsq-snapshot")
        }
        let env = ProcessInfo.processInfo.environment
        let cacheRoot =
            env["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        let dir = cacheRoot.appendingPathComponent("newsq")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var key = URL(fileURLWithPath: paths[0]).standardizedFileURL.path
        let hash = key.withUTF8 { Snapshot.checksum(UnsafeRawBufferPointer($0)) }
        return dir.appendingPathComponent(String(hash, radix: 16) + ".snapshot")
    }

    /// Calls `body` with the file's bytes mapped read-only (and read ahead): the payload is
    /// copied once, into the store's columns, instead of twice.
    private static func withMappedFile<R>(_ path: String, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        // Not blocking: a FIFO named like the snapshot must not hang start-up in open().
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw SnapshotError(path: path, reason: .unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw SnapshotError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            let why = FolderWalk.notRegular(FolderWalk.direntType(st.st_mode))
            throw SnapshotError(path: path, reason: .unreadable(why))
        }
        let size = Int(st.st_size)
        guard size > 0 else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        // Not populated up front: the pages are mapped as they are read and given back once
        // copied (SnapshotReader.releasesPages), so the file is never resident whole.
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw SnapshotError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        _ = madvise(base, size, MADV_WILLNEED)
        defer { munmap(base, size) }
        return try body(UnsafeRawBufferPointer(start: base, count: size))
    }
}
