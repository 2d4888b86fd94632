import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Inputs

/// One file a snapshot was built from, as `stat` saw it.
public struct SnapshotInput: Hashable, Sendable {
    public var path: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    public init(path: String, size: Int64, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }

    /// The time recorded for a version read in the clock tick it was written in: it matches no
    /// file, so a snapshot holding it reads the file again.
    public static let unverifiedTime: Int64 = -1

    /// This input with its time not vouched for (see `unverifiedTime`).
    public var unverified: SnapshotInput { SnapshotInput(path: path, size: size, modified: Self.unverifiedTime) }
}

/// What a snapshot depends on: every input file (path, size, modification time) and a salt
/// naming the program that built it, so a rebuilt `newsq` (a changed extractor) never trusts
/// an old snapshot.
///
/// For example:
///
///     let inputs = SnapshotInputs.scan(["Data"], salt: SnapshotInputs.programSalt())
///     inputs.files.count        // every non-hidden file under Data, sorted by path
public struct SnapshotInputs: Hashable, Sendable {
    public var files: [SnapshotInput]
    public var salt: String
    /// What the scan could not look at (an unreadable folder, a link out of the folder): a
    /// snapshot cannot vouch for such a corpus, so it is not used while this is not empty.
    /// Not part of the fingerprint.
    public var skipped: [SkippedPath] = []

    public init(files: [SnapshotInput], salt: String = "", skipped: [SkippedPath] = []) {
        self.files = files.sorted { $0.path < $1.path }
        self.salt = salt
        self.skipped = skipped
    }

