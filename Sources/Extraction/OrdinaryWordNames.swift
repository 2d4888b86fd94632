extension MentionFinder {
    /// "a state of Justice and Order", "in Men of Mathematics", "memory in Bees", "from B to
    /// C": one capitalised ordinary English word that no list knows as a name (no lexicon name,
    /// no gazetteer place, no first name, no rare family name, no head word) and that opens a
    /// longer capitalised phrase ("of", "and" or "&" and a capitalised word after it), is a plural
    /// or is a single letter names a heading, a group or a label, not a place, whatever
    /// preposition stands before it: it stays a guess, which the typer drops when nothing else
    /// around its mentions makes it a name. Other such words keep the preposition's reading
    /// ("situated in Yorkshire", "west of Downtown").
    static func ordinaryWordAlone(_ t: [Token], _ start: Int, _ stop: Int, _ wordCount: Int, _ allCaps: Bool) -> Bool {
        guard wordCount == 1, stop - start == 1, !allCaps, t[start].kind == .word, !t[start].has(.hyphenated) else {
            return false
        }
        let word = t[start].lower
        let gazetteer = Gazetteer.shared
        // "the Army", "in the Voice": a head word alone names its body or place.
        guard gazetteer.isCommonWord(word), Lexicon.shared.phrase(at: start, in: t, end: stop) == nil,
              Lexicon.shared.classes(of: t[start]).isDisjoint(with: [.orgHead, .placeHead, .docHead]) else { return false }
        guard gazetteer.place(word) == nil, !gazetteer.isGivenName(word), !gazetteer.isFamilyName(word, uncommonOnly: true)
        else { return false }
        let opensPhrase = stop + 1 < t.count && ["of", "and", "&"].contains(t[stop].lower)
            && t[stop + 1].kind == .word && t[stop + 1].isCapitalized
        return opensPhrase || EntityTyper.looksPlural(t[start].text) || shortPlural(word) || t[start].text.count == 1
    }

    /// "in Ants", "of Bees": a four-letter ordinary word ending in a plural "s" (not "ss", "us",
    /// "is", "os", "as": "Mass", "Laos"), too short for `EntityTyper.looksPlural`, which weighs
    /// any name. Here the word is already known as an ordinary word and as no name.
    static func shortPlural(_ word: String) -> Bool {
        let b = Array(word.utf8)
        return b.count == 4 && b[3] == UInt8(ascii: "s") && !"suioa".utf8.contains(b[2])
    }
}

extension MentionFinder {
    /// "Mozilla Firefox", "Google Chrome", "Google Analytics": a company the lexicon lists by one
    /// word (not an acronym: "UN Women"), then one word closing the run that is no ordinary English
    /// word ("Google Research", "Sony Pictures" and "Toyota Motor" stay the company's) and that no
    /// list knows as a part of a body's, a place's or a person's name (no head word, title, first
    /// name, place or rare family name; no capitals, no number), names the company's product.
    static func productAfterCompany(_ t: [Token], _ p: Int, _ phrase: Lexicon.Phrase, _ end: Int, _ lex: LexiconTables) -> Bool {
        guard phrase.kind == .organization, phrase.tokenCount == 1, p + 2 == end,
              !t[p].has(.allCaps) else { return false }
        let w = t[p + 1]
        guard w.kind == .word, w.isCapitalized, !w.has(.allCaps), !w.has(.hyphenated),
              !w.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
              lex.classes(of: w).isDisjoint(with: [.orgHead, .placeHead, .docHead, .titleStart, .titleHeadWord, .nonName, .connector]),
              lex.phrase(at: p + 1, in: t, end: end) == nil else { return false }
        let g = Gazetteer.shared
        return !g.isCommonWord(w.lower) && !g.isGivenName(w.lower) && g.place(w.lower) == nil
            && !g.isFamilyName(w.lower, uncommonOnly: true)
            && Lexicon.shared.titleHeads[w.lower] == nil
    }
}

extension MentionFinder {
    private static let stateCodes = WordSet(.nameStateCode)

    /// "US-60 West from Enid, OK, or …", "Coffeyville, KS.": a name, a comma and a US
    /// state's or a Canadian province's postal code in capitals (`name.stateCode`), then the end of
    /// the phrase, is a town. Not after a first name ("Jane Doe, MD, said": a degree).
    static func stateCodeApposition(_ t: [Token], _ start: Int, _ stop: Int, _ span: SentenceSpan) -> Bool {
        let end = span.tokens.upperBound
        guard stop + 1 < end, t[stop].text == ",", t[stop + 1].kind == .word, t[stop + 1].has(.allCaps),
              t[stop + 1].text.utf8.count == 2, stateCodes.contains(t[stop + 1]),
              !Gazetteer.shared.isGivenName(t[start].lower) else { return false }
        let after = stop + 2
        return after >= end || [",", ".", ";", ")", ":"].contains(t[after].text)
    }
}

extension MentionFinder {
    /// "Professor of East Asian Studies", "the West African system": a compass word alone
    /// (`name.regionModifier`) before a people's adjective qualifies the adjective; it names no
    /// region of its own.
    static func compassBeforePeople(_ t: [Token], _ start: Int, _ stop: Int, _ span: SentenceSpan, _ lex: LexiconTables) -> Bool {
        guard stop - start == 1, stop < span.tokens.upperBound, regionModifiers.contains(t[start]),
              t[stop].kind == .word, t[stop].isCapitalized else { return false }
        if let next = lex.phrase(at: stop, in: t, end: span.tokens.upperBound), next.kind == .demonym { return true }
        // "Asian", "European": a continent's adjective no country's demonym list holds.
        return EntityTyper.looksLikeAdjectiveOrPeople(t[stop].text) && Gazetteer.shared.place(t[stop].lower) == nil
    }
}
