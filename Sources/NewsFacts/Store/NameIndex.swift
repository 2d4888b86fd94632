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
    private var slotHash: [UInt64]
    private var slotFirst: [Int32]
    private var slotLast: [Int32]
    /// Per entry: the term whose folded text is the key, the entity, the next entry of the chain.
    private var keyTerm: [TermID] = []
    private var entity: [TermID] = []
    private var next: [Int32] = []

    init(expectedKeys: Int) {
        var size = 1024
        while size < expectedKeys * 2 { size *= 2 }
        slotHash = [UInt64](repeating: 0, count: size)
        slotFirst = [Int32](repeating: -1, count: size)
        slotLast = [Int32](repeating: -1, count: size)
    }

    /// What a snapshot stores: the table's size, each key's slot, hash and chain ends, and
    /// the entries (see `init(parts:termCount:)`).
    var parts: Parts {
        var p = Parts(
            size: slotHash.count, keySlot: [], keyHash: [], keyFirst: [], keyLast: [], keyTerm: keyTerm,
            entity: entity, next: next)
        for slot in 0..<slotFirst.count where slotFirst[slot] >= 0 {
            p.keySlot.append(UInt32(slot))
            p.keyHash.append(slotHash[slot])
            p.keyFirst.append(slotFirst[slot])
            p.keyLast.append(slotLast[slot])
        }
        return p
    }

    /// A name index as stored in a snapshot: only the used slots of its table.
    struct Parts {
        var size: Int
        var keySlot: [UInt32]
        var keyHash: [UInt64]
        var keyFirst: [Int32]
        var keyLast: [Int32]
        var keyTerm: [TermID]
        var entity: [TermID]
        var next: [Int32]
    }

    /// Why stored parts do not make a name index.
    struct Damage: Error {
        var why: String
    }

    /// An index read back from a snapshot: its keys put back in their slots.
    ///
    /// - Throws: `Damage` when a lookup could loop or read out of bounds: a table that is not a
    ///   power of two with an empty slot (or is far larger than the terms need), a key outside it
    ///   or two in one slot, a term past `termCount`, an entry number out of range, or chains that
    ///   loop, share entries or end elsewhere than their key says. A key hash that does not match
    ///   its term's text only makes that name unfindable (`entities(named:)` checks the text).
    init(parts p: Parts, termCount: Int) throws {
        let size = p.size, keys = p.keySlot.count, entries = p.keyTerm.count
        // Probing stops at an empty slot: the table must keep one (it grows at half full).
        guard size >= 1024, size & (size - 1) == 0, size <= max(1024, 16 * termCount), keys * 2 <= size else {
            throw Damage(why: "a name table of \(size) slots for \(keys) names")
        }
        guard p.keyHash.count == keys, p.keyFirst.count == keys, p.keyLast.count == keys else {
            throw Damage(why: "name keys differ in length")
        }
        guard p.entity.count == entries, p.next.count == entries, entries < Int(Int32.max) else {
            throw Damage(why: "name entries differ in length")
        }
        guard !p.keyTerm.contains(where: { Int($0) >= termCount }), !p.entity.contains(where: { Int($0) >= termCount })
        else { throw Damage(why: "a name entry names a term that does not exist") }
        var slotHash = [UInt64](repeating: 0, count: size)
        var slotFirst = [Int32](repeating: -1, count: size)
        var slotLast = [Int32](repeating: -1, count: size)
        var visited = [Bool](repeating: false, count: entries)
        for k in 0..<keys {
            let slot = Int(p.keySlot[k]), first = p.keyFirst[k], last = p.keyLast[k]
            guard slot < size, slotFirst[slot] < 0 else {
                throw Damage(why: "name key \(k) has slot \(slot), outside the table or taken")
            }
            guard first >= 0, Int(first) < entries, last >= 0, Int(last) < entries else {
                throw Damage(why: "name key \(k) points outside the entries")
            }
            var e = first, end = first
            while e >= 0 {
                guard Int(e) < entries, !visited[Int(e)] else { throw Damage(why: "name chains loop or overlap") }
                visited[Int(e)] = true
                end = e
                e = p.next[Int(e)]
                guard e >= -1 else { throw Damage(why: "a name entry points outside the entries") }
            }
            guard end == last else { throw Damage(why: "name key \(k) ends elsewhere than its chain") }
            slotHash[slot] = p.keyHash[k]
            slotFirst[slot] = first
            slotLast[slot] = last
        }
        self.slotHash = slotHash
        self.slotFirst = slotFirst
        self.slotLast = slotLast
        keyTerm = p.keyTerm
        entity = p.entity
        next = p.next
        keyCount = keys
    }

    /// Bytes held by the table and the entries.
    var memoryBytes: Int {
        slotHash.capacity * 8 + slotFirst.capacity * 4 + slotLast.capacity * 4
            + keyTerm.capacity * 4 + entity.capacity * 4 + next.capacity * 4
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
        slotHash = [UInt64](repeating: 0, count: oldHash.count * 2)
        slotFirst = [Int32](repeating: -1, count: oldHash.count * 2)
        slotLast = [Int32](repeating: -1, count: oldHash.count * 2)
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
