import XCTest

@testable import NewsFacts

/// `SortedByKey` sorts fact ids by key into the buffers made when it was created, with no copy
/// of the starts: its results are those of the counting sort the other access paths use.
final class SortedByKeyTests: XCTestCase {
    func testFactsAreGroupedByKeyInFactOrder() {
        let sorted = SortedByKey(termCount: 3, count: 3)
        sorted.sort(keys: [2, 0, 2])
        XCTAssertEqual(sorted.starts, [0, 1, 1, 3])
        XCTAssertEqual(sorted.order, [1, 0, 2])
    }

    func testTheSortMatchesTheCountingSortOfTheOtherPaths() {
        for terms in [1, 2, 7, 100] {
            // Keys scattered over the terms (a multiplicative hash of the fact number).
            let keys = Column<TermID>((0..<500).map { TermID(($0 &* 2_654_435_761 >> 7) % terms) })
            let sorted = SortedByKey(termCount: terms, count: keys.count)
            sorted.sort(keys: keys)
            let starts = FactIndexes.countingStarts(keys: keys, termCount: terms)
            XCTAssertEqual(sorted.starts, starts, "\(terms) terms")
            XCTAssertEqual(sorted.order, FactIndexes.countingSort(keys: keys, starts: starts, order: nil))
        }
    }

    func testNoFactsGiveEmptyBuckets() {
        let sorted = SortedByKey(termCount: 4, count: 0)
        sorted.sort(keys: [])
        XCTAssertEqual(sorted.starts, [0, 0, 0, 0, 0])
        XCTAssertEqual(sorted.order, [])
    }

    func testTheParallelBuildGivesTheSameIndexes() {
        let subjects: Column<TermID> = [3, 1, 3, 0, 2, 1]
        let predicates: Column<TermID> = [4, 4, 5, 5, 4, 5]
        let objects: Column<TermID> = [0, 2, 1, 3, 0, 0]
        let serial = FactIndexes(subjects: subjects, predicates: predicates, objects: objects, termCount: 6)
        let parallel = FactIndexes(
            subjects: subjects, predicates: predicates, objects: objects, termCount: 6, parallelFrom: 1)
        XCTAssertEqual(Array(parallel.subjectStarts), Array(serial.subjectStarts))
        XCTAssertEqual(Array(parallel.subjectFacts), Array(serial.subjectFacts))
        XCTAssertEqual(Array(parallel.subjectFacts), [3, 1, 5, 4, 0, 2])
    }
}
