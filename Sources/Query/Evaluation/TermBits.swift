import NewsFacts

/// A set of store term ids as one bit a term: built from an index range, then asked once a
/// row (`not` by an id set, see `Evaluator.antiJoinByIDSet`).
struct TermBits {
    private var words: [UInt64]
    /// Term ids below this can be members.
    let termCount: Int

    init(termCount: Int) {
        self.termCount = termCount
        words = [UInt64](repeating: 0, count: (termCount + 63) / 64)
    }

    /// Adds term `v` (below `termCount`).
    @inline(__always) mutating func insert(_ v: TermID) {
        let i = Int(v)
        words[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// True when `v` is a term of the set; false for any value at or past `termCount` (an
    /// empty value, a session-local one).
    @inline(__always) func contains(_ v: Value) -> Bool {
        let i = Int(v)
        return i < termCount && words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Adds `keys[f]` for each fact `f` of `order[range]` (whose predicate is `check`, when
    /// given): the inner loop of building a set from an index range, on the words in place
    /// (through the array each insert paid a uniqueness and a bounds check).
    mutating func insert(
        keys: UnsafeBufferPointer<TermID>, order: UnsafeBufferPointer<FactID>, range: Range<Int>,
        predicates: UnsafeBufferPointer<TermID>, check: TermID?
    ) {
        let n = termCount
        words.withUnsafeMutableBufferPointer { w in
            for i in range {
                let f = Int(order[i])
                if let check, predicates[f] != check { continue }
                let k = Int(keys[f])
                if k < n { w[k >> 6] |= 1 << UInt64(k & 63) }
            }
        }
    }

    /// Adds `values[i]` for each position `i` of `range`: a range of the values stored beside
    /// an index, read forward.
    mutating func insert(_ range: Range<Int>, of values: UnsafeBufferPointer<TermID>) {
        let n = termCount
        words.withUnsafeMutableBufferPointer { w in
            for i in range {
                let k = Int(values[i])
                if k < n { w[k >> 6] |= 1 << UInt64(k & 63) }
            }
        }
    }

    /// `insert(keys:order:range:predicates:check:)` that stops at the first key already in the
    /// set: false then (the set is left part filled), true when every key was new.
    mutating func insertOnce(
        keys: UnsafeBufferPointer<TermID>, order: UnsafeBufferPointer<FactID>, range: Range<Int>,
        predicates: UnsafeBufferPointer<TermID>, check: TermID?
    ) -> Bool {
        let n = termCount
        return words.withUnsafeMutableBufferPointer { w in
            for i in range {
                let f = Int(order[i])
                if let check, predicates[f] != check { continue }
                let k = Int(keys[f])
                guard k < n else { continue }
                let bit: UInt64 = 1 << UInt64(k & 63)
                if w[k >> 6] & bit != 0 { return false }
                w[k >> 6] |= bit
            }
            return true
        }
    }

    /// `insert(_:of:)` that stops at the first value already in the set: false then (the set
    /// is left part filled), true when every value was new.
    mutating func insertOnce(_ range: Range<Int>, of values: UnsafeBufferPointer<TermID>) -> Bool {
        let n = termCount
        return words.withUnsafeMutableBufferPointer { w in
            for i in range {
                let k = Int(values[i])
                guard k < n else { continue }
                let bit: UInt64 = 1 << UInt64(k & 63)
                if w[k >> 6] & bit != 0 { return false }
                w[k >> 6] |= bit
            }
            return true
        }
    }

    /// The rows of `rows` (of `count` rows) whose value in `column` is not in the set, in order.
    func rowsWithout(_ rows: RowBuffer, count: Int, column: Int) -> (rows: [Value], count: Int) {
        self.rows(rows, count: count, column: column, members: false)
    }

    /// The rows of `rows` (of `count` rows) whose value in `column` is in the set (`members`)
    /// or not in it, in order.
    func rows(_ rows: RowBuffer, count: Int, column: Int, members: Bool) -> (rows: [Value], count: Int) {
        let width = rows.width
        return words.withUnsafeBufferPointer { w in
            var kept = 0
            for r in 0..<count {
                let i = Int(rows[r, column])
                let member = i < termCount && w[i >> 6] & (1 << UInt64(i & 63)) != 0
                kept += member == members ? 1 : 0
            }
            var out = [Value](repeating: 0, count: kept * width)
            out.withUnsafeMutableBufferPointer { dst in
                var at = 0
                for r in 0..<count {
                    let i = Int(rows[r, column])
                    if (i < termCount && w[i >> 6] & (1 << UInt64(i & 63)) != 0) != members { continue }
                    for c in 0..<width { dst[at + c] = rows.values[r * width + c] }
                    at += width
                }
            }
            return (out, kept)
        }
    }
}
