import NewsFacts

// `?x = ?y` and `?x != ?y` over many rows.
extension Evaluator {
    /// The rows of `rel` that pass `f` when it is `=` or `!=` between two of its columns and
    /// `rel` has rows enough to pay for a bit a term (`worthLooseTerms`); nil otherwise, for
    /// `filter`'s general path.
    ///
    /// Two different ids are equal only when both are dates or both numbers (which compare by
    /// what they denote, see `equal`): with the store's dates and numbers read once into a bit
    /// a term (`TermBits.datesAndNumbers`), a row whose ids differ and either of which is a
    /// store term outside that set is decided from the bits, in the cache. The general path
    /// reads each row's term kind at a random place of a byte-a-term table (S17's `?a != ?b`
    /// rows over summit participants: ~8% of its time at 10M facts).
    ///
    /// - Throws: the budget's errors.
    func filterEqualColumns(_ rel: Relation, _ f: BoundFilter) throws -> Relation? {
        guard f.op == .equal || f.op == .notEqual, f.upper == nil,
            let lv = f.left.variable, let rv = f.right.variable,
            let lc = rel.column(of: lv), let rc = rel.column(of: rv),
            Evaluator.worthLooseTerms(rows: rel.count, termCount: store.termCount)
        else { return nil }
        let loose = TermBits.datesAndNumbers(of: store)
        let termCount = store.termCount
        let wantEqual = f.op == .equal
        var failure: Error?
        let out = rel.filtered { r in
            do { try poll() } catch {
                failure = error
                return false
            }
            let a = rel.value(r, lc), b = rel.value(r, rc)
            if a == Relation.null || b == Relation.null { return false }
            if a == b { return wantEqual }
            if (Int(a) < termCount && !loose.contains(a)) || (Int(b) < termCount && !loose.contains(b)) {
                return !wantEqual
            }
            return test(f, .value(a), .value(b), nil)
        }
        if let failure { throw failure }
        return out
    }

    /// Whether `rows` rows pay for reading a kind a term into bits (a pass over `termCount`
    /// bytes in order) rather than one kind read at a random place a row: a random read costs
    /// about as much as reading some tens of bytes in order.
    static func worthLooseTerms(rows: Int, termCount: Int) -> Bool { rows * 32 >= termCount }
}

extension TermBits {
    /// The store's terms that are dates or numbers: the ids that may equal another id (see
    /// `Evaluator.equal`), read from the kinds in one pass.
    static func datesAndNumbers(of store: FactStore) -> TermBits {
        var bits = TermBits(termCount: store.termCount)
        store.withTermKinds { kinds in
            for t in 0..<kinds.count
            where kinds[t] == TermKind.date.rawValue || kinds[t] == TermKind.number.rawValue {
                bits.insert(TermID(t))
            }
        }
        return bits
    }
}
