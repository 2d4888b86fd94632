/// The snapshot file format (all integers little-endian):
///
///     offset  size  field
///      0       8    magic "NEWSQSNP"
///      8       4    format version (10)
///     12       4    reserved (0)
///     16       8    hash of the fingerprint section
///     24       8    fingerprint section length F
///     32       8    payload length P
///     40       8    checksum of the payload
///     48       F    fingerprint: salt, then (path, size, mtime) of every input file
///     48+F          zeros up to a multiple of 8 (at most 7)
///     O        P    payload (O = 48+F rounded up to 8): terms (with their hash table), fact
///                   columns, qualifiers, rules,
///                   the indexes and the name lookup (StoredIndexes.swift, NameIndex.swift),
///                   articles (where each record ends, then the records: text and
///                   sentences), imported-file hashes
///
/// Arrays are a count, zeros up to a multiple of 8 from the payload's start, and their raw
/// elements, so a mapped file's arrays are aligned and read in place; strings are a byte count
/// and UTF-8. The checksums
/// are a four-lane multiply–rotate hash (xxHash64's round): any one changed byte changes it.
/// The fingerprint's is checked at every open; the payload's only on demand
/// (`FactStore.verifySnapshot`), since reading it would touch every page of a mapped file.
enum Snapshot {
    static let magic: [UInt8] = Array("NEWSQSNP".utf8)
    /// 2: the sentence and span-length columns carry a side table for values of 65,535 and
    /// more (version 1 cut them to 16 bits); a version-1 snapshot is rebuilt.
    /// 3: the term hash table, the indexes and the name lookup are stored, so opening a
    /// snapshot builds none of them; a version-2 snapshot is rebuilt.
    /// 4: arrays are aligned to 8 bytes and the term and name hash tables stored whole, so a
    /// mapped snapshot is read in place; a version-3 snapshot is rebuilt.
    /// 5: the name lookup's table holds an entry number a slot, and each entry its key's hash
    /// (16 bytes a slot before: the hash and both ends of the chain); a version-4 snapshot is
    /// rebuilt.
    /// 6: the article records come after where each ends, so that one is read without
    /// walking those before it and checked when first read (`MappedArticles`); a version-5
    /// snapshot is rebuilt.
    /// 7: the (predicate, object) fences are stored with the indexes, so a store opened from
    /// a snapshot narrows its searches as a loaded one does; a version-6 snapshot is rebuilt.
    /// 8: each fact's subject and object are stored beside the (predicate, object) index, in its
    /// order (FactIndexes+Beside.swift); a version-7 snapshot is rebuilt.
    /// 9: never a released layout: builds of one change, never on main, wrote three different hash
    /// table layouts under it, so a version-9 snapshot is rebuilt, whichever it holds.
    /// 10: the term and name hash tables may be fitted to two thirds full rather than a power of
    /// two (`TermTable.fit`, `NameIndex.fitted`), so a key's first slot is its hash scaled to the
    /// table's size (its high bits; the name table mixes its hash first, Fibonacci hashing, since
    /// FNV-1a leaves names that differ in their last character close: `NameIndex.home`), not the
    /// hash's low bits; the name lookup's key hashes are four bytes, not eight
    /// (`NameIndex.narrow`). Read as version 10, a version-8 table would not find its keys and
    /// its entries would be misplaced, and a table written by an earlier build of that change
    /// (unmixed homes) would silently find no names; a version-8 or 9 snapshot is rebuilt.
    static let version: UInt32 = 10
    static let headerSize = 48

    /// Where the payload starts: after the fingerprint, at the next multiple of 8.
    static func payloadOffset(fingerprintLength: Int) -> Int {
        (headerSize + fingerprintLength + 7) & ~7
    }

    private static let p1: UInt64 = 0x9E3779B185EBCA87
    private static let p2: UInt64 = 0xC2B2AE3D27D4EB4F
    private static let p3: UInt64 = 0x165667B19E3779F9
    private static let p4: UInt64 = 0x85EBCA77C2B2AE63
    private static let p5: UInt64 = 0x27D4EB2F165667C5

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
    @inline(__always) private static func round(_ acc: UInt64, _ x: UInt64) -> UInt64 { rotl(acc &+ x &* p2, 31) &* p1 }

    /// xxHash64 (seed 0) of the bytes.
    static func checksum(_ data: UnsafeRawBufferPointer) -> UInt64 {
        let n = data.count
        guard let base = data.baseAddress else { return p5 }
        var i = 0
        var h: UInt64
        if n >= 32 {
            var a = p1 &+ p2, b = p2, c: UInt64 = 0, d: UInt64 = 0 &- p1
            while i + 32 <= n {
                a = round(a, base.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                b = round(b, base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian)
                c = round(c, base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self).littleEndian)
                d = round(d, base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self).littleEndian)
                i += 32
            }
            h = rotl(a, 1) &+ rotl(b, 7) &+ rotl(c, 12) &+ rotl(d, 18)
            for v in [a, b, c, d] { h = (h ^ round(0, v)) &* p1 &+ p4 }
        } else {
            h = p5
        }
        h = h &+ UInt64(n)
        while i + 8 <= n {
            h ^= round(0, base.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            h = rotl(h, 27) &* p1 &+ p4
            i += 8
        }
        if i + 4 <= n {
            h ^= UInt64(base.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian) &* p1
            h = rotl(h, 23) &* p2 &+ p3
            i += 4
        }
        while i < n {
            h ^= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) &* p5
            h = rotl(h, 11) &* p1
            i += 1
        }
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }
}
