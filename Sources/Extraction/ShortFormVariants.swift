import NewsFacts

/// Names written shorter than a name the article also writes, that `ShortForms.merge` does not
/// find by openings or initials of the whole name [resolution]:
/// - a body's web address, its name before the domain ("CBC.ca" for the CBC, when the article
///   names the CBC by that name or alias; the domain from `name.topLevelDomain`);
/// - the capitals of one word written as an acronym ("LV" for "LibriVox");
/// - a run of two or more capitalised words cut to their initials, dotted or not, the other
///   words the same ("East L.A." for "East Los Angeles", "LA Sheriff's office").
/// Each short name goes to the one name it fits, of a compatible type; people are left out.
enum ShortFormVariants {
    /// Top-level domains a web address ends in (`name.topLevelDomain`), in lower case.
    static let domains = Set(Lexicon.shared.words(in: .nameTopLevelDomain).map { $0.lowercased() })

    /// A name's words longer names are indexed by at most: the runs of a name are quadratic in
    /// its words.
    static let maxWords = 8

    /// For each entity (by index) that is a short variant of exactly one other, that other.
    static func targets(_ entities: [WorkingEntity]) -> [Int: Int] {
        // Short names first: most articles have none, and then nothing is indexed.
        var shortKeys: [(e: Int, key: String)] = []
        for e in entities.indices where named(entities[e].type) {
            if let key = webStem(entities[e].name) ?? acronymKey(entities[e].name) { shortKeys.append((e, key)) }
        }
        guard !shortKeys.isEmpty else { return [:] }
        let wanted = Set(shortKeys.map(\.key))
        // The keys' lengths in bytes: an ASCII name of another length is no key, and is neither
        // lowercased nor cut (most names of an article).
        let lengths = Set(wanted.map(\.utf8.count))
        var index: [String: [Int]] = [:]
        func add(_ key: String, _ e: Int) {
            guard wanted.contains(key), index[key]?.last != e else { return }
            index[key, default: []].append(e)
        }
        func addWhole(_ name: String, _ e: Int) {
            if isASCII(name) && !lengths.contains(name.utf8.count) { return }
            add(name.lowercased(), e)
        }
        for e in entities.indices where named(entities[e].type) {
            // The name and aliases, not a copy of the entity (its strings and lists) for each.
            let name = entities[e].name
            // A web address matches the body's name or any of its aliases, written whole.
            addWhole(name, e)
            for alias in entities[e].aliases { addWhole(alias, e) }
            for key in contractions(name, lengths: lengths) { add(key, e) }
        }
        var out: [Int: Int] = [:]
        for (a, key) in shortKeys {
            let found = (index[key] ?? []).filter {
                $0 != a && ShortForms.compatible(entities[$0].type, entities[a].type)
                    && entities[$0].name.count > entities[a].name.count
            }
            if found.count == 1 { out[a] = found[0] }
        }
        return out
    }

    /// Whether a type is one short variants are looked for among (not a person's, an event's or a work's).
    static func named(_ type: String) -> Bool {
        type == "organization" || type == "place" || type == "country" || type == "unknown"
    }

    /// "CBC.ca" → "cbc": one word, a name, a dot and a listed domain (perhaps two: "bbc.co.uk").
    static func webStem(_ name: String) -> String? {
        guard name.utf8.contains(UInt8(ascii: ".")), !name.contains(" ") else { return nil }
        let parts = name.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, let last = parts.last, domains.contains(String(last)),
            let stem = parts.first, stem.count >= 2
        else { return nil }
        return String(stem)
    }

    /// "East L.A." → "east la", "LA Sheriff's office" → "la sheriff's office", "LV" → "lv": a name
    /// holding one acronym (two to four capitals, dotted or not), in lower case without its dots;
    /// nil for any other name.
    static func acronymKey(_ name: String) -> String? {
        // An acronym's first capital is followed by a capital or a dot: an ASCII name with no
        // such pair holds none (the test reads bytes; other names go the whole way).
        // An ASCII name without "\r\n" (one Character of two bytes) is read on bytes.
        if isASCII(name) {
            if !hasCapitalPair(name) { return nil }
            if !name.utf8.contains(13) { return asciiAcronymKey(name) }
        }
        return acronymKeyOfCharacters(name)
    }