    /// Every non-hidden regular file under `paths` (folders walked as `FolderWalk` walks them:
    /// each once, no link out of the folder), whatever its extension: a file the reader skips
    /// today may be read tomorrow. A path that does not exist is recorded with size -1, so its
    /// later creation is noticed.
    ///
    /// - Parameter named: the file names the loader reads; such a file that cannot be looked at
    ///   is named in `skipped` (folders always are).
    public static func scan(
        _ paths: [String], salt: String = "",
        named: @escaping (String) -> Bool = { _ in true }
    ) -> SnapshotInputs {
        var files: [SnapshotInput] = []
        var skipped: [SkippedPath] = []
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else {
                files.append(SnapshotInput(path: path, size: -1, modified: 0))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                let listing = FolderWalk.list(path, wanted: { _ in true }, named: named, withStatus: true)
                files += listing.files.map { SnapshotInput(path: $0.path, size: $0.size, modified: $0.modified) }
                skipped += listing.skipped
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                files.append(
                    SnapshotInput(path: path, size: Int64(st.st_size), modified: SnapshotInputs.nanoseconds(st)))
            }
        }
        return SnapshotInputs(files: files, salt: salt, skipped: skipped)
    }

    /// These inputs with what the loader saw when it read each file (`observed`: the size and
    /// time `fstat` gave just before reading), which wins over the scan's: a file changed after
    /// it was read keeps the older time, so the next start reads it again. A scanned file the
    /// loader should have read (`expected`) but did not is left out, so the next start finds
    /// it new instead of trusting a snapshot that lacks it.
    public func recording(observed: [SnapshotInput], expected: (String) -> Bool) -> SnapshotInputs {
        let seen = Dictionary(observed.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var paths = Set<String>()
        var out: [SnapshotInput] = []
        for f in files {
            paths.insert(f.path)
            if let read = seen[f.path] { out.append(read) } else if f.size < 0 || !expected(f.path) { out.append(f) }
        }
        for f in observed where !paths.contains(f.path) { out.append(f) }
        return SnapshotInputs(files: out, salt: salt, skipped: skipped)
    }

    /// Size and modification time of the running executable, so a rebuilt program (another
    /// extractor) makes older snapshots stale.
    public static func programSalt() -> String {
        var st = stat()
        #if os(Linux)
        let exe = "/proc/self/exe"
        #else
        let exe = CommandLine.arguments.first ?? ""
        #endif
        guard stat(exe, &st) == 0 else { return "newsq" }
        return "newsq \(st.st_size) \(nanoseconds(st))"
    }

    static func nanoseconds(_ st: stat) -> Int64 { FolderWalk.nanoseconds(st) }

    /// The fingerprint as written in a snapshot: salt, then each file's path, size and time.
    func encoded() -> [UInt8] {
        var w = SnapshotWriter()
        w.string(salt)
        w.u64(UInt64(files.count))
        for f in files {
            w.string(f.path)
            w.u64(UInt64(bitPattern: f.size))
            w.u64(UInt64(bitPattern: f.modified))
        }
        return w.bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, path: String) throws -> SnapshotInputs {
        var r = SnapshotReader(bytes, path: path)
        let salt = try r.string()
        let n = try r.count(atLeast: 20)
        var files: [SnapshotInput] = []
        files.reserveCapacity(n)
        for _ in 0..<n {
            files.append(
                SnapshotInput(
                    path: try r.string(), size: Int64(bitPattern: try r.u64()),
                    modified: Int64(bitPattern: try r.u64())))
        }
        return SnapshotInputs(files: files, salt: salt)
    }

    /// A 64-bit hash of the encoded fingerprint.
    public var fingerprint: UInt64 {
        encoded().withUnsafeBytes { Snapshot.checksum($0) }
    }

    /// Why `old` no longer describes these inputs, in words (the first difference found).
    /// The files that differ from `old`'s: read again (new or changed) and gone, in path
    /// order; nil when the program changed (every fact may differ then).
    public func changes(since old: SnapshotInputs) -> SnapshotChanges? {
        guard old.salt == salt else { return nil }
        let before = Dictionary(old.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Set(files.map(\.path))
        var changes = SnapshotChanges()
        for f in files where f.size >= 0 && before[f.path] != f { changes.changed.append(f.path) }
        for f in files where f.size < 0 && (before[f.path].map { $0.size >= 0 } ?? false) {
            changes.removed.append(f.path)
        }
        for f in old.files where !now.contains(f.path) && f.size >= 0 { changes.removed.append(f.path) }
        changes.removed.sort()
        return changes
    }

    func difference(from old: SnapshotInputs) -> String {
        if old.salt != salt { return "newsq itself changed since it was written" }
        let before = Dictionary(old.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for f in files {
            guard let o = before[f.path] else { return "'\(f.path)' is new" }
            if o.size != f.size { return "'\(f.path)' changed size (\(o.size) → \(f.size) bytes)" }
            if o.modified != f.modified { return "'\(f.path)' was modified" }
        }
        for f in old.files where now[f.path] == nil { return "'\(f.path)' is gone" }
        return "its inputs changed"
    }
}

/// Input files that changed since a snapshot was written: `changed` (new or modified, to
/// read again) and `removed`.
public struct SnapshotChanges: Equatable, Sendable {
    public var changed: [String] = []
    public var removed: [String] = []
    public init(changed: [String] = [], removed: [String] = []) {
        self.changed = changed
        self.removed = removed
    }
    public var isEmpty: Bool { changed.isEmpty && removed.isEmpty }
}

// MARK: - Errors

/// Why a snapshot cannot be used. A snapshot is only a cache: on any of these, rebuild it
/// from the article files.
public struct SnapshotError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case unreadable(String)
        case notASnapshot
        case unsupportedVersion(UInt32)
        case truncated(expected: Int, actual: Int)
        case checksumMismatch
        case stale(String)
        case malformed(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unreadable(let why): return "snapshot '\(path)' cannot be read: \(why)"
        case .notASnapshot: return "'\(path)' is not a newsq snapshot (bad magic)"
        case .unsupportedVersion(let v):
            return "snapshot '\(path)' has format version \(v); this newsq writes version \(Snapshot.version)"
        case .truncated(let expected, let actual):
            return "snapshot '\(path)' is truncated: \(actual) of \(expected) bytes"
        case .checksumMismatch: return "snapshot '\(path)' is damaged: checksum mismatch"
        case .stale(let why): return "snapshot '\(path)' is stale: \(why)"
        case .malformed(let why): return "snapshot '\(path)' is damaged: \(why)"
        }
    }
}

