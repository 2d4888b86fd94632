import Foundation

/// Where the columns of one opened snapshot record damage found after it was opened (a value
/// out of bounds, met by the first query to read it: `ColumnBound`). The store reports the
/// first one as `FactStore.snapshotDamage`, so that the command line can say that the answers
/// came from a damaged snapshot and have it rebuilt.
final class SnapshotDamageLog: @unchecked Sendable {
    // Sendable: `first` is read and written only while holding `lock`.
    let path: String
    private let lock = NSLock()
    private var first: String?

    init(path: String) {
        self.path = path
    }

    /// Keeps `why` when it is the first damage found.
    func record(_ why: String) {
        lock.lock()
        if first == nil { first = why }
        lock.unlock()
    }

    /// The first damage found, if any.
    var damage: SnapshotError? {
        lock.lock()
        defer { lock.unlock() }
        return first.map { SnapshotError(path: path, reason: .malformed($0)) }
    }
}
