/// Where a step keeps its `RightSide` between pieces.
final class RightSlot {
    var side: RightSide?
}