// MARK: - Format

/// The snapshot file format (all integers little-endian):
///
///     offset  size  field
///      0       8    magic "NEWSQSNP"
///      8       4    format version (2)
///     12       4    reserved (0)
///     16       8    hash of the fingerprint section
///     24       8    fingerprint section length F
///     32       8    payload length P
///     40       8    checksum of the payload
///     48       F    fingerprint: salt, then (path, size, mtime) of every input file
///     48+F     P    payload: terms (with their hash table), fact columns, qualifiers, rules,
///                   the indexes and the name lookup (StoredIndexes.swift, NameIndex.swift),
///                   articles (text and sentences), imported-file hashes
///
/// Arrays are a count and their raw elements; strings a byte count and UTF-8. The checksums
/// are a four-lane multiply–rotate hash (xxHash64's round): it reads 8 GB/s, so checking a
/// 200 MB snapshot costs less than reading it, and any one changed byte changes it.
enum Snapshot {
    static let magic: [UInt8] = Array("NEWSQSNP".utf8)
    /// 2: the sentence and span-length columns carry a side table for values of 65,535 and
    /// more (version 1 cut them to 16 bits); a version-1 snapshot is rebuilt.
    /// 3: the term hash table, the indexes and the name lookup are stored, so opening a
    /// snapshot builds none of them; a version-2 snapshot is rebuilt.
    static let version: UInt32 = 3
    static let headerSize = 48

    private static let p1: UInt64 = 0x9E3779B185EBCA87
    private static let p2: UInt64 = 0xC2B2AE3D27D4EB4F
    private static let p3: UInt64 = 0x165667B19E3779F9
    private static let p4: UInt64 = 0x85EBCA77C2B2AE63
    private static let p5: UInt64 = 0x27D4EB2F165667C5

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
    @inline(__always) private static func round(_ acc: UInt64, _ x: UInt64) -> UInt64 { rotl(acc &+ x &* p2, 31) &* p1 }

    /// xxHash64 (seed 0) of the bytes.
    static func checksum(_ data: UnsafeRawBufferPointer) -> UInt64 {
        let n = data.count
        guard let base = data.baseAddress else { return p5 }
        var i = 0
        var h: UInt64
        if n >= 32 {
            var a = p1 &+ p2, b = p2, c: UInt64 = 0, d: UInt64 = 0 &- p1
            while i + 32 <= n {
                a = round(a, base.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                b = round(b, base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian)
                c = round(c, base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self).littleEndian)
                d = round(d, base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self).littleEndian)
                i += 32
            }
            h = rotl(a, 1) &+ rotl(b, 7) &+ rotl(c, 12) &+ rotl(d, 18)
            for v in [a, b, c, d] { h = (h ^ round(0, v)) &* p1 &+ p4 }
        } else {
            h = p5
        }
        h = h &+ UInt64(n)
        while i + 8 <= n {
            h ^= round(0, base.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            h = rotl(h, 27) &* p1 &+ p4
            i += 8
        }
        if i + 4 <= n {
            h ^= UInt64(base.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian) &* p1
            h = rotl(h, 23) &* p2 &+ p3
            i += 4
        }
        while i < n {
            h ^= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) &* p5
            h = rotl(h, 11) &* p1
            i += 1
        }
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }
}

