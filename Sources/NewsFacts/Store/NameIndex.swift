/// Entities by folded name (`NameKey.fold`): which entities a typed name or alias denotes.
///
/// For example, after `add(hash: NameIndex.hash("motegi"), term: aliasTerm, entity: motegi)`,
/// `entries(hash: NameIndex.hash("motegi"))` is `[(aliasTerm, motegi)]`.
///
/// Built once per store generation on the first name lookup, or read back whole from a snapshot
/// (format 3 stores it, Snapshot+Indexes.swift), so at worst its cost is part of the first query
/// after a load. It keeps no `String` per name: a key is stored as its hash (64 bits folded to
/// 32) in an open-addressed table, with the term whose text gave the key, so a lookup can check
/// the text and a hash collision never returns a wrong entity. Two keys whose hashes collide
/// share one chain (at 250,000 keys, a few pairs): each entry keeps its own term, so a lookup
/// keeps the entries whose term's text is its key, an entity is listed again under another
/// term (`add`), and the completion map folds each entry's term (`forEachChain`). Entities of
/// one key keep the order they were added in.
struct NameIndex {
    /// Per slot: the first entry of its key's chain (-1 when empty). Four bytes a slot: the
    /// key's hash is its first entry's (`keyHash`), since the table has more slots than keys
    /// (two to four a key while it is built at most half full, about one and a half once
    /// `fitted`) and keys are far fewer than facts' subjects (at 10 million facts the table had
    /// held 16 bytes a slot, 13 of the store's 69 bytes a fact).
    private var slotFirst: Column<Int32>
    /// Per entry: the term whose folded text is the key, the key's hash (`narrow`: four bytes,
    /// not eight; at a million facts of the peer benchmark 1 of the store's 58 bytes a fact),
    /// the entity, the next entry of the chain (always a later entry: entries are added at the
    /// end and linked from the chain's last).
    private var keyTerm: Column<TermID> = []
    private var keyHash: Column<UInt32> = []
    private var entity: Column<TermID> = []
    private var next: Column<Int32> = []

    init(expectedKeys: Int) {
        var size = 64 // small: a snapshot stores the table whole
        while size < expectedKeys * 2 { size *= 2 }
        slotFirst = Column(repeating: -1, count: size)
    }

    /// What a snapshot stores: the table and the entries as they are (see `init(parts:termCount:)`).
    var parts: Parts {
        Parts(keyCount: keyCount, slotFirst: slotFirst, keyTerm: keyTerm, keyHash: keyHash, entity: entity, next: next)
    }

    /// A name index as a snapshot stores it.
    struct Parts {
        var keyCount: Int
        var slotFirst: Column<Int32>
        var keyTerm: Column<TermID>
        var keyHash: Column<UInt32>
        var entity: Column<TermID>
        var next: Column<Int32>

        /// Bytes of the table and the entries (a mapped snapshot's counted whole).
        var memoryBytes: Int {
            slotFirst.memoryBytes + keyTerm.memoryBytes + keyHash.memoryBytes + entity.memoryBytes + next.memoryBytes
        }
    }

    /// Why stored parts do not make a name index.
    struct Damage: Error {
        var why: String
    }

