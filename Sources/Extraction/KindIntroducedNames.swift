/// "the old gods, such as Odin, Thor, Freya and Loki", "publishers such as O'Reilly",
/// "towns like Mesa and Tempe", "several bands, including Duran Duran", "the religious schools
/// Santo Stefano and Assunta": the names a plural noun of a kind introduces, right before
/// them or with "such as", "like" or "including", are things of that kind; after a comma, "such as"
/// and "including" reach back over a relative clause to the plural it qualifies ("publishers
/// who like the idea, such as O'Hara").
///
/// The plural nouns are data: `typer.pluralPersonNoun` (gods, writers, rappers),
/// `typer.pluralOrganizationNoun` (companies, bands, publishers), `typer.pluralPlaceNoun`
/// (cities, towns, islands). A name further down such a list reads back over the names,
/// commas, "and" and "or" before it to the introducing words, so every listed name gets the
/// same evidence, not only the first.
extension EntityTyper {
    /// The kind a plural noun gives the names it introduces.
    enum IntroducedKind { case person, organization, place }

    /// The plural nouns, by word id.
    struct KindNouns {
        let persons = WordSet(.typerPluralPersonNoun)
        let organizations = WordSet(.typerPluralOrganizationNoun)
        let places = WordSet(.typerPluralPlaceNoun)
        let relativePronouns = WordSet(.typerRelativePronoun)
    }
    static let kindNouns = KindNouns()

    /// How far back (in names and list marks) a listed name looks for its introducing words.
    static let kindIntroducedReach = 24

    /// The kind of the plural noun that introduces the name starting at token `start`, right
    /// before it or with "such as", "like" or "including" (a comma may stand before them), or nil.
    static func kindIntroduced(_ doc: Document, span: Range<Int>, start: Int) -> IntroducedKind? {
        let t = doc.tokens
        // Back over the names and list marks before the name: "such as Zeus, Hera, and Athena".
        // `j` stays just before the first name reached ("chemists and POLARIS geologists"
        // introduces no name: no name stands before its "and").
        var j = start - 1, k = start - 1
        var steps = 0, namesBefore = 0
        while k >= span.lowerBound, steps < kindIntroducedReach {
            let lower = t[k].lower
            if lower == "," || lower == "and" || lower == "or" {
                k -= 1
                steps += 1
                continue
            }
            let m = doc.mentionIndex(at: k)
            guard m >= 0, doc.mentions[m].kind == .name, doc.mentions[m].tokens.upperBound == k + 1 else { break }
            k = doc.mentions[m].tokens.lowerBound - 1
            j = k
            steps += 1
            namesBefore += 1
        }
        guard j >= span.lowerBound else { return nil }
        // "the religious schools Santo Stefano and Assunta", "the islands Lolland and Falster":
        // the plural right before the names, when they close its phrase or are a list. One name
        // with more words after it is the subject of a clause that qualifies the plural ("the
        // states Harris won", "the cities Velmark visited"): it says nothing of the name's kind.
        if t[j].kind == .word, !t[j].isCapitalized, let kind = kind(of: t[j]) {
            return namesBefore > 0 || closesPhrase(doc, span: span, after: start) ? kind : nil
        }
        guard j > span.lowerBound else { return nil }
        switch t[j].lower {
        case "as":
            guard t[j - 1].lower == "such" else { return nil }
            k = j - 2
        case "like", "including":
            k = j - 1
        default:
            return nil
        }
        let clauseAfter = k >= span.lowerBound && t[k].lower == ","
        if clauseAfter { k -= 1 }
        guard k >= span.lowerBound, t[k].kind == .word else { return nil }
        if let kind = kind(of: t[k]) { return kind }
        // "publishers who like the idea, such as O'Hara": after a comma, "such as" and
        // "including" reach back over the lower-case words of a relative clause to the plural it
        // qualifies, right before "who", "which" or "that" (`typer.relativePronoun`); a plural inside
        // the clause is not its head ("writers who criticised the publishers, such as X"). A mark,
        // a capital or `kindClauseReach` words end the search ("like" is a verb too).
        guard clauseAfter, t[j].lower != "like" else { return nil }
        var c = k - 1
        while c > max(span.lowerBound, k - kindClauseReach), t[c].kind == .word, !t[c].isCapitalized {
            if kindNouns.relativePronouns.contains(t[c]) { return t[c - 1].isCapitalized ? nil : kind(of: t[c - 1]) }
            c -= 1
        }
        return nil
    }

    /// How many words back from the comma before "such as" a clause may hold its plural noun.
    static let kindClauseReach = 8

    /// Whether the name starting at token `start` closes the plural's phrase: a mark or the
    /// sentence's end follows it ("rappers MC Quill, 7Rex"), or "and"/"or" and another name
    /// ("the islands Lolland and Falster"). Not a word that goes on the clause: "the states
    /// Harris won".
    private static func closesPhrase(_ doc: Document, span: Range<Int>, after start: Int) -> Bool {
        let t = doc.tokens
        let m = doc.mentionIndex(at: start)
        guard m >= 0 else { return false }
        let k = doc.mentions[m].tokens.upperBound
        if k >= span.upperBound || t[k].kind != .word { return true }
        guard t[k].lower == "and" || t[k].lower == "or", k + 1 < span.upperBound else { return false }
        let next = doc.mentionIndex(at: k + 1)
        return next >= 0 && doc.mentions[next].kind == .name && doc.mentions[next].tokens.lowerBound == k + 1
    }

    /// The kind of things a plural noun names, or nil. The listed plurals come before a title
    /// head's: "publishers" (a title) before names are publishing houses.
    private static func kind(of word: Token) -> IntroducedKind? {
        let nouns = kindNouns
        if nouns.persons.contains(word) { return .person }
        if nouns.organizations.contains(word) { return .organization }
        if nouns.places.contains(word) { return .place }
        return isPluralTitleHead(word.lower) ? .person : nil
    }
}
