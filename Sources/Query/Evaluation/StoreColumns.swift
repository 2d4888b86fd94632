import NewsFacts

/// The store's fact columns and index orders as one evaluator reads them (see `FactColumns`),
/// taken from the store once per store generation and shared by every evaluator of a session.
///
/// A typed statement makes an evaluator of its own; each used to take the nine columns from
/// the store itself (a copy of each: its array, mapping and bound retained, and released
/// again when the evaluator went, about 3,000 instructions a statement). Now it holds this
/// object, one reference. The columns are constants here, so nothing writes them while an
/// evaluator reads them in place; a changed store (a new `generation`) gets a new set.
final class StoreColumns {
    /// The store's `generation` when the columns were taken.
    let generation: Int
    let subjects: Column<TermID>
    let predicates: Column<TermID>
    let objects: Column<TermID>
    let subjectOrder: Column<FactID>
    let subjectStarts: Column<UInt32>
    let predicateOrder: Column<FactID>
    let predicateSubjects: Column<TermID>
    let predicateObjects: Column<TermID>
    let repeatBits: Column<UInt64>

    /// The columns of `store` as it is now (its indexes are built if they were not).
    init(_ store: FactStore) {
        generation = store.generation
        subjects = store.subjects
        predicates = store.predicates
        objects = store.objects
        subjectOrder = store.subjectOrder
        subjectStarts = store.subjectStarts
        predicateOrder = store.predicateObjectOrder
        predicateSubjects = store.predicateObjectSubjects
        predicateObjects = store.predicateObjectObjects
        repeatBits = store.repeatBits
    }
}
