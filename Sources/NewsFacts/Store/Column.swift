/// A column of fixed-width integers the store keeps (fact columns, indexes, the term table):
/// either owned, in a Swift array, or read in place from a snapshot file mapped into memory
/// (`SnapshotMapping`), so opening a snapshot copies nothing and a query reads only the pages
/// it touches.
///
/// For example:
///
///     var c: Column<UInt32> = [1, 2, 3]
///     c[1]                       // 2
///     c.append(4)                // a mapped column is copied into owned memory first
///
/// Reads are the same either way. The first change to a mapped column copies it into an owned
/// array (copy on write), so loading or removing articles after a snapshot was opened works
/// as on any store; the mapping is released once no column reads it.
///
/// The type itself puts no requirement on `Element`; everything it does is in the extension
/// below, for fixed-width integers. A requirement on the type would make the runtime look up
/// `Element`'s conformance (a scan of every conformance record in the program, ~150,000
/// instructions) the first time each `Column<T>` is made from its mangled name, which a
/// one-shot query pays for each element type on the way to its answer.
public struct Column<Element> {
    /// The values when owned (empty while `mapped` holds them).
    @usableFromInline var owned: [Element]
    /// The values in the mapped file, or nil when owned.
    @usableFromInline var mapped: UnsafeBufferPointer<Element>?
    /// Keeps the file mapped while this column reads it.
    @usableFromInline var mapping: SnapshotMapping?
    /// The bound the mapped values must stay below, when they were not checked at open: each
    /// read checks it (`ColumnBound`). Nil for owned values and for mapped ones checked whole.
    @usableFromInline var bound: ColumnBound?
}

extension Column: Sequence, Collection, BidirectionalCollection where Element: FixedWidthInteger {}

extension Column: RandomAccessCollection, MutableCollection, RangeReplaceableCollection,
    ExpressibleByArrayLiteral
where Element: FixedWidthInteger {
    public init() {
        owned = []
    }

    public init(_ values: [Element]) {
        owned = values
    }

    public init(arrayLiteral elements: Element...) {
        owned = elements
    }

    public init(repeating value: Element, count: Int) {
        owned = [Element](repeating: value, count: count)
    }

    /// A column reading `values` in place; `mapping` must hold them and stays mapped meanwhile.
    init(mapped values: UnsafeBufferPointer<Element>, in mapping: SnapshotMapping) {
        owned = []
        mapped = values
        self.mapping = mapping
    }

    public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { mapped?.count ?? owned.count }
    @inlinable public var count: Int { mapped?.count ?? owned.count }
    @inlinable public var isEmpty: Bool { count == 0 }

    /// Whether the values are read from a mapped snapshot file rather than owned.
    public var isMapped: Bool { mapped != nil }

    @inlinable
    public subscript(i: Int) -> Element {
        get {
            if let m = mapped {
                // As an array's subscript does: a bad index stops the program, never reads past.
                precondition(UInt(bitPattern: i) < UInt(m.count), "Column index out of range")
                if let bound { return bound.checked(m[i]) }
                return m[i]
            }
            return owned[i]
        }
        set {
            makeOwned()
            owned[i] = newValue
        }
    }

    /// `self[i]..<self[i + 1]` for a column of offsets (term text, index buckets), never a
    /// reversed range: a mapped column whose order was not checked at open (`ColumnBound`,
    /// `ordered`) answers an empty range and records the damage when the two are out of order,
    /// or when either is out of order with the offset beyond it (`self[i - 1]`, `self[i + 2]`):
    /// an end moved forward past the next one gave this span its neighbour's values without
    /// ever reversing it, a wrong answer no read reported. Its values are in bounds as every
    /// read of it is.
    @inlinable @inline(__always)
    public func span(at i: Int) -> Range<Int> {
        let lo = Int(self[i]), hi = Int(self[i + 1])
        guard let bound else { return lo <= hi ? lo..<hi : hi..<hi }
        let before = i > 0 ? Int(self[i - 1]) : lo
        let after = i + 2 < count ? Int(self[i + 2]) : hi
        if _fastPath(before <= lo && lo <= hi && hi <= after) { return lo..<hi }
        bound.reversed()
        return lo <= hi ? lo..<lo : hi..<hi
    }

    /// Calls `body` with the values in one buffer, without copying them.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        if let m = mapped { return try body(bound?.checkedBuffer(m) ?? m) }
        return try owned.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the values in one buffer, not checked against their bound, and the
    /// bound each value read must be checked against (nil: none, or checked already).
    func withUncheckedBufferPointer<R>(
        _ body: (UnsafeBufferPointer<Element>, ColumnBound?) throws -> R
    ) rethrows
        -> R
    {
        if let m = mapped { return try body(m, bound) }
        return try owned.withUnsafeBufferPointer { try body($0, nil) }
    }

    /// Calls `body` with the values to change in place (a mapped column is copied first).
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Element>) throws -> R
    ) rethrows -> R {
        makeOwned()
        return try owned.withUnsafeMutableBufferPointer(body)
    }

    /// The values as an array (a copy when mapped; the array itself when owned).
    public var array: [Element] { mapped == nil ? owned : withUnsafeBufferPointer { Array($0) } }

    /// Bytes this column holds: the owned array's capacity, or the mapped values.
    public var memoryBytes: Int { (mapped?.count ?? owned.capacity) * MemoryLayout<Element>.stride }

    /// Room reserved in owned memory (the mapped values' count when mapped).
    public var capacity: Int { mapped?.count ?? owned.capacity }

    // MARK: - Changes (each makes the column owned first)

    public mutating func append(_ value: Element) {
        makeOwned()
        owned.append(value)
    }

    public mutating func append<S: Sequence>(contentsOf values: S) where S.Element == Element {
        makeOwned()
        owned.append(contentsOf: values)
    }

    public mutating func reserveCapacity(_ n: Int) {
        makeOwned()
        owned.reserveCapacity(n)
    }

    public mutating func removeLast(_ k: Int) {
        makeOwned()
        owned.removeLast(k)
    }

    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with values: C)
    where C.Element == Element {
        makeOwned()
        owned.replaceSubrange(range, with: values)
    }

    public mutating func removeAll(keepingCapacity keep: Bool = false) {
        mapped = nil
        mapping = nil
        bound = nil
        owned.removeAll(keepingCapacity: keep)
    }

    /// The same values with no spare capacity (a mapped column is left as it is).
    public func fitted() -> Column<Element> {
        guard mapped == nil, owned.capacity > owned.count + owned.count / 16 else { return self }
        return Column(owned.withUnsafeBufferPointer { Array($0) })
    }

    /// Copies mapped values into an owned array, so they can change and the file can go.
    @usableFromInline
    mutating func makeOwned() {
        guard mapped != nil else { return }
        owned = withUnsafeBufferPointer { Array($0) }
        mapped = nil
        mapping = nil
        bound = nil
    }

    /// The same column with its mapped values checked against `bound` as they are read, not
    /// now (`ColumnBound`); owned values are left as they are (the caller checks those).
    func checkedOnRead(_ bound: ColumnBound) -> Column {
        var c = self
        if mapped != nil { c.bound = bound }
        return c
    }
}

extension Column: Equatable where Element: FixedWidthInteger {
    public static func == (a: Column, b: Column) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.elementsEqual(y) } }
    }
}

extension Column: CustomStringConvertible where Element: FixedWidthInteger {
    public var description: String { array.description }
}

extension Column: @unchecked Sendable {}
