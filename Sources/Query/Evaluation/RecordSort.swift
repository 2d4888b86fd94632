/// A stable sort of fixed-width records of 32-bit values by one of their columns: a least
/// significant digit radix sort, 11 bits a pass, as many passes as the largest key needs.
///
/// Why a radix sort: each pass reads the records in order and writes them to 2,048 places that
/// each move forward, so past the size of the caches it streams where a comparison sort or a
/// scatter to places the data chooses would miss the cache at every record. Used to put probes
/// in the order of the index they read and their matches back in the order of their rows
/// (`Evaluator.sortedProbeJoin`).
enum RecordSort {
    static let digitBits = 11

    /// Sorts `records` (`width` values a record, `width` ≥ 1) by the value in column `key`,
    /// records with the same key keeping their order. `maxKey` bounds the keys (it decides how
    /// many passes are made). `poll` is called once a pass (the evaluator's budget check).
    ///
    /// - Throws: what `poll` throws; the records are then in some order of theirs.
    static func sort(
        _ records: inout [UInt32], width: Int, key: Int, maxKey: UInt32, poll: () throws -> Void = {}
    ) rethrows {
        precondition(width >= 1 && key < width && records.count % width == 0)
        let n = records.count / width
        if n < 2 { return }
        var spare = [UInt32](repeating: 0, count: records.count)
        let buckets = 1 << digitBits, mask = UInt32(buckets - 1)
        var shift: UInt32 = 0
        var counts = [Int](repeating: 0, count: buckets)
        while shift < 32 && (maxKey >> shift) != 0 {
            try poll()
            for b in 0..<buckets { counts[b] = 0 }
            records.withUnsafeBufferPointer { src in
                for r in 0..<n { counts[Int((src[r * width + key] >> shift) & mask)] += 1 }
            }
            // A pass in which every key has the same digit moves nothing.
            if counts.contains(n) {
                shift += UInt32(digitBits)
                continue
            }
            var at = 0
            for b in 0..<buckets {
                let c = counts[b]
                counts[b] = at
                at += c * width
            }
            records.withUnsafeBufferPointer { src in
                spare.withUnsafeMutableBufferPointer { dst in
                    counts.withUnsafeMutableBufferPointer { next in
                        for r in 0..<n {
                            let from = r * width
                            let b = Int((src[from + key] >> shift) & mask)
                            let to = next[b]
                            for c in 0..<width { dst[to + c] = src[from + c] }
                            next[b] = to + width
                        }
                    }
                }
            }
            swap(&records, &spare)
            shift += UInt32(digitBits)
        }
    }
}
