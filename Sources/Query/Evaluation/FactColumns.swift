import NewsFacts

/// The store's fact columns and index orders, read in place for the length of one join or
/// scan: a fact's subject is `subjects[f]`, the facts about a subject are a range of
/// `bySubject` (`FactStore.subjectRange`), and so on.
///
/// Safe: the buffers are borrowed, only inside `read`'s closure, from arrays the evaluator
/// holds as constants for its whole life (so nothing writes them meanwhile), and no pointer is
/// kept past the closure; every index into them is a fact id or an index position the store
/// gave. Read in place because a join's inner loop does a few loads a fact: through the arrays
/// each would pay a bounds check and a retain of the array.
struct FactColumns {
    let subjects: UnsafeBufferPointer<TermID>
    let predicates: UnsafeBufferPointer<TermID>
    let objects: UnsafeBufferPointer<TermID>
    /// Fact ids in the subject index's order (`FactStore.subjectOrder`).
    let bySubject: UnsafeBufferPointer<FactID>
    /// Fact ids in the (predicate, object) index's order (`FactStore.predicateObjectOrder`).
    let byPredicate: UnsafeBufferPointer<FactID>
    /// The subject and the object of the fact at each position of `byPredicate`, stored beside
    /// the index (`FactStore.predicateObjectSubjects`, `predicateObjectObjects`): a range of
    /// the index reads its values here, forward, not at each fact id.
    let byPredicateSubjects: UnsafeBufferPointer<TermID>
    let byPredicateObjects: UnsafeBufferPointer<TermID>
    /// Where each term's facts start in `bySubject` (`FactStore.subjectStarts`).
    let subjectStarts: UnsafeBufferPointer<UInt32>
    /// A bit a fact, set when it repeats an earlier one (`FactStore.repeatBits`).
    let repeatBits: UnsafeBufferPointer<UInt64>

    /// Calls `body` with the columns of `evaluator`'s store.
    ///
    /// - Throws: what `body` throws.
    static func read<R>(_ evaluator: Evaluator, _ body: (FactColumns) throws -> R) rethrows -> R {
        try evaluator.subjects.withUnsafeBufferPointer { subjects in
            try evaluator.predicates.withUnsafeBufferPointer { predicates in
                try evaluator.objects.withUnsafeBufferPointer { objects in
                    try evaluator.subjectOrder.withUnsafeBufferPointer { bySubject in
                        try evaluator.predicateOrder.withUnsafeBufferPointer { byPredicate in
                            try evaluator.repeatBits.withUnsafeBufferPointer { repeatBits in
                                try evaluator.subjectStarts.withUnsafeBufferPointer { subjectStarts in
                                    try evaluator.predicateSubjects.withUnsafeBufferPointer { byPredicateSubjects in
                                        try evaluator.predicateObjects.withUnsafeBufferPointer { byPredicateObjects in
                                            try body(
                                                FactColumns(
                                                    subjects: subjects, predicates: predicates, objects: objects,
                                                    bySubject: bySubject, byPredicate: byPredicate,
                                                    byPredicateSubjects: byPredicateSubjects,
                                                    byPredicateObjects: byPredicateObjects,
                                                    subjectStarts: subjectStarts, repeatBits: repeatBits))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// How many facts the store holds.
    var count: Int { subjects.count }

    /// True when fact `f` repeats an earlier one (a scan of every fact skips it).
    @inline(__always) func isRepeat(_ f: Int) -> Bool {
        repeatBits[f >> 6] & (1 << UInt64(f & 63)) != 0
    }
}
