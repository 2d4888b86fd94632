/// Columns moved into 2 MB pages once a load has built them (see `LargeBuffer` for why).
extension Column where Element: FixedWidthInteger {
    /// The same values, held in memory backed by 2 MB pages where the kernel allows: an owned
    /// column of at least `LargeBuffer.threshold` bytes is copied into a buffer advised before
    /// it is filled when it has spare room to give back anyway, and moved in place otherwise.
    /// Small and mapped columns are returned as they are.
    ///
    /// Call it on the columns queries read at random (fact columns, indexes, term table) once
    /// they stop growing; appending to the column later may move it back to small pages.
    public func inLargePages() -> Column<Element> {
        let bytes = owned.count * MemoryLayout<Element>.stride
        guard mapped == nil, bytes >= LargeBuffer.threshold else { return self }
        if owned.capacity > owned.count + owned.count / 16 {
            let copy = owned.withUnsafeBufferPointer { from in
                [Element](unsafeUninitializedCapacity: from.count) { to, initialized in
                    if let base = to.baseAddress { LargeBuffer.prepare(UnsafeMutableRawPointer(base), count: bytes) }
                    _ = to.initialize(fromContentsOf: from)
                    initialized = from.count
                }
            }
            return Column(copy)
        }
        owned.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { LargeBuffer.collapse(UnsafeRawPointer(base), count: bytes) }
        }
        return self
    }
}
