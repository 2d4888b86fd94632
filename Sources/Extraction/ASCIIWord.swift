/// Reads a word on its bytes when they are its Characters: an ASCII word without "\r\n" (the one
/// pair of ASCII bytes that makes a single Character), where a Character test (`count`,
/// `hasSuffix`, `isLetter`) gives what the same test on bytes gives, without breaking graphemes.
///
///     ASCIIWord.read("Persians") { $0.count }  // 8
///     ASCIIWord.read("Zoë") { $0.count }       // nil: the caller reads Characters
enum ASCIIWord {
    /// `body` of the word's bytes, or nil for a word they are not the Characters of.
    @inline(__always)
    static func read<T>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        var copy = word
        return copy.withUTF8 { b in
            for c in b where c >= 0x80 || c == 13 { return nil }
            return body(b)
        }
    }
}
