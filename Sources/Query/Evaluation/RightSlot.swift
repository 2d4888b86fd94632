/// Where a step keeps its `RightSide` between pieces.
final class RightSlot {
    var side: RightSide?
    /// A semi-join's bitset (`Evaluator.semiJoinByIDSet`), or that its keys came twice.
    var semiJoin: SemiJoinState = .none

    enum SemiJoinState {
        case none, declined
        case bits(TermBits)
    }
}
