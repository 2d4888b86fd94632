import TestSupport
import XCTest

@testable import NewsFacts

/// The indexes, the name lookup and the term hash table a snapshot stores (format 3 and later):
/// read back, they are used as they are, answer exactly as rebuilt ones, and a damaged one is
/// an error naming what is wrong (or, for the name lookup, built again), never a trap or a loop.
final class StoredIndexTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = TestPaths.temporaryDirectory("newsq-stored-index")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// People with names and aliases (shared ones, accented ones), titles, and facts stated
    /// twice (repeats), from a TSV import: 3,000 people, about 12,000 facts.
    private func store() throws -> FactStore {
        var lines: [String] = []
        let family = ["Lee", "Novák", "Ødegaard", "O'Brien", "Costa", "Smith"]
        for i in 0..<3_000 {
            let person = "person/\(i)", name = "Ana \(family[i % family.count]) \(i)"
            lines.append("\(person)\ttype\tperson\tstr\t\(i % 40)\t1")
            lines.append("\(person)\tname\t\(name)\tstr\t\(i % 40)\t1")
            lines.append("\(person)\talias\t\(family[i % family.count])\tstr\t\(i % 40)\t2")
            lines.append("\(person)\ttitle\tminister of \(i % 7)\tstr\t\(i % 40)\t3")
            // The same title stated again in another article: a repeat.
            if i % 5 == 0 { lines.append("\(person)\ttitle\tminister of \(i % 7)\tstr\t\((i + 1) % 40)\t4") }
        }
        let store = FactStore()
        try store.importTSV(Array((lines.joined(separator: "\n") + "\n").utf8), file: "people.tsv")
        return store
    }

    private func reopened(_ store: FactStore) throws -> FactStore {
        let url = folder.appendingPathComponent("snap")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        return try FactStore.readSnapshot(from: url, inputs: SnapshotInputs(files: []))
    }

    /// Everything the indexes and the name lookup answer, in a comparable form.
    private func answers(_ store: FactStore) -> [String] {
        var out: [String] = []
        out.append("subjects \(store.subjectOrder)")
        out.append("predicates \(store.predicateObjectOrder)")
        out.append("repeats \(store.repeatBits) \(store.distinctFactCount)")
        for (p, facts) in store.predicateCounts() {
            let s = store.statistics(predicate: p)
            out.append(
                "\(store.text(p)) \(facts) \(s.facts) \(s.subjects) \(s.objects) \(store.objectCounts(predicate: p))")
        }
        for (key, ids) in store.entityNames().sorted(by: { $0.key < $1.key }) {
            out.append("\(key) \(ids) \(store.entities(named: key)) \(store.entities(named: key.uppercased()))")
        }
        for name in ["Lee", "novak", "Ødegaard", "O’Brien", "person/17", "nobody"] {
            out.append("\(name) \(store.entities(named: name))")
        }
        return out
    }

    func testAReopenedStoreUsesTheStoredIndexesAndNameLookupWithoutBuilding() throws {
        let copy = try reopened(try store())
        XCTAssertNotNil(copy.indexes, "the indexes were not restored")
        XCTAssertNotNil(copy.storedNames, "the name lookup was not restored")
        XCTAssertTrue(copy.subjects.isMapped && copy.subjectOrder.isMapped, "the snapshot was copied, not mapped")
        _ = copy.nameIndex()
        XCTAssertNotNil(copy.names)
        XCTAssertNil(copy.storedNames, "the stored name lookup was not the one used")
        XCTAssertGreaterThan(copy.distinctFactCount, 0)
    }

    func testTheStoredIndexesAndLookupAnswerExactlyAsRebuiltOnes() throws {
        let original = try store()
        let copy = try reopened(original)
        let stored = answers(copy)
        // The same store with everything built again from its columns.
        copy.indexes = nil
        copy.names = nil
        copy.storedNames = nil
        XCTAssertEqual(stored, answers(copy))
        XCTAssertEqual(stored, answers(original))
        XCTAssertGreaterThan(original.factCount, original.distinctFactCount, "the fixture has no repeats")
        XCTAssertEqual(copy.entities(named: "Lee").count, 500)
    }

    func testAMappedStoreTakesMoreFactsAndRemovalsAsALoadedOneDoes() throws {
        let original = try store()
        let copy = try reopened(original)
        XCTAssertTrue(copy.subjects.isMapped && copy.terms.bytes.isMapped)
        let more = Array("person/9000\ttype\tperson\tstr\t50\t1\nperson/9000\tname\tZed Novák\tstr\t50\t1\n".utf8)
        for s in [original, copy] { try s.importTSV(more, file: "more.tsv") }
        XCTAssertFalse(copy.subjects.isMapped, "a changed column still reads the file")
        XCTAssertEqual(answers(copy), answers(original))
        XCTAssertEqual(copy.entities(named: "Zed Novák").count, 1)
        // Removing an article's facts: the rest as in a store that never was mapped.
        let again = try reopened(original)
        let removed = again.removeFacts(ofArticles: [0, 3])
        XCTAssertGreaterThan(removed, 0)
        XCTAssertEqual(removed, original.removeFacts(ofArticles: [0, 3]))
        XCTAssertEqual(answers(again), answers(original))
        XCTAssertEqual(again.factCount, original.factCount)
    }

    func testAReopenedStoreSearchesThroughTheStoredFencesReadInPlace() throws {
        let original = try store()
        let copy = try reopened(original)
        let fences = try XCTUnwrap(copy.indexes?.objectFences)
        XCTAssertTrue(fences.isMapped, "the fences were built again or copied, not read in place")
        XCTAssertFalse(fences.isEmpty)
        XCTAssertEqual(fences, original.ensureIndexes().objectFences)
        // Every (predicate, object) search through them finds what a search without them finds.
        let ix = copy.ensureIndexes()
        let unfenced = FactIndexes(
            subjectStarts: ix.subjectStarts, subjectFacts: ix.subjectFacts, predicateOrder: ix.predicateOrder,
            predicateSubjects: ix.predicateSubjects, predicateObjects: ix.predicateObjects,
            predicateTable: ix.predicateTable, repeats: ix.repeats)
        for (p, _) in copy.predicateCounts() {
            for o in TermID(0)..<TermID(copy.termCount + 1) {
                XCTAssertEqual(ix.predicateObjectRange(p, o), unfenced.predicateObjectRange(p, o))
            }
        }
    }

    func testAReopenedStoreReadsTheSubjectsAndObjectsBesideThePredicateIndexInPlace() throws {
        let original = try store()
        let copy = try reopened(original)
        let ix = try XCTUnwrap(copy.indexes)
        XCTAssertTrue(ix.predicateSubjects.isMapped, "the subjects beside the index were built again or copied")
        XCTAssertTrue(ix.predicateObjects.isMapped, "the objects beside the index were built again or copied")
        XCTAssertEqual(ix.predicateSubjects, original.ensureIndexes().predicateSubjects)
        XCTAssertEqual(ix.predicateObjects, original.ensureIndexes().predicateObjects)
        // Each is its fact's.
        for (i, f) in copy.predicateObjectOrder.enumerated() {
            XCTAssertEqual(ix.predicateSubjects[i], copy.subject(f))
            XCTAssertEqual(ix.predicateObjects[i], copy.object(f))
        }
    }

    func testTheTermHashTableReadBackFindsAndInternsTerms() throws {
        let copy = try reopened(try store())
        for i in stride(from: 0, to: 3_000, by: 97) {
            let id = try XCTUnwrap(copy.termID(.entity("person/\(i)")))
            XCTAssertEqual(copy.text(id), "person/\(i)")
        }
        XCTAssertNil(copy.termID(.entity("person/3000")))
        // Growing the table past its stored size keeps every term findable.
        let before = copy.termCount
        for i in 0..<5_000 { _ = copy.internTerm(.text("new \(i)")) }
        XCTAssertEqual(copy.termCount, before + 5_000)
        XCTAssertEqual(copy.termID(.text("new 4999")), TermID(before + 4_999))
        XCTAssertNotNil(copy.termID(.entity("person/2999")))
    }

    func testAWrittenAndReadBackStoreWritesTheSameBytesAgain() throws {
        let copy = try reopened(try store())
        let first = folder.appendingPathComponent("snap")
        let second = folder.appendingPathComponent("again")
        try copy.writeSnapshot(to: second, inputs: SnapshotInputs(files: []))
        XCTAssertEqual(try Data(contentsOf: first), try Data(contentsOf: second))
    }

    // MARK: - Damage

    /// Writes `store` with its (damaged) indexes and expects the full check to refuse it as
    /// malformed; `atOpen`: the ordinary open too (damage that could make a read go out of
    /// bounds), else the ordinary open gives a store whose every answer can be read.
    private func expectRefused(
        _ store: FactStore, mentioning words: String, atOpen: Bool = false, file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let url = folder.appendingPathComponent("damaged")
        try store.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        for full in atOpen ? [true, false] : [true] {
            let reader = FactStore()
            do {
                try reader.restoreSnapshot(from: url, inputs: SnapshotInputs(files: []), full: full)
                XCTFail("damaged indexes were trusted (full: \(full))", file: file, line: line)
            } catch let error as SnapshotError {
                guard case .malformed(let why) = error.reason else {
                    return XCTFail("\(error)", file: file, line: line)
                }
                XCTAssertTrue(why.contains(words), why, file: file, line: line)
            }
            XCTAssertEqual(reader.factCount, 0, file: file, line: line)
            XCTAssertNil(reader.indexes, file: file, line: line)
        }
        if !atOpen {
            // Refused or not, never a trap: what opens can be asked everything.
            let reader = FactStore()
            if (try? reader.restoreSnapshot(from: url, inputs: SnapshotInputs(files: []))) != nil {
                XCTAssertFalse(answers(reader).isEmpty, file: file, line: line)
            }
        }
    }

    /// The store's indexes with one part changed.
    private func damaging(_ store: FactStore, _ change: (inout StoredIndexes) -> Void) -> FactStore {
        _ = store.nameIndex() // built from the sound indexes, before they are damaged
        var parts = StoredIndexes(store.ensureIndexes())
        change(&parts)
        var table = PredicateTable()
        for (k, p) in parts.predicates.enumerated() where k < parts.rangeStarts.count && k < parts.rangeEnds.count {
            let range = Int(parts.rangeStarts[k])..<max(Int(parts.rangeStarts[k]), Int(parts.rangeEnds[k]))
            table.append(
                p, range: range,
                statistics: PredicateStatistics(
                    facts: range.count, subjects: Int(parts.distinctSubjects[k]),
                    objects: Int(parts.distinctObjects[k])))
        }
        store.indexes = FactIndexes(
            subjectStarts: parts.subjectStarts, subjectFacts: parts.subjectFacts, predicateOrder: parts.predicateOrder,
            predicateSubjects: parts.predicateSubjects, predicateObjects: parts.predicateObjects,
            predicateTable: table, repeats: FactRepeats(bits: parts.repeatBits, pairs: parts.repeatPairs),
            objectFences: parts.objectFences)
        return store
    }

    func testASubjectIndexListingAFactUnderAnotherSubjectIsRefused() throws {
        let s = try store()
        try expectRefused(
            damaging(s) { $0.subjectFacts.swapAt(0, $0.subjectFacts.count - 1) }, mentioning: "subject index")
    }

    func testSubjectBucketsOutOfOrderAreFoundWhenReadNeverATrap() throws {
        // A mapped snapshot's bucket starts are checked as they are read, not at open (a pass
        // over every term a one-shot query does not need): a bucket read alone is empty when
        // its ends are reversed or past the index, a join's whole buffer never goes back, and
        // the damage is reported; the full check refuses the file at open.
        for change in [
            { (parts: inout StoredIndexes) in parts.subjectStarts[5] = 1 << 30 },
            { (parts: inout StoredIndexes) in
                parts.subjectStarts[5] = parts.subjectStarts[parts.subjectStarts.count - 2]
            },
        ] {
            try expectRefused(damaging(try store(), change), mentioning: "subject index")
            let reader = FactStore()
            try reader.restoreSnapshot(
                from: folder.appendingPathComponent("damaged"), inputs: SnapshotInputs(files: []))
            XCTAssertNil(reader.snapshotDamage, "damage reported before anything read it")
            for t in 0..<reader.termCount {
                let range = reader.subjectRange(TermID(t))
                XCTAssertTrue(range.upperBound <= reader.subjectOrder.count, "\(t): \(range)")
            }
            XCTAssertTrue(reader.subjectRange(5).isEmpty || reader.subjectRange(4).isEmpty)
            XCTAssertEqual(reader.snapshotDamage?.reason, .malformed("the subject index's buckets are not in order"))
            let starts = reader.subjectStarts.array
            XCTAssertTrue(zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 })
            XCTAssertTrue(starts.allSatisfy { Int($0) <= reader.subjectOrder.count })
            XCTAssertFalse(answers(reader).isEmpty)
        }
    }

    func testAnIndexListingAFactPastTheLastIsFoundWhenReadNeverATrap() throws {
        // A mapped snapshot's fact ids are checked as they are read, not at open: the store
        // opens, every answer can be read (the bad id reads as fact 0), and the damage is
        // reported; the full check refuses it at open.
        for (index, change) in [
            ("subject index", { (parts: inout StoredIndexes) in parts.subjectFacts[3] = 1 << 30 }),
            ("predicate index", { (parts: inout StoredIndexes) in parts.predicateOrder[7] = 1 << 31 }),
        ] {
            try expectRefused(damaging(try store(), change), mentioning: index)
            let reader = FactStore()
            try reader.restoreSnapshot(
                from: folder.appendingPathComponent("damaged"), inputs: SnapshotInputs(files: []))
            XCTAssertNil(reader.snapshotDamage, "damage reported before anything read it")
            XCTAssertFalse(answers(reader).isEmpty)
            let damage = try XCTUnwrap(reader.snapshotDamage, index)
            XCTAssertEqual(damage.reason, .malformed("the \(index) lists a fact past the last fact"))
            XCTAssertTrue(reader.subjectOrder.allSatisfy { Int($0) < reader.factCount })
            XCTAssertTrue(reader.predicateObjectOrder.allSatisfy { Int($0) < reader.factCount })
        }
    }

    func testAPredicateIndexOutOfOrderOrNotMatchingItsRangesIsRefused() throws {
        try expectRefused(damaging(try store()) { $0.predicateOrder.swapAt(10, 20) }, mentioning: "not in order")
        try expectRefused(
            damaging(try store()) { $0.predicateOrder[0] = 1 << 31 }, mentioning: "predicate index", atOpen: true)
        try expectRefused(
            damaging(try store()) { $0.rangeEnds[0] += 1 }, mentioning: "range of predicate", atOpen: true)
        try expectRefused(
            damaging(try store()) { $0.distinctSubjects[1] = 1 << 31 }, mentioning: "statistics", atOpen: true)
        try expectRefused(
            damaging(try store()) { $0.rangeStarts.removeLast() }, mentioning: "do not cover", atOpen: true)
    }

    func testFencesThatAreNotTheIndexsOwnAreRefusedAndNeverMakeASearchLeaveItsRange() throws {
        // A fence count that is not the index's is refused at open; fence values that are not
        // the objects at their places only by the full check, and what opens can still be
        // asked everything (a fence only narrows a search inside its predicate's range).
        try expectRefused(damaging(try store()) { $0.objectFences.removeLast() }, mentioning: "fences", atOpen: true)
        try expectRefused(
            damaging(try store()) { parts in
                for k in parts.objectFences.indices { parts.objectFences[k] = TermID.max - TermID(k) }
            }, mentioning: "fence 0")
    }

    func testSubjectsAndObjectsBesideThePredicateIndexThatAreNotItsFactsAreRefusedNeverATrap() throws {
        // A count that is not the index's is refused at open; values that are not the facts'
        // only by the full check (what opens gives wrong answers, never a read out of bounds).
        try expectRefused(
            damaging(try store()) { $0.predicateSubjects.removeLast() }, mentioning: "beside", atOpen: true)
        try expectRefused(
            damaging(try store()) { $0.predicateObjects.append(0) }, mentioning: "beside", atOpen: true)
        try expectRefused(
            damaging(try store()) { $0.predicateSubjects.swapAt(3, 40) }, mentioning: "beside position")
        try expectRefused(
            damaging(try store()) { $0.predicateObjects[12] = 1 }, mentioning: "beside position")
    }

    func testATermPastTheLastBesideThePredicateIndexIsFoundWhenReadNeverATrap() throws {
        // Mapped, the term ids beside the index are checked as they are read, not at open: the
        // store opens, every answer can be read (the bad id reads as term 0), and the damage is
        // reported; the full check refuses it at open.
        for change in [
            { (parts: inout StoredIndexes) in parts.predicateSubjects[5] = 1 << 30 },
            { (parts: inout StoredIndexes) in parts.predicateObjects[9] = 1 << 30 },
        ] {
            try expectRefused(damaging(try store(), change), mentioning: "beside position")
            let reader = FactStore()
            try reader.restoreSnapshot(
                from: folder.appendingPathComponent("damaged"), inputs: SnapshotInputs(files: []))
            XCTAssertNil(reader.snapshotDamage, "damage reported before anything read it")
            XCTAssertFalse(answers(reader).isEmpty)
            XCTAssertTrue(reader.predicateObjectSubjects.allSatisfy { Int($0) < reader.termCount })
            XCTAssertTrue(reader.predicateObjectObjects.allSatisfy { Int($0) < reader.termCount })
            let damage = try XCTUnwrap(reader.snapshotDamage)
            XCTAssertEqual(damage.reason, .malformed("the predicate index names a term that does not exist"))
        }
    }

    func testARepeatThatRepeatsNothingIsRefused() throws {
        try expectRefused(
            damaging(try store()) { parts in
                // Fact 1 (a name) marked as repeating fact 0 (a type): not the same fact.
                parts.repeatPairs.insert(UInt64(0) << 32 | 1, at: 0)
                parts.repeatBits[0] |= 1 << 1
            }, mentioning: "repeating")
        try expectRefused(
            damaging(try store()) { $0.repeatBits[0] |= 1 << 1 }, mentioning: "marked as repeats", atOpen: true)
    }

    func testEveryCutOfThePayloadIsAnErrorNotATrap() throws {
        // Cut the payload short at every length (checksums made to match), so each array of the
        // new sections ends early somewhere: always a SnapshotError, never a trap.
        let url = folder.appendingPathComponent("snap")
        let small = FactStore()
        try small.importTSV(Array("p/1\ttype\tperson\tstr\t1\t0\np/1\talias\tAna\tstr\t1\t0\n".utf8), file: "x.tsv")
        try small.writeSnapshot(to: url, inputs: SnapshotInputs(files: []))
        let whole = [UInt8](try Data(contentsOf: url))
        let fingerprintLength = Int(whole[24..<32].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        let offset = Snapshot.payloadOffset(fingerprintLength: fingerprintLength)
        let payload = Array(whole[offset...])
        let cut = folder.appendingPathComponent("cut")
        for length in 0..<payload.count {
            var file = Array(whole[0..<offset]) + payload[0..<length]
            func put(_ v: UInt64, at offset: Int) {
                for k in 0..<8 { file[offset + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) }
            }
            put(UInt64(length), at: 32)
            put(payload[0..<length].withUnsafeBytes { Snapshot.checksum($0) }, at: 40)
            try Data(file).write(to: cut)
            let reader = FactStore()
            XCTAssertThrowsError(try reader.restoreSnapshot(from: cut, inputs: SnapshotInputs(files: []))) {
                XCTAssertTrue($0 is SnapshotError, "cut at \(length): \($0)")
            }
            XCTAssertEqual(reader.factCount, 0)
        }
    }

    /// The name lookup holds four bytes a slot (an entry number; the key's hash sits with its
    /// entries) and its entries without spare room: at 10 million facts it had held 16 bytes a
    /// slot and up to twice its entries, 18 of the store's 69 bytes a fact.
    func testTheNameLookupHoldsFourBytesASlotAndItsEntriesWithoutSpareRoom() throws {
        let s = try store()
        let names = s.nameIndex()
        let parts = names.parts
        let slots = parts.slotFirst.count, entries = parts.keyTerm.count
        XCTAssertGreaterThan(entries, 3_000)
        XCTAssertLessThanOrEqual(names.memoryBytes, 4 * slots + 20 * entries + 20 * entries / 16)
        // Every name is found again through the smaller table.
        XCTAssertEqual(s.entities(named: "ana lee 6"), [try XCTUnwrap(s.termID(.entity("person/6")))])
        XCTAssertEqual(s.entities(named: "Novák").count, 500)
    }

    func testANameLookupThatCouldLoopOrReadOutOfBoundsIsRefused() throws {
        let s = try store()
        let good = s.nameIndex().parts
        XCTAssertNoThrow(try NameIndex(parts: good, termCount: s.termCount))
        let used = try XCTUnwrap(good.slotFirst.firstIndex { $0 >= 0 })
        func refused(_ why: String, _ change: (inout NameIndex.Parts) -> Void, line: UInt = #line) {
            var parts = good
            change(&parts)
            XCTAssertThrowsError(try NameIndex(parts: parts, termCount: s.termCount), line: line) {
                XCTAssertTrue(($0 as? NameIndex.Damage)?.why.contains(why) ?? false, "\($0)", line: line)
            }
        }
        // A chain that comes back to its start (links only lead to later entries, so none can).
        refused("earlier entry") { parts in
            var last = Int(parts.slotFirst[used])
            while parts.next[last] >= 0 { last = Int(parts.next[last]) }
            parts.next[last] = parts.slotFirst[used]
        }
        refused("outside the entries") { $0.next[0] = -7 }
        refused("outside the entries") { $0.slotFirst[used] = Int32($0.keyTerm.count) }
        refused("does not exist") { $0.entity[0] = TermID(s.termCount) }
        // A full table (no empty slot stops a probe), one not a power of two, one far too large.
        refused("slots") { $0.keyCount = $0.slotFirst.count }
        refused("slots") { $0.slotFirst.removeLast() }
        refused("differ in length") { $0.keyHash.removeLast() }
    }

    func testADamagedStoredNameLookupIsBuiltAgainFromTheFacts() throws {
        let s = try store()
        let expected = s.entities(named: "Lee")
        s.names = damagedNames(s.nameIndex())
        let copy = try reopened(s)
        XCTAssertNotNil(copy.storedNames)
        XCTAssertEqual(copy.entities(named: "Lee"), expected)
        XCTAssertEqual(copy.entities(named: "Lee").count, 500)
    }

    func testANameLookupReadsTheStoredIndexInPlaceAndAnswersAsARebuiltOne() throws {
        let original = try store()
        let copy = try reopened(original)
        var names = Array(original.entityNames().keys) + ["Lee", "LEE", "Ødegaard", "person/17", "nobody", ""]
        names += names.map { $0.uppercased() }
        for name in names {
            XCTAssertEqual(copy.entities(named: name), original.entities(named: name), name)
        }
        // Only the keys' paths were read: the index was neither checked whole nor built.
        XCTAssertNil(copy.names, "a lookup checked or built the whole name index")
        XCTAssertNotNil(copy.storedNames)
        XCTAssertEqual(copy.entities(named: "Lee").count, 500)
    }

    func testADamagedChainOnALookupsPathMakesTheNameIndexBeBuiltAgain() throws {
        let s = try store()
        let expected = s.entities(named: "Lee")
        var parts = s.nameIndex().parts
        // Every chain of two or more entries now links an entry to itself.
        for e in 0..<parts.next.count where parts.next[e] >= 0 { parts.next[e] = Int32(e) }
        s.names = NameIndex(unchecked: parts)
        let copy = try reopened(s)
        XCTAssertEqual(copy.entities(named: "Lee"), expected)
        XCTAssertNil(copy.storedNames, "the damaged stored lookup was kept")
        XCTAssertNotNil(copy.names)
    }

    func testALookupInAStoredNameTableWithNoEmptySlotEnds() throws {
        let s = try store()
        let expected = s.entities(named: "Novák")
        var parts = s.nameIndex().parts
        // Every slot taken (by the first entry, whose key is not the one asked for): a probe for
        // a missing key finds no empty slot.
        for i in 0..<parts.slotFirst.count where parts.slotFirst[i] < 0 { parts.slotFirst[i] = 0 }
        s.names = NameIndex(unchecked: parts)
        let copy = try reopened(s)
        XCTAssertEqual(copy.entities(named: "nobody at all"), [])
        XCTAssertNotNil(copy.names, "the full table was not built again")
        XCTAssertEqual(copy.entities(named: "Novák"), expected)
    }

    /// A name index whose chains loop (the stored form keeps the arrays as they are).
    private func damagedNames(_ index: NameIndex) -> NameIndex {
        var parts = index.parts
        parts.next[parts.next.count - 1] = 0
        return NameIndex(unchecked: parts)
    }

    func testATermHashTableWithNoEmptySlotOrAnUnknownKindIsSafe() throws {
        let s = try store()
        let t = s.terms
        // Every slot taken (each by a term that exists): a lookup stops after one round.
        let full = Column<UInt32>((0..<t.slots.count).map { UInt32($0 % t.count + 1) })
        var table = try TermTable(bytes: t.bytes, starts: t.starts, kinds: t.kinds, hashes: t.hashes, slots: full)
        XCTAssertNil(table.lookup(.entity("nobody at all")))
        // …and interning a new term makes the table again from the hashes.
        let id = table.intern(.entity("nobody at all"))
        XCTAssertEqual(table.lookup(.entity("nobody at all")), id)
        XCTAssertEqual(table.lookup(.entity("person/42")), t.lookup(.entity("person/42")))
        // Slots naming terms that do not exist are skipped.
        let wild = Column<UInt32>(t.slots.map { $0 == 0 ? 0 : UInt32.max })
        let skipping = try TermTable(bytes: t.bytes, starts: t.starts, kinds: t.kinds, hashes: t.hashes, slots: wild)
        XCTAssertNil(skipping.lookup(.entity("person/42")))
        XCTAssertThrowsError(
            try TermTable(
                bytes: t.bytes, starts: t.starts, kinds: Column(t.kinds.map { _ in 200 }), hashes: t.hashes,
                slots: t.slots))
        XCTAssertThrowsError(
            try TermTable(
                bytes: t.bytes, starts: t.starts, kinds: t.kinds, hashes: t.hashes, slots: Column(t.slots.dropLast())))
    }
}
