import NewsFacts

/// A place or country written right before a visit's noun is where the visit goes, and the
/// noun is no verb:
///
///     "Otieno's Qatar visit was his first"        Otieno visits Qatar
///     "the minister's two-day Oman visit"         (the visitor found as for any visit) → Oman
///     "during his Japan trip"                     the pronoun's person → Japan
///
/// The place must follow a possessive, a possessive pronoun or an article, with at most
/// `maxWordsBetween` lower-case words between ("two-day", "first"): after a bare name, "Kenya
/// visits" may be a verb. A person owning the phrase ("Otieno's", "his") is the visitor. The
/// place is the destination only when it lies away from the visitor's country, as far as the
/// lexicons and the article tell ("Otieno's Mombasa visit", for a Kenyan: a tour at home, and a
/// town no list places may be one).
enum PlaceBeforeVisitNouns {
    /// Lower-case words between the opener and the place ("his first official Oman visit").
    static let maxWordsBetween = 3

    /// The place's entity and where the phrase opens (the possessive, pronoun or article), when
    /// a place closes right before `k`; else nil.
    static func find(_ doc: Document, _ k: Int, _ r: Range<Int>) -> (place: Int, opener: Int)? {
        let t = doc.tokens, w = EventExtractor.Words.shared
        guard k - 2 >= r.lowerBound, let m = doc.mention(at: k - 1), m.kind == .name, m.entity >= 0,
            m.tokens.upperBound == k, ["place", "country"].contains(doc.entities[m.entity].type)
        else { return nil }
        var j = m.tokens.lowerBound - 1
        var between = 0
        while j >= r.lowerBound {
            if t[j].kind == .possessive || w.possessives.contains(t[j]) || t[j].word == w.the || t[j].word == w.a
                || t[j].word == KnownWords.shared.an
            {
                return (m.entity, j)
            }
            guard between < maxWordsBetween, t[j].kind == .word, !t[j].isCapitalized, !doc.hasMention(at: j) else { return nil }
            between += 1
            j -= 1
        }
        return nil
    }

    /// The person owning the phrase: a person's name before the possessive, or a possessive
    /// pronoun standing for a person; else nil.
    static func visitor(_ doc: Document, opener j: Int) -> Int? {
        let t = doc.tokens
        if t[j].kind == .possessive, j >= 1, let p = doc.mention(at: j - 1), p.kind == .name,
            EventExtractor.isPerson(doc, p.entity)
        {
            return p.entity
        }
        if let p = doc.mention(at: j), p.kind == .pronoun, EventExtractor.isPerson(doc, p.entity) { return p.entity }
        return nil
    }

    /// Whether `place` lies away from the country `visitor` serves: a country other than theirs,
    /// or a place known to lie in one; true for a visitor whose country is unknown.
    static func isAbroad(_ doc: Document, _ visitor: Int?, _ place: Int) -> Bool {
        guard let visitor, let home = doc.entities[visitor].country else { return true }
        guard let country = GuestVisitors.countryOf(doc, place) else { return false }
        return country != home
    }
}
