/// Each predicate in use with its range in the (predicate, object) index and its statistics,
/// in ascending predicate order, found by binary search.
///
/// Plain arrays rather than dictionaries keyed by `TermID`: the first dictionary of a key type
/// (and the first `Range<Int>` kept in a collection) costs a one-shot query a scan of every
/// protocol conformance in the program, at open, for a table of a few dozen predicates.
///
/// For example:
///
///     var table = PredicateTable()
///     table.append(3, range: 0..<10, statistics: PredicateStatistics(facts: 10, subjects: 4, objects: 2))
///     table.range(3)       // 0..<10
///     table.range(4)       // nil
struct PredicateTable: Equatable, Sendable {
    /// The predicates in use, ascending.
    private(set) var predicates: [TermID] = []
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var statistics: [PredicateStatistics] = []

    init() {}

    var count: Int { predicates.count }

    /// Adds predicate `p`, which must follow every predicate already added.
    mutating func append(_ p: TermID, range: Range<Int>, statistics s: PredicateStatistics) {
        precondition(predicates.last.map { $0 < p } ?? true, "predicates are added in ascending order")
        predicates.append(p)
        starts.append(range.lowerBound)
        ends.append(range.upperBound)
        statistics.append(s)
    }

    /// The position of `p` among the predicates, or nil when it is not in use.
    func index(of p: TermID) -> Int? {
        var lo = 0, hi = predicates.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if predicates[mid] < p { lo = mid + 1 } else { hi = mid }
        }
        return lo < predicates.count && predicates[lo] == p ? lo : nil
    }

    /// The range of the `k`-th predicate.
    func range(at k: Int) -> Range<Int> { starts[k]..<ends[k] }

    /// The statistics of the `k`-th predicate.
    func statistics(at k: Int) -> PredicateStatistics { statistics[k] }

    /// The range of predicate `p`'s facts, or nil when it is not in use.
    func range(_ p: TermID) -> Range<Int>? { index(of: p).map(range(at:)) }

    /// Predicate `p`'s statistics, or nil when it is not in use.
    func statistics(_ p: TermID) -> PredicateStatistics? { index(of: p).map(statistics(at:)) }
}