/// Appends little-endian values to a byte buffer.
struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }

    /// A count, then the elements' bytes as they lie in memory (little-endian hosts only).
    mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        u64(UInt64(a.count))
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ b: UnsafeRawBufferPointer) {
        u64(UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { raw(UnsafeRawBufferPointer($0)) }
    }

    /// nil is written as count 2^64-1.
    mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { u64(.max) }
    }

    /// A compact column: its two-byte rows, then its side table's rows and values.
    mutating func column(_ c: CompactColumn) {
        array(c.narrow)
        let wide = c.sortedWide
        array(wide.rows)
        array(wide.values)
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against what is left.
struct SnapshotReader {
    let data: UnsafeRawBufferPointer
    var position = 0
    let path: String
    /// Whether `data` is a private file mapping whose pages are given back once read (see
    /// `LargeBuffer.release`), 8 MB at a time.
    var releasesPages = false
    private var released = 0

    init(_ data: UnsafeRawBufferPointer, path: String) {
        self.data = data
        self.path = path
    }

    var remaining: Int { data.count - position }

    private func damaged(_ why: String) -> SnapshotError {
        SnapshotError(path: path, reason: .malformed(why))
    }

    mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= remaining else { throw damaged("a length field points past the end of the payload") }
        // Everything before `position` has been copied out by the callers of earlier takes.
        if releasesPages, position - released >= 1 << 23, let base = data.baseAddress {
            LargeBuffer.release(base + released, count: position - released)
            released = position
        }
        defer { position += n }
        return UnsafeRawBufferPointer(rebasing: data[position..<position + n])
    }

    mutating func u8() throws -> UInt8 { try take(1)[0] }
    mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    /// A count of items each at least `size` bytes long: rejects counts the payload cannot hold.
    mutating func count(atLeast size: Int) throws -> Int {
        let n = try u64()
        guard n <= UInt64(remaining / max(size, 1)) else { throw damaged("a count is larger than the payload") }
        return Int(n)
    }

    mutating func array<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = try count(atLeast: MemoryLayout<T>.size)
        let bytes = try take(n * MemoryLayout<T>.size)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 {
                LargeBuffer.prepare(UnsafeMutableRawPointer(buffer.baseAddress!), count: bytes.count)
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(
                    from: bytes.baseAddress!, byteCount: bytes.count)
            }
            initialized = n
        }
    }

    mutating func rawBytes() throws -> UnsafeRawBufferPointer {
        try take(try count(atLeast: 1))
    }

    mutating func string() throws -> String {
        String(decoding: try rawBytes(), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        let save = position
        if try u64() == .max { return nil }
        position = save
        return try string()
    }

    /// Whether every value is below `bound` (one pass the compiler can vectorise).
    static func all(_ values: [UInt32], below bound: UInt32) -> Bool {
        values.withUnsafeBufferPointer { v in
            var top: UInt32 = 0
            for x in v { top = max(top, x) }
            return v.isEmpty || top < bound
        }
    }

    /// A compact column as `SnapshotWriter.column` wrote it, checked to hold together.
    mutating func column() throws -> CompactColumn {
        let narrow = try array(UInt16.self), rows = try array(UInt32.self), values = try array(UInt32.self)
        do {
            return try CompactColumn(narrow: narrow, wideRows: rows, wideValues: values)
        } catch let damage as CompactColumn.Damage {
            throw damaged(damage.why)
        }
    }
}

// MARK: - FactStore

