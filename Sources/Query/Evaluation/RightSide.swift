/// The right side of a step's join that does not depend on its left rows — a pattern read
/// whole, a rule call's rows — with its hash index once built: kept by `evaluateInPieces` for
/// each step, so that a step started again on each piece does not read it again.
final class RightSide {
    let rows: Relation
    var index: RowIndex?
    init(_ rows: Relation) { self.rows = rows }
}
