/// Appends little-endian values to a byte buffer.
struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }

    /// A count, zero bytes up to a multiple of 8 from the payload's start, then the elements'
    /// bytes as they lie in memory (little-endian hosts only): aligned, so a mapped snapshot's
    /// arrays are read in place (`Column`).
    mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        u64(UInt64(a.count))
        pad()
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func array<T: FixedWidthInteger>(_ c: Column<T>) {
        u64(UInt64(c.count))
        pad()
        c.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeRawBufferPointer($0)) }
    }

    /// Zero bytes up to the next multiple of 8.
    mutating func pad() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    mutating func raw(_ b: UnsafeRawBufferPointer) {
        u64(UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { raw(UnsafeRawBufferPointer($0)) }
    }

    /// nil is written as count 2^64-1.
    mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { u64(.max) }
    }

    /// A compact column: its two-byte rows, then its side table's rows and values.
    mutating func column(_ c: CompactColumn) {
        array(c.narrow)
        let wide = c.sortedWide
        array(wide.rows)
        array(wide.values)
    }
}

extension SnapshotWriter {
    /// One article record: header fields, text, fingerprint, fact count and sentences (a
    /// sentence whose text is its range of the article text is stored as the range alone).
    /// A record holds no padding, so it reads the same wherever it lies.
    mutating func article(_ stored: StoredArticle) {
        let a = stored.article
        string(a.id)
        optionalString(a.title)
        optionalString(a.date?.iso)
        u8(a.dateInferred ? 1 : 0)
        optionalString(a.source)
        optionalString(a.url)
        optionalString(a.path)
        string(a.text)
        u64(stored.contentHash)
        optionalString(stored.sourceFile)
        u64(UInt64(stored.factCount))
        u64(UInt64(stored.sentenceCount))
        for (i, r) in stored.sentenceRanges.enumerated() {
            u64(UInt64(i))
            u64(UInt64(r.lowerBound))
            u64(UInt64(r.upperBound))
            if stored.hasOwnText(i) {
                u8(0)
                string(stored.sentenceText(i) ?? "") // i is in range
            } else {
                u8(1)
            }
        }
    }
}
