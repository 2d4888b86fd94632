#if canImport(Glibc)
import Glibc
#endif

/// Advice to the kernel for large buffers: back them with 2 MB pages where it can.
///
/// Why: a query reads the store's columns at places the data chooses, and past a few million
/// facts each such read needs an address translation the processor's translation cache (about
/// 2,000 entries: 8 MB of 4 KB pages, 4 GB of 2 MB ones) does not hold; the page-table walk it
/// then makes (two-level under a virtual machine) waits on memory too and limits how many reads
/// are in flight at once. Measured on this machine, random reads in a 520 MB array took 47 ns
/// each with 4 KB pages and 20 ns with 2 MB pages (the same at 40 MB).
enum LargeBuffer {
    /// Buffers smaller than this are left alone: advice costs two system calls.
    static let threshold = 1 << 20

    /// Advises the pages holding `count` bytes at `base`, a buffer about to be filled in one
    /// go, and faults them in with one call (page by page, 50 MB took more time in faults than
    /// in the copy itself); nothing happens where the kernel does not know the advice (it is
    /// only a hint).
    static func prepare(_ base: UnsafeMutableRawPointer, count: Int) {
        advise(UnsafeRawPointer(base), count: count, then: populateWrite)
    }

    /// Moves the `count` bytes at `base`, already filled, into 2 MB pages now (MADV_COLLAPSE,
    /// Linux 6.1: the kernel copies them; advice alone would leave them to a background thread
    /// that takes minutes). The values do not change; where the kernel cannot, nothing happens.
    static func collapse(_ base: UnsafeRawPointer, count: Int) {
        advise(base, count: count, then: collapseNow)
    }

    /// Asks for 2 MB pages over the whole pages holding `count` bytes at `base` (buffers of at
    /// least `threshold` bytes), then gives the second advice `then` over the same pages.
    private static func advise(_ base: UnsafeRawPointer, count: Int, then advice: Int32) {
        #if os(Linux)
        guard count >= threshold else { return }
        let page = UInt(4096)
        let start = UInt(bitPattern: base) & ~(page - 1)
        let end = (UInt(bitPattern: base) + UInt(count) + page - 1) & ~(page - 1)
        guard let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, Int(end - start), MADV_HUGEPAGE)
        _ = madvise(aligned, Int(end - start), advice)
        #endif
    }

    /// Gives back the whole pages of a read-only private file mapping that lie inside `count`
    /// bytes at `base`, once they have been copied out: they leave the resident set, and a
    /// later read maps them again from the page cache. So a snapshot's bytes and the store
    /// made from them are not resident at the same time.
    static func release(_ base: UnsafeRawPointer, count: Int) {
        #if os(Linux)
        let page = UInt(4096)
        let start = (UInt(bitPattern: base) + page - 1) & ~(page - 1)
        let end = (UInt(bitPattern: base) + UInt(count)) & ~(page - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, Int(end - start), MADV_DONTNEED)
        #endif
    }

    /// MADV_POPULATE_WRITE (Linux 5.14), not in every Glibc module map.
    private static let populateWrite: Int32 = 23
    /// MADV_COLLAPSE (Linux 6.1), not in every Glibc module map.
    private static let collapseNow: Int32 = 25
}
