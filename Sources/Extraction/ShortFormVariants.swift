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
        var index: [String: [Int]] = [:]
        func add(_ key: String, _ e: Int) {
            guard wanted.contains(key), index[key]?.last != e else { return }
            index[key, default: []].append(e)
        }
        for e in entities.indices where named(entities[e].type) {
            let ent = entities[e]
            // A web address matches the body's name or any of its aliases, written whole.
            add(ent.name.lowercased(), e)
            for alias in ent.aliases { add(alias.lowercased(), e) }
            for key in contractions(ent.name) { add(key, e) }
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
        guard !name.contains(" ") else { return nil }
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

    /// The ways a longer name may be cut: each run of two or more capitalised words replaced by
    /// its initials ("East Los Angeles" → "east la", "el a"…), and one word's capitals when it
    /// has two or more inside it ("LibriVox" → "lv").
    static func contractions(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count <= maxWords else { return [] }
        if words.count == 1 {
            let capitals = words[0].filter { $0.isUppercase }
            guard capitals.count >= 2, capitals.count < words[0].count, words[0].first?.isUppercase == true,
                words[0].allSatisfy({ $0.isLetter })
            else { return [] }
            return [capitals.lowercased()]
        }
        let lower = words.map { $0.lowercased() }
        let capital = words.map { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter } }
        var out: [String] = []
        for i in words.indices {
            var j = i
            while j < words.count && capital[j] { j += 1 }
            guard j - i >= 2 else { continue }
            for end in (i + 2)...j {
                let initials = words[i..<end].compactMap { $0.first?.lowercased() }.joined()
                out.append((lower[..<i] + [initials] + lower[end...]).joined(separator: " "))
            }
        }
        return out
    }
}
