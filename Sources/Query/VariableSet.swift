/// Variable numbers (the resolver's, from 0): which a statement's clauses bind. The first 64 are
/// bits of one word held inline, so a typed statement's few allocate and hash nothing (a
/// `Set<Int>` cost a typed point lookup an allocation and a hash a variable); the rest, rare,
/// are bits of further words.
struct VariableSet {
    private var low: UInt64 = 0
    /// Words for the variables from 64 on: word `w` holds `64 * (w + 1)` and up.
    private var high: [UInt64] = []

    init() {}

    mutating func insert(_ v: Int) {
        precondition(v >= 0, "variable numbers start at 0")
        if v < 64 {
            low |= 1 << UInt64(v)
            return
        }
        let w = v / 64 - 1
        while high.count <= w { high.append(0) }
        high[w] |= 1 << UInt64(v % 64)
    }

    mutating func formUnion(_ vs: [Int]) {
        for v in vs { insert(v) }
    }

    /// Adds the variables clause `c` binds (`BoundClause.binds`), without the array `binds`
    /// makes: a typed statement's resolver asks this of each of its clauses.
    mutating func formUnion(bindingsOf c: BoundClause) {
        func add(_ v: Int?) { if let v { insert(v) } }
        switch c {
        case .pattern(let p):
            add(p.s.variable)
            add(p.p.variable)
            add(p.o.variable)
            for q in p.qualifiers { add(q.value.variable) }
            add(p.articleVar)
            add(p.sentenceVar)
            add(p.factVar)
        case .call(let call):
            for a in call.arguments { add(a.variable) }
        case .optional(let cs, _):
            for inner in cs { formUnion(bindingsOf: inner) }
        case .filter, .not: break
        }
    }

    func contains(_ v: Int) -> Bool {
        if v < 0 { return false }
        if v < 64 { return low & (1 << UInt64(v)) != 0 }
        let w = v / 64 - 1
        return w < high.count && high[w] & (1 << UInt64(v % 64)) != 0
    }
}
