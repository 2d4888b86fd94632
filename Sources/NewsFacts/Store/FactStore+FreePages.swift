import CFreePages

extension FactStore {
    /// Gives the C allocator's free pages back to the system, once a load, the indexes or the
    /// name lookup are built: the temporaries they freed (import buffers, arrays grown by
    /// doubling, sort scratch) otherwise stay resident inside the allocator's heaps (at 10M
    /// facts, ~41 MB after the name lookup's build; see `CFreePages.h`). Costs a walk of the
    /// free lists and the system calls that give each free run of pages back, so a session
    /// calls it only after a statement long enough for that to be small beside it
    /// (`QuerySession.releaseAfter`).
    public func releaseFreePages() { nq_release_free_pages() }
}
