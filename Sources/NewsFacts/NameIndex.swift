/// Entities by folded name (`NameKey.fold`): which entities a typed name or alias denotes.
///
/// For example, after `add(hash: NameIndex.hash("motegi"), term: aliasTerm, entity: motegi)`,
/// `entries(hash: NameIndex.hash("motegi"))` is `[(aliasTerm, motegi)]`.
///
/// Built once per store generation on the first name lookup, so its cost is part of the first
/// query after start-up. It therefore keeps no `String` per name: a key is stored as its 64-bit
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
