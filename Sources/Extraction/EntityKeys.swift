/// An article's entities by the comparison key of their names (`Document.key`), answering as the
/// `[String: Int]` it replaces, and asked by name without building the key of an ASCII name.
///
/// Resolution asks `Document.entity(named:)` for every name mention, and most names are new:
/// each question built the name's key (`Document.asciiKey`, a new string), hashed it with
/// SipHash to look it up, and again to file it. Here an ASCII name is folded as `asciiKey`
/// folds it into a buffer on the stack, hashed (FNV) and looked up by those bytes, and a new
/// name's key is filed as bytes, in one probe: no string is built. Keys outside ASCII (with no
/// ASCII form, `ASCIIForm`) live in a dictionary, which compares them as Swift compares strings.
/// For example:
///
///     var keys = EntityKeys()
///     keys.findOrAdd("Antony Blinken", next: 0)   // .added: filed under "antony blinken"
///     keys.find(named: "ANTONY  BLINKEN.")        // .found(0): the same key
///     keys["antony blinken"]                      // 0
///     keys.find(named: "Z\u{FC}rich")             // .notASCII: ask by `Document.cachedKey`
struct EntityKeys {
    /// Each ASCII key's bytes, one after another (`starts[i]..<starts[i + 1]` is key `i`).
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// The entity of each key; -1 for a key taken away (its bytes stay).
    private var values: [Int] = []
    /// Open addressing: the key index in each slot, or -1.
    private var slots: [Int32]
    /// The keys no ASCII string equals.
    private var others: [String: Int] = [:]
    /// The keys that have an entity.
    private(set) var count = 0

    init() { slots = [Int32](repeating: -1, count: 64) }

    /// As `Dictionary(minimumCapacity:)`.
    init(minimumCapacity: Int) {
        self.init()
        reserveCapacity(minimumCapacity)
    }

    var isEmpty: Bool { count == 0 }

    /// Room for `n` ASCII keys without growing the table.
    mutating func reserveCapacity(_ n: Int) {
        var size = slots.count
        while size < n * 2 { size *= 2 }
        if size > slots.count { rehash(size) }
        // Room for the keys too: a key is some sixteen bytes.
        hashes.reserveCapacity(n)
        values.reserveCapacity(n)
        starts.reserveCapacity(n + 1)
        bytes.reserveCapacity(n * 16)
    }

    /// What `find(named:)` and `findOrAdd` found.
    enum Lookup: Equatable {
        /// The entity whose key equals the name's.
        case found(Int)
        /// An ASCII name no entity's key equals (`find(named:)`).
        case absent
        /// An ASCII name no entity's key equaled, filed now (`findOrAdd`).
        case added
        /// A name outside ASCII: ask `self[doc.cachedKey(name)]`.
        case notASCII
    }

    /// The entity filed under `key` (a key as `Document.key` gives it), as a dictionary would.
    subscript(_ key: String) -> Int? {
        get {
            if let i = EntityKeys.asciiBytes(key, { probe($0, EntityKeys.hash($0)).index }) {
                return i >= 0 && values[i] >= 0 ? values[i] : nil
            }
            guard let form = ASCIIForm.of(key) else { return others[key] }
            return self[form]
        }
        set {
            let value = newValue ?? -1
            var k = key
            let ascii = k.withUTF8 { b -> Bool in
                guard !b.contains(where: { $0 >= 0x80 }) else { return false }
                store(b, EntityKeys.hash(b), value)
                return true
            }
            if ascii { return }
            guard var form = ASCIIForm.of(key) else {
                let old = newValue.map { others.updateValue($0, forKey: key) } ?? others.removeValue(forKey: key)
                count += (newValue != nil ? 1 : 0) - (old != nil ? 1 : 0)
                return
            }
            form.withUTF8 { store($0, EntityKeys.hash($0), value) }
        }
    }

    /// The entity whose key equals the key of `name`, for an ASCII name, without building the key.
    func find(named name: String) -> Lookup {
        EntityKeys.folded(name) { key, h in
            let i = probe(key, h).index
            return i >= 0 && values[i] >= 0 ? .found(values[i]) : .absent
        }
    }

    /// `find(named:)`, filing an ASCII name's key under entity `next` when no entity has it
    /// (`.added`): the caller makes entity `next`.
    mutating func findOrAdd(_ name: String, next: Int) -> Lookup {
        EntityKeys.folded(name) { key, h in
            let (i, slot) = probe(key, h)
            if i >= 0 && values[i] >= 0 { return .found(values[i]) }
            if i >= 0 { values[i] = next } else { append(key, h, next, at: slot) }
            count += 1
            return .added
        }
    }

    // MARK: - The table

    @inline(__always) private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FNV1a.basis
        for c in b { h = FNV1a.add(h, c) }
        return h
    }

    @inline(__always) private static func home(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    }

    /// The index of the key spelled by `key` (-1 if none) and the slot where the probe ended.
    private func probe(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> (index: Int, slot: Int) {
        let mask = slots.count - 1
        var slot = EntityKeys.home(h, mask)
        while true {
            let i = Int(slots[slot])
            if i < 0 { return (-1, slot) }
            if hashes[i] == h && starts[i + 1] - starts[i] == key.count {
                let lo = starts[i]
                var k = 0
                while k < key.count && bytes[lo + k] == key[k] { k += 1 }
                if k == key.count { return (i, slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Files `value` (-1: none) under `key`, in one probe, counting the keys that have an entity.
    private mutating func store(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64, _ value: Int) {
        let (i, slot) = probe(key, h)
        if i >= 0 {
            count += (value >= 0 ? 1 : 0) - (values[i] >= 0 ? 1 : 0)
            values[i] = value
        } else if value >= 0 {
            append(key, h, value, at: slot)
            count += 1
        }
    }

    /// Files a new key in `slot` (the empty one its probe ended at).
    private mutating func append(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64, _ value: Int, at slot: Int) {
        slots[slot] = Int32(hashes.count)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        hashes.append(h)
        values.append(value)
        if hashes.count * 2 > slots.count { rehash(slots.count * 2) }
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (i, h) in hashes.enumerated() {
            var slot = EntityKeys.home(h, mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }

    /// `body` of the bytes of `key` when they are all ASCII, else nil.
    @inline(__always)
    private static func asciiBytes<R>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var k = key
        return k.withUTF8 { b in b.contains(where: { $0 >= 0x80 }) ? nil : body(b) }
    }

    /// `body` of `Document.asciiKey(name)` as bytes on the stack, and their hash; `.notASCII`
    /// when `name` has a byte outside ASCII.
    @inline(__always)
    private static func folded(_ name: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Lookup) -> Lookup {
        var name = name
        return name.withUTF8 { src -> Lookup in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(src.count, 1)) { out -> Lookup in
                var n = 0
                var pendingSpace = false
                var h = FNV1a.basis
                for b in src {
                    if b >= 0x80 { return .notASCII }
                    switch b {
                    case 46: continue
                    case 32, 9, 10: pendingSpace = n > 0
                    default:
                        if pendingSpace {
                            out[n] = 32
                            n += 1
                            h = FNV1a.add(h, 32)
                            pendingSpace = false
                        }
                        let c = b >= 65 && b <= 90 ? b + 32 : (b == 96 ? 39 : b)
                        out[n] = c
                        n += 1
                        h = FNV1a.add(h, c)
                    }
                }
                return body(UnsafeBufferPointer(rebasing: out[0..<n]), h)
            }
        }
    }
}
