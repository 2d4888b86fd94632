import Foundation
import TestSupport
import XCTest

@testable import NewsFacts

/// The term and name hash tables, made again two thirds full once they stop growing
/// (`TermTable.fit`, `NameIndex.fitted`), and the store's byte count part by part.
final class FittedHashTableTests: XCTestCase {

    /// 2,000 people with a name and a made-up alias each: 6,000 terms or so, 4,000 name keys.
    private func store() throws -> FactStore {
        let lines = (0..<2_000).flatMap { i in
            [
                "person/\(i)\tname\tSomeone Called \(i)\tstr\t\(i % 30)\t1",
                "person/\(i)\talias\tCaller \(i)\tstr\t\(i % 30)\t1",
                "person/\(i)\ttype\tperson\tstr\t\(i % 30)\t1",
            ]
        }
        let store = FactStore()
        try store.importTSV(Array((lines.joined(separator: "\n") + "\n").utf8), file: "people.tsv")
        return store
    }

    func testTheTermHashTableIsFittedToTwoThirdsFullOnceALoadIsOver() throws {
        let store = try store()
        let n = store.termCount
        // While terms are added: a power of two at most half full.
        XCTAssertEqual(store.terms.slots.count & (store.terms.slots.count - 1), 0)
        XCTAssertGreaterThanOrEqual(store.terms.slots.count, 2 * n)
        store.shrinkToFit()
        XCTAssertEqual(store.terms.slots.count, TermTable.fittedSlotCount(n))
        XCTAssertEqual(store.terms.slots.count, n + n / 2 + 1)
        // Four bytes a slot (the allocator may round the array up by a few bytes).
        XCTAssertGreaterThanOrEqual(store.terms.tableBytes, 4 * (n + n / 2 + 1))
        XCTAssertLessThanOrEqual(store.terms.tableBytes, 4 * (n + n / 2 + 1) + 64)
        // Every term is found through the smaller table, and a term never added is not.
        for id in 0..<TermID(n) { XCTAssertEqual(store.termID(store.term(id)), id) }
        XCTAssertNil(store.termID(.entity("person/2000")))
    }

    func testATermAddedToAFittedTableGrowsItToAPowerOfTwoAndKeepsEveryTerm() throws {
        let store = try store()
        store.shrinkToFit()
        var terms = store.terms
        let n = terms.count
        let added = terms.intern(.entity("someone new"))
        XCTAssertEqual(added, TermID(n))
        XCTAssertEqual(terms.slots.count & (terms.slots.count - 1), 0)
        XCTAssertGreaterThan(terms.slots.count, 2 * terms.count)
        for id in 0...added { XCTAssertEqual(terms.lookup(terms.term(id)), id) }
    }

    func testAFittedTermTableIsReadBackFromASnapshotAndFindsEveryTerm() throws {
        let store = try store()
        store.shrinkToFit()
        let folder = temporaryFolder("newsq-fitted-tables")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let copy = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        XCTAssertEqual(copy.terms.slots.count, TermTable.fittedSlotCount(copy.termCount))
        for id in 0..<TermID(store.termCount) { XCTAssertEqual(copy.termID(store.term(id)), id) }
        XCTAssertEqual(copy.entities(named: "caller 17"), store.entities(named: "Caller 17"))
    }

    func testATermTableOfAnotherSizeThanAddingOrFittingLeavesIsRefused() throws {
        let store = try store()
        store.shrinkToFit()
        let t = store.terms
        // One slot more than fitted: neither a power of two nor the fitted size.
        let wider = Column(t.slots.array + [0])
        XCTAssertThrowsError(
            try TermTable(bytes: t.bytes, starts: t.starts, kinds: t.kinds, hashes: t.hashes, slots: wider))
        XCTAssertNoThrow(
            try TermTable(bytes: t.bytes, starts: t.starts, kinds: t.kinds, hashes: t.hashes, slots: t.slots))
    }

    func testTheNameLookupsTableIsFittedToTwoThirdsFullOfItsKeys() throws {
        let store = try store()
        let parts = store.nameIndex().parts
        XCTAssertEqual(parts.keyCount, 6_000) // each person's id, name and alias
        XCTAssertEqual(parts.slotFirst.count, NameIndex.fittedSize(parts.keyCount))
        XCTAssertEqual(parts.slotFirst.count, 9_001)
        XCTAssertEqual(
            store.entities(named: "someone called 1999"), [try XCTUnwrap(store.termID(.entity("person/1999")))])
        XCTAssertEqual(store.entities(named: "CALLER 5"), [try XCTUnwrap(store.termID(.entity("person/5")))])
        XCTAssertEqual(store.entities(named: "nobody at all"), [])
        // The stored table is accepted whole, and read in place answers the same.
        XCTAssertNoThrow(try NameIndex(parts: parts, termCount: store.termCount))
        let stored = try NameIndex.entries(in: parts, hash: NameIndex.hash("caller 5"), termCount: store.termCount)
        XCTAssertEqual(stored.map { $0.entity }, [try XCTUnwrap(store.termID(.entity("person/5")))])
    }

    func testANameTableFittedThenAddedToGrowsToAPowerOfTwo() {
        var index = NameIndex(expectedKeys: 100)
        for k in 0..<100 { index.add(hash: UInt64(k) &* 0x9E37_79B9_7F4A_7C15, term: TermID(k), entity: TermID(k)) }
        var fitted = index.fitted()
        XCTAssertEqual(fitted.parts.slotFirst.count, 151)
        fitted.add(hash: 12_345, term: 100, entity: 100)
        XCTAssertEqual(fitted.parts.slotFirst.count, 256)
        for k in 0..<100 {
            XCTAssertEqual(fitted.entries(hash: UInt64(k) &* 0x9E37_79B9_7F4A_7C15).map { $0.entity }, [TermID(k)])
        }
        XCTAssertEqual(fitted.entries(hash: 12_345).map { $0.entity }, [100])
    }

