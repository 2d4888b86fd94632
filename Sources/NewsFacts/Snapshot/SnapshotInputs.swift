import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // A scan lists them in order already: checked in one pass, sorted only when not (a
        // sorted copy of 100,000 inputs retains and releases every path once more).
        var files = files
        if files.indices.dropFirst().contains(where: { files[$0].path < files[$0 - 1].path }) {
            files.sort { $0.path < $1.path }
        }
        self.files = files
        self.salt = salt
        self.skipped = skipped
    }

    /// Whether scanning `paths` costs less than starting a thread to scan them: each is a
    /// regular file, or a folder with no subfolders whose listing fits one block (a few dozen
    /// entries; a peer benchmark's folder of one TSV and its snapshot, say). A corpus folder of
    /// thousands of articles is scanned on another core while the snapshot is read.
    static func isSmall(_ paths: [String]) -> Bool {
        guard paths.count <= 16 else { return false }
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                guard st.st_nlink <= 2, st.st_size <= 4096 else { return false }
            }
        }
        return true
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

    /// Whether `encoded` holds exactly the bytes `encoded()` would write for these inputs,
    /// compared field by field as they are read, without writing them: the fingerprint of
    /// 100,000 files is megabytes, checked at every start, and building it to compare grew
    /// an array through a dozen copies and faulted in every page of it.
    func matches(encoded stored: UnsafeRawBufferPointer) -> Bool {
        var at = 0
        func u64(_ v: UInt64) -> Bool {
            guard stored.count - at >= 8 else { return false }
            let found = UInt64(littleEndian: stored.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            at += 8
            return found == v
        }
        func string(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { utf8 in
                guard u64(UInt64(utf8.count)), stored.count - at >= utf8.count else { return false }
                let same =
                    utf8.isEmpty || memcmp(stored.baseAddress! + at, utf8.baseAddress!, utf8.count) == 0
                at += utf8.count
                return same
            }
        }
        guard string(salt), u64(UInt64(files.count)) else { return false }
        for f in files {
            guard string(f.path), u64(UInt64(bitPattern: f.size)), u64(UInt64(bitPattern: f.modified)) else {
                return false
            }
        }
        return at == stored.count
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
