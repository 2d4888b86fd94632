/// Why a snapshot cannot be used or written. A snapshot is only a cache: on any of these,
/// rebuild it from the article files. Its description is its `Diagnostic`:
/// `Data/.newsq-snapshot: error: snapshot stale: 'Data/new.txt' is new`.
public struct SnapshotError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case unreadable(String)
        /// Writing it failed (a read-only folder, a full disk).
        case unwritable(String)
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

    /// The error as a `Diagnostic` (code `snapshot`) about the whole file.
    public var diagnostic: Diagnostic {
        Diagnostic.file(path, .snapshot, message)
    }

    /// What is wrong with the snapshot, in words.
    public var message: String {
        switch reason {
        case .unreadable(let why): return "cannot read the snapshot: \(why)"
        case .unwritable(let why): return "cannot write the snapshot: \(why)"
        case .notASnapshot: return "not a newsq snapshot (bad magic)"
        case .unsupportedVersion(let v):
            return "snapshot format version \(v); this newsq writes version \(Snapshot.version)"
        case .truncated(let expected, let actual): return "snapshot truncated: \(actual) of \(expected) bytes"
        case .checksumMismatch: return "snapshot damaged: checksum mismatch"
        case .stale(let why): return "snapshot stale: \(why)"
        case .malformed(let why): return "snapshot damaged: \(why)"
        }
    }

    /// Whether the file is damaged rather than merely out of date or absent: a checksum that
    /// fails, a section that does not decode, a file cut short or not a snapshot at all. newsq
    /// writes a snapshot whole and renames it into place, so such a file points at a failing
    /// disk, a crash before the data reached it, or another program writing there: worth a
    /// warning even though the snapshot is only a cache. A stale snapshot, one from another
    /// newsq version, or none at all is the ordinary course and is rebuilt without one.
    public var isDamage: Bool {
        switch reason {
        case .checksumMismatch, .malformed, .truncated, .notASnapshot: return true
        case .unreadable, .unwritable, .unsupportedVersion, .stale: return false
        }
    }

    /// The rendered diagnostic, without its final line break.
    public var description: String { diagnostic.renderedText }
}