    func testTwoNamesWhoseNarrowedHashesCollideEachKeepTheirEntitiesAndTerms() {
        var index = NameIndex(expectedKeys: 4)
        // The same bits flipped in both halves: the 64-bit hashes differ, the stored 32 bits
        // (`narrow`) do not.
        let a: UInt64 = 0x1234_5678_9ABC_DEF0, b = a ^ 0x0000_00FF_0000_00FF
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(NameIndex.narrow(a), NameIndex.narrow(b))
        index.add(hash: a, term: 1, entity: 10)
        index.add(hash: b, term: 2, entity: 10) // the same entity under the other name: kept
        index.add(hash: b, term: 2, entity: 11)
        index.add(hash: a, term: 1, entity: 10) // already listed under this term
        let expected: [(term: TermID, entity: TermID)] = [(1, 10), (2, 10), (2, 11)]
        for hash in [a, b] {
            let got = index.entries(hash: hash)
            XCTAssertEqual(got.map { $0.term }, expected.map { $0.term })
            XCTAssertEqual(got.map { $0.entity }, expected.map { $0.entity })
        }
        var chains: [[TermID]] = []
        index.forEachChain { chains.append($0.map { $0.term }) }
        XCTAssertEqual(chains, [[1, 2, 2]])
    }

    func testTheNameLookupStoresFourByteKeyHashes() throws {
        let parts = try store().nameIndex().parts
        XCTAssertEqual(MemoryLayout.size(ofValue: parts.keyHash[0]), 4)
        // Four bytes a key, and the sixteenth of spare room a fitted column may keep (eight-byte
        // hashes would take twice the count's bytes).
        let count = parts.keyTerm.count
        XCTAssertLessThanOrEqual(parts.keyHash.memoryBytes, 4 * count + 4 * count / 16 + 64)
    }

    func testNamesThatDifferInTheirLastCharacterSpreadOverTheNameTable() {
        // 6,000 keys in 9,001 slots: a probe from each key's first slot finds it within a few
        // slots on average (about two at two thirds full); unmixed, such names ran together.
        let size = NameIndex.fittedSize(6_000)
        var taken = [Bool](repeating: false, count: size)
        var probes = 0
        for i in 0..<6_000 {
            var slot = NameIndex.home(NameIndex.narrow(NameIndex.hash("event/\(i)")), size: size)
            probes += 1
            while taken[slot] {
                slot = slot + 1 == size ? 0 : slot + 1
                probes += 1
            }
            taken[slot] = true
        }
        XCTAssertLessThan(Double(probes) / 6_000, 3)
    }

    /// The name index's bytes from its counts alone: four bytes a slot of the fitted table, and
    /// a term, hash, entity and link (four bytes each) an entry; an owned array may keep up to a
    /// sixteenth spare (`Column.fitted`) and the allocator round each of the five up a little.
    private func nameIndexBytes(keys: Int, entries: Int) -> ClosedRange<Int> {
        let exact = 4 * NameIndex.fittedSize(keys) + 16 * entries
        return exact...(exact + exact / 16 + 5 * 64)
    }

    func testTheStoresBytesCountTheFittedTermTableAndTheNameIndexByTheirSizes() throws {
        let store = try store()
        store.shrinkToFit()
        _ = store.predicateCounts() // the indexes, not yet the name lookup
        func part(_ name: String) -> Int? { store.memoryBreakdown.first { $0.part == name }?.bytes }
        // The term table: four bytes a slot of a table fitted to the terms it holds.
        let slots = TermTable.fittedSlotCount(store.termCount)
        XCTAssertEqual(store.terms.slots.count, slots)
        XCTAssertGreaterThanOrEqual(part("term hash table") ?? 0, 4 * slots)
        XCTAssertLessThanOrEqual(part("term hash table") ?? 0, 4 * slots + 64)
        // No name index before a name lookup; once one has built it, the store's bytes grow by
        // exactly its table and entries.
        XCTAssertEqual(part("name index"), 0)
        let before = store.memoryBytes
        _ = store.entities(named: "Caller 3")
        let names = store.nameIndex().parts
        XCTAssertEqual(names.slotFirst.count, NameIndex.fittedSize(names.keyCount))
        let expected = nameIndexBytes(keys: names.keyCount, entries: names.keyTerm.count)
        XCTAssertTrue(expected.contains(store.memoryBytes - before), "\(store.memoryBytes - before) not in \(expected)")
        XCTAssertTrue(expected.contains(part("name index") ?? 0))
        XCTAssertEqual(
            Set(store.memoryBreakdown.map { $0.part }).count, store.memoryBreakdown.count, "a part named twice")
    }

    func testASnapshotsNameLookupReadInPlaceIsCountedInTheStoresBytes() throws {
        let store = try store()
        store.shrinkToFit()
        let names = store.nameIndex().parts
        let folder = temporaryFolder("newsq-fitted-tables")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let copy = try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
        XCTAssertEqual(copy.entities(named: "caller 3"), store.entities(named: "Caller 3"))
        XCTAssertNil(copy.names, "the lookup was built or checked whole, not read in place")
        XCTAssertNotNil(copy.storedNames)
        // Mapped, so exactly four bytes a slot and sixteen an entry.
        let part = copy.memoryBreakdown.first { $0.part == "name index" }?.bytes
        XCTAssertEqual(part, 4 * NameIndex.fittedSize(names.keyCount) + 16 * names.keyTerm.count)
    }
}
