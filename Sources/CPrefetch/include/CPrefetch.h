// Software prefetch for Swift, which has no way to ask for a cache line ahead of its use.
//
// Past the processor's last cache a read at a place the data chooses (a term's offsets, its
// text, an index range) waits for memory; a loop that reads one such place an iteration can
// only have as many in flight as its iterations fit in the processor's window. Asking for the
// lines of the next block of rows while the current one is worked on lets the misses overlap
// instead of queueing (see Query's `Prefetch` and the result writer).
#ifndef NEWSQ_CPREFETCH_H
#define NEWSQ_CPREFETCH_H

#ifdef __cplusplus
extern "C" {
#endif

/// Asks for the cache line holding `address` to be brought in for reading. Never faults, even
/// for an address outside the process's memory; does nothing where the processor cannot.
__attribute__((always_inline)) static inline void nq_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#ifdef __cplusplus
}
#endif

#endif
