/// The index sections of a snapshot (format version 10): `StoredIndexes`, its (predicate,
/// object) fences (new in version 7) and the subjects and objects beside that index (new in
/// version 8) last, then the name lookup's table and entries
/// (`NameIndex.Parts`), each array a count and its raw elements.
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
        array(ix.objectFences)
        array(ix.predicateSubjects)
        array(ix.predicateObjects)
    }

    mutating func names(_ p: NameIndex.Parts) {
        u64(UInt64(p.keyCount))
        array(p.slotFirst)
        array(p.keyTerm)
        array(p.keyHash)
        array(p.entity)
        array(p.next)
    }
}

extension SnapshotReader {
    /// The index section as written; checked against the columns later (`StoredIndexes.restored`).
    mutating func indexes() throws -> StoredIndexes {
        StoredIndexes(
            subjectStarts: try array(UInt32.self), subjectFacts: try array(FactID.self),
            predicateOrder: try array(FactID.self), predicates: try array(TermID.self).array,
            rangeStarts: try array(UInt32.self).array, rangeEnds: try array(UInt32.self).array,
            distinctSubjects: try array(UInt32.self).array, distinctObjects: try array(UInt32.self).array,
            repeatBits: try array(UInt64.self), repeatPairs: try array(UInt64.self),
            objectFences: try array(TermID.self), predicateSubjects: try array(TermID.self),
            predicateObjects: try array(TermID.self))
    }

    /// The name lookup's parts as written; checked by `NameIndex(parts:termCount:)`.
    mutating func names() throws -> NameIndex.Parts {
        NameIndex.Parts(
            keyCount: Int(clamping: try u64()), slotFirst: try array(Int32.self), keyTerm: try array(TermID.self),
            keyHash: try array(UInt32.self), entity: try array(TermID.self), next: try array(Int32.self))
    }
}
