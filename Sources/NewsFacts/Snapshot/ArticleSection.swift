/// A snapshot's article records as they lie in the payload: where each one ends (counted from
/// the start of the records) and the records' bytes. Record `i` is found without reading the
/// records before it; its bounds are checked when it is asked for, so a damaged end can make
/// a record unreadable but never a read outside the records.
///
/// For example, with ends `[120, 300]` record 1 is bytes 120..<300 of `records`.
struct ArticleSection {
    /// Where each record ends, in order.
    let ends: Column<UInt64>
    let records: UnsafeRawBufferPointer

    var count: Int { ends.count }

    /// The bytes of record `i`, or nil when its ends are out of order or outside the records.
    func bytes(_ i: Int) -> UnsafeRawBufferPointer? {
        let start = i == 0 ? 0 : ends[i - 1], end = ends[i]
        guard start <= end, end <= UInt64(records.count) else { return nil }
        return UnsafeRawBufferPointer(rebasing: records[Int(start)..<Int(end)])
    }

    /// A reader over record `i` alone.
    ///
    /// - Throws: `SnapshotError.malformed` when the record's bounds do not hold.
    func reader(_ i: Int, path: String, mapping: SnapshotMapping?) throws -> SnapshotReader {
        guard let bytes = bytes(i) else {
            throw SnapshotError(path: path, reason: .malformed("article record \(i) lies outside the article records"))
        }
        return SnapshotReader(bytes, path: path, mapping: mapping)
    }
}
