/// The subject and the object of each fact of the (predicate, object) index, stored beside it
/// in the index's order: `predicateSubjects[i]` and `predicateObjects[i]` are the subject and
/// object of fact `predicateOrder[i]`.
///
/// Why: the index holds fact ids, so a probe by predicate (and object) found its facts' ids
/// one after another, and then read each fact's subject or object at a place the data chose.
/// Past the last-level cache (about a million facts here) each such read misses it, 11-14 ns
/// and often one waiting for another: a predicate's scan (`?s title ?t`), an object's run
/// (`?p title minister`), a count by object (`objectCounts`) and each step of a search for an
/// object (a fact id, then its object) grew faster than the data: from 1M to 10M facts, Q5
/// 20 times, S09 36 times, S10 20 times. Beside the index, a probe's values come out of two
/// ranges read forward, as the fact ids do, and a search reads one value a step.
///
/// Eight bytes a fact. Made when the indexes are built, and stored with them in a snapshot
/// (format 8), so that a store opened from one reads them in place.
extension FactIndexes {
    /// `subjects` and `objects` at each fact id of `order`: the columns beside it.
    static func besideColumns(
        order: Column<FactID>, subjects: Column<TermID>, objects: Column<TermID>
    ) -> (subjects: [TermID], objects: [TermID]) {
        let n = order.count
        return order.withUnsafeBufferPointer { order in
            subjects.withUnsafeBufferPointer { s in
                objects.withUnsafeBufferPointer { o in
                    // Two passes, each of reads independent of one another (many in flight).
                    let bySubject = [TermID](unsafeUninitializedCapacity: n) { out, initialized in
                        for i in 0..<n { out[i] = s[Int(order[i])] }
                        initialized = n
                    }
                    let byObject = [TermID](unsafeUninitializedCapacity: n) { out, initialized in
                        for i in 0..<n { out[i] = o[Int(order[i])] }
                        initialized = n
                    }
                    return (bySubject, byObject)
                }
            }
        }
    }
}
