/// A hash index over a relation's rows by some key columns: chains of row numbers per key,
/// each chain in row order.
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
        let m = mask
        rel.withRows { buf in
            for r in stride(from: rel.count - 1, through: 0, by: -1) {
                let i = Int(truncatingIfNeeded: buf.hash(row: r, columns: keyColumns)) & m
                next[r] = heads[i]
                heads[i] = Int32(r)
            }
        }
        self.heads = heads
        self.next = next
    }

    /// The first row of the chain the key of row `row` of `probe` (in `probeColumns`) hashes
    /// to, -1 for none: a probe's first read, which `Evaluator.next` makes for a block of
    /// probes before it walks their chains (`forEachMatch(in:probe:row:probeColumns:from:_:)`).
    @inline(__always)
    func chainHead(probe: RowBuffer, row: Int, probeColumns: [Int]) -> Int32 {
        heads[Int(truncatingIfNeeded: probe.hash(row: row, columns: probeColumns)) & mask]
    }

    /// `forEachMatch` from a chain head found before (`chainHead`).
    @inline(__always)
    func forEachMatch(
        in indexed: RowBuffer, probe: RowBuffer, row: Int, probeColumns: [Int], from head: Int32,
        _ body: (Int) -> Void
    ) {
        let start = row * probe.width
        var r = head
        while r >= 0 {
            var same = true
            for k in 0..<keyColumns.count
            where indexed[Int(r), keyColumns[k]] != probe.values[start + probeColumns[k]] {
                same = false
                break
            }
            if same { body(Int(r)) }
            r = next[Int(r)]
        }
    }

    /// Calls `body` with the number of each row of `indexed` (the rows this index was built
    /// over) whose key equals the values in `probeColumns` of row `row` of `probe`.
    @inline(__always)
    func forEachMatch(
        in indexed: RowBuffer, probe: RowBuffer, row: Int, probeColumns: [Int], _ body: (Int) -> Void
    ) {
        forEachMatch(
            in: indexed, probe: probe, row: row, probeColumns: probeColumns,
            from: chainHead(probe: probe, row: row, probeColumns: probeColumns), body)
    }
}
