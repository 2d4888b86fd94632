import XCTest

@testable import NewsFacts

/// `OrderCheck.isNonDecreasing`, which keeps a snapshot's term offsets and subject buckets in
/// bounds, must find a decrease wherever it is: in a vector step, across two steps, or in the
/// scalar tail; and compare the values as unsigned (the fast path compares them as signed).
final class OrderCheckTests: XCTestCase {
    private func ordered(_ values: [UInt32]) -> Bool {
        values.withUnsafeBufferPointer(OrderCheck.isNonDecreasing)
    }

    func testOrderedValuesOfEveryLengthPass() {
        for n in 0..<80 {
            XCTAssertTrue(ordered((0..<n).map { UInt32($0 / 3) }), "length \(n)")
        }
    }

    func testADecreaseAtAnyPositionIsFound() {
        for n in 2..<80 {
            for k in 1..<n {
                var values = (0..<n).map { UInt32($0 * 2 + 2) }
                values[k] = values[k - 1] - 1
                XCTAssertFalse(ordered(values), "length \(n), decrease at \(k)")
            }
        }
    }

    func testValuesAreComparedUnsigned() {
        XCTAssertTrue(ordered([1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF] + [UInt32](repeating: 0xFFFF_FFFF, count: 9)))
        XCTAssertFalse(ordered([1, 2, 3, 4, 5, 6, 7, 0x8000_0000, 0x7FFF_FFFF, 0x8000_0000]))
        XCTAssertFalse(
            ordered([UInt32](repeating: 0, count: 3) + [0xFFFF_FFFF, 0] + [UInt32](repeating: 0, count: 12)))
    }

    func testOffsetsPastTwoToTheThirtyFirstAreInOrderAtEveryLength() {
        // Signed, these decrease where they cross 2^31; unsigned, they never do.
        for n in 2..<80 {
            let values = (0..<n).map { UInt32(0x7FFF_FFF0) &+ UInt32($0) }
            XCTAssertTrue(ordered(values), "length \(n)")
            XCTAssertTrue(ordered([0] + values), "length \(n) from 0")
        }
        XCTAssertFalse(ordered((0..<40).map { UInt32(0x8000_0000) &+ UInt32($0) } + [0x7FFF_FFFF]))
    }
}
