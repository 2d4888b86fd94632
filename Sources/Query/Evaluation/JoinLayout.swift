import NewsFacts

/// Where each value of a pattern join comes from, for left rows with given columns: the
/// output columns (the left ones plus one per fresh variable), the source of each fresh
/// value, how each index position is read, and the equalities left to check on each fact.
/// Worked out once per join; a cached statement keeps its steps' layouts between runs.
///
/// For example, `?e participant ?a` over left rows holding `?e` reads the subject index by
/// the row's `?e` (`s` is `.bound(0)`), and adds one column, `?a`, from each fact's object.
final class JoinLayout {
    // A class of constants: a kept layout is handed to each run as one reference, and
    // reading it needs no exclusivity check.

    /// Where a value of a fact comes from.
    enum Source { case s, p, o, qualifier(Int), article, sentence, fact }

    /// How one index position (subject, predicate, object) is read.
    enum Position {
        /// From the left row's column.
        case bound(Int)
        /// One of these terms.
        case constant([TermID])
        /// Any value (`_`, or a variable the join binds).
        case free
    }

    let leftColumns: [Int]
    let columns: [Int]
    let freshSources: [Source]
    /// Repeated variables within the pattern: the two sources must hold the same value.
    let checks: [(Source, Source)]
    /// Positions compared with a left column (not read through the index).
    let boundChecks: [(Source, Int)]
    let s: Position, p: Position, o: Position
    /// Nothing to check on a fact beyond the index positions.
    let simple: Bool

    init(_ pattern: BoundPattern, leftColumns: [Int]) {
        var b = Builder(leftColumns: leftColumns)
        s = b.place(pattern.s, .s, indexable: true)
        p = b.place(pattern.p, .p, indexable: true)
        o = b.place(pattern.o, .o, indexable: true)
        for (i, q) in pattern.qualifiers.enumerated() {
            if case .constant = q.value { continue } // checked against the fact's qualifier in the join
            _ = b.place(q.value, .qualifier(i), indexable: false)
        }
        if let a = pattern.articleVar { _ = b.place(.variable(a), .article, indexable: false) }
        if let n = pattern.sentenceVar { _ = b.place(.variable(n), .sentence, indexable: false) }
        if let f = pattern.factVar { _ = b.place(.variable(f), .fact, indexable: false) }
        self.leftColumns = leftColumns
        columns = b.columns
        freshSources = b.freshSources
        checks = b.checks
        boundChecks = b.boundChecks
        simple = b.checks.isEmpty && b.boundChecks.isEmpty && pattern.qualifiers.isEmpty
    }

    private struct Builder {
        let leftColumns: [Int]
        var columns: [Int]
        var freshSources: [Source] = []
        var freshVars: [Int] = [] // the variable of each fresh source
        var checks: [(Source, Source)] = []
        var boundChecks: [(Source, Int)] = []

        init(leftColumns: [Int]) {
            self.leftColumns = leftColumns
            columns = leftColumns
        }

        mutating func place(_ slot: Slot, _ src: Source, indexable: Bool) -> Position {
            switch slot {
            case .any: return .free
            case .constant(let ids): return .constant(ids)
            case .variable(let v):
                if let col = leftColumns.firstIndex(of: v) {
                    if indexable { return .bound(col) }
                    boundChecks.append((src, col))
                    return .free
                }
                if let i = freshVars.firstIndex(of: v) {
                    checks.append((freshSources[i], src))
                    return .free
                }
                freshVars.append(v)
                freshSources.append(src)
                columns.append(v)
                return .free
            }
        }
    }
}

extension JoinLayout.Position {
    /// The left column read (`.bound`), else nil.
    var column: Int? {
        if case .bound(let c) = self { return c }
        return nil
    }

    /// The candidate terms (`.constant`), else nil.
    var candidates: [TermID]? {
        if case .constant(let ids) = self { return ids }
        return nil
    }
}