    /// `acronymKey` read Character by Character, for any name.
    static func acronymKeyOfCharacters(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count <= maxWords else { return nil }
        var acronyms = 0
        let key = words.map { w -> String in
            let letters = w.filter { $0 != "." }
            if (2...4).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }),
                w.count == letters.count || w.count == 2 * letters.count
            {
                acronyms += 1
                return letters.lowercased()
            }
            return w.lowercased()
        }
        return acronyms == 1 ? key.joined(separator: " ") : nil
    }

    /// `acronymKey` of an ASCII name, read and built on bytes: its Characters are its bytes, so
    /// a word's letters without dots, their count and their case are the bytes'.
    static func asciiAcronymKey(_ name: String) -> String? {
        var copy = name
        return copy.withUTF8 { b -> String? in
            /// The word starting at or after `i` (spaces skipped): where it starts and ends, and
            /// whether it is an acronym (2 to 4 capitals, each with or without a dot after it).
            func word(from i: Int) -> (start: Int, end: Int, acronym: Bool)? {
                var s = i
                while s < b.count && b[s] == 32 { s += 1 }
                guard s < b.count else { return nil }
                var e = s, letters = 0, capitals = 0
                while e < b.count && b[e] != 32 {
                    if b[e] != 46 {
                        letters += 1
                        if b[e] >= 65 && b[e] <= 90 { capitals += 1 }
                    }
                    e += 1
                }
                let length = e - s
                let acronym =
                    (2...4).contains(letters) && capitals == letters && (length == letters || length == 2 * letters)
                return (s, e, acronym)
            }
            var words = 0, acronyms = 0, i = 0
            while let w = word(from: i) {
                words += 1
                if w.acronym { acronyms += 1 }
                i = w.end
            }
            guard words <= maxWords, acronyms == 1 else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0, i = 0
                while let w = word(from: i) {
                    if n > 0 {
                        out[n] = 32
                        n += 1
                    }
                    for k in w.start..<w.end where !(w.acronym && b[k] == 46) {
                        out[n] = b[k] >= 65 && b[k] <= 90 ? b[k] | 0x20 : b[k]
                        n += 1
                    }
                    i = w.end
                }
                return n
            }
        }
    }

    /// The ways a longer name may be cut: each run of two or more capitalised words replaced by
    /// its initials ("East Los Angeles" → "east la", "el a"…), and one word's capitals when it
    /// has two or more inside it ("LibriVox" → "lv").
    /// `lengths`: when given, an ASCII name's cuts are made only where their length in bytes is
    /// one of these (the keys looked for); the others are never built.
    static func contractions(_ name: String, lengths: Set<Int>? = nil) -> [String] {
        let ascii = isASCII(name)
        if ascii, lengths != nil, !name.utf8.contains(UInt8(ascii: " ")) {
            // One word: its capitals, as many bytes as it has capitals.
            var capitals = 0
            for b in name.utf8 where b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { capitals += 1 }
            if capitals < 2 || lengths?.contains(capitals) == false { return [] }
        }
        if ascii, let lengths, !hasCutOfLength(name, in: lengths) { return [] }
        // An ASCII name without "\r\n" (one Character of two bytes) is split on its space bytes
        // and lower-cased by `NameParts`, and its words' Characters are their bytes.
        let split = ascii && !name.utf8.contains(13) ? NameParts.split(name) : nil
        let words = split.map { $0.parts.map(String.init) } ?? name.split(separator: " ").map(String.init)
        guard words.count <= maxWords else { return [] }
        if words.count == 1 {
            let capitals = words[0].filter { $0.isUppercase }
            guard capitals.count >= 2, capitals.count < words[0].count, words[0].first?.isUppercase == true,
                words[0].allSatisfy({ $0.isLetter })
            else { return [] }
            return [capitals.lowercased()]
        }
        let lower = split?.lower ?? words.map { $0.lowercased() }
        let capital =
            split != nil
            ? words.map { w in
                var copy = w
                return copy.withUTF8 { b in
                    b.first.map { $0 >= 65 && $0 <= 90 } == true
                        && b.allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
                }
            }
            : words.map { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter } }
        var out: [String] = []
        for i in words.indices {
            var j = i
            while j < words.count && capital[j] { j += 1 }
            guard j - i >= 2 else { continue }
            for end in (i + 2)...j {
                if ascii, let lengths {
                    // The cut's length: one letter a word cut, a space between parts, the words kept.
                    var bytes = (end - i) + (i + words.count - end)
                    for k in words.indices where k < i || k >= end { bytes += words[k].utf8.count }
                    if !lengths.contains(bytes) { continue }
                }
                let initials = words[i..<end].compactMap { $0.first?.lowercased() }.joined()
                out.append((lower[..<i] + [initials] + lower[end...]).joined(separator: " "))
            }
        }
        return out
    }

    /// Whether an ASCII name of several words has a run of two or more capitalised words whose
    /// cut to initials is as long as one of `lengths`: read on bytes, nothing built.
    static func hasCutOfLength(_ name: String, in lengths: Set<Int>) -> Bool {
        // The words' sizes and whether each is capitalised, in buffers on the stack: a name of
        // more than `maxWords` words goes to the general path, which turns it down.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: maxWords) { sizes in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: maxWords) { capital in
                var count = 0
                var size = 0, opensLower = true, letters = true
                func close() {
                    if size > 0 {
                        if count < maxWords {
                            sizes[count] = size
                            capital[count] = !opensLower && letters
                        }
                        count += 1
                    }
                    size = 0
                    opensLower = true
                    letters = true
                }
                var copy = name
                copy.withUTF8 { bytes in
                    for b in bytes {
                        if b == UInt8(ascii: " ") {
                            close()
                            continue
                        }
                        let upper = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
                        if size == 0 { opensLower = !upper }
                        if !upper && !(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) { letters = false }
                        size += 1
                    }
                }
                close()
                guard count >= 2, count <= maxWords else { return true } // the general path decides
                var total = 0
                for i in 0..<count { total += sizes[i] }
                for i in 0..<count {
                    var j = i
                    while j < count && capital[j] { j += 1 }
                    guard j - i >= 2 else { continue }
                    var cut = 0
                    for end in (i + 1)...j {
                        cut += sizes[end - 1]
                        guard end >= i + 2 else { continue }
                        // The words kept, one letter a word cut, a space between parts.
                        if lengths.contains(total - cut + (end - i) + (i + count - end)) { return true }
                    }
                }
                return false
            }
        }
    }

    /// Whether a string is all ASCII (its bytes, lowercased, keep their count).
    @inline(__always)
    static func isASCII(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { b in !b.contains { $0 >= 0x80 } }
    }

    /// Whether an ASCII string holds a capital followed by a capital or a dot ("LA", "L.A.").
    static func hasCapitalPair(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { bytes in
            var previousCapital = false
            for b in bytes {
                let capital = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
                if previousCapital && (capital || b == UInt8(ascii: ".")) { return true }
                previousCapital = capital
            }
            return false
        }
    }
}
