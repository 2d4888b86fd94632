// Giving the C allocator's free memory back to the system, which Swift's Glibc module cannot
// ask for (`malloc_trim` is declared in <malloc.h>, which that module leaves out).
//
// A store's load and index build free many large temporaries (import buffers, arrays grown by
// doubling, sort scratch). glibc keeps what they leave free inside its heaps, and raises its
// threshold for mapping a block apart (up to 32 MB) each time one is freed, so after a load
// those pages stay resident though nothing uses them (at 10M facts, ~41 MB after the name
// lookup's build alone; docs/performance-history.md, session 16).
#ifndef NEWSQ_CFREEPAGES_H
#define NEWSQ_CFREEPAGES_H

// <malloc.h> first: it is what defines __GLIBC__ (through <features.h>), tested below.
#if defined(__linux__)
#include <malloc.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/// Returns the whole free pages of every allocator heap to the system (their addresses stay
/// valid: a page used again is given back zeroed by the kernel). Does nothing where the C
/// library has no such call.
static inline void nq_release_free_pages(void) {
#if defined(__GLIBC__)
    (void)malloc_trim(0);
#endif
}

#ifdef __cplusplus
}
#endif

#endif