    /// An index read back from a snapshot (in place, when it is mapped), checked in streaming
    /// passes that a lookup cannot read out of bounds or loop.
    ///
    /// - Throws: `Damage` when a lookup could loop or read out of bounds: a table with no empty
    ///   slot, neither a power of two at most half full (as adding keys leaves it) nor
    ///   `fittedSize` (as `fitted` leaves it), or far larger than the terms need; parts of other
    ///   lengths, a term past `termCount`, an entry number out of range, or a chain link that
    ///   does not lead to a later entry (so every chain ends). A key hash that does not match
    ///   its term's text only makes that name unfindable (`entities(named:)` checks the text),
    ///   and chains that share entries only list an entity under another name: wrong, never
    ///   unsafe, and what the snapshot's checksum guards against.
    init(parts p: Parts, termCount: Int) throws {
        let size = p.slotFirst.count, keys = p.keyCount, entries = p.keyTerm.count
        // Probing stops at an empty slot: the table must keep one (it grows at half full, and is
        // made again two thirds full once built).
        let grown = size & (size - 1) == 0 && keys <= size / 2
        guard size >= 64, grown || size == NameIndex.fittedSize(keys), size <= max(1024, 16 * termCount), keys >= 0,
            keys < size
        else {
            throw Damage(why: "a name table of \(size) slots for \(keys) names")
        }
        guard p.entity.count == entries, p.next.count == entries, p.keyHash.count == entries,
            entries < Int(Int32.max)
        else {
            throw Damage(why: "name entries differ in length")
        }
        func top(_ c: Column<TermID>) -> Int { c.withUnsafeBufferPointer { Int($0.reduce(0) { max($0, $1) }) } }
        guard entries == 0 || (top(p.keyTerm) < termCount && top(p.entity) < termCount) else {
            throw Damage(why: "a name entry names a term that does not exist")
        }
        // Every slot empty (-1) or an entry; the used ones counted, so one stays empty.
        let first = p.slotFirst.withUnsafeBufferPointer { v in
            var low = Int32.max, high = Int32.min, used = 0
            for x in v {
                low = min(low, x)
                high = max(high, x)
                used &+= x >= 0 ? 1 : 0
            }
            return (low: low, high: high, used: used)
        }
        guard first.low >= -1, Int(first.high) < entries, first.used == keys else {
            throw Damage(why: "a name key points outside the entries")
        }
        let links = p.next.withUnsafeBufferPointer { next in
            var ok = true
            for e in 0..<next.count { ok = ok && (next[e] == -1 || (Int(next[e]) > e && Int(next[e]) < entries)) }
            return ok
        }
        guard links else { throw Damage(why: "a name chain links to an earlier entry or outside the entries") }
        slotFirst = p.slotFirst
        keyTerm = p.keyTerm
        keyHash = p.keyHash
        entity = p.entity
        next = p.next
        keyCount = keys
    }

    /// The parts as they are, unchecked: for tests that store a damaged lookup in a snapshot.
    init(unchecked p: Parts) {
        slotFirst = p.slotFirst
        keyTerm = p.keyTerm
        keyHash = p.keyHash
        entity = p.entity
        next = p.next
        keyCount = p.keyCount
    }

    /// Bytes held by the table and the entries.
    var memoryBytes: Int { parts.memoryBytes }

    /// Adds `entity` under the key with hash `hash`, unless its chain already lists it under
    /// the same term (under another term it is listed again: that term may be another key whose
    /// hash collides with this one's; a lookup lists an entity once).
    mutating func add(hash wide: UInt64, term: TermID, entity id: TermID) {
        let hash = NameIndex.narrow(wide)
        let slot = findSlot(hash)
        let new = Int32(entity.count)
        if slotFirst[slot] < 0 {
            if (keyCount + 1) * 2 > slotFirst.count {
                grow()
                return add(hash: wide, term: term, entity: id)
            }
            keyCount += 1
            slotFirst[slot] = new
        } else {
            let head = slotFirst[slot]
            if longChains[head] != nil {
                // A long chain: its entities and last entry are remembered, not walked.
                let entry = NameIndex.pair(id, term)
                guard longChains[head, default: []].insert(entry).inserted, let last = chainLast[head] else { return }
                next[Int(last)] = new
                chainLast[head] = new
            } else {
                // The chain is walked to see whether it lists the entity; its last entry links on.
                var e = head, last = e, length = 0
                while e >= 0 {
                    if entity[Int(e)] == id && keyTerm[Int(e)] == term { return }
                    last = e
                    e = next[Int(e)]
                    length += 1
                }
                next[Int(last)] = new
                if length >= NameIndex.longChain {
                    var ids: Set<UInt64> = [NameIndex.pair(id, term)]
                    e = head
                    while e >= 0 && e != new { // `new` is linked, not yet appended
                        ids.insert(NameIndex.pair(entity[Int(e)], keyTerm[Int(e)]))
                        e = next[Int(e)]
                    }
                    longChains[head] = ids
                    chainLast[head] = new
                }
            }
        }
        keyTerm.append(term)
        keyHash.append(hash)
        entity.append(id)
        next.append(-1)
    }

    private var keyCount = 0

    /// An entry's entity and term as one value, for the sets of `longChains`.
    private static func pair(_ entity: TermID, _ term: TermID) -> UInt64 { UInt64(entity) << 32 | UInt64(term) }

    /// While the index is built: the entities (with their terms) and the last entry of each chain longer than
    /// `longChain` (by the chain's first entry), so that adding to a name thousands of entities
    /// share (a common surname across a large corpus) costs the same as adding to any other.
    /// Walking such a chain at every add made building the index quadratic in the entities of
    /// one name: 3.6 s for 65,000. Not stored: an index read back from a snapshot walks a
    /// chain once, the first time it is added to, and remembers it from then on.
    private var longChains: [Int32: Set<UInt64>] = [:]
    private var chainLast: [Int32: Int32] = [:]
    /// Entries a chain holds before it is remembered rather than walked.
    static let longChain = 32

