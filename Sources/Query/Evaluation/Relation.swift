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

    init(columns: [Int], rows: [Value], count: Int) {
        self.columns = columns
        self.rows = rows
        self.count = count
    }

    /// One empty row over no variables: where every evaluation starts.
    static var unit: Relation {
        var r = Relation(columns: [])
        r.count = 1
        return r
    }

    func column(of variable: Int) -> Int? { columns.firstIndex(of: variable) }

    @inline(__always) func value(_ row: Int, _ col: Int) -> Value { rows[row * columns.count + col] }

    /// The values of one column, a row each.
    func columnValues(_ c: Int) -> [Value] {
        (0..<count).map { rows[$0 * width + c] }
    }

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
        withRows { src in
            for r in 0..<count {
                for c in idx { out.rows.append(src[r, c]) }
            }
        }
        out.count = count
        return out
    }

    /// The distinct rows, first occurrences kept in order.
    func distinct() -> Relation {
        var set = RowSet(width: width, capacity: count)
        let all = Array(0..<width)
        return withRows { src in filtered { r in set.insert(src, row: r, columns: all) } }
    }
}
