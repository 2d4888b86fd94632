import Foundation

/// The bound every value of a mapped snapshot column must stay below (a term id below the
/// term count, a fact id below the fact count…), checked when the values are read rather than
/// when the snapshot is opened, so that a one-shot query over a million facts reads the few
/// rows it needs instead of every page of every column.
///
/// A `Column` reading a mapped file keeps one until it is copied into owned memory: a single
/// value read through its subscript is compared with the bound on the spot (`checked(_:)`);
/// the whole buffer handed out by `withUnsafeBufferPointer` is checked once, in one pass the
/// compiler vectorises (`checkedBuffer(_:)`), since the code reading such buffers does not
/// check its indexes. A value out of bounds is never handed on: it reads as 0 (a bound is
/// never 0 while the column holds values: `SnapshotColumns.checkIDs` refuses that at open),
/// and the damage is recorded in `log`, which the store reports (`FactStore.snapshotDamage`).
/// So a damaged or hostile snapshot gives wrong answers and an error, never a trap or a read
/// out of bounds. Only unsigned columns of 1, 2, 4 or 8 bytes a value are bound.
///
/// A bound made `ordered` guards a column of offsets (the term text's offsets, the subject
/// index's bucket starts: at a million facts two passes over 400,000 values that a one-shot
/// query paid at open): a reader of one span takes `Column.span(at:)`, which never answers a
/// reversed range, and the whole buffer, when first handed out, is also checked to never
/// decrease (a damaged copy then repeats the last good offset instead of going back).
@usableFromInline
final class ColumnBound: @unchecked Sendable {
    // Sendable: `bound`, `what` and `log` never change; `checked` and `repaired` are written
    // once, holding `lock`, and read only while holding it.
    @usableFromInline let bound: UInt64
    /// What a value out of bounds means, for the damage report ("a fact names a term that does
    /// not exist").
    let what: String
    let log: SnapshotDamageLog
    /// Whether the values are offsets that must never decrease (see the type's note).
    let ordered: Bool
    private let lock = NSLock()
    /// The values once checked: the mapped ones, or `repaired` when some were out of bounds.
    private var checked: UnsafeRawBufferPointer?
    private var repaired: UnsafeMutableRawBufferPointer?

    init(below bound: Int, what: String, log: SnapshotDamageLog, ordered: Bool = false) {
        self.bound = UInt64(max(bound, 0))
        self.what = what
        self.log = log
        self.ordered = ordered
    }

    deinit { repaired?.deallocate() }

    /// `value` when it is in bounds, else 0, the damage recorded.
    @inlinable @inline(__always)
    func checked<T: FixedWidthInteger>(_ value: T) -> T {
        UInt64(truncatingIfNeeded: value) < bound ? value : outOfBounds()
    }

    @usableFromInline @inline(never)
    func outOfBounds<T: FixedWidthInteger>() -> T {
        log.record(what)
        return 0
    }

    /// Records that a span read alone ended before it started (an `ordered` column's damage).
    @usableFromInline @inline(never)
    func reversed() {
        log.record(what)
    }

    /// `values` once every one is known to be in bounds: the first call checks them all (a
    /// streaming pass) and, should any be out of bounds, records the damage and answers with a
    /// copy in which those read as 0. Later calls answer at once.
    @inlinable
    func checkedBuffer<T: FixedWidthInteger>(_ values: UnsafeBufferPointer<T>) -> UnsafeBufferPointer<T> {
        let bytes = checkedBytes(UnsafeRawBufferPointer(values), width: MemoryLayout<T>.stride)
        return UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: T.self), count: values.count)
    }

    /// `checkedBuffer` over the values' bytes, `width` bytes a value (not generic: one loop a
    /// width, each vectorised).
    @usableFromInline
    func checkedBytes(_ values: UnsafeRawBufferPointer, width: Int) -> UnsafeRawBufferPointer {
        lock.lock()
        defer { lock.unlock() }
        if let checked { return checked }
        let inBounds: Bool
        if values.isEmpty {
            checked = values
            return values
        }
        switch width {
        case 1: inBounds = ColumnBound.all(values, as: UInt8.self, below: bound)
        case 2: inBounds = ColumnBound.all(values, as: UInt16.self, below: bound)
        case 4: inBounds = ColumnBound.all(values, as: UInt32.self, below: bound)
        default: inBounds = ColumnBound.all(values, as: UInt64.self, below: bound)
        }
        let inOrder =
            !ordered || width != 4 || OrderCheck.isNonDecreasing(values.assumingMemoryBound(to: UInt32.self))
        if inBounds && inOrder {
            checked = values
            return values
        }
        log.record(what)
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(values.count, 1), alignment: 8)
        copy.copyMemory(from: values)
        switch width {
        case 1: ColumnBound.clear(copy, as: UInt8.self, below: bound)
        case 2: ColumnBound.clear(copy, as: UInt16.self, below: bound)
        case 4: ColumnBound.clear(copy, as: UInt32.self, below: bound)
        default: ColumnBound.clear(copy, as: UInt64.self, below: bound)
        }
        if ordered && width == 4 { ColumnBound.holdLast(copy.assumingMemoryBound(to: UInt32.self)) }
        repaired = copy
        checked = UnsafeRawBufferPointer(copy)
        return checked!
    }

    /// Whether every value is below `bound`: one compare a value and no branch, so that the
    /// loop vectorises.
    private static func all<T: FixedWidthInteger & UnsignedInteger>(
        _ bytes: UnsafeRawBufferPointer, as: T.Type, below bound: UInt64
    ) -> Bool {
        guard bound <= UInt64(T.max) else { return true }
        let values = bytes.assumingMemoryBound(to: T.self)
        let limit = T(bound)
        // A count, not an "or": an "or" becomes a loop that stops at the first hit, which
        // does not vectorise.
        var over = 0
        for v in values { over &+= v >= limit ? 1 : 0 }
        return over == 0
    }

    /// Makes offsets never decrease: a value below the one before it (or out of bounds, cleared
    /// to 0 already) takes the one before it, so every span of the copy is empty or in order.
    private static func holdLast(_ values: UnsafeMutableBufferPointer<UInt32>) {
        var last: UInt32 = 0
        for i in values.indices {
            if values[i] < last { values[i] = last }
            last = values[i]
        }
    }

    /// Sets every value at or past `bound` to 0.
    private static func clear<T: FixedWidthInteger & UnsignedInteger>(
        _ bytes: UnsafeMutableRawBufferPointer, as: T.Type, below bound: UInt64
    ) {
        let values = bytes.assumingMemoryBound(to: T.self)
        for i in values.indices where UInt64(values[i]) >= bound { values[i] = 0 }
    }
}
