/// A word list (lower case) asked as a `Set<String>` answers `contains`, with a cheap test
/// first that turns most questions away without hashing them.
///
/// The typer asks its `typer.*` lists about every word of every guessed name, and nearly every
/// answer is no; a `Set` hashes each question in full (SipHash over normalized characters) to
/// say so. An ASCII question can equal (as Swift compares strings) only a listed word whose ASCII
/// spelling (`ASCIIForm`) it is byte for byte, so a bit set over the length and the first, second
/// and last bytes of those spellings turns away a question no such spelling shares them with;
/// the set answers the rest, and every question outside ASCII. For example:
///
///     let storms = ListedWords(["hurricane", "typhoon"])
///     storms.contains("hurricane")  // true, from the set
///     storms.contains("paris")      // false, from the bits: no listed word is five bytes long
struct ListedWords: Sendable {
    /// The words, as given.
    let words: Set<String>
    /// Bit `ListedWords.bit(...)` is set for the ASCII spelling of each listed word that has one.
    private let bits: [UInt64]
    private static let bitCount = 4096

    init<S: Sequence>(_ list: S) where S.Element == String {
        let words = Set(list)
        var bits = [UInt64](repeating: 0, count: ListedWords.bitCount / 64)
        for word in words {
            guard let form = ASCIIForm.of(word) else { continue }  // equals no ASCII question
            let b = Array(form.utf8)
            let bit = ListedWords.bit(count: b.count, first: b.first ?? 0, second: b.count > 1 ? b[1] : 0,
                                      last: b.last ?? 0)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.words = words
        self.bits = bits
    }

    /// Whether `word` is one of the words, as `Set<String>.contains` says.
    func contains(_ word: String) -> Bool {
        var copy = word
        let bit = copy.withUTF8 { b -> Int in
            // Long questions (rare among names' words) and those outside ASCII go to the set.
            guard b.count > 0 && b.count <= 32 else { return -1 }
            for c in b where c >= 0x80 { return -1 }
            return ListedWords.bit(count: b.count, first: b[0], second: b.count > 1 ? b[1] : 0, last: b[b.count - 1])
        }
        if bit >= 0 && bits[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        return words.contains(word)
    }

    /// The bit of a spelling of `count` bytes with these first, second and last bytes.
    @inline(__always) private static func bit(count: Int, first: UInt8, second: UInt8, last: UInt8) -> Int {
        var h = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(first) | UInt64(second) << 8 | UInt64(last) << 16
        h &*= 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 52) & (bitCount - 1)
    }
}
