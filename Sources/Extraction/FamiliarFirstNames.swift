import NewsFacts

/// One person written with a first name and, elsewhere, with its familiar form: "Lawrence Lessig"
/// and "Larry Lessig", "William Castner" and "Bill Castner" [resolution].
///
/// Two people of the article whose names differ only in the first word, one the familiar form of
/// the other by `familiar-names.tsv` (from the `nicknames` package, pet forms only), are one
/// person: the formal name (the longer first name) stays canonical and the familiar one becomes
/// its alias. Relatives share a family name, so two people stay two when the census gives their
/// first names different sexes ("Jacqueline" and "Jack"), when one sentence names both, or when
/// a noun for a person stands right before either name ("His brother Peter Byrne",
/// `typer.personNoun`). A familiar name that fits two formal ones ("Chris Hale" beside
/// "Christopher Hale" and "Christine Hale") is left alone.
enum FamiliarFirstNames {
    /// The formal first names each familiar form (lower case) is short for.
    static let formalOf: [String: [String]] = {
        var out: [String: [String]] = [:]
        for row in LexiconData.familiarNames { out[row.familiar, default: []].append(row.formal) }
        return out
    }()

    /// Nouns for a person that, right before a name, make it someone else's relative or friend.
    static let personNouns = WordSet(.typerPersonNoun)

    /// For each person (by index) written with a familiar first name, the one person written with
    /// a formal form of it and the same other words.
    static func targets(_ doc: Document, _ entities: [WorkingEntity]) -> [Int: Int] {
        // Two people share the words after the first only when they share the last: people are
        // filed by it first, on bytes, and only those whose last word another has are cut into
        // lower-case words and joined below (most articles have no two people of one family name).
        guard let people = sharingLastWord(entities) else { return [:] }
        // The people of two words or more, filed by the words after the first ("lessig").
        var byRest: [String: [(e: Int, first: String)]] = [:]
        for e in people {
            let words = entities[e].name.lowercased().split(separator: " ")
            guard words.count >= 2 else { continue }
            byRest[words.dropFirst().joined(separator: " "), default: []].append((e, String(words[0])))
        }
        let g = Gazetteer.shared
        var out: [Int: Int] = [:]
        for people in byRest.values where people.count >= 2 {
            // The group filed by first name: each familiar name looks up its few formal forms,
            // so a generated article of thousands of "… Smith" stays linear.
            var byFirst: [String: [Int]] = [:]
            for p in people { byFirst[p.first, default: []].append(p.e) }
            for p in people {
                guard let formal = formalOf[p.first] else { continue }
                // The table lists some pairs both ways ("larry" for "lawrence" and the other way
                // round): the longer first name is the formal one.
                var matches: [(e: Int, first: String)] = []
                for name in formal where name.count > p.first.count {
                    for e in byFirst[name] ?? [] where matches.count < 2 { matches.append((e, name)) }
                }
                guard matches.count == 1, let f = matches.first else { continue }
                if let a = g.gender(ofGivenName: p.first), let b = g.gender(ofGivenName: f.first), a != b { continue }
                out[p.e] = f.e
            }
        }
        guard !out.isEmpty else { return out }
        // The sentences naming each candidate, and the candidates a person noun introduces.
        let candidates = Set(out.keys).union(out.values)
        var sentences: [Int: Set<Int>] = [:]
        var introduced = Set<Int>()
        let t = doc.tokens
        for m in doc.mentions where m.kind == .name && candidates.contains(m.entity) {
            sentences[m.entity, default: []].insert(m.sentence)
            let before = m.tokens.lowerBound - 1
            if before >= 0, t[before].kind == .word, personNouns.contains(t[before]) { introduced.insert(m.entity) }
        }
        for (a, b) in out where introduced.contains(a) || introduced.contains(b)
            || !(sentences[a] ?? []).isDisjoint(with: sentences[b] ?? [])
        {
            out[a] = nil
        }
        return out
    }

    /// The people (by index, in order) whose last word (in lower case) another person's name of
    /// two words or more also ends with; every person when a name is not ASCII (its lower case
    /// may change its bytes' count); nil when no two people share a last word.
    static func sharingLastWord(_ entities: [WorkingEntity]) -> [Int]? {
        var people: [(e: Int, last: UInt64)] = []
        for e in entities.indices where entities[e].type == "person" {
            guard let h = lastWordHash(entities[e].name) else {
                return entities.indices.filter { entities[$0].type == "person" }
            }
            if h != 0 { people.append((e, h)) }
        }
        guard people.count >= 2 else { return nil }
        var counts: [UInt64: Int] = [:]
        for p in people { counts[p.last, default: 0] += 1 }
        let shared = people.filter { counts[$0.last]! >= 2 }.map(\.e)
        return shared.isEmpty ? nil : shared
    }

    /// FNV-1a of an ASCII name's last word in lower case (words cut at spaces), or 0 for a name of
    /// fewer than two words; nil for a name that is not ASCII (or holds "\r", part of a Character
    /// "\r\n").
    static func lastWordHash(_ name: String) -> UInt64? {
        ASCIIWord.read(name) { b -> UInt64 in
            var end = b.count
            while end > 0 && b[end - 1] == 32 { end -= 1 }
            var start = end
            while start > 0 && b[start - 1] != 32 { start -= 1 }
            // Another word before the last.
            guard b[..<start].contains(where: { $0 != 32 }) else { return 0 }
            var h = FNV1a.basis
            for k in start..<end { h = FNV1a.add(h, b[k] >= 65 && b[k] <= 90 ? b[k] | 0x20 : b[k]) }
            return h == 0 ? 1 : h
        }
    }
}
