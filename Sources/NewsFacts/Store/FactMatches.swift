/// Facts read from one index range (or every fact), filtered by the positions the index
/// did not bind.
public struct FactMatches: Sequence {
    /// The index range; nil means every fact, 0..<count.
    let base: Slice<Column<FactID>>?
    let count: Int
    let predicate: TermID?
    let object: TermID?
    unowned let store: FactStore

    /// Number of facts in the index range before filtering (an upper bound).
    public var upperBound: Int { base?.count ?? count }

    /// The index range itself when no filter is left to apply (callers may read it directly).
    public var unfilteredSlice: Slice<Column<FactID>>? { predicate == nil && object == nil ? base : nil }

    public func makeIterator() -> Iterator {
        Iterator(
            base: base, position: base?.startIndex ?? 0, end: base?.endIndex ?? count,
            predicate: predicate, object: object, predicates: store.predicates, objects: store.objects)
    }

    public struct Iterator: IteratorProtocol {
        let base: Slice<Column<FactID>>?
        var position: Int
        let end: Int
        let predicate: TermID?
        let object: TermID?
        let predicates: Column<TermID>
        let objects: Column<TermID>

        public mutating func next() -> FactID? {
            while position < end {
                let f = base.map { $0[position] } ?? FactID(position)
                position += 1
                if let p = predicate, predicates[Int(f)] != p { continue }
                if let o = object, objects[Int(f)] != o { continue }
                return f
            }
            return nil
        }
    }
}