extension FactStore {
    /// Writes everything the store holds to `url` (atomically: a temporary file, then a
    /// rename), stamped with `inputs`, so `readSnapshot(from:inputs:)` can reopen it without
    /// reading or extracting a single article.
    ///
    /// - Throws: `SnapshotError.unreadable` when the file cannot be written.
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
            throw SnapshotError(path: path, reason: .unreadable(String(cString: strerror(error.code))))
        }
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw SnapshotError(path: path, reason: .unreadable(why))
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
                if let first = inputs.skipped.first { throw SnapshotError(path: path, reason: .stale("\(first)")) }
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

    // MARK: Payload

    private func snapshotPayload() -> [UInt8] {
        var w = SnapshotWriter()
        let textBytes = articles.reduce(0) { $0 + $1.article.text.utf8.count }
        w.bytes.reserveCapacity(
            terms.bytes.count + terms.count * 5 + factCount * 24 + textBytes + articles.count * 256 + 1024)
        // Terms: text, offsets, kinds, and the hash table as it is.
        w.array(terms.bytes)
        w.array(terms.starts)
        w.array(terms.kinds)
        w.array(terms.hashes)
        w.u64(UInt64(terms.slots.count))
        w.array(terms.slotOfTerms)
        // Fact columns.
        w.array(subjects)
        w.array(predicates)
        w.array(objects)
        w.array(articleOf)
        w.column(sentenceOf)
        w.array(spanStart)
        w.column(spanLength)
        w.array(ruleOf)
        // Qualifiers and rule names.
        w.array(qualifierFact)
        w.array(qualifierKey)
        w.array(qualifierValue)
        w.u64(UInt64(rules.count))
        for r in rules { w.string(r) }
        // The indexes and the name lookup a first query would build (built now if need be).
        w.indexes(StoredIndexes(ensureIndexes()))
        w.names(nameIndex().parts)
        // Articles with their text and sentences. A sentence whose text is its range of the
        // article text (the usual case) is stored as the range alone.
        w.u64(UInt64(articles.count))
        for stored in articles {
            let a = stored.article
            w.string(a.id)
            w.optionalString(a.title)
            w.optionalString(a.date?.iso)
            w.u8(a.dateInferred ? 1 : 0)
            w.optionalString(a.source)
            w.optionalString(a.url)
            w.optionalString(a.path)
            w.string(a.text)
            w.u64(stored.contentHash)
            w.optionalString(stored.sourceFile)
            w.u64(UInt64(stored.factCount))
            w.u64(UInt64(stored.sentenceCount))
            for (i, r) in stored.sentenceRanges.enumerated() {
                w.u64(UInt64(i))
                w.u64(UInt64(r.lowerBound))
                w.u64(UInt64(r.upperBound))
                if stored.hasOwnText(i) {
                    w.u8(0)
                    w.string(stored.sentenceText(i)!)
                } else {
                    w.u8(1)
                }
            }
        }
        w.u64(UInt64(importedFiles.count))
        for (file, hash) in importedFiles.sorted(by: { $0.key < $1.key }) {
            w.string(file)
            w.u64(hash)
        }
        return w.bytes
    }

    /// Decodes the payload and, once `verify` passes, replaces the store's contents with it.
    private func restorePayload(_ payload: UnsafeRawBufferPointer, path: String, verify: () throws -> Void) throws {
        var r = SnapshotReader(payload, path: path)
        r.releasesPages = true
        func damaged(_ why: String) -> SnapshotError { SnapshotError(path: path, reason: .malformed(why)) }

        let termBytes = try r.array(UInt8.self)
        let starts = try r.array(UInt32.self)
        let kinds = try r.array(UInt8.self)
        let hashes = try r.array(UInt32.self), slotCount = try r.u64(), slotOf = try r.array(UInt32.self)
        let table: TermTable
        do {
            table = try TermTable(
                bytes: termBytes, starts: starts, kinds: kinds, hashes: hashes,
                slotCount: Int(clamping: slotCount), slotOf: slotOf)
        } catch let damage as TermTable.Damage {
            throw damaged(damage.why)
        }
        let subjects = try r.array(TermID.self), predicates = try r.array(TermID.self),
            objects = try r.array(TermID.self)
        let articleOf = try r.array(UInt32.self), sentenceOf = try r.column()
        let spanStart = try r.array(UInt32.self), spanLength = try r.column()
        let ruleOf = try r.array(UInt16.self)
        let qualifierFact = try r.array(FactID.self), qualifierKey = try r.array(TermID.self),
            qualifierValue = try r.array(TermID.self)
        var rules: [String] = []
        let ruleCount = try r.count(atLeast: 8)
        // Rule numbers are two bytes, and loading more facts may add a rule or two.
        guard ruleCount < Int(UInt16.max) else { throw damaged("\(ruleCount) rule names (at most 65,534)") }
        for _ in 0..<ruleCount { rules.append(try r.string()) }
        let stored = try r.indexes(), nameParts = try r.names()

        let n = subjects.count
        guard predicates.count == n, objects.count == n, articleOf.count == n, sentenceOf.count == n, ruleOf.count == n,
            spanStart.count == spanLength.count, spanStart.isEmpty || spanStart.count == n,
            qualifierKey.count == qualifierFact.count, qualifierValue.count == qualifierFact.count
        else {
            throw damaged("fact columns differ in length")
        }
        let termCount = UInt32(kinds.count)
        for column in [subjects, predicates, objects, qualifierKey, qualifierValue]
        where !SnapshotReader.all(column, below: termCount) {
            throw damaged("a fact names a term that does not exist")
        }
        if ruleOf.contains(where: { Int($0) >= rules.count }) {
            throw damaged("a fact names a rule that does not exist")
        }
        if !SnapshotReader.all(qualifierFact, below: UInt32(clamping: n)) {
            throw damaged("a qualifier names a fact that does not exist")
        }
        // `qualifiers(_:)` finds a fact's qualifiers by binary search.
        if zip(qualifierFact, qualifierFact.dropFirst()).contains(where: { $0 > $1 }) {
            throw damaged("qualifiers are not in fact order")
        }
        // Dates and numbers are parsed again when a query compares them.
        for i in 0..<kinds.count where kinds[i] == TermKind.date.rawValue || kinds[i] == TermKind.number.rawValue {
            let text = table.text(TermID(i))
            let parses = kinds[i] == TermKind.date.rawValue ? DateValue(iso: text) != nil : Double(text) != nil
            let kind = kinds[i] == TermKind.date.rawValue ? "date" : "number"
            guard parses else { throw damaged("term \(i) is not a \(kind): '\(text)'") }
        }

        let indexes: FactIndexes, names: NameIndex
        do {
            indexes = try stored.restored(
                subjects: subjects, predicates: predicates, objects: objects, termCount: kinds.count)
            names = try NameIndex(parts: nameParts, termCount: kinds.count)
        } catch let damage as StoredIndexes.Damage {
            throw damaged(damage.why)
        } catch let damage as NameIndex.Damage {
            throw damaged(damage.why)
        }

        var articles: [StoredArticle] = []
        var articleIndex: [String: Int] = [:]
        let articleCount = try r.count(atLeast: 8 * 8)
        articles.reserveCapacity(articleCount)
        articleIndex.reserveCapacity(articleCount)
        for _ in 0..<articleCount {
            let id = try r.string()
            let title = try r.optionalString()
            let date = try r.optionalString().map { iso -> DateValue in
                guard let d = DateValue(iso: iso) else { throw damaged("article '\(id)' has date '\(iso)'") }
                return d
            }
            let inferred = try r.u8() == 1
            let source = try r.optionalString(), url = try r.optionalString(), file = try r.optionalString()
            let body = try r.rawBytes()
            let text = String(decoding: body, as: UTF8.self)
            let contentHash = try r.u64()
            let sourceFile = try r.optionalString()
            // Decoding runs before the checksum is known, so no damaged value may trap.
            guard let factCount = Int(exactly: try r.u64()) else {
                throw damaged("article '\(id)' has an impossible fact count")
            }
            let sentenceCount = try r.count(atLeast: 25)
            var ranges: [Range<Int32>] = []
            ranges.reserveCapacity(sentenceCount)
            var overrides: [Int: String] = [:]
            for k in 0..<sentenceCount {
                let index = Int(Int64(bitPattern: try r.u64()))
                let lo = Int(Int64(bitPattern: try r.u64())), hi = Int(Int64(bitPattern: try r.u64()))
                guard index == k else { throw damaged("article '\(id)' has sentence \(index) in place \(k)") }
                guard lo <= hi else { throw damaged("article '\(id)' has an empty sentence range") }
                // Against the decoded text, which is what sentences are cut from.
                let inText = lo >= 0 && hi <= text.utf8.count && hi <= Int(Int32.max)
                if try r.u8() == 1 {
                    guard inText else { throw damaged("a sentence of '\(id)' lies outside its text") }
                } else {
                    overrides[k] = try r.string()
                }
                ranges.append(inText ? Int32(lo)..<Int32(hi) : 0..<0)
            }
            let article = Article(
                id: id, title: title, date: date, dateInferred: inferred, source: source, url: url,
                path: file, text: text)
            guard articleIndex.updateValue(articles.count, forKey: id) == nil else {
                throw damaged("article '\(id)' is stored twice")
            }
            articles.append(
                StoredArticle(
                    article: article, sentenceRanges: ranges, overrides: overrides, contentHash: contentHash,
                    sourceFile: sourceFile, factCount: factCount))
        }
        var counted = [Int](repeating: 0, count: articles.count)
        for a in articleOf {
            guard Int(a) < articles.count else { throw damaged("a fact names an article that does not exist") }
            counted[Int(a)] += 1
        }
        for (a, stored) in articles.enumerated() where stored.factCount != counted[a] {
            throw damaged("article '\(stored.article.id)' claims \(stored.factCount) facts and has \(counted[a])")
        }
        var importedFiles: [String: UInt64] = [:]
        for _ in 0..<(try r.count(atLeast: 16)) {
            let file = try r.string()
            importedFiles[file] = try r.u64()
        }
        guard r.remaining == 0 else { throw damaged("\(r.remaining) unread bytes at the end of the payload") }
        try verify()
        // Everything checked: only now does the store change.
        terms = table
        self.subjects = subjects
        self.predicates = predicates
        self.objects = objects
        self.articleOf = articleOf
        self.sentenceOf = sentenceOf
        self.spanStart = spanStart
        self.spanLength = spanLength
        self.ruleOf = ruleOf
        self.qualifierFact = qualifierFact
        self.qualifierKey = qualifierKey
        self.qualifierValue = qualifierValue
        self.ruleNames = RuleNames(
            names: rules,
            index: Dictionary(
                rules.enumerated().map { ($0.element, UInt16($0.offset)) },
                uniquingKeysWith: { a, _ in a }))
        self.articles = articles
        self.articleIndex = articleIndex
        self.importedFiles = importedFiles
        invalidate()
        self.indexes = indexes
        self.names = names
    }

    // MARK: Files

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

