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
