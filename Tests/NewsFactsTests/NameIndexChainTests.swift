import XCTest

@testable import NewsFacts

/// A name many entities share (a common surname across a large corpus) keeps one chain of
/// entries; past `NameIndex.longChain` entries the chain is remembered instead of walked at
/// every add. These check that the remembered chain lists what the walked one did.
final class NameIndexChainTests: XCTestCase {
    private let kim = NameIndex.hash("kim")

    func testALongChainListsEveryEntityOnceInTheOrderAdded() {
        var index = NameIndex(expectedKeys: 4)
        let n = 5 * NameIndex.longChain
        for e in 0..<n { index.add(hash: kim, term: 1, entity: TermID(100 + e)) }
        // Every entity again, in another order: all already listed.
        for e in stride(from: n - 1, through: 0, by: -1) { index.add(hash: kim, term: 1, entity: TermID(100 + e)) }
        XCTAssertEqual(index.entries(hash: kim).map(\.entity), (0..<n).map { TermID(100 + $0) })
    }

    func testOtherNamesBesideALongChainKeepTheirOwnEntities() {
        var index = NameIndex(expectedKeys: 2)
        let lee = NameIndex.hash("lee")
        // Enough names to make the table grow while the long chain is remembered.
        for e in 0..<(3 * NameIndex.longChain) {
            index.add(hash: kim, term: 1, entity: TermID(1_000 + e))
            index.add(hash: NameIndex.hash("name\(e)"), term: 2, entity: TermID(e))
        }
        index.add(hash: lee, term: 3, entity: 7)
        index.add(hash: kim, term: 1, entity: 7)
        index.add(hash: kim, term: 1, entity: 1_000)
        XCTAssertEqual(index.entries(hash: kim).count, 3 * NameIndex.longChain + 1)
        XCTAssertEqual(index.entries(hash: kim).last?.entity, 7)
        XCTAssertEqual(index.entries(hash: lee).map(\.entity), [7])
        XCTAssertEqual(index.entries(hash: NameIndex.hash("name5")).map(\.entity), [5])
    }

    func testAFittedIndexAddsToALongChainAfterWalkingItOnce() {
        var index = NameIndex(expectedKeys: 4)
        for e in 0..<(2 * NameIndex.longChain) { index.add(hash: kim, term: 1, entity: TermID(e)) }
        var fitted = index.fitted()
        fitted.add(hash: kim, term: 1, entity: 3)
        fitted.add(hash: kim, term: 1, entity: 999)
        fitted.add(hash: kim, term: 1, entity: 999)
        XCTAssertEqual(
            fitted.entries(hash: kim).map(\.entity), (0..<(2 * NameIndex.longChain)).map { TermID($0) } + [999])
    }
}
