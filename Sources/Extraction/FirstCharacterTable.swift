/// Entities filed by the first Character of a name in lower case, answering as a
/// `[Character: [Int]]` would (the same entities, in the order filed), without breaking
/// graphemes or hashing a Character for the names that open with an ASCII character.
///
/// `ShortForms.merge` files every name by its first letter for the misspelling pass and asks
/// about most of them. A text whose first two bytes are ASCII (and not CR LF, the one cluster
/// of two ASCII characters) opens with a one-byte Character, filed by that byte; any other first
/// Character is filed by the ASCII one it equals (canonical equivalence: a Kelvin sign is "K"),
/// else in a dictionary, so equal Characters always meet.
struct FirstCharacterTable {
    /// The first Character of a text, as the table files it.
    enum Key: Equatable {
        case byte(UInt8)
        case other(Character)
    }

    private var ascii = [[Int]](repeating: [], count: 128)
    private var others: [Character: [Int]] = [:]

    /// The key of `text`'s first Character, or nil when it is empty.
    static func key(_ text: Substring) -> Key? {
        let u = text.utf8
        guard let b = u.first else { return nil }
        if b < 0x80 {
            let next = u.index(after: u.startIndex)
            if next == u.endIndex { return .byte(b) }
            let c = u[next]
            if c < 0x80 && !(b == 13 && c == 10) { return .byte(b) }
        }
        guard let first = text.first else { return nil }
        if let form = ASCIIForm.of(String(first)), form.utf8.count == 1, let only = form.utf8.first {
            return .byte(only)
        }
        return .other(first)
    }

    /// Files entity `e` under `key`.
    mutating func add(_ e: Int, _ key: Key) {
        switch key {
        case .byte(let b): ascii[Int(b)].append(e)
        case .other(let c): others[c, default: []].append(e)
        }
    }

    /// The entities filed under `key`, in the order filed.
    func entities(_ key: Key) -> [Int] {
        switch key {
        case .byte(let b): return ascii[Int(b)]
        case .other(let c): return others[c] ?? []
        }
    }
}
