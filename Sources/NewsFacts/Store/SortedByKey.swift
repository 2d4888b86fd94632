/// A counting sort of fact ids by key (the subject access path) into buffers allocated by the
/// thread that creates this, then filled by `sort` on any thread.
///
/// For example, keys `[2, 0, 2]` over 3 terms give `starts` `[0, 1, 1, 3]` and `order`
/// `[1, 0, 2]`: key 0 holds fact 1, key 1 nothing, key 2 facts 0 and 2.
///
/// Why the buffers are allocated before another thread fills them: glibc gives each thread
/// that allocates its own heap, and never hands back the free room at the top of a thread's
/// heap (`malloc_trim` only trims the main heap's top, and a free trims a thread's only past a
/// threshold raised to 64 MB by then). Built on the index thread, the subject starts and the
/// sort's copy of them stayed resident once freed: 31 MB at 10 million facts, 3 bytes a fact
/// at rest (session 17). Allocated here, they are freed into the main heap, which
/// `FactStore.releaseFreePages` empties; and the sort keeps no copy of the starts (its cursors
/// are the starts themselves, one place ahead, so they end where they began).
final class SortedByKey: @unchecked Sendable {
    // Safe: `sort` is the only writer, called once, and the owner reads the buffers only
    // after waiting for it (`Background.value`).
    private(set) var starts: [UInt32]
    private(set) var order: [FactID]
    private let termCount: Int

    init(termCount: Int, count: Int) {
        self.termCount = termCount
        // Not touched here: `sort` writes every value, on its own thread.
        starts = [UInt32](unsafeUninitializedCapacity: termCount + 1) { _, n in n = termCount + 1 }
        order = [FactID](unsafeUninitializedCapacity: count) { _, n in n = count }
    }

    /// Fills `starts` (facts with key k at `order[starts[k]..<starts[k + 1]]`) and `order`
    /// (in fact order within a key). `keys` holds a key below the term count per fact.
    func sort(keys: Column<TermID>) {
        let terms = termCount
        starts.withUnsafeMutableBufferPointer { cursor in
            order.withUnsafeMutableBufferPointer { out in
                keys.withUnsafeBufferPointer { keys in
                    precondition(keys.count == out.count, "one key a fact")
                    cursor.initialize(repeating: 0)
                    // cursor[k + 1] = facts with a key below k: where key k's facts start. The
                    // last key's count is never needed, so it is not counted.
                    for k in keys where Int(k) + 2 <= terms { cursor[Int(k) + 2] += 1 }
                    if terms >= 1 {
                        for i in 1..<terms { cursor[i + 1] += cursor[i] }
                    }
                    // Each placement moves key k's cursor on; at the end it holds where key
                    // k + 1 starts, which is `starts[k + 1]`.
                    for f in 0..<keys.count {
                        let k = Int(keys[f]) + 1
                        out[Int(cursor[k])] = FactID(f)
                        cursor[k] += 1
                    }
                }
            }
        }
    }
}
