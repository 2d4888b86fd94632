/// Entities filed under runs of their names' lower-case words ("comic corps" for "Comic Corps of
/// Canada"), answering as a `[String: [Int]]` keyed by each run joined with spaces would, without
/// building those strings for ASCII names.
///
/// `ShortForms.merge` files every name of an article under each of its openings and asks about
/// every name: joining, lowercasing and hashing the strings (SipHash over normalized characters)
/// was most of its time. A run of an ASCII name is filed by an FNV-1a hash of its bytes (its
/// words with a space between) and compared byte for byte with the question on a hit, so a hash
/// collision never answers. A run of any other name is filed under its string, as before, and
/// that dictionary is asked too whenever it holds anything: a non-ASCII key may equal an ASCII
/// question (canonical equivalence), and is found by Swift's own comparison.
///
///     var table = WordRunTable(words: [["comic", "corps", "of", "canada"]])
///     table.add(0, from: 0, to: 2)
///     table.entities(named: "comic corps")   // [0]
struct WordRunTable {
    /// An ASCII name's lower-case words `from..<to`.
    private struct Run {
        let entity: Int
        let from: Int
        let to: Int
    }

    /// Per entity, its name's words in lower case (substrings of its lower-cased name).
    private let words: [[Substring]]
    private var ascii: [UInt64: [Run]] = [:]
    private var others: [String: [Int]] = [:]

    init(words: [[Substring]]) {
        self.words = words
    }

    /// Files entity `e` under its lower-case words `from..<to`; its name must be ASCII.
    mutating func add(_ e: Int, from: Int, to: Int) {
        ascii[hash(e, from, to), default: []].append(Run(entity: e, from: from, to: to))
    }

    /// Files entity `e` under `key` (a run of a name that is not ASCII, joined and lower-cased).
    mutating func add(_ e: Int, key: String) {
        others[key, default: []].append(e)
    }

    /// The entities filed under a string equal to `lower`, each as often as it was filed so.
    func entities(named lower: String) -> [Int] {
        var out: [Int] = []
        if !ascii.isEmpty, var form = ASCIIForm.of(lower) {
            let h = form.withUTF8 { b in
                var h = FNV1a.basis
                for c in b { h = FNV1a.add(h, c) }
                return h
            }
            if let runs = ascii[h] {
                for run in runs where matches(run, form) { out.append(run.entity) }
            }
        }
        if !others.isEmpty, let found = others[lower] { out += found }
        return out
    }

    /// FNV-1a over the bytes of entity `e`'s words `from..<to`, a space between two.
    private func hash(_ e: Int, _ from: Int, _ to: Int) -> UInt64 {
        var h = FNV1a.basis
        for w in from..<to {
            if w > from { h = FNV1a.add(h, 32) }
            for c in words[e][w].utf8 { h = FNV1a.add(h, c) }
        }
        return h
    }

    /// Whether `run`'s words, a space between two, are the bytes of `form`.
    private func matches(_ run: Run, _ form: String) -> Bool {
        let bytes = form.utf8
        var i = bytes.startIndex
        for w in run.from..<run.to {
            if w > run.from {
                guard i != bytes.endIndex, bytes[i] == 32 else { return false }
                i = bytes.index(after: i)
            }
            for c in words[run.entity][w].utf8 {
                guard i != bytes.endIndex, bytes[i] == c else { return false }
                i = bytes.index(after: i)
            }
        }
        return i == bytes.endIndex
    }
}
