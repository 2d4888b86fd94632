/// The weights of the part-of-speech tagger: for each feature key, one weight per tag, in
/// steps of `step`, from -127 to 127; and the words of the training text.
///
/// Weights are whole steps so that the tagger adds small integers: exactly, in any order,
/// and in little memory (a row is 17 bytes; a tag's score, at most 23 features and 2 tags
/// of 127, fits 16 bits).
///
/// The binary form (`TaggerWeights.base64` holds one, the trainer writes it) is, with every
/// integer an unsigned LEB128 varint and signed ones zigzag-encoded:
///
///     "NQPOS" version(1)
///     tag count, then each tag's UPOS name (length, UTF-8 bytes), in class order
///     weight step (the bits of a Float32)
///     feature count, then per feature in ascending key order: the key's distance from the
///       previous key, a bit mask of the tags with a weight, and those weights (signed,
///       in steps) in tag order
///     word count, then each word's normalised text (length, UTF-8 bytes)
package struct TaggerModel: Sendable {
    /// The number of tags (`PartOfSpeech.count`): the width of a row of weights.
    package let tagCount: Int
    /// Rows of `tagCount` weights, one per feature, in steps.
    package let weights: [Int8]
    /// What a step of weight is worth (the averaged perceptron's weights were rounded to it).
    package let step: Float
    /// Open-addressing table of feature keys: each slot the key in its high half and its row
    /// in `weights`, plus one, in its low half (0: empty slot), so a probe reads one word.
    private let slots: [UInt64]
    private let mask: Int
    /// Every normalised word form of the training text (UTF-8): the tagger precomputes them,
    /// and an unknown word whose lower case none of them has has no feature naming it.
    package let words: [[UInt8]]

    /// The number of features.
    package var featureCount: Int { weights.count / max(tagCount, 1) }

    /// Reads a binary model.
    ///
    /// - Throws: `TaggerModelError` naming the offset and what was wrong: a bad header, tags
    ///   other than `PartOfSpeech`'s in its order, keys out of order, or data cut short.
    package init(binary data: [UInt8]) throws {
        self = try data.withUnsafeBufferPointer { try TaggerModel(bytes: $0) }
    }

    /// `init(binary:)` on the bytes in place: the reader's each byte read from an array checked
    /// its bounds and kept the array alive, a third of the model's load (once a process, at the
    /// first article a stage tags).
    private init(bytes data: UnsafeBufferPointer<UInt8>) throws {
        var reader = Reader(data: data)
        let magic = try reader.bytes(5, "header")
        guard magic == Array("NQPOS".utf8) else { throw TaggerModelError.badHeader }
        let version = try reader.byte("version")
        guard version == 1 else { throw TaggerModelError.unsupportedVersion(Int(version)) }
        let tagCount = try reader.count("tag count", limit: 64)
        var names: [String] = []
        for _ in 0..<tagCount {
            let length = try reader.count("tag name length", limit: 16)
            names.append(String(decoding: try reader.bytes(length, "tag name"), as: UTF8.self))
        }
        guard names == PartOfSpeech.allCases.map(\.name) else { throw TaggerModelError.tagsDiffer(found: names) }
        let step = Float(bitPattern: UInt32(truncatingIfNeeded: try reader.varint("weight step")))
        guard step.isFinite, step > 0 else { throw TaggerModelError.badValue("weight step", offset: reader.offset) }

        let featureCount = try reader.count("feature count", limit: 1 << 24)
        var keys = [UInt32](repeating: 0, count: featureCount)
        var weights = [Int8](repeating: 0, count: featureCount * tagCount)
        var key: UInt64 = 0
        for f in 0..<featureCount {
            let at = reader.offset
            key += try reader.varint("feature key")
            guard key <= UInt64(UInt32.max), f == 0 || UInt32(key) != keys[f - 1] else {
                throw TaggerModelError.badValue("feature key", offset: at)
            }
            keys[f] = UInt32(key)
            let present = try reader.varint("tag mask")
            guard present >> UInt64(tagCount) == 0 else { throw TaggerModelError.badValue("tag mask", offset: at) }
            // The tags with a weight, lowest first: their set bits, not every tag's bit tested.
            var rest = present
            while rest != 0 {
                let t = rest.trailingZeroBitCount
                rest &= rest &- 1
                let z = try reader.varint("weight")
                let value = Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
                guard value != 0, abs(value) <= 127 else { throw TaggerModelError.badValue("weight", offset: at) }
                weights[f * tagCount + t] = Int8(value)
            }
        }
        let wordCount = try reader.count("word count", limit: 1 << 22)
        var words: [[UInt8]] = []
        words.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            let length = try reader.count("word length", limit: 4096)
            words.append(try reader.bytes(length, "word"))
        }
        guard reader.offset == data.count else { throw TaggerModelError.trailingBytes(offset: reader.offset) }

        var capacity = 16
        while capacity < featureCount * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (f, k) in keys.enumerated() {
            var s = TaggerModel.slot(of: k, capacity - 1)
            while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
            slots[s] = UInt64(k) << 32 | UInt64(f + 1)
        }
        self.tagCount = tagCount
        self.weights = weights
        self.step = step
        self.slots = slots
        self.mask = capacity - 1
        self.words = words
    }

    @inline(__always) private static func slot(of key: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The row of a feature in `weights`, or -1 when the model has no weight for it.
    @inline(__always) package func row(of key: UInt32) -> Int {
        slots.withUnsafeBufferPointer { table in
            var s = TaggerModel.slot(of: key, mask)
            while true {
                let slot = table[s]
                if slot == 0 { return -1 }
                if UInt32(truncatingIfNeeded: slot >> 32) == key {
                    return Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                }
                s = (s + 1) & mask
            }
        }
    }

    /// Adds the weights of the features `keys` names to `scores` (`tagCount` wide).
    @inline(__always)
    package func add<C: Collection, Score: FixedWidthInteger>(_ keys: C, to scores: UnsafeMutablePointer<Score>)
    where C.Element == UInt32 {
        weights.withUnsafeBufferPointer { w in
            for key in keys {
                let r = row(of: key)
                if r < 0 { continue }
                let base = w.baseAddress! + r * tagCount
                for t in 0..<tagCount { scores[t] &+= Score(truncatingIfNeeded: base[t]) }
            }
        }
    }

    /// Reads the binary form front to back, throwing where it ends too soon.
    private struct Reader {
        let data: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func byte(_ what: String) throws -> UInt8 {
            guard offset < data.count else { throw TaggerModelError.truncated(what, offset: offset) }
            offset += 1
            return data[offset - 1]
        }

        mutating func bytes(_ n: Int, _ what: String) throws -> [UInt8] {
            guard n <= data.count - offset else { throw TaggerModelError.truncated(what, offset: offset) }
            offset += n
            return Array(data[offset - n..<offset])
        }

        mutating func varint(_ what: String) throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let at = offset
                let b = try byte(what)
                guard shift < 64 else { throw TaggerModelError.badValue(what, offset: at) }
                value |= UInt64(b & 0x7F) << shift
                if b & 0x80 == 0 { return value }
                shift += 7
            }
        }

        mutating func count(_ what: String, limit: Int) throws -> Int {
            let at = offset
            let n = try varint(what)
            guard n <= UInt64(limit) else { throw TaggerModelError.badValue(what, offset: at) }
            return Int(n)
        }
    }
}
