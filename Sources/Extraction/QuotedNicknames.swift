/// A nickname written in double quotes between a person's first and family names: "Finley
/// "Finn" Polmar", "Julia "Butterfly" Hill", "Austin Shepherd "Shep" Quarnecki".
///
/// The quotes do not end the name: the words before and after them are one person's name
/// ("Finley Polmar", not a place "Finley" and an unknown "Polmar"), and the quoted words are
/// that person's alias (`MentionFinder` makes the one mention, `merge` records the alias and
/// joins a later mention of the nickname alone, "Shep", to the person).
///
/// The shape read: one to three capitalised name words (no head of a body's or a place's
/// name, no title, no calendar word, no acronym), an opening double quote written against the
/// next word, one to three words of which the first is capitalised, a closing quote written
/// against the last, then one or two capitalised name words that end the run of names, none an
/// ordinary word; the words before the quotes open with a first or family name the census lists. A
/// quoted title after a name ("Tom Hanks "Big" …") stops on the lower-case word after it, and a
/// product's name with a quoted word ("Quarnby "Ultra" Edition") on its ordinary word.
enum QuotedNicknames {
    /// Most words before, inside and after the quotes.
    static let maxWords = 3

    /// Where such a name lies, when the run of capitalised words `run` stops at an opening quote:
    /// the start of the first names (inside `run`), the closing quote, and the end of the name.
    static func find(_ t: [Token], run: Range<Int>, end: Int) -> (first: Int, close: Int, end: Int)? {
        let open = run.upperBound
        guard open + 3 < end, t[open].kind == .quote, t[open].has(.opening), t[open].has(.spaceBefore),
            !t[open + 1].has(.spaceBefore), t[open + 1].kind == .word, t[open + 1].isCapitalized
        else { return nil }
        var first = open
        while first > run.lowerBound && open - first < maxWords && isNamePart(t[first - 1]) { first -= 1 }
        guard first < open else { return nil }
        var close = open + 1
        while close < end && close - open <= maxWords && t[close].kind == .word { close += 1 }
        guard close < end, close - open <= maxWords + 1, t[close].kind == .quote, !t[close].has(.opening),
            !t[close].has(.spaceBefore), close + 1 < end, t[close + 1].has(.spaceBefore)
        else { return nil }
        var last = close + 1
        while last < end && last - close <= maxWords - 1 && isNamePart(t[last]) { last += 1 }
        guard last > close + 1, last == end || !MentionFinder.isNameWord(t[last]) else { return nil }
        // A person's names: a name the census lists as a first or a family name opens them
        // ("Julia", "Austin Shepherd", "Finley"), and no ordinary word follows the quotes; a
        // product's or a body's name opens otherwise ("Quarnby "Ultra" Edition").
        let g = Gazetteer.shared
        guard g.isGivenName(t[first].lower) || g.isFamilyName(t[first].lower) || titledBefore(t, first),
            !(close + 1..<last).contains(where: { g.isCommonWord(t[$0].lower) })
        else { return nil }
        return (first, close, last)
    }

    /// Whether a capitalised title's head word stands right before the names at `first`
    /// ("President Bambang "Bambi" Sutrisno"): a person's, whatever lists know the names.
    static func titledBefore(_ t: [Token], _ first: Int) -> Bool {
        first > 0 && t[first - 1].kind == .word && t[first - 1].isCapitalized
            && Lexicon.shared.classes(of: t[first - 1]).contains(.titleHeadWord)
    }

    /// A capitalised word that may be part of a person's name: no acronym, no head of a body's
    /// or a place's name, no title, no listed non-name, no connector.
    static func isNamePart(_ token: Token) -> Bool {
        guard MentionFinder.isNameWord(token), token.kind == .word, !token.has(.allCaps) else { return false }
        return Lexicon.shared.classes(of: token).isDisjoint(with: [.orgHead, .placeHead, .titleStart, .nonName, .connector])
    }

    /// The nickname inside a person's name mention: the words between its quotes, or nil.
    static func nickname(_ doc: Document, _ m: Mention) -> String? {
        let t = doc.tokens
        guard m.tokens.count >= 5,
            let open = m.tokens.dropFirst().first(where: { t[$0].kind == .quote && t[$0].has(.opening) }),
            let close = (open + 1..<m.tokens.upperBound).first(where: { t[$0].kind == .quote })
        else { return nil }
        return MentionFinder.surface(t, open + 1..<close)
    }

    /// Records each person's quoted nickname as an alias, and joins to the person an entity the
    /// article names by the nickname alone.
    static func merge(_ doc: Document) {
        var target: [Int: Int] = [:]
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && m.tokens.count >= 5 {
            guard doc.entities[m.entity].type == "person", let nick = nickname(doc, m) else { continue }
            doc.entities[m.entity].addAlias(nick)
            guard let other = doc.entityIndex[doc.cachedKey(nick)], other != m.entity, target[other] == nil,
                target[m.entity] == nil, doc.entities[other].name == nick,
                ["person", "unknown"].contains(doc.entities[other].type)
            else { continue }
            target[other] = m.entity
        }
        // The nickname entity's name is already the person's alias (added above).
        ShortForms.mergeEntities(doc, target)
    }
}
