/// Sums of weights by slot over a large range of slots (term ids), added where the slots come
/// in no order: the (slot, weight) pairs are kept as they come, then scattered into 256 ranges
/// of slots (a counting sort on the slot's high bits), and each range summed in its turn, so
/// that the sums being added to are a small part of the array at a time.
///
/// Why: S18 at 10M facts credited each of 3 million `participant` facts' objects, half a
/// million people spread over 30 MB of sums, as the subject index was walked: a cache miss a
/// fact, most of the query. Two sequential passes over the pairs cost far less.
struct PartitionedSums {
    /// Slot `<< 32 | weight`, in the order added.
    private var pairs: [UInt64] = []
    let slots: Int

    init(slots: Int, expected: Int) {
        self.slots = slots
        pairs.reserveCapacity(expected)
    }

    /// Adds `weight` (below 2^32) to slot `slot`.
    @inline(__always) mutating func add(_ slot: Int, _ weight: Int) {
        pairs.append(UInt64(slot) << 32 | UInt64(weight))
    }

    /// Adds every pair's weight to `sums` (indexed by slot, `slots` long).
    func sum(into sums: UnsafeMutableBufferPointer<Int>) {
        let ranges = 256
        let bits = Int.bitWidth - max(1, slots - 1).leadingZeroBitCount
        let shift = max(0, bits - 8)
        var starts = [Int](repeating: 0, count: ranges + 1)
        for v in pairs { starts[Int(v >> 32) >> shift + 1] += 1 }
        for r in 0..<ranges { starts[r + 1] += starts[r] }
        var scattered = [UInt64](repeating: 0, count: pairs.count)
        scattered.withUnsafeMutableBufferPointer { out in
            for v in pairs {
                let r = Int(v >> 32) >> shift
                out[starts[r]] = v
                starts[r] += 1
            }
        }
        for v in scattered { sums[Int(v >> 32)] += Int(v & 0xFFFF_FFFF) }
    }
}
