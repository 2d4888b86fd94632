import Foundation

/// A table of string keys that answers as a `[String: Value]` would, looking an ASCII key up
/// by its bytes.
///
/// The gazetteer's lists (some 100,000 names) are asked about nearly every name an article
/// holds; a `Dictionary` hashes each question with SipHash over normalized characters, a tenth
/// of the typing stage's time. Keys equal, as Swift compares strings (canonical equivalence), to
/// an ASCII string live in a `Vocabulary` under that string (FNV over the bytes, a one-byte tag
/// read before the slot); the others, which no ASCII question can equal, in a dictionary. For
/// example:
///
///     var places = LowerCaseKeys<Int>(capacity: 2)
///     places.set("paris", 1)
///     places.set("são paulo", 2)
///     places["paris"]        // 1, from the vocabulary
///     places["sa\u{303}o paulo"]  // 2, from the dictionary (the same string, decomposed)
struct LowerCaseKeys<Value: Sendable>: Sendable {
    private var ascii: Vocabulary
    /// By vocabulary id.
    private var values: [Value] = []
    /// The keys no ASCII string equals.
    private var others: [String: Value] = [:]

    /// An empty table for about `capacity` keys.
    init(capacity: Int) {
        ascii = Vocabulary(capacity: capacity)
        values.reserveCapacity(capacity)
    }

    /// The value of `key`, as `[String: Value]` gives it.
    subscript(_ key: String) -> Value? {
        var k = key
        if let id = k.withUTF8({ LowerCaseKeys.isASCII($0) ? ascii.find($0, 0, $0.count, foldASCII: false) : nil }) {
            return id >= 0 ? values[Int(id)] : nil
        }
        guard let form = ASCIIForm.of(key) else { return others[key] }
        let id = ascii.id(of: form)
        return id >= 0 ? values[Int(id)] : nil
    }

    /// `self[key.lowercased()]`: an ASCII key's capitals are folded as its bytes are hashed,
    /// without building its lower case (the finder and the typer ask the gazetteer so of names
    /// as written).
    func value(lowercasing key: String) -> Value? {
        var k = key
        if let id = k.withUTF8({ LowerCaseKeys.isASCII($0) ? ascii.find($0, 0, $0.count, foldASCII: true) : nil }) {
            return id >= 0 ? values[Int(id)] : nil
        }
        return self[key.lowercased()]
    }

    /// Gives `key` (and any key equal to it) `value`, as `dictionary[key] = value` does.
    mutating func set(_ key: String, _ value: Value) {
        guard let form = ASCIIForm.of(key) else {
            others[key] = value
            return
        }
        let id = Int(ascii.intern(form))
        if id == values.count { values.append(value) } else { values[id] = value }
    }

    @inline(__always) private static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c >= 0x80 { return false }
        return true
    }
}

/// The ASCII spelling of a string, as Swift compares strings (canonical equivalence).
enum ASCIIForm {
    /// The ASCII string `key` equals, or nil when it equals none.
    static func of(_ key: String) -> String? {
        var copy = key
        if copy.withUTF8({ b in !b.contains { $0 >= 0x80 } }) { return key }
        // Asked of every non-ASCII key and question: most hold a scalar with no ASCII
        // decomposition, and answer without Foundation's (slow) normalization.
        guard key.unicodeScalars.allSatisfy({ $0.isASCII || singletons.contains($0.value) }) else { return nil }
        let decomposed = key.decomposedStringWithCanonicalMapping
        return decomposed.utf8.allSatisfy({ $0 < 0x80 }) ? decomposed : nil
    }

    /// The scalars outside ASCII whose canonical decomposition is ASCII (Kelvin sign, Greek
    /// question mark, Greek varia); any other scalar decomposes to something outside ASCII or
    /// to itself. `LookupTests` checks this against Foundation over all of Unicode.
    static let singletons: Set<UInt32> = [0x212A, 0x037E, 0x1FEF]
}
