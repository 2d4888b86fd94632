/// Lookups in a snapshot's name index as stored, before it is checked whole: a one-shot
/// `newsq -e` that names an entity reads the few slots and entries its key needs instead of
/// streaming over the whole table and its entries first.
extension NameIndex {
    /// The (key term, entity) entries stored under `hash` in parts read back from a snapshot,
    /// as `entries(hash:)` of the index they make returns them, with every value this lookup
    /// reads checked before it is used: the table's shape, each slot's entry number, each
    /// entry's terms and its link (to a later entry, so every chain ends). A probe stops after
    /// one round of the table, so a table with no empty slot cannot make it loop.
    ///
    /// - Throws: `Damage` when a value on this key's path could read out of bounds or loop, or
    ///   the table is full: the caller then builds the index again from the facts. Damage off
    ///   this path is not seen here; `init(parts:termCount:)` sees it when the whole index is
    ///   needed (completion, writing a snapshot).
    static func entries(in p: Parts, hash wide: UInt64, termCount: Int) throws -> [(term: TermID, entity: TermID)] {
        let size = p.slotFirst.count, entries = p.keyTerm.count
        guard size >= 64 else {
            throw Damage(why: "a name table of \(size) slots")
        }
        guard p.entity.count == entries, p.next.count == entries, p.keyHash.count == entries,
            entries < Int(Int32.max)
        else {
            throw Damage(why: "name entries differ in length")
        }
        let hash = NameIndex.narrow(wide)
        var i = NameIndex.home(hash, size: size)
        var first: Int32? = nil
        for _ in 0..<size {
            let f = p.slotFirst[i]
            guard f >= -1, Int(f) < entries else { throw Damage(why: "a name key points outside the entries") }
            if f < 0 || p.keyHash[Int(f)] == hash {
                first = f
                break
            }
            i += 1
            if i == size { i = 0 }
        }
        guard let first else { throw Damage(why: "a name table with no empty slot") }
        var out: [(term: TermID, entity: TermID)] = []
        var e = Int(first)
        while e >= 0 {
            let term = p.keyTerm[e], id = p.entity[e], link = Int(p.next[e])
            guard Int(term) < termCount, Int(id) < termCount else {
                throw Damage(why: "a name entry names a term that does not exist")
            }
            guard link == -1 || (link > e && link < entries) else {
                throw Damage(why: "a name chain links to an earlier entry or outside the entries")
            }
            out.append((term, id))
            e = link
        }
        return out
    }
}
