import CFreePages

extension FactStore {
    /// Gives the C allocator's free pages back to the system, once a load, the indexes or the
    /// name lookup are built: the temporaries they freed (import buffers, arrays grown by
    /// doubling, sort scratch) otherwise stay resident inside the allocator's heaps (at 10M
    /// facts, ~41 MB after the name lookup's build; see `CFreePages.h`). Costs a walk of the
    /// free lists, so it is not called after each statement.
    func releaseFreePages() { nq_release_free_pages() }
}
