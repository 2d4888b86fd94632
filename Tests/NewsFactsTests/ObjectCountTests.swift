import XCTest

@testable import NewsFacts

/// `FactStore.objectCounts` reads the (predicate, object) index a block of positions at a time
/// (blocks growing from `firstCountBlock` to `countBlock`) and gallops over runs that fill a
/// block: its counts are those of a plain count of the facts, for runs that end inside a block,
/// at its edge, or span several blocks.
final class ObjectCountTests: XCTestCase {
    func testRunsOfEveryLengthAcrossBlocksAreCountedExactly() throws {
        let block = FactStore.countBlock, first = FactStore.firstCountBlock
        let lengths = [
            1, 2, block - 1, block, block + 1, 3, 2 * block, 1, 5 * block + 7, 1, block - 2, 4, first - 1, first,
            first + 1, 2 * first, 3,
        ]
        let store = FactStore()
        var expected: [String: Int] = [:]
        var subject = 0
        for (k, n) in lengths.enumerated() {
            let object = "o\(k)"
            expected[object] = n
            for _ in 0..<n {
                store.assert(subject: .entity("s\(subject)"), predicate: "tag", object: .text(object))
                subject += 1
            }
            // Facts of another predicate between them, which the index keeps apart.
            store.assert(subject: .entity("s\(subject)"), predicate: "other", object: .text(object))
        }
        let p = try XCTUnwrap(store.predicateID("tag"))
        let counts = store.objectCounts(predicate: p)
        XCTAssertEqual(counts.count, lengths.count)
        XCTAssertEqual(
            Dictionary(uniqueKeysWithValues: counts.map { (store.text($0.object), $0.facts) }), expected)
        XCTAssertEqual(counts.map(\.object), counts.map(\.object).sorted(), "in index order")
        let other = try XCTUnwrap(store.predicateID("other"))
        XCTAssertEqual(store.objectCounts(predicate: other).map(\.facts), [Int](repeating: 1, count: lengths.count))
    }
}
