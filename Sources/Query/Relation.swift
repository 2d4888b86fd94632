import NewsFacts

/// A value in a relation: a store term id, `Relation.null` (an unmatched `optional`), or a
/// session-local value (`Values.localBit` set: counts, article ids, sentence numbers).
typealias Value = UInt32

/// A relation over variables: a flat row buffer of `width` values a row — no per-row
/// dictionaries, arrays or strings until output.
struct Relation {
    static let null: Value = .max

    /// The variable each column holds.
    var columns: [Int]
    var rows: [Value] = []
    /// Rows held (tracked apart so zero-width relations can hold rows).
    var count = 0

    var width: Int { columns.count }

    init(columns: [Int]) { self.columns = columns }

    /// One empty row over no variables: where every evaluation starts.
    static var unit: Relation {
        var r = Relation(columns: [])
        r.count = 1
        return r
    }

    func column(of variable: Int) -> Int? { columns.firstIndex(of: variable) }

    @inline(__always) func value(_ row: Int, _ col: Int) -> Value { rows[row * columns.count + col] }

    /// The rows whose index `keep` approves, in order.
    func filtered(_ keep: (Int) -> Bool) -> Relation {
        var out = Relation(columns: columns)
        let w = width
        out.rows.reserveCapacity(rows.count)
        for r in 0..<count where keep(r) {
            out.rows.append(contentsOf: rows[r * w..<(r + 1) * w])
            out.count += 1
        }
        return out
    }

    /// The relation over `vars` (each present in this one), one row per row (duplicates kept).
    func projected(_ vars: [Int]) -> Relation {
        let kept = vars.filter { column(of: $0) != nil }
        let idx = kept.compactMap { column(of: $0) }
        var out = Relation(columns: kept)
        out.rows.reserveCapacity(count * vars.count)
        let w = width
        rows.withUnsafeBufferPointer { src in
            for r in 0..<count {
                for c in idx { out.rows.append(src[r * w + c]) }
            }
        }
        out.count = count
        return out
    }

    /// The distinct rows, first occurrences kept in order.
    func distinct() -> Relation {
        var set = RowSet(width: width, capacity: count)
        return filtered { r in set.insert(rows, at: r * width) }
    }
}

@inline(__always) func hashValues(_ buf: UnsafeBufferPointer<Value>, _ start: Int, _ cols: [Int]) -> UInt64 {
    var h: UInt64 = 0x9E3779B97F4A7C15
    for c in cols {
        h = (h ^ UInt64(buf[start + c])) &* 0xBF58476D1CE4E5B9
        h ^= h >> 29
    }
    return h
}

/// A set of rows of one width (open addressing over row copies), for `distinct`, rule
/// relations and anti-joins.
struct RowSet {
    let width: Int
    private(set) var rows: [Value] = []
    private var slots: [Int32]
    private(set) var count = 0
    private let allCols: [Int]

    init(width: Int, capacity: Int = 16) {
        self.width = width
        allCols = Array(0..<width)
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    /// Inserts the `width` values of `source` starting at `start`; false if already present.
    @discardableResult
    mutating func insert(_ source: [Value], at start: Int) -> Bool {
        source.withUnsafeBufferPointer { insert($0, at: start, cols: allCols) }
    }

    /// Inserts the values of `cols` (offsets from `start`) of a row.
    mutating func insert(_ src: UnsafeBufferPointer<Value>, at start: Int, cols: [Int]) -> Bool {
        find(src, at: start, cols: cols).inserted
    }

    /// The number of the row (values at `cols` from `start`) in the set, added if new.
    mutating func find(_ src: UnsafeBufferPointer<Value>, at start: Int, cols: [Int]) -> (index: Int, inserted: Bool) {
        if width == 0 {
            if count == 0 {
                count = 1
                return (0, true)
            }
            return (0, false)
        }
        let h = hashValues(src, start, cols)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { break }
            var same = true
            let base = Int(s) * width
            for (k, c) in cols.enumerated() where rows[base + k] != src[start + c] {
                same = false
                break
            }
            if same { return (Int(s), false) }
            i = (i + 1) & mask
        }
        slots[i] = Int32(count)
        for c in cols { rows.append(src[start + c]) }
        count += 1
        if count * 2 > slots.count { grow() }
        return (count - 1, true)
    }

    /// True when the row (values at `cols` from `start`) is in the set.
    func contains(_ src: UnsafeBufferPointer<Value>, at start: Int, cols: [Int]) -> Bool {
        if width == 0 { return count > 0 }
        let h = hashValues(src, start, cols)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return false }
            var same = true
            let base = Int(s) * width
            for (k, c) in cols.enumerated() where rows[base + k] != src[start + c] {
                same = false
                break
            }
            if same { return true }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        var fresh = [Int32](repeating: -1, count: slots.count * 2)
        let mask = fresh.count - 1
        rows.withUnsafeBufferPointer { buf in
            for r in 0..<count {
                var i = Int(truncatingIfNeeded: hashValues(buf, r * width, allCols)) & mask
                while fresh[i] >= 0 { i = (i + 1) & mask }
                fresh[i] = Int32(r)
            }
        }
        slots = fresh
    }
}

/// A hash index over a relation's rows by some key columns: chains of row numbers per key.
struct RowIndex {
    private var heads: [Int32]
    private var next: [Int32]
    private let mask: Int
    let keyColumns: [Int]

    init(_ rel: Relation, keyColumns: [Int]) {
        self.keyColumns = keyColumns
        var size = 16
        while size < rel.count * 2 { size <<= 1 }
        mask = size - 1
        var heads = [Int32](repeating: -1, count: size)
        var next = [Int32](repeating: -1, count: rel.count)
        let w = rel.width
        let m = mask
        rel.rows.withUnsafeBufferPointer { buf in
            for r in stride(from: rel.count - 1, through: 0, by: -1) {
                let i = Int(truncatingIfNeeded: hashValues(buf, r * w, keyColumns)) & m
                next[r] = heads[i]
                heads[i] = Int32(r)
            }
        }
        self.heads = heads
        self.next = next
    }

    /// Calls `body` with each row of `rel` whose key equals the values at `probeCols` of the
    /// probe row starting at `start` in `probe`.
    @inline(__always)
    func forEachMatch(
        _ rel: Relation, relBuf: UnsafeBufferPointer<Value>, probe: UnsafeBufferPointer<Value>, at start: Int,
        probeCols: [Int], _ body: (Int) -> Void
    ) {
        let h = hashValues(probe, start, probeCols)
        var r = heads[Int(truncatingIfNeeded: h) & mask]
        let w = rel.width
        while r >= 0 {
            var same = true
            for k in 0..<keyColumns.count where relBuf[Int(r) * w + keyColumns[k]] != probe[start + probeCols[k]] {
                same = false
                break
            }
            if same { body(Int(r)) }
            r = next[Int(r)]
        }
    }
}
