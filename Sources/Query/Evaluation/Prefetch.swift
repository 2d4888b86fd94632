import CPrefetch

/// Software prefetches (`CPrefetch`): ask for the cache line of an element ahead of its use, so
/// the reads a block of rows makes at places the data chooses are in flight together while the
/// previous block is worked on, instead of each waiting for memory in turn once the store is
/// past the processor's last cache.
enum Prefetch {
    /// Asks for the line holding `buffer[i]`; nothing when `i` is not an index of `buffer`.
    @inline(__always)
    static func element<T>(_ buffer: UnsafeBufferPointer<T>, _ i: Int) {
        if UInt(bitPattern: i) < UInt(buffer.count), let base = buffer.baseAddress { nq_prefetch(base + i) }
    }
}
