import NewsFacts

// Filters on one variable: decided once a distinct value.
extension Evaluator {
    /// A filter whose operands are one variable and constants (`?d between A and B`,
    /// `?s contains "x"`, `?k in (…)`, `?n > 3`), but `matches`: each distinct value of the
    /// variable is tested once (`test`, the documented semantics) and the answer remembered,
    /// so a column of 200,000 dates over 366 days makes 366 tests. `contains` with an ASCII
    /// needle reads an ASCII text's bytes in the store in place of making a string (the
    /// same answer: case-insensitive, and an ASCII text has no diacritics). Nil when the
    /// filter is not of that shape (the caller tests it row by row).
    ///
    /// - Throws: the budget's errors; `EvaluationError` for an unbound variable.
    func filterByValue(_ rel: Relation, _ f: BoundFilter) throws -> Relation? {
        guard f.op != .matches else { return nil }
        let vars = Set(f.variables)
        guard vars.count == 1, let v = vars.first else { return nil }
        let col = try column(of: v, in: rel)
        func item(_ o: Operand?, _ x: Value) -> Item? {
            guard let o else { return nil }
            switch o {
            case .variable: return .value(x)
            case .constant(let c): return .constant(c)
            }
        }
        let needle: [UInt8]? = {
            guard f.op == .contains, case .constant(let c) = f.right, f.left.variable != nil else { return nil }
            let bytes = Array(c.text.utf8)
            return bytes.allSatisfy({ $0 < 0x80 }) ? bytes.map(ASCIISearch.lower) : nil
        }()
        var memo = ValueMemo(termCount: store.termCount, rows: rel.count)
        var tested = 0
        let out = store.withTermText { bytes, starts in
            rel.withRows { b in
                rel.filtered { r in
                    let x = b[r, col]
                    if let known = memo[x] { return known }
                    tested += 1
                    let pass: Bool
                    if let needle, x != Relation.null, !values.isLocal(x), Int(x) + 1 < starts.count,
                        let kind = values.kind(x), kind == .text || kind == .entity,
                        let found = needle.withUnsafeBufferPointer({
                            ASCIISearch.contains(
                                UnsafeBufferPointer(rebasing: bytes[Int(starts[Int(x)])..<Int(starts[Int(x) + 1])]), $0)
                        })
                    {
                        pass = found
                    } else if let a = item(f.left, x), let b = item(f.right, x) {
                        pass = test(f, a, b, item(f.upper, x))
                    } else {
                        pass = false
                    }
                    memo[x] = pass
                    return pass
                }
            }
        }
        try spend(rel.count + tested, building: out.rows.count)
        return out
    }
}

/// What a filter answered for each value seen: two bits a store term (known, passes) when the
/// rows are many, else a dictionary (cheap to make for a few rows); session-local values
/// always in the dictionary.
struct ValueMemo {
    private var known: TermBits?
    private var passes: TermBits?
    private var others: [Value: Bool] = [:]

    init(termCount: Int, rows: Int) {
        if rows >= 4096 {
            known = TermBits(termCount: termCount)
            passes = TermBits(termCount: termCount)
        }
    }

    subscript(v: Value) -> Bool? {
        get {
            if let known, known.contains(v) { return passes!.contains(v) }
            return others[v]
        }
        set {
            guard let newValue else { return }
            if known != nil, Int(v) < known!.termCount {
                known!.insert(v)
                if newValue { passes!.insert(v) }
            } else {
                others[v] = newValue
            }
        }
    }
}
