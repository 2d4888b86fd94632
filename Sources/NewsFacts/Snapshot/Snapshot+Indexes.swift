/// The index sections of a snapshot (format version 3): `StoredIndexes`, then the name
/// lookup's used slots and entries (`NameIndex.Parts`), each array a count and its raw elements.
extension SnapshotWriter {
    mutating func indexes(_ ix: StoredIndexes) {
        array(ix.subjectStarts)
        array(ix.subjectFacts)
        array(ix.predicateOrder)
        array(ix.predicates)
        array(ix.rangeStarts)
        array(ix.rangeEnds)
        array(ix.distinctSubjects)
        array(ix.distinctObjects)
        array(ix.repeatBits)
        array(ix.repeatPairs)
    }

    mutating func names(_ p: NameIndex.Parts) {
        u64(UInt64(p.size))
        array(p.keySlot)
        array(p.keyHash)
        array(p.keyFirst)
        array(p.keyLast)
        array(p.keyTerm)
        array(p.entity)
        array(p.next)
    }
}

extension SnapshotReader {
    /// The index section as written; checked against the columns later (`StoredIndexes.restored`).
    mutating func indexes() throws -> StoredIndexes {
        StoredIndexes(
            subjectStarts: try array(UInt32.self), subjectFacts: try array(FactID.self),
            predicateOrder: try array(FactID.self), predicates: try array(TermID.self),
            rangeStarts: try array(UInt32.self), rangeEnds: try array(UInt32.self),
            distinctSubjects: try array(UInt32.self), distinctObjects: try array(UInt32.self),
            repeatBits: try array(UInt64.self), repeatPairs: try array(UInt64.self))
    }

    /// The name lookup's arrays as written; checked by `NameIndex(parts:termCount:)`.
    mutating func names() throws -> NameIndex.Parts {
        NameIndex.Parts(
            size: Int(clamping: try u64()), keySlot: try array(UInt32.self), keyHash: try array(UInt64.self),
            keyFirst: try array(Int32.self), keyLast: try array(Int32.self), keyTerm: try array(TermID.self),
            entity: try array(TermID.self), next: try array(Int32.self))
    }
}
