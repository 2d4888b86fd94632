/// Entities by folded name (`NameKey.fold`): which entities a typed name or alias denotes.
///
/// For example, after `add(hash: NameIndex.hash("motegi"), term: aliasTerm, entity: motegi)`,
/// `entries(hash: NameIndex.hash("motegi"))` is `[(aliasTerm, motegi)]`.
///
/// Built once per store generation on the first name lookup, or read back whole from a snapshot
/// (format 3 stores it, Snapshot+Indexes.swift), so at worst its cost is part of the first query
/// after a load. It keeps no `String` per name: a key is stored as its 64-bit
/// hash in an open-addressed table, with the term whose text gave the key, so a lookup can check
/// the text and a hash collision never returns a wrong entity. Entities of one key keep the order
/// they were added in.
struct NameIndex {
    /// Per slot: the key's hash, and the first and last entry of its chain (-1 when empty).
    private var slotHash: Column<UInt64>
    private var slotFirst: Column<Int32>
    private var slotLast: Column<Int32>
    /// Per entry: the term whose folded text is the key, the entity, the next entry of the chain
    /// (always a later entry: entries are added at the end and linked from the chain's last).
    private var keyTerm: Column<TermID> = []
    private var entity: Column<TermID> = []
    private var next: Column<Int32> = []

    init(expectedKeys: Int) {
        var size = 64 // small: a snapshot stores the table whole
        while size < expectedKeys * 2 { size *= 2 }
        slotHash = Column(repeating: 0, count: size)
        slotFirst = Column(repeating: -1, count: size)
        slotLast = Column(repeating: -1, count: size)
    }

    /// What a snapshot stores: the table and the entries as they are (see `init(parts:termCount:)`).
    var parts: Parts {
        Parts(
            keyCount: keyCount, slotHash: slotHash, slotFirst: slotFirst, slotLast: slotLast, keyTerm: keyTerm,
            entity: entity, next: next)
    }

    /// A name index as a snapshot stores it.
    struct Parts {
        var keyCount: Int
        var slotHash: Column<UInt64>
        var slotFirst: Column<Int32>
        var slotLast: Column<Int32>
        var keyTerm: Column<TermID>
        var entity: Column<TermID>
        var next: Column<Int32>
    }

    /// Why stored parts do not make a name index.
    struct Damage: Error {
        var why: String
    }

    /// An index read back from a snapshot (in place, when it is mapped), checked in streaming
    /// passes that a lookup cannot read out of bounds or loop.
    ///
    /// - Throws: `Damage` when a lookup could loop or read out of bounds: a table that is not a
    ///   power of two with an empty slot (or is far larger than the terms need), parts of other
    ///   lengths, a term past `termCount`, an entry number out of range, or a chain link that
    ///   does not lead to a later entry (so every chain ends). A key hash that does not match
    ///   its term's text only makes that name unfindable (`entities(named:)` checks the text),
    ///   and chains that share entries only list an entity under another name: wrong, never
    ///   unsafe, and what the snapshot's checksum guards against.
    init(parts p: Parts, termCount: Int) throws {
        let size = p.slotHash.count, keys = p.keyCount, entries = p.keyTerm.count
        // Probing stops at an empty slot: the table must keep one (it grows at half full).
        guard size >= 64, size & (size - 1) == 0, size <= max(1024, 16 * termCount), keys >= 0, keys <= size / 2
        else {
            throw Damage(why: "a name table of \(size) slots for \(keys) names")
        }
        guard p.slotFirst.count == size, p.slotLast.count == size else {
            throw Damage(why: "name table parts differ in length")
        }
        guard p.entity.count == entries, p.next.count == entries, entries < Int(Int32.max) else {
            throw Damage(why: "name entries differ in length")
        }
        func top(_ c: Column<TermID>) -> Int { c.withUnsafeBufferPointer { Int($0.reduce(0) { max($0, $1) }) } }
        guard entries == 0 || (top(p.keyTerm) < termCount && top(p.entity) < termCount) else {
            throw Damage(why: "a name entry names a term that does not exist")
        }
        // Every slot empty (-1) or an entry; the used ones counted, so one stays empty.
        func scan(_ c: Column<Int32>) -> (low: Int32, high: Int32, used: Int) {
            c.withUnsafeBufferPointer { v in
                var low = Int32.max, high = Int32.min, used = 0
                for x in v {
                    low = min(low, x)
                    high = max(high, x)
                    used &+= x >= 0 ? 1 : 0
                }
                return (low, high, used)
            }
        }
        let first = scan(p.slotFirst), last = scan(p.slotLast)
        guard first.low >= -1, last.low >= -1, Int(first.high) < entries, Int(last.high) < entries,
            first.used == keys, last.used == keys
        else {
            throw Damage(why: "a name key points outside the entries")
        }
        let links = p.next.withUnsafeBufferPointer { next in
            var ok = true
            for e in 0..<next.count { ok = ok && (next[e] == -1 || (Int(next[e]) > e && Int(next[e]) < entries)) }
            return ok
        }
        guard links else { throw Damage(why: "a name chain links to an earlier entry or outside the entries") }
        slotHash = p.slotHash
        slotFirst = p.slotFirst
        slotLast = p.slotLast
        keyTerm = p.keyTerm
        entity = p.entity
        next = p.next
        keyCount = keys
    }

