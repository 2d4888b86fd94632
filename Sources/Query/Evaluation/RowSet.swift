/// A set of rows of one width (open addressing over row copies), for `distinct`, grouping,
/// rule relations and anti-joins. Rows are numbered in the order they were first added.
struct RowSet {
    let width: Int
    /// The rows added, `width` values each, in the order they were added.
    private(set) var rows: [Value] = []
    /// Row numbers by hash (-1: empty), twice as many slots as rows or more.
    private var slots: [Int32]
    private(set) var count = 0
    private let allColumns: [Int]

    init(width: Int, capacity: Int = 16) {
        self.width = width
        allColumns = Array(0..<width)
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    /// Adds the row `values` (`width` of them); false if it was there already.
    @discardableResult
    mutating func insert(_ values: [Value]) -> Bool {
        values.withRows(width: width) { insert($0, row: 0, columns: allColumns) }
    }

    /// Adds the values in `columns` of row `row` of `source`; false if they were there already.
    @inline(__always) @discardableResult
    mutating func insert(_ source: RowBuffer, row: Int, columns: [Int]) -> Bool {
        find(source, row: row, columns: columns).inserted
    }

    /// The number of the row (the values in `columns` of row `row` of `source`) in the set,
    /// added if new.
    mutating func find(_ source: RowBuffer, row: Int, columns: [Int]) -> (index: Int, inserted: Bool) {
        if width == 0 {
            if count == 0 {
                count = 1
                return (0, true)
            }
            return (0, false)
        }
        let start = row * source.width
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: source.hash(row: row, columns: columns)) & mask
        while true {
            let s = slots[i]
            if s < 0 { break }
            if same(Int(s), source, start, columns) { return (Int(s), false) }
            i = (i + 1) & mask
        }
        slots[i] = Int32(count)
        for c in columns { rows.append(source.values[start + c]) }
        count += 1
        if count * 2 > slots.count { grow() }
        return (count - 1, true)
    }

    /// True when the values in `columns` of row `row` of `source` are a row of the set.
    func contains(_ source: RowBuffer, row: Int, columns: [Int]) -> Bool {
        if width == 0 { return count > 0 }
        let start = row * source.width
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: source.hash(row: row, columns: columns)) & mask
        while true {
            let s = slots[i]
            if s < 0 { return false }
            if same(Int(s), source, start, columns) { return true }
            i = (i + 1) & mask
        }
    }

    /// True when row `s` of the set holds the values in `columns` from `start` of `source`.
    @inline(__always)
    private func same(_ s: Int, _ source: RowBuffer, _ start: Int, _ columns: [Int]) -> Bool {
        let base = s * width
        for (k, c) in columns.enumerated() where rows[base + k] != source.values[start + c] { return false }
        return true
    }

    private mutating func grow() {
        var fresh = [Int32](repeating: -1, count: slots.count * 2)
        let mask = fresh.count - 1
        rows.withRows(width: width) { buf in
            for r in 0..<count {
                var i = Int(truncatingIfNeeded: buf.hash(row: r, columns: allColumns)) & mask
                while fresh[i] >= 0 { i = (i + 1) & mask }
                fresh[i] = Int32(r)
            }
        }
        slots = fresh
    }
}
