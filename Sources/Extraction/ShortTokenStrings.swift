/// The strings of the short tokens the tokenizer has met: a token of up to eight bytes is its
/// kind, its length and its bytes packed into a `UInt64`, so a remembered entry is exact, and a
/// repeated word ("the", ",", "said", a name) reuses its text, lower-case text, word id and the
/// flags its bytes decide instead of building two strings again.
///
/// One table serves the articles a worker extracts one after another (`Extractor.extract`): an
/// article alone has too few repeats (about half its short tokens are new to it). The word ids
/// are the shared lexicon's, so only the tokenizer's lexicon path uses it. A small direct-mapped
/// table (a new token takes its slot from the old) in buffers of its own: reading and writing
/// them costs no exclusivity check, unlike a captured array. Not for use by two threads at once.
final class ShortTokenStrings {
    private let keys: UnsafeMutablePointer<UInt64>
    /// Length + 1 of the token in each slot (0: empty) and its kind.
    private let lengths: UnsafeMutablePointer<UInt8>
    private let kinds: UnsafeMutablePointer<UInt8>
    private let texts: UnsafeMutablePointer<String>
    private let lowers: UnsafeMutablePointer<String>
    private let words: UnsafeMutablePointer<Int32>
    private let flags: UnsafeMutablePointer<Token.Flags>
    private let size: Int

    /// The flags a token's bytes decide (the others come from what surrounds it).
    static let byteFlags: Token.Flags = [.capitalized, .allCaps, .nonASCII]

    /// A table of `size` slots (a power of two).
    init(size: Int = 4096) {
        precondition(size > 0 && size & (size - 1) == 0, "the size of a ShortTokenStrings table is a power of two")
        self.size = size
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        lengths = .allocate(capacity: size)
        lengths.initialize(repeating: 0, count: size)
        kinds = .allocate(capacity: size)
        kinds.initialize(repeating: 0, count: size)
        texts = .allocate(capacity: size)
        texts.initialize(repeating: "", count: size)
        lowers = .allocate(capacity: size)
        lowers.initialize(repeating: "", count: size)
        words = .allocate(capacity: size)
        words.initialize(repeating: -1, count: size)
        flags = .allocate(capacity: size)
        flags.initialize(repeating: [], count: size)
    }

    deinit {
        texts.deinitialize(count: size)
        lowers.deinitialize(count: size)
        keys.deallocate()
        lengths.deallocate()
        kinds.deallocate()
        texts.deallocate()
        lowers.deallocate()
        words.deallocate()
        flags.deallocate()
    }

    /// `b[s..<e]` (at most eight bytes) packed into a word, first byte lowest. Where eight bytes
    /// from `s` are inside `b` (all but a text's last token), one unaligned load and a mask
    /// instead of a shift for each byte.
    @inline(__always) static func key(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        #if _endian(little)
        if s + 8 <= b.count, let base = b.baseAddress {
            let word = UnsafeRawPointer(base + s).loadUnaligned(as: UInt64.self)
            let length = e - s
            return length >= 8 ? word : word & ((1 &<< UInt64(8 * length)) &- 1)
        }
        #endif
        return keyByBytes(b, s, e)
    }

    /// `key`, a byte at a time (the last bytes of a text; `ShortTokenStringsTests` holds the two equal).
    static func keyByBytes(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var key: UInt64 = 0
        for k in s..<e { key |= UInt64(b[k]) << UInt64(8 * (k - s)) }
        return key
    }

    @inline(__always) func slot(_ key: UInt64, _ length: Int, _ kind: Token.Kind) -> Int {
        let mixed = (key &+ UInt64(length) &+ (UInt64(kind.rawValue) << 59)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40) & (size - 1)
    }

    /// Whether `slot` holds the token of `length` bytes packed in `key`, of kind `kind`.
    @inline(__always) func holds(_ slot: Int, _ key: UInt64, _ length: Int, _ kind: Token.Kind) -> Bool {
        lengths[slot] == UInt8(length + 1) && keys[slot] == key && kinds[slot] == kind.rawValue
    }

    /// The token at `start..<end` made of what `slot` holds, with `context` flags added.
    @inline(__always) func token(_ slot: Int, start: Int, end: Int, kind: Token.Kind, context: Token.Flags) -> Token {
        Token(start: start, end: end, text: texts[slot], lower: lowers[slot], kind: kind,
              flags: context.union(flags[slot]), word: words[slot])
    }

    /// Remembers `token` (of `length` bytes packed in `key`) in `slot`.
    @inline(__always) func remember(_ slot: Int, _ key: UInt64, _ length: Int, _ token: Token) {
        keys[slot] = key
        lengths[slot] = UInt8(length + 1)
        kinds[slot] = token.kind.rawValue
        texts[slot] = token.text
        lowers[slot] = token.lower
        words[slot] = token.word
        flags[slot] = token.flags.intersection(ShortTokenStrings.byteFlags)
    }
}