    /// The parts as they are, unchecked: for tests that store a damaged lookup in a snapshot.
    init(unchecked p: Parts) {
        slotHash = p.slotHash
        slotFirst = p.slotFirst
        slotLast = p.slotLast
        keyTerm = p.keyTerm
        entity = p.entity
        next = p.next
        keyCount = p.keyCount
    }

    /// Bytes held by the table and the entries.
    var memoryBytes: Int {
        slotHash.memoryBytes + slotFirst.memoryBytes + slotLast.memoryBytes
            + keyTerm.memoryBytes + entity.memoryBytes + next.memoryBytes
    }

    /// Adds `entity` under the key with hash `hash`, unless that key already lists it.
    mutating func add(hash: UInt64, term: TermID, entity id: TermID) {
        let slot = findSlot(hash)
        if slotFirst[slot] < 0 {
            if (keyCount + 1) * 2 > slotHash.count {
                grow()
                return add(hash: hash, term: term, entity: id)
            }
            keyCount += 1
            slotHash[slot] = hash
        } else {
            var e = slotFirst[slot]
            while e >= 0 {
                if entity[Int(e)] == id { return }
                e = next[Int(e)]
            }
        }
        let new = Int32(entity.count)
        keyTerm.append(term)
        entity.append(id)
        next.append(-1)
        if slotLast[slot] >= 0 { next[Int(slotLast[slot])] = new } else { slotFirst[slot] = new }
        slotLast[slot] = new
    }

    private var keyCount = 0

    /// The (key term, entity) entries stored under `hash`, in the order added.
    func entries(hash: UInt64) -> [(term: TermID, entity: TermID)] {
        let slot = findSlot(hash)
        var out: [(term: TermID, entity: TermID)] = []
        var e = slotFirst[slot]
        while e >= 0 {
            out.append((keyTerm[Int(e)], entity[Int(e)]))
            e = next[Int(e)]
        }
        return out
    }

    /// Every chain: its first entry's key term and the entities, for building a map of names.
    func forEachKey(_ body: (_ term: TermID, _ entities: [TermID]) -> Void) {
        for slot in 0..<slotFirst.count where slotFirst[slot] >= 0 {
            var ids: [TermID] = []
            var e = slotFirst[slot]
            while e >= 0 {
                ids.append(entity[Int(e)])
                e = next[Int(e)]
            }
            body(keyTerm[Int(slotFirst[slot])], ids)
        }
    }

    private func findSlot(_ hash: UInt64) -> Int {
        let mask = slotHash.count - 1
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while slotFirst[i] >= 0 && slotHash[i] != hash { i = (i + 1) & mask }
        return i
    }

    private mutating func grow() {
        let oldHash = slotHash, oldFirst = slotFirst, oldLast = slotLast
        slotHash = Column(repeating: 0, count: oldHash.count * 2)
        slotFirst = Column(repeating: -1, count: oldHash.count * 2)
        slotLast = Column(repeating: -1, count: oldHash.count * 2)
        for s in 0..<oldHash.count where oldFirst[s] >= 0 {
            let slot = findSlot(oldHash[s])
            slotHash[slot] = oldHash[s]
            slotFirst[slot] = oldFirst[s]
            slotLast[slot] = oldLast[s]
        }
    }

    /// The hash of a folded key's UTF-8 bytes (FNV-1a, 64-bit).
    static func hash(_ folded: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in folded { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    static func hash(_ folded: String) -> UInt64 {
        var key = folded
        return key.withUTF8 { hash($0) }
    }
}
