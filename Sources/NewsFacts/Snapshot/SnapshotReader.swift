/// Reads what `SnapshotWriter` wrote, checking every length against what is left.
struct SnapshotReader {
    let data: UnsafeRawBufferPointer
    var position = 0
    let path: String
    /// The mapped file `data` lies in, when it does: arrays are then read in place (`Column`)
    /// instead of copied.
    let mapping: SnapshotMapping?

    init(_ data: UnsafeRawBufferPointer, path: String, mapping: SnapshotMapping? = nil) {
        self.data = data
        self.path = path
        self.mapping = mapping
    }

    var remaining: Int { data.count - position }

    func damaged(_ why: String) -> SnapshotError {
        SnapshotError(path: path, reason: .malformed(why))
    }

    // Inlined, and without slicing `data`: opening a snapshot walks every article record
    // field by field (a third of the instructions of a one-shot query at 11,000 articles).
    @inline(__always)
    mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= remaining else { throw damaged("a length field points past the end of the payload") }
        defer { position += n }
        // n is 0 whenever `data` has no base address (it is empty).
        return UnsafeRawBufferPointer(start: data.baseAddress.map { $0 + position }, count: n)
    }

    /// Skips the zero bytes `SnapshotWriter.pad` wrote.
    mutating func skipPadding() throws {
        let n = (8 - position % 8) % 8
        let pad = try take(n)
        guard pad.allSatisfy({ $0 == 0 }) else { throw damaged("padding that is not zero") }
    }

    @inline(__always) mutating func u8() throws -> UInt8 { try take(1)[0] }
    mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    @inline(__always)
    mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    /// A count of items each at least `size` bytes long: rejects counts the payload cannot hold.
    @inline(__always)
    mutating func count(atLeast size: Int) throws -> Int {
        let n = try u64()
        guard n <= UInt64(remaining / max(size, 1)) else { throw damaged("a count is larger than the payload") }
        return Int(n)
    }

    /// An array as `SnapshotWriter.array` wrote it: read in place when the payload is mapped
    /// and the values aligned (they are, as written), else copied.
    mutating func array<T: FixedWidthInteger>(_: T.Type) throws -> Column<T> {
        let n = try count(atLeast: MemoryLayout<T>.size)
        try skipPadding()
        let bytes = try take(n * MemoryLayout<T>.size)
        guard n > 0, let source = bytes.baseAddress else { return Column() }
        if let mapping, Int(bitPattern: source) % MemoryLayout<T>.alignment == 0 {
            return Column(
                mapped: UnsafeBufferPointer(start: source.assumingMemoryBound(to: T.self), count: n), in: mapping)
        }
        return Column(
            [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: source, byteCount: bytes.count)
                initialized = n
            })
    }

    @inline(__always)
    mutating func rawBytes() throws -> UnsafeRawBufferPointer {
        try take(try count(atLeast: 1))
    }

    mutating func string() throws -> String {
        String(decoding: try rawBytes(), as: UTF8.self)
    }

    /// An optional string's bytes, in place (nil for the absent marker).
    @inline(__always)
    mutating func optionalRawBytes() throws -> UnsafeRawBufferPointer? {
        let save = position
        if try u64() == .max { return nil }
        position = save
        return try rawBytes()
    }

    mutating func optionalString() throws -> String? {
        let save = position
        if try u64() == .max { return nil }
        position = save
        return try string()
    }

    /// Whether every value is below `bound` (one pass the compiler can vectorise).
    static func all(_ values: Column<UInt32>, below bound: UInt32) -> Bool {
        values.withUnsafeBufferPointer { v in
            var top: UInt32 = 0
            for x in v { top = max(top, x) }
            return v.isEmpty || top < bound
        }
    }

    /// A compact column as `SnapshotWriter.column` wrote it, checked to hold together.
    mutating func column() throws -> CompactColumn {
        let narrow = try array(UInt16.self), rows = try array(UInt32.self), values = try array(UInt32.self)
        do {
            return try CompactColumn(narrow: narrow, wideRows: rows.array, wideValues: values.array)
        } catch let damage as CompactColumn.Damage {
            throw damaged(damage.why)
        }
    }
}