// MARK: - Start-up cache

/// The snapshot of one corpus at start-up: scan the inputs, try the snapshot, else load
/// the articles and write a fresh one.
///
/// For example:
///
///     let cache = SnapshotCache(paths: ["Data"])
///     if let cache, (try? cache.restore(into: store)) != nil { … reopened … }
///     else { load the articles; try? cache?.save(store) }
///
/// `NEWSQ_SNAPSHOT=off` in the environment turns it off (the benchmark times both ways).
public struct SnapshotCache: Sendable {
    public let location: URL
    private let scan: Background<SnapshotInputs>

    /// The inputs as scanned when the cache was made (waits for the scan to finish).
    public var inputs: SnapshotInputs { scan.value }

    /// nil when there is nothing to cache or caching is turned off. Starts scanning the inputs
    /// now, on another core, so a file changed while the corpus loads makes the written
    /// snapshot stale, never wrong.
    ///
    /// - Parameter named: the file names the loader reads (see `SnapshotInputs.scan`).
    public init?(
        paths: [String], named: @escaping @Sendable (String) -> Bool = { _ in true },
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        if let flag = environment["NEWSQ_SNAPSHOT"]?.lowercased(), ["off", "0", "no", "false"].contains(flag) {
            return nil
        }
        guard let location = FactStore.defaultSnapshotLocation(for: paths) else { return nil }
        self.location = location
        let salt = SnapshotInputs.programSalt()
        self.scan = Background { SnapshotInputs.scan(paths, salt: salt, named: named) }
    }

    public init(location: URL, inputs: SnapshotInputs) {
        self.location = location
        self.scan = Background(value: inputs)
    }

    /// Fills an empty store from the snapshot, decoding it while the scan finishes.
    /// - Throws: `SnapshotError` (rebuild then).
    public func restore(into store: FactStore) throws {
        try store.restoreSnapshot(from: location, currentInputs: { scan.value })
    }

    /// Like `restore(into:)`, but a snapshot whose input files changed since (while newsq did
    /// not) is still used when `accept` agrees: the store then holds the snapshot's facts, and
    /// the caller reads the returned files again and drops the removed ones.
    ///
    /// - Throws: `SnapshotError`, and `.stale` when `accept` declines; the store stays empty.
    public func restore(into store: FactStore, accepting accept: (SnapshotChanges) -> Bool) throws -> SnapshotChanges {
        try store.restoreSnapshot(from: location, currentInputs: { scan.value }, accepting: accept)
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
