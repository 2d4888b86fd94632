import NewsFacts

// Semi-joins: a pattern that only checks the rows it is joined to.
extension Evaluator {
    /// Joins `left` to a pattern that adds no column — a constant predicate, one variable, in
    /// subject or object position and bound in `left`, the other position a constant — by
    /// reading the facts the constants select once from the index into a bitset over term ids
    /// and keeping each left row whose value is in it (`?e type summit` after `?e` is bound).
    /// Nil when that does not apply or does not pay (see `semiJoinPays`), or when a term is
    /// selected twice (a subject with the fact under two of the constant's ids): the nested
    /// loop then gives its row once a match, which one bit a term cannot.
    ///
    /// Why: an index nested loop probes the index once a left row at a place the row's value
    /// chooses; past the processor's last cache each probe waits on three or four misses (the
    /// subject's range, its fact ids, their predicates and objects), so at 10M facts a probe
    /// cost three times what it did at 1M (S12 grew ×32 for ×10 facts). Here the index range
    /// is read forward and each row is one bit test in a set of a bit a term (0.5 MB at 10M
    /// facts), which stays in the caches. Rows come in `left`'s order, as the nested loop
    /// gives them, and each row's single match leaves it unchanged.
    ///
    /// `slot`: where the bitset is kept between the pieces of a query (`RightSlot`), so that
    /// each piece after the first tests its rows without reading the index again.
    ///
    /// - Throws: the budget's errors; `EvaluationError` for an unbound variable.
    func semiJoinByIDSet(_ left: Relation, _ p: BoundPattern, slot: RightSlot? = nil) throws -> (Relation, String)? {
        guard p.qualifiers.isEmpty, p.articleVar == nil, p.sentenceVar == nil, p.factVar == nil,
            case .constant(let preds) = p.p
        else { return nil }
        let key: Int
        let ranges: [(Range<Int>, bySubject: Bool, check: TermID?)]
        let keyIsSubject: Bool
        switch (p.s, p.o) {
        case (.variable(let v), .constant(let ids)):
            key = v
            keyIsSubject = true
            ranges = preds.flatMap { pr in ids.map { (store.predicateObjectRange(pr, $0), false, nil) } }
        case (.constant(let ids), .variable(let v)):
            key = v
            keyIsSubject = false
            ranges = preds.flatMap { pr in ids.map { (store.subjectRange($0), true, pr) } }
        default:
            return nil
        }
        guard left.columns.contains(key) else { return nil }
        if case .declined? = slot?.semiJoin { return nil }
        let bits: TermBits
        if case .bits(let kept) = slot?.semiJoin {
            bits = kept
        } else {
            let scan = ranges.reduce(0) { $0 + $1.0.count }
            guard Evaluator.semiJoinPays(leftRows: left.count, scan: scan, termCount: store.termCount) else {
                return nil
            }
            guard let built = try semiJoinBits(ranges, keyIsSubject: keyIsSubject, scan: scan) else {
                slot?.semiJoin = .declined
                return nil
            }
            slot?.semiJoin = .bits(built)
            bits = built
        }
        let col = try column(of: key, in: left)
        let (rows, count) = left.withRows { bits.rows($0, count: left.count, column: col, members: true) }
        let method =
            tracing ? "semi-join on \(names([key])) (id set from the index, \(indexName(p, bound: [])))" : ""
        return (Relation(columns: left.columns, rows: rows, count: count), method)
    }

    /// The bitset of the keys at `ranges` (`scan` positions in all), or nil when a key comes
    /// twice (see `semiJoinByIDSet`).
    private func semiJoinBits(
        _ ranges: [(Range<Int>, bySubject: Bool, check: TermID?)], keyIsSubject: Bool, scan: Int
    ) throws -> TermBits? {
        var bits = TermBits(termCount: store.termCount)
        var once = true
        FactColumns.read(self) { facts in
            for (range, inSubjectOrder, check) in ranges where once {
                if inSubjectOrder {
                    once = bits.insertOnce(
                        keys: facts.objects, order: facts.bySubject, range: range, predicates: facts.predicates,
                        check: check)
                } else {
                    once = bits.insertOnce(
                        range, of: keyIsSubject ? facts.byPredicateSubjects : facts.byPredicateObjects)
                }
            }
        }
        // The positions read count as work, the bitset as memory under way.
        try spend(scan + 1, building: (store.termCount + 31) / 32)
        return once ? bits : nil
    }

    /// True when reading `scan` index positions into a bitset of `termCount` bits and testing
    /// `leftRows` rows costs less than probing the index `leftRows` times: a position read
    /// forward costs a fraction of a probe even in the caches, and the bitset, cleared whole,
    /// is worth it when it is at most 512 bytes a row (a few nanoseconds of clearing against a
    /// probe's 50-150).
    static func semiJoinPays(leftRows: Int, scan: Int, termCount: Int) -> Bool {
        leftRows >= semiJoinRows && leftRows >= termCount >> 12 && scan <= 16 * leftRows
    }

    /// Left rows from which a semi-join by an id set is considered.
    static let semiJoinRows = 64
}
