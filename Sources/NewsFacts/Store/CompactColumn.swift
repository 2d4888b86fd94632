/// A column of small non-negative numbers (a fact's sentence, its span's length): two bytes a
/// row, with the rare value of 65,535 or more kept whole in a side table, so an article of
/// 70,000 sentences cites its last one exactly and the common case costs what it did.
///
/// For example:
///
///     var column = CompactColumn()
///     column.append(12)
///     column.append(69_999)        // row 1 holds the escape; the side table holds 69,999
///     column[1]                    // 69,999
///
/// Values below 0 are stored as 0 and values above `UInt32.max` as `UInt32.max` (no file
/// newsq reads comes near either).
struct CompactColumn: Sendable {
    /// The two-byte value that sends a row to the side table.
    static let escape = UInt16.max

    /// Two bytes a row; `escape` where the value is in `wide`.
    private(set) var narrow: Column<UInt16> = []
    /// Row → value, for every row whose `narrow` entry is `escape`.
    private(set) var wide: [UInt32: UInt32] = [:]

    init() {}

    init(repeating value: Int, count: Int) {
        self.init()
        append(repeating: value, count: count)
    }

    /// A column read back from a snapshot.
    ///
    /// - Throws: `Damage` when the side table does not match the escapes: a row past the end,
    ///   a row not marked, or a value that fits two bytes. (A marked row without a value reads
    ///   as 65,535: wrong, never unsafe; not looked for, since that would read every row of a
    ///   column a snapshot maps in place.)
    init(narrow: Column<UInt16>, wideRows: [UInt32], wideValues: [UInt32]) throws {
        guard wideRows.count == wideValues.count else {
            throw Damage(why: "side table rows and values differ in count")
        }
        self.narrow = narrow
        // Most columns have no side table: no dictionary is made then (a one-shot query's
        // first dictionary of this type costs the runtime a scan of every conformance).
        guard !wideRows.isEmpty else { return }
        var wide: [UInt32: UInt32] = [:]
        wide.reserveCapacity(wideRows.count)
        for (row, value) in zip(wideRows, wideValues) {
            guard Int(row) < narrow.count, narrow[Int(row)] == CompactColumn.escape,
                value >= UInt32(CompactColumn.escape), wide.updateValue(value, forKey: row) == nil
            else {
                throw Damage(why: "side table entry for row \(row) does not match the column")
            }
        }
        self.wide = wide
    }

    /// Why a column read back does not hold together.
    struct Damage: Error {
        var why: String
    }

    var count: Int { narrow.count }
    var isEmpty: Bool { narrow.isEmpty }

    subscript(row: Int) -> Int {
        let v = narrow[row]
        if v != CompactColumn.escape { return Int(v) }
        return Int(wide[UInt32(row)] ?? UInt32(v))
    }

    @inline(__always)
    mutating func append(_ value: Int) {
        if value >= 0 && value < Int(CompactColumn.escape) {
            narrow.append(UInt16(value))
        } else {
            wide[UInt32(narrow.count)] = UInt32(clamping: max(value, Int(CompactColumn.escape)))
            narrow.append(CompactColumn.escape)
        }
    }

    mutating func append(repeating value: Int, count: Int) {
        if value >= 0 && value < Int(CompactColumn.escape) {
            narrow.append(contentsOf: repeatElement(UInt16(value), count: count))
        } else {
            for _ in 0..<count { append(value) }
        }
    }

    mutating func append(contentsOf other: CompactColumn) {
        let base = UInt32(narrow.count)
        narrow.append(contentsOf: other.narrow)
        for (row, value) in other.wide { wide[base + row] = value }
    }

    mutating func append<S: Sequence>(contentsOf values: S) where S.Element: BinaryInteger {
        for v in values { append(Int(clamping: v)) }
    }

    /// Keeps only the rows that `newRow` gives a place (`newRow[r]`, or `FactID.max` to drop
    /// row `r`), in order: rows may only move towards the front.
    mutating func compact(_ newRow: [UInt32]) {
        var w = 0
        for r in 0..<narrow.count where newRow[r] != .max {
            narrow[w] = narrow[r]
            w += 1
        }
        narrow.removeLast(narrow.count - w)
        if !wide.isEmpty {
            var moved: [UInt32: UInt32] = [:]
            for (row, value) in wide where newRow[Int(row)] != .max { moved[newRow[Int(row)]] = value }
            wide = moved
        }
    }

    mutating func reserveCapacity(_ n: Int) { narrow.reserveCapacity(n) }

    /// The same column without the spare room it grew into.
    func fitted() -> CompactColumn {
        guard narrow.capacity > narrow.count + narrow.count / 16 else { return self }
        var copy = self
        copy.narrow = narrow.fitted()
        return copy
    }

    /// Bytes held: two a row, and about 16 a side-table entry (key, value, hash table slack).
    var memoryBytes: Int { narrow.memoryBytes + wide.capacity * 16 }

    /// The side table in row order, for writing.
    var sortedWide: (rows: [UInt32], values: [UInt32]) {
        let entries = wide.sorted { $0.key < $1.key }
        return (entries.map(\.key), entries.map(\.value))
    }
}

/// The sentence column as writers read it, fact by fact, without a copy (see
/// `FactStore.withSourceColumns`).
/// The article of each fact, read in place for the length of a call (`FactStore
/// .withSourceColumns`): a mapped snapshot's value is checked as it is read (`ColumnBound`),
/// so that printing the sources of a few rows does not check the whole column.
public struct ArticleColumn {
    @usableFromInline let values: UnsafeBufferPointer<UInt32>
    @usableFromInline let bound: ColumnBound?

    /// The index in `FactStore.articles` of fact `f`'s article.
    @inlinable @inline(__always)
    public subscript(f: Int) -> Int {
        let a = values[f]
        return Int(bound?.checked(a) ?? a)
    }
}

public struct SentenceColumn {
    let narrow: UnsafeBufferPointer<UInt16>
    let wide: [UInt32: UInt32]

    /// The sentence of fact `f`.
    @inline(__always)
    public subscript(f: Int) -> Int {
        let v = narrow[f]
        if v != CompactColumn.escape { return Int(v) }
        return Int(wide[UInt32(f)] ?? UInt32(v))
    }
}
