// What a cached statement keeps from one run to the next (see `Evaluator.rerun`).
extension Evaluator {
    /// What the runs of a cached statement keep for the next: the join layout of each
    /// top-level plan step (by step number), a spare row buffer, the output columns.
    struct Kept {
        var layouts: [JoinLayout?] = []
        var spareRows: [Value] = []
        var projection: Projection?

        /// Buffers larger than this (values) are not kept between runs.
        static let maxSpareRows = 1 << 16

        /// The layout kept for plan step `step` when it was made for `leftColumns`, else a new
        /// one, kept.
        mutating func layout(_ step: Int, _ p: BoundPattern, leftColumns: [Int]) -> JoinLayout {
            if step < layouts.count, let kept = layouts[step], kept.leftColumns == leftColumns { return kept }
            let layout = JoinLayout(p, leftColumns: leftColumns)
            while layouts.count <= step { layouts.append(nil) }
            layouts[step] = layout
            return layout
        }

        /// An empty row buffer: the spare one (cleared, capacity kept), or a new one.
        mutating func takeRows() -> [Value] {
            var rows: [Value] = []
            swap(&rows, &spareRows)
            rows.removeAll(keepingCapacity: true)
            return rows
        }

        /// Keeps `rows`, a relation's buffer no longer needed, as the spare (when it is larger).
        mutating func recycle(_ rows: inout [Value]) {
            if rows.capacity > spareRows.capacity && rows.capacity <= Self.maxSpareRows { swap(&rows, &spareRows) }
        }
    }
}
