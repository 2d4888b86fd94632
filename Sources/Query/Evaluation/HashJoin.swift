/// A join of two relations on their shared variables — a hash join, or a cross product when
/// they share none, or with `outer` a left outer join (a left row without a match is kept with
/// the right side's new variables empty) — run a piece at a time by `Evaluator.next(_:cap:)`.
///
/// The side indexed is decided once, when it is made: the right one when it is no larger
/// than the left (or for an outer join), and the rows come in the left's order; else the
/// left, and they come in the right's order.
final class HashJoin {
    let left: Relation
    let right: Relation
    /// The left's columns, then the right's new ones.
    let columns: [Int]
    /// The right's columns that are not the left's, and the key columns on each side.
    let rNew: [Int]
    let leftKey: [Int]
    let rightKey: [Int]
    /// The index over the side not iterated; nil for a cross product (or no rows).
    let index: RowIndex?
    let iteratesLeft: Bool
    let outer: Bool
    /// The next row of the iterated side.
    var position = 0
    /// Bytes it holds besides the left relation: the right one and the index.
    let bytes: Int

    /// Probes whose chain heads are read together (see `Evaluator.next(_:cap:)`).
    static let probeBlock = 256

    /// Rows a relation may have to be indexed (row numbers are 32-bit).
    static let maxRows = Int(Int32.max) - 1

    /// - Parameters:
    ///   - right: where `r` came from when it is kept between the pieces of a query (see
    ///     `RightSide`): its index is built once and reused.
    ///   - morePieces: `l` is one piece of several: `r` is indexed whatever the sizes, so that
    ///     each piece does not go through all of `r` again.
    /// - Throws: `EvaluationError` when the side to index holds more rows than `maxRows`.
    init(
        _ l: Relation, _ r: Relation, outer: Bool = false, right side: RightSide? = nil,
        morePieces: Bool = false
    ) throws {
        left = l
        right = r
        self.outer = outer
        let shared = l.columns.filter { r.columns.contains($0) }
        rNew = r.columns.indices.filter { !l.columns.contains(r.columns[$0]) }
        columns = l.columns + rNew.map { r.columns[$0] }
        leftKey = shared.compactMap { l.column(of: $0) }
        rightKey = shared.compactMap { r.column(of: $0) }
        if l.count == 0 || r.count == 0 || shared.isEmpty {
            index = nil
            iteratesLeft = true
        } else if outer || r.count <= l.count || (morePieces && side != nil) {
            guard r.count <= HashJoin.maxRows else { throw HashJoin.tooLarge(r.count) }
            if let kept = side?.index, kept.keyColumns == rightKey {
                index = kept
            } else {
                let built = RowIndex(r, keyColumns: rightKey)
                side?.index = built
                index = built
            }
            iteratesLeft = true
        } else {
            guard l.count <= HashJoin.maxRows else { throw HashJoin.tooLarge(l.count) }
            index = RowIndex(l, keyColumns: leftKey)
            iteratesLeft = false
        }
        let indexed = index == nil ? 0 : (iteratesLeft ? r.count : l.count)
        bytes = StatementBudget.bytes(r.rows.count) + indexed * 12
    }

    /// True when every row of the iterated side is done.
    var done: Bool { position >= (iteratesLeft ? left.count : right.count) }

    private static func tooLarge(_ rows: Int) -> EvaluationError {
        EvaluationError(code: .tooComplex, message: "a join of \(rows) rows is too large to index (at most \(maxRows))")
    }
}
