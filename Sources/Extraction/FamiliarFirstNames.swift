import NewsFacts

/// One person written with a first name and, elsewhere, with its familiar form: "Lawrence Lessig"
/// and "Larry Lessig", "William Castner" and "Bill Castner" [resolution].
///
/// Two people of the article whose names differ only in the first word, one the familiar form of
/// the other by `familiar-names.tsv` (from the `nicknames` package), are one person: the formal
/// name (the longer first name) stays canonical and the familiar one becomes its alias. A familiar name that fits two
/// formal ones ("Chris Hale" beside "Christopher Hale" and "Christine Hale") is left alone.
enum FamiliarFirstNames {
    /// The formal first names each familiar form (lower case) is short for.
    static let formalOf: [String: [String]] = {
        var out: [String: [String]] = [:]
        for row in LexiconData.familiarNames { out[row.familiar, default: []].append(row.formal) }
        return out
    }()

    /// For each person (by index) written with a familiar first name, the one person written with
    /// a formal form of it and the same other words.
    static func targets(_ entities: [WorkingEntity]) -> [Int: Int] {
        // The people of two words or more, filed by the words after the first ("lessig").
        var byRest: [String: [(e: Int, first: String)]] = [:]
        for e in entities.indices where entities[e].type == "person" {
            let words = entities[e].name.lowercased().split(separator: " ")
            guard words.count >= 2 else { continue }
            byRest[words.dropFirst().joined(separator: " "), default: []].append((e, String(words[0])))
        }
        var out: [Int: Int] = [:]
        for people in byRest.values where people.count >= 2 {
            for p in people {
                guard let formal = formalOf[p.first] else { continue }
                // The table lists some pairs both ways ("larry" for "lawrence" and the other way
                // round): the longer first name is the formal one.
                let matches = people.filter { $0.e != p.e && $0.first.count > p.first.count && formal.contains($0.first) }
                if matches.count == 1 { out[p.e] = matches[0].e }
            }
        }
        return out
    }
}
