#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns every term once: its UTF-8 text lives in one shared byte buffer and its id is an
/// index into compact columns, so a fact is three integers, not three strings.
///
/// For example:
///
///     var table = TermTable()
///     let a = table.intern(.entity("Japan"))   // 0
///     let b = table.intern(.entity("Japan"))   // 0 again
///     table.text(a)                            // "Japan"
///
/// The hash table is open-addressed over term ids (linear probing, a term's first slot taken
/// from its hash's high bits, so any table size works). While terms are added it stays at most
/// half full, doubling as it grows; once a load is over (`fit`) it is made again at two thirds
/// full, since it is then read only for the few terms a query names. It costs about 40% of a
/// Swift `Dictionary<String, UInt32>` for the same terms.
public struct TermTable: Sendable {
    private(set) var bytes: Column<UInt8> = []
    private(set) var starts: Column<UInt32> = [0]
    private(set) var kinds: Column<UInt8> = []
    private(set) var hashes: Column<UInt32> = []
    /// Term id + 1 in each used slot; 0 marks an empty slot.
    private(set) var slots = Column<UInt32>(repeating: 0, count: 1024)

    public init() {}

    /// A table read back whole (a snapshot): text, offsets, kinds, each term's hash and the
    /// hash table as it was, so opening a snapshot hashes no term again and, when the snapshot
    /// is mapped, copies none of them.
    ///
    /// `offsetsOnRead`: for a mapped snapshot, the log where damage met later is recorded; the
    /// offsets' order is then checked as they are read (`ColumnBound`, `ordered`: a span read
    /// alone is never reversed, the whole buffer is checked when first handed out) instead of
    /// here, a pass over every term a one-shot query does not need.
    ///
    /// - Throws: `Damage` when a lookup or a term's text could read out of bounds or loop:
    ///   offsets that are not increasing or do not end at the text's end, an unknown kind, a
    ///   table size other than a power of two from twice to four times the terms (as adding
    ///   terms leaves it) or `fittedSlotCount` (as `fit` leaves it). The slots are not read
    ///   here (a lookup reads a few): a probe skips a slot naming a term that does not exist and
    ///   stops after one round of a table with no empty slot (`probe`). A hash that does not
    ///   match its text, or a term in two slots, makes a term unfindable or found twice, never
    ///   a crash; the snapshot's checksum (checked on demand, `FactStore.verifySnapshot`)
    ///   guards against that.
    init(
        bytes: Column<UInt8>, starts: Column<UInt32>, kinds: Column<UInt8>, hashes: Column<UInt32>,
        slots: Column<UInt32>, offsetsOnRead log: SnapshotDamageLog? = nil
    ) throws {
        let n = kinds.count
        var starts = starts
        if let log, starts.isMapped {
            let what = "term offsets are not in order or run past the term text"
            starts = starts.checkedOnRead(ColumnBound(below: bytes.count + 1, what: what, log: log, ordered: true))
        }
        guard starts.count == n + 1, starts.first == 0, Int(starts[n]) == bytes.count else {
            throw Damage(why: "term offsets do not match the term text")
        }
        if log == nil || !starts.isMapped {
            // In vector registers (`OrderCheck`).
            let ordered = starts.withUnsafeBufferPointer(OrderCheck.isNonDecreasing)
            guard ordered else { throw Damage(why: "term offsets are not in order") }
        }
        // The kinds' maximum in one pass the compiler vectorises.
        let topKind = kinds.withUnsafeBufferPointer { k in k.reduce(UInt8(0)) { max($0, $1) } }
        if n > 0, Int(topKind) >= TermKind.allCases.count,
            let k = kinds.firstIndex(where: { TermKind(rawValue: $0) == nil })
        {
            throw Damage(why: "term \(k) has unknown kind \(kinds[k])")
        }
        guard hashes.count == n else { throw Damage(why: "\(hashes.count) hashes for \(n) terms") }
        // Probing stops at an empty slot: the table must keep one. Adding terms keeps it a power
        // of two at most half full, and never four slots a term (past 1,024); `fit` makes it
        // two thirds full.
        let slotCount = slots.count
        let grown = slotCount & (slotCount - 1) == 0 && n * 2 <= slotCount && slotCount <= max(1024, 4 * n)
        guard slotCount >= 1024, grown || slotCount == TermTable.fittedSlotCount(n) else {
            throw Damage(why: "a term hash table of \(slotCount) slots for \(n) terms")
        }
        self.bytes = bytes
        self.starts = starts
        self.kinds = kinds
        self.hashes = hashes
        self.slots = slots
    }

    /// Why a table read back does not hold together.
    struct Damage: Error {
        var why: String
    }

    public var count: Int { kinds.count }

    /// The id of `term`, adding it if it is new.
    public mutating func intern(_ term: Term) -> TermID {
        var text = term.lexical
        return text.withUTF8 { intern(kind: term.kind, utf8: $0) }
    }

