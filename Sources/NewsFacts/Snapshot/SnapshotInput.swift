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
