import XCTest

@testable import NewsFacts

final class LargePagesTests: XCTestCase {
    /// Values a column holds, from a fixed pseudo-random sequence.
    private func values(_ n: Int) -> [UInt32] {
        var x: UInt64 = 0x1234_5678_9ABC_DEF1
        return (0..<n).map { _ in
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return UInt32(truncatingIfNeeded: x >> 29)
        }
    }

    /// Moving a column into 2 MB pages keeps every value: copied (spare room to give back) or
    /// moved in place (none), and a small column is left as it is.
    func testColumnsInLargePagesKeepTheirValues() {
        let n = 3 << 20 / 4 + 17 // 3 MB of values and a few more: past the threshold, unaligned
        let want = values(n)
        var grown: [UInt32] = []
        for v in want { grown.append(v) } // grown by doubling: spare room
        XCTAssertGreaterThan(grown.capacity, n + n / 16)
        let copied = Column(grown).inLargePages()
        XCTAssertEqual(copied.array, want)
        XCTAssertLessThanOrEqual(copied.capacity, n + n / 16, "the copy gives the spare room back")
        let exact = Column(want.withUnsafeBufferPointer { Array($0) })
        let moved = exact.inLargePages()
        XCTAssertEqual(moved.array, want)
        let small = Column(values(100)).inLargePages()
        XCTAssertEqual(small.array, values(100))
    }
}