    /// The id of `term`, or nil if the store has never seen it.
    public func lookup(_ term: Term) -> TermID? {
        var text = term.lexical
        return text.withUTF8 { lookup(kind: term.kind, utf8: $0) }
    }

    /// The id of the term of `kind` whose text is `utf8`, adding it if it is new.
    public mutating func intern(kind: TermKind, utf8: UnsafeBufferPointer<UInt8>) -> TermID {
        let h = TermTable.hash(kind: kind, utf8)
        let (slot, found) = probe(kind: kind, utf8: utf8, hash: h)
        if let found { return found }
        if slot < 0 {
            // A snapshot's table with no empty slot: made again from the hashes, then probed.
            grow()
            return intern(kind: kind, utf8: utf8)
        }
        let id = TermID(kinds.count)
        bytes.append(contentsOf: utf8)
        starts.append(UInt32(bytes.count))
        kinds.append(kind.rawValue)
        hashes.append(h)
        slots[slot] = id + 1
        if kinds.count * 2 > slots.count { grow() }
        return id
    }

    public func lookup(kind: TermKind, utf8: UnsafeBufferPointer<UInt8>) -> TermID? {
        probe(kind: kind, utf8: utf8, hash: TermTable.hash(kind: kind, utf8)).found
    }

    public func kind(_ id: TermID) -> TermKind { TermKind(rawValue: kinds[Int(id)])! }

    /// Whether term `id` is of `kind` (its kind byte compared as stored, nothing decoded).
    public func has(_ id: TermID, kind: TermKind) -> Bool { kinds[Int(id)] == kind.rawValue }