    /// The same index without the spare room its entries grew into while it was built (arrays
    /// double as they grow: up to half of each was spare), and its table made again two thirds
    /// full (`fittedSize`): a power of two at most half full had been up to four slots a key
    /// (at a million facts of the peer benchmark, 524,288 slots for 250,000 keys). A lookup,
    /// a few a query, then probes about two slots for a key it finds and five for one it does not.
    func fitted() -> NameIndex {
        var copy = self
        copy.longChains = [:]
        copy.chainLast = [:]
        copy.keyTerm = keyTerm.fitted()
        copy.keyHash = keyHash.fitted()
        copy.entity = entity.fitted()
        copy.next = next.fitted()
        let size = NameIndex.fittedSize(keyCount)
        if size < slotFirst.count { copy.rebuildTable(size: size) }
        return copy
    }

    /// Slots of the table `fitted` makes for `keys` keys: two thirds full, at least 64.
    static func fittedSize(_ keys: Int) -> Int { max(64, keys + keys / 2 + 1) }

    /// The (key term, entity) entries stored under `hash`, in the order added.
    func entries(hash: UInt64) -> [(term: TermID, entity: TermID)] {
        let slot = findSlot(NameIndex.narrow(hash))
        var out: [(term: TermID, entity: TermID)] = []
        var e = slotFirst[slot]
        while e >= 0 {
            out.append((keyTerm[Int(e)], entity[Int(e)]))
            e = next[Int(e)]
        }
        return out
    }

    /// Every chain's entries (each entry's key term and entity, in the order added), for building
    /// a map of names. A chain holds one key, or the few whose hashes collide.
    func forEachChain(_ body: (_ entries: [(term: TermID, entity: TermID)]) -> Void) {
        for slot in 0..<slotFirst.count where slotFirst[slot] >= 0 {
            var chain: [(term: TermID, entity: TermID)] = []
            var e = slotFirst[slot]
            while e >= 0 {
                chain.append((keyTerm[Int(e)], entity[Int(e)]))
                e = next[Int(e)]
            }
            body(chain)
        }
    }

    /// The slot of the key with hash `hash` (`narrow`), or the empty slot where it would go.
    private func findSlot(_ hash: UInt32) -> Int {
        let size = slotFirst.count
        var i = NameIndex.home(hash, size: size)
        while slotFirst[i] >= 0 && keyHash[Int(slotFirst[i])] != hash {
            i += 1
            if i == size { i = 0 }
        }
        return i
    }

    /// Where a probe for `hash` (`narrow`) starts in a table of `size` slots: the hash mixed
    /// (Fibonacci hashing: times 2^64 / φ, the high half kept) and scaled to the size, so a
    /// table of any size spreads keys evenly. Mixed first because FNV-1a's last byte only
    /// reaches the low bits and bits 40 to 47: names that differ in their last character
    /// (`event/17`, `event/18`) share the high bits of the folded hash, and scaled unmixed they
    /// landed in runs (73 probes a key at the peer benchmark's million facts, against 2).
    @inline(__always) static func home(_ hash: UInt32, size: Int) -> Int {
        let mixed = (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> 32
        return Int(truncatingIfNeeded: (mixed &* UInt64(size)) >> 32)
    }

    /// A key's 64-bit hash folded to the 32 bits the index stores.
    @inline(__always) static func narrow(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) }

    /// Makes the table again, larger: the smallest power of two (at least 64) more than twice
    /// the keys, whether it was a power of two half full or fitted (`fitted`).
    private mutating func grow() {
        var size = 64
        while size <= 2 * keyCount { size *= 2 }
        rebuildTable(size: size)
    }

    /// Makes the table again with `size` slots (more than the keys) from the keys' hashes.
    private mutating func rebuildTable(size: Int) {
        let old = slotFirst
        var fresh = [Int32](repeating: -1, count: size)
        for s in 0..<old.count where old[s] >= 0 {
            var i = NameIndex.home(keyHash[Int(old[s])], size: size)
            while fresh[i] >= 0 {
                i += 1
                if i == size { i = 0 }
            }
            fresh[i] = old[s]
        }
        slotFirst = Column(fresh)
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
