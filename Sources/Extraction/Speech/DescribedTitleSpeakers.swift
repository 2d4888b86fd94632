import NewsFacts

/// A speaker described, not named, by a people's adjective and a title or a role noun:
///
///     "The Qatari foreign minister told reporters that …"   the person named Qatar's Foreign Minister
///     "the Chilean president told lawmakers that …"         the person named Chile's President
///     ""…," the Italian diplomat said."                      the last person named who serves Italy
///     "the Foreign Minister added …"                        the last person named Foreign Minister
///
/// "the", a people's adjective (`demonym`), at most `maxLowerCaseWords` lower-case words ("top")
/// and a title mention or a person's role noun (`role` in the lexicons) end right before the
/// speech verb. The speaker is the person named last before the verb (within
/// `ExtractionLimits.mentionLookback` mentions) whose country is the adjective's and who holds a
/// title with the same head ("Minister" for "foreign minister"); a general role noun
/// (`speech.generalRole`: "diplomat", "official") asks only the country. Without an adjective only a title
/// serves, and the title held must be the same one ("Foreign Minister"): "the minister said"
/// is a role noun's, which anaphora reads.
enum DescribedTitleSpeakers {
    /// Lower-case words between the adjective and the title ("the Qatari top diplomat").
    static let maxLowerCaseWords = 2
    /// Role nouns any official may be described by (`speech.generalRole`).
    static let generalRoles = WordSet(.speechGeneralRole)

    static func person(_ doc: Document, before j: Int, limit: Int) -> Int? {
        let t = doc.tokens
        guard j >= limit, j < t.count else { return nil }
        var title: TitleMatch?
        var role: String?
        let general = generalRoles.contains(t[j])
        var start: Int
        // The earliest mention of the description: where the search for its person starts.
        var anchor = -1
        if let m = doc.mention(at: j), m.kind == .title, m.tokens.upperBound == j + 1, let tm = m.title, tm.modifier == nil {
            title = tm
            start = m.tokens.lowerBound
            anchor = doc.mentionIndex(at: j)
        } else if doc.mention(at: j) == nil, t[j].kind == .word, !t[j].isCapitalized, MentionFinder.role(t[j]) == "person" {
            role = t[j].lower
            start = j
        } else {
            return nil
        }
        // Back over a few lower-case words to the people's adjective, then "the".
        var k = start - 1
        var lowerCase = 0
        while k >= limit, lowerCase < maxLowerCaseWords, doc.mention(at: k) == nil, t[k].kind == .word, !t[k].isCapitalized,
            t[k].word != KnownWords.shared.the
        {
            k -= 1
            lowerCase += 1
        }
        var country: String?
        if k >= limit, let d = doc.mention(at: k), d.kind == .demonym, d.tokens.upperBound == k + 1 {
            country = d.entity >= 0 ? doc.entities[d.entity].name : d.name
            anchor = doc.mentionIndex(at: k)
            k = d.tokens.lowerBound - 1
        } else if lowerCase > 0 || role != nil {
            return nil
        }
        guard k >= limit, t[k].word == KnownWords.shared.the, anchor >= 0 else { return nil }
        func fits(_ e: Int) -> Bool {
            let ent = doc.entities[e]
            guard ent.type == "person", !ent.addressOnly else { return false }
            if let country, ent.country != country { return false }
            if general { return country != nil }
            if let title {
                return ent.titles.contains {
                    country != nil ? $0.title.head == title.head : $0.title.canonical == title.canonical
                }
            }
            guard let role else { return false }
            return ent.titles.contains { Document.officeFitsRole($0.title.canonical.lowercased(), role) }
        }
        let mentions = doc.mentions
        var i = anchor - 1
        var seen = 0
        while i >= 0, seen < ExtractionLimits.mentionLookback {
            let e = mentions[i].entity
            if mentions[i].kind == .name, e >= 0, fits(e) { return e }
            i -= 1
            seen += 1
        }
        return nil
    }
}