    public func text(_ id: TermID) -> String {
        let span = starts.span(at: Int(id))
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[span]), as: UTF8.self)
        }
    }

    public func term(_ id: TermID) -> Term { Term(kind: kind(id), lexical: text(id)) }

    /// Calls `body` with the UTF-8 bytes of a term's text, without copying them.
    public func withUTF8<R>(_ id: TermID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let span = starts.span(at: Int(id))
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[span])) }
    }

    /// `withUTF8` from the term's own two offsets only (a reversed pair is empty), not also
    /// the offsets on either side as `Column.span(at:)` compares them: for the check at open
    /// that every date and number term parses, which reads thousands of terms and finds a
    /// term that took its neighbour's bytes by its not parsing (a later read through
    /// `withUTF8` or `text` still compares the neighbours).
    func withOwnUTF8<R>(_ id: TermID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let lo = Int(starts[Int(id)]), hi = Int(starts[Int(id) + 1])
        let span = lo <= hi ? lo..<hi : hi..<hi
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[span])) }
    }

    /// Calls `body` with every term's UTF-8 text in one buffer and the offsets into it: term
    /// `id` is `bytes[starts[id]..<starts[id + 1]]`. For writers that copy many terms' text
    /// (query output) without a `String` a term. A mapped snapshot's offsets are checked whole
    /// (in bounds and in order) the first time.
    public func withStorage<R>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<UInt32>) throws -> R
    ) rethrows -> R {
        try bytes.withUnsafeBufferPointer { b in try starts.withUnsafeBufferPointer { s in try body(b, s) } }
    }

    /// `withStorage` without the whole check of a mapped snapshot's offsets: `body` must read
    /// each term's text through `TermTable.span(_:in:textCount:)` and, when one was not `ok`,
    /// say so (`recordDamagedText`). For writers of a few terms (a one-shot query's rows),
    /// which would otherwise read every offset to write a handful.
    public func withStorageAsStored<R>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<UInt32>) throws -> R
    ) rethrows -> R {
        try bytes.withUnsafeBufferPointer { b in try starts.withUncheckedBufferPointer { s, _ in try body(b, s) } }
    }

    /// Records that a term's offsets were found out of order or past the text (a damaged
    /// snapshot: `FactStore.snapshotDamage` then says so).
    public func recordDamagedText() { starts.bound?.reversed() }

    /// Where term `id`'s text is among `textCount` bytes of text, from offsets `starts` as
    /// `withStorageAsStored` hands them: never reversed nor past the text, nor taken from
    /// offsets out of order with the ones on either side (`starts[id - 1]`, `starts[id + 2]`:
    /// an end moved past the next term's gave this term its neighbours' bytes, with no damage
    /// reported); then empty, and `ok` false. `id + 1` must be an index of `starts`.
    /// Inlinable: the result writer calls it a cell, and as a call across the module boundary
    /// its reads did not overlap with the next cell's.
    @inlinable @inline(__always)
    public static func span(
        _ id: Int, in starts: UnsafeBufferPointer<UInt32>, textCount: Int
    ) -> (
        lo: UInt32, hi: UInt32, ok: Bool
    ) {
        let lo = starts[id], hi = starts[id + 1]
        let before = id > 0 ? starts[id - 1] : lo
        let after = id + 2 < starts.count ? starts[id + 2] : hi
        if _fastPath(before <= lo && lo <= hi && hi <= after && Int(hi) <= textCount) { return (lo, hi, true) }
        let end = UInt32(min(Int(min(lo, hi)), textCount))
        return (end, end, false)
    }

    /// Gives back the room the text, offsets, kinds and hashes grew into while terms were added
    /// (arrays double as they grow: at a million facts of the peer benchmark a third of the
    /// text's bytes were spare). The next term added grows them again.
    ///
    /// The hash table is made again at two thirds full (`fittedSlotCount`): a power of two at
    /// most half full had been up to four slots a term, at a million facts of the peer benchmark
    /// 4.2 of the store's 63 bytes a fact for 402,500 terms in 1,048,576 slots. A lookup then
    /// probes about two slots for a term it finds and five for one it does not, against one and
    /// a half and two and a half; lookups after a load are the few terms a query names.
    mutating func fit() {
        bytes = bytes.inLargePages().fitted()
        starts = starts.inLargePages().fitted()
        kinds = kinds.inLargePages().fitted()
        hashes = hashes.inLargePages().fitted()
        let fitted = TermTable.fittedSlotCount(count)
        if fitted < slots.count { rebuildSlots(count: fitted) }
    }

    /// Slots of the table `fit` makes for `terms` terms: two thirds full, at least 1,024.
    static func fittedSlotCount(_ terms: Int) -> Int { max(1024, terms + terms / 2 + 1) }

    /// Bytes held: text, offsets, kinds, hashes and the hash table.
    public var memoryBytes: Int { textBytes + metadataBytes + tableBytes }
    /// Bytes of the terms' text.
    var textBytes: Int { bytes.memoryBytes }
    /// Bytes of the offsets, kinds and hashes (9 a term).
    var metadataBytes: Int { starts.memoryBytes + kinds.memoryBytes + hashes.memoryBytes }
    /// Bytes of the hash table's slots.
    var tableBytes: Int { slots.memoryBytes }

    // MARK: - Hashing

    /// The slot holding the term (`found`), or else the empty slot where it would go; slot -1
    /// when a round of the table found neither (only a damaged snapshot's table is full).
    private func probe(kind: TermKind, utf8: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> (slot: Int, found: TermID?)
    {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                kinds.withUnsafeBufferPointer { kinds in
                    // As stored: the probe reads a few offsets, each span checked
                    // (`TermTable.span`), not every offset of a mapped snapshot.
                    starts.withUncheckedBufferPointer { starts, bound in
                        bytes.withUnsafeBufferPointer { all in
                            let size = slots.count
                            var i = TermTable.home(h, size: size)
                            for _ in 0..<size {
                                let entry = slots[i]
                                if entry == 0 { return (i, nil) }
                                let id = Int(entry - 1)
                                if id < kinds.count && hashes[id] == h && kinds[id] == kind.rawValue {
                                    let span = TermTable.span(id, in: starts, textCount: all.count)
                                    if !span.ok { bound?.reversed() }
                                    let lo = Int(span.lo), hi = Int(span.hi)
                                    if hi - lo == utf8.count
                                        && (utf8.count == 0
                                            || memcmp(all.baseAddress! + lo, utf8.baseAddress!, utf8.count) == 0)
                                    {
                                        return (i, TermID(id))
                                    }
                                }
                                i += 1
                                if i == size { i = 0 }
                            }
                            return (-1, nil)
                        }
                    }
                }
            }
        }
    }

    /// Makes the table again, larger: the smallest power of two (at least 1,024) more than twice
    /// the terms, whether it was a power of two half full or fitted (`fit`).
    private mutating func grow() {
        var size = 1024
        while size <= 2 * count { size *= 2 }
        rebuildSlots(count: size)
    }

    /// Makes the hash table again with `size` slots (more than the terms) from the hashes.
    private mutating func rebuildSlots(count size: Int) {
        var fresh = [UInt32](repeating: 0, count: size)
        fresh.withUnsafeMutableBufferPointer { fresh in
            hashes.withUnsafeBufferPointer { hashes in
                for id in 0..<hashes.count {
                    var i = TermTable.home(hashes[id], size: size)
                    while fresh[i] != 0 {
                        i += 1
                        if i == size { i = 0 }
                    }
                    fresh[i] = UInt32(id + 1)
                }
            }
        }
        slots = Column(fresh)
    }

    /// The first slot a probe for `hash` reads in a table of `size` slots: the hash scaled to
    /// the size (its high bits), so a table of any size spreads terms evenly.
    @inline(__always) static func home(_ hash: UInt32, size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(hash) &* UInt64(size)) >> 32)
    }

    /// A multiply–xorshift hash over 8 bytes at a time, seeded by the kind, folded to 32 bits.
    @inline(__always)
    static func hash(kind: TermKind, _ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = utf8.count
        var h: UInt64 = (UInt64(kind.rawValue) &+ 0x243F6A8885A308D3) ^ (UInt64(n) &* 0x9E3779B97F4A7C15)
        guard let base = utf8.baseAddress else { return UInt32(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E3779B97F4A7C15
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xbf58476d1ce4e5b9
        h ^= h >> 31
        h = h &* 0x94d049bb133111eb
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
