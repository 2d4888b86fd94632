#if canImport(Glibc)
import Glibc
#endif

/// Advice to the kernel for a large buffer about to be filled in one go (a snapshot's column):
/// back it with 2 MB pages where it can, and fault it in with one call. Filling 50 MB page by
/// page otherwise costs one fault every 4 KB, which took more time than the copy itself.
enum LargeBuffer {
    /// Buffers smaller than this are left alone: advice costs two system calls.
    static let threshold = 1 << 20

    /// Advises the pages holding `count` bytes at `base`; nothing happens where the kernel
    /// does not know the advice (it is only a hint).
    static func prepare(_ base: UnsafeMutableRawPointer, count: Int) {
        #if os(Linux)
        guard count >= threshold else { return }
        let page = UInt(4096)
        let start = UInt(bitPattern: base) & ~(page - 1)
        let end = (UInt(bitPattern: base) + UInt(count) + page - 1) & ~(page - 1)
        guard let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, Int(end - start), MADV_HUGEPAGE)
        _ = madvise(aligned, Int(end - start), populateWrite)
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
}
