/// A relation's rows read in place: row `r` is the `width` values from `r * width`.
///
/// Safe: one is made only by `Relation.withRows`, whose closure is the only place it lives;
/// the relation's buffer is not written meanwhile (the relation is a constant there), and no
/// pointer is kept past the closure. Row and column numbers come from the relation's own
/// `count` and `columns`. Read in place because joins, sets and indexes read a row's values
/// once each in their inner loops, where an array subscript's bounds check and retain show.
struct RowBuffer {
    let values: UnsafeBufferPointer<Value>
    let width: Int

    /// The value of row `row` in column `column`.
    @inline(__always) subscript(row: Int, column: Int) -> Value { values[row * width + column] }

    /// The values of row `r`, to append to another relation's buffer.
    @inline(__always) func row(_ r: Int) -> UnsafeBufferPointer<Value> {
        UnsafeBufferPointer(rebasing: values[r * width..<(r + 1) * width])
    }

    /// A hash of the values of row `r` in `columns` (in that order), for `RowSet` and
    /// `RowIndex`: two rows with the same values there hash alike.
    @inline(__always) func hash(row r: Int, columns: [Int]) -> UInt64 {
        var h: UInt64 = 0x9E3779B97F4A7C15
        let start = r * width
        for c in columns {
            h = (h ^ UInt64(values[start + c])) &* 0xBF58476D1CE4E5B9
            h ^= h >> 29
        }
        return h
    }
}

extension Relation {
    /// Calls `body` with this relation's rows read in place.
    ///
    /// - Throws: what `body` throws.
    @inline(__always) func withRows<R>(_ body: (RowBuffer) throws -> R) rethrows -> R {
        let w = width
        return try rows.withUnsafeBufferPointer { try body(RowBuffer(values: $0, width: w)) }
    }
}

extension Array where Element == Value {
    /// Calls `body` with these values read in place as rows of `width` values.
    ///
    /// - Throws: what `body` throws.
    @inline(__always) func withRows<R>(width: Int, _ body: (RowBuffer) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try body(RowBuffer(values: $0, width: width)) }
    }
}
