import NewsFacts

// `contains` over the objects of one predicate, as one pass over the store's term text.
extension Evaluator {
    /// The objects of predicate `p` that pass `f`, `?o contains "x"` with an ASCII needle, in
    /// id order: found by one pass over the bytes of the store's term text from `p`'s first
    /// object to its last (terms are stored one after another, in id order), not a test a
    /// term. Sixteen positions a step are compared with the needle's first and last bytes (as
    /// `ASCIISearch` does) and checked for bytes past ASCII; only a term with a match, or with
    /// such a byte, is looked at: an ASCII term with a match passes (the same answer as the
    /// filter's case-insensitive search), a term past ASCII is tested by the filter's own
    /// rules (`test`), and either is kept only when it is an object of `p`.
    ///
    /// Why: S06 (`?s contains "strike this judge"` over 50,000 quotes) tested each quote on its
    /// own: finding the distinct objects, a memo, a kind and an ASCII check a quote took most
    /// of its 2.7 ms; a pass over the text is a few hundred microseconds a megabyte.
    ///
    /// Nil when `f` is not of that shape, or when the text between `p`'s first and last object
    /// is more than `textScanBytes` bytes a distinct object (other terms' text between them
    /// would then cost more than testing the objects one by one).
    ///
    /// - Throws: the budget's errors.
    func containsByTextScan(_ p: TermID, _ f: BoundFilter) throws -> [Value]? {
        guard f.op == .contains, f.left.variable != nil, f.upper == nil, case .constant(let c) = f.right
        else { return nil }
        let needle = Array(c.text.utf8).map(ASCIISearch.lower)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return nil }
        let range = store.predicateRange(p)
        guard !range.isEmpty else { return [] }
        let lowest = Int(predicateObjects[range.lowerBound])
        let highest = Int(predicateObjects[range.upperBound - 1])
        let distinct = store.statistics(predicate: p).objects
        // Terms that matched (true) or are past ASCII (false), in id order.
        var found: [(term: Int, matched: Bool)] = []
        let scanned = store.withTermText { bytes, starts -> Int? in
            guard highest + 1 < starts.count, let base = bytes.baseAddress else { return nil }
            let from = Int(starts[lowest]), to = Int(starts[highest + 1])
            guard to - from <= Evaluator.textScanBytes * max(1, distinct) else { return nil }
            /// The term whose text holds byte `i` (the last term starting at or before it).
            func term(at i: Int) -> Int {
                var lo = lowest, hi = highest + 1
                while hi - lo > 1 {
                    let mid = (lo + hi) >> 1
                    if Int(starts[mid]) <= i { lo = mid } else { hi = mid }
                }
                return lo
            }
            let n = needle.count
            @inline(__always) func matches(at i: Int) -> Bool {
                guard i + n <= to else { return false }
                var k = 0
                while k < n && ASCIISearch.lower(base[i + k]) == needle[k] { k += 1 }
                return k == n
            }
            /// Byte `j` is past ASCII or starts a match: records its term and returns where
            /// the scan goes on (past the term), or nil when the byte is neither.
            func look(at j: Int) -> Int? {
                if base[j] >= 0x80 {
                    let t = term(at: j)
                    found.append((t, false))
                    return Int(starts[t + 1])
                }
                guard matches(at: j) else { return nil }
                let t = term(at: j)
                let end = Int(starts[t + 1])
                // A match across two terms is none; one in a term past ASCII is the filter's.
                if j + n > end { return nil }
                let rest = UnsafeBufferPointer(start: base + Int(starts[t]), count: end - Int(starts[t]))
                found.append((t, rest.allSatisfy { $0 < 0x80 }))
                return end
            }
            let raw = UnsafeRawPointer(base)
            let caseBit = SIMD16<UInt8>(repeating: 0x20)
            let high = SIMD16<UInt8>(repeating: 0x80)
            let first = SIMD16<UInt8>(repeating: needle[0] | 0x20)
            let last = SIMD16<UInt8>(repeating: needle[n - 1] | 0x20)
            var i = from
            // Blocks of sixteen starts whose last needle byte is still inside the text.
            while i + 15 + n - 1 < to {
                let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let b = raw.loadUnaligned(fromByteOffset: i + n - 1, as: SIMD16<UInt8>.self)
                let hit = ((a | caseBit) .== first) .& ((b | caseBit) .== last)
                let wide = a .>= high
                if !any(hit .| wide) {
                    i += 16
                    continue
                }
                var next = i + 16
                for k in 0..<16 where hit[k] || wide[k] {
                    if let after = look(at: i + k) {
                        next = max(after, i + k + 1)
                        break
                    }
                }
                i = next
            }
            while i < to {
                i = look(at: i) ?? i + 1
            }
            return to - from
        }
        guard let scanned else { return nil }
        try spend((scanned >> 6) + found.count, building: 0)
        var out: [Value] = []
        for (t, matched) in found where !store.predicateObjectRange(p, TermID(t)).isEmpty {
            let x = Value(t)
            if matched || test(f, .value(x), .constant(c), nil) { out.append(x) }
        }
        return out
    }

    /// Bytes of term text a distinct object of the predicate at most for `containsByTextScan`.
    static let textScanBytes = 512
}
