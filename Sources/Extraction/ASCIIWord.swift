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

extension ASCIIWord {
    /// `text.split(separator: " ").map(String.init)`, cut on the bytes of an ASCII text (where
    /// a space is always a Character of its own); any other text is split by Characters. The
    /// lexicon cuts its 100,000-odd phrases and keys into words this way when it loads.
    static func spaceSeparated(_ text: String) -> [String] {
        var copy = text
        let words = copy.withUTF8 { b -> [String]? in
            for c in b where c >= 0x80 { return nil }
            var out: [String] = []
            var start = 0
            for k in 0...b.count where k == b.count || b[k] == 32 {
                if k > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            return out
        }
        return words ?? text.split(separator: " ").map(String.init)
    }
}

extension ASCIIWord {
    /// How many letters `text` has, whether all are capitals, and whether a capital follows its
    /// first letter: on the bytes of an ASCII text (whose letters are A-Z and a-z, its capitals
    /// A-Z), by Characters otherwise. The lexicon asks it of each of its phrases as it loads
    /// (filtering Characters cost some 25 million instructions of start-up).
    static func letterCase(_ text: String) -> (count: Int, allCapitals: Bool, capitalsInside: Bool) {
        let onBytes = read(text) { b -> (Int, Bool, Bool) in
            var count = 0, capitals = 0, inside = false
            for c in b {
                let capital = c >= 65 && c <= 90
                guard capital || (c >= 97 && c <= 122) else { continue }
                if capital {
                    capitals += 1
                    if count > 0 { inside = true }
                }
                count += 1
            }
            return (count, capitals == count, inside)
        }
        if let onBytes { return onBytes }
        let letters = text.filter { $0.isLetter }
        return (letters.count, letters.allSatisfy { $0.isUppercase }, letters.dropFirst().contains { $0.isUppercase })
    }
}
