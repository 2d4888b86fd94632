/// Reads what `SnapshotWriter` wrote, checking every length against what is left.
struct SnapshotReader {
    let data: UnsafeRawBufferPointer
    var position = 0
    let path: String
    /// Whether `data` is a private file mapping whose pages are given back once read (see
    /// `LargeBuffer.release`), 8 MB at a time.
    var releasesPages = false
    private var released = 0

    init(_ data: UnsafeRawBufferPointer, path: String) {
        self.data = data
        self.path = path
    }

    var remaining: Int { data.count - position }

    func damaged(_ why: String) -> SnapshotError {
        SnapshotError(path: path, reason: .malformed(why))
    }

    mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= remaining else { throw damaged("a length field points past the end of the payload") }
        // Everything before `position` has been copied out by the callers of earlier takes.
        if releasesPages, position - released >= 1 << 23, let base = data.baseAddress {
            LargeBuffer.release(base + released, count: position - released)
            released = position
        }
        defer { position += n }
        return UnsafeRawBufferPointer(rebasing: data[position..<position + n])
    }

    mutating func u8() throws -> UInt8 { try take(1)[0] }
    mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    /// A count of items each at least `size` bytes long: rejects counts the payload cannot hold.
    mutating func count(atLeast size: Int) throws -> Int {
        let n = try u64()
        guard n <= UInt64(remaining / max(size, 1)) else { throw damaged("a count is larger than the payload") }
        return Int(n)
    }

    mutating func array<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = try count(atLeast: MemoryLayout<T>.size)
        let bytes = try take(n * MemoryLayout<T>.size)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            // Both addresses exist whenever n > 0; an empty result would fail the column checks.
            guard n > 0, let destination = buffer.baseAddress, let source = bytes.baseAddress else {
                initialized = 0
                return
            }
            LargeBuffer.prepare(UnsafeMutableRawPointer(destination), count: bytes.count)
            UnsafeMutableRawPointer(destination).copyMemory(from: source, byteCount: bytes.count)
            initialized = n
        }
    }

    mutating func rawBytes() throws -> UnsafeRawBufferPointer {
        try take(try count(atLeast: 1))
    }

    mutating func string() throws -> String {
        String(decoding: try rawBytes(), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        let save = position
        if try u64() == .max { return nil }
        position = save
        return try string()
    }

    /// Whether every value is below `bound` (one pass the compiler can vectorise).
    static func all(_ values: [UInt32], below bound: UInt32) -> Bool {
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
            return try CompactColumn(narrow: narrow, wideRows: rows, wideValues: values)
        } catch let damage as CompactColumn.Damage {
            throw damaged(damage.why)
        }
    }
}
