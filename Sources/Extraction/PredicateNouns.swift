/// What a name is said to be, or said to be among: evidence for the typer from a copula's
/// predicate ("Brellin was the first person I worked with", "Birkholm is a small island."), from the
/// kind of the others a name is joined to ("Brannock and all of the other singers", "Aristotle and
/// others came to …"), from a person's name the name owns ("Demosisto's Nathan Law": a party, a
/// team or a company the person belongs to) and from "he" or "she" opening the clause after a
/// colon ("In May, Brannock agreed to a concession: he agreed …").
///
/// The nouns are data: `typer.predicatePersonNoun` (guy, man, woman, person …) with the kin
/// nouns (`typer.personNoun`) and the title heads for a person, `typer.organizationNoun` and
/// `typer.placeNoun` for the other kinds; the plurals after "other" are `KindIntroducedNames`'.
extension EntityTyper {
    /// The singular nouns a copula's predicate may end in, by word id.
    struct PredicateNouns {
        let persons = WordSet(.typerPredicatePersonNoun)
        let kin = WordSet(.typerPersonNoun)
        let organizations = WordSet(.typerOrganizationNoun)
        let places = WordSet(.typerPlaceNoun)
        let copulas = WordSet(.typerCopula)
        /// "all", "of", "the": between "and" and "other(s)" ("and all of the other singers").
        let othersFillers = WordSet(.typerOthersFiller)
        /// "like", "such": after "others", a comparison, not the others' kind.
        let othersStoppers = WordSet(.typerOthersStopper)
    }
    static let predicateNouns = PredicateNouns()

    /// How many lower-case words a predicate's noun phrase may hold after its article.
    static let predicateReach = 4

    /// "Brellin was the first person I worked with", "Pangaimotu is a small island.", "Quantcast is a web
    /// analytics firm that …": the kind of the noun that ends the predicate right after the name
    /// ("is"/"was", then "a", "an" or "the", then at most `predicateReach` lower-case words, the
    /// last before a mark, a capital or a word that goes on the clause being the noun). Not a
    /// noun that qualifies another ("X is a city council member": "member" ends it, no kind).
    static func copulaPredicateKind(_ doc: Document, span: Range<Int>, end: Int) -> IntroducedKind? {
        let t = doc.tokens
        let nouns = predicateNouns
        guard end + 2 < span.upperBound, nouns.copulas.contains(t[end]),
              ["a", "an", "the"].contains(t[end + 1].lower), !t[end + 1].isCapitalized else { return nil }
        var j = end + 2
        var last = -1
        while j < span.upperBound, j < end + 2 + predicateReach, t[j].kind == .word, !t[j].isCapitalized,
              !tokenWords.phraseEnders.contains(t[j]) {
            last = j
            j += 1
        }
        guard last >= 0 else { return nil }
        // The phrase must end there: a mark, the sentence's end, a capital ("the first person I
        // worked"), or a word that goes on the clause ("a town in Fyn", "a firm that …").
        if j < span.upperBound, j == end + 2 + predicateReach, t[j].kind == .word, !t[j].isCapitalized,
           !tokenWords.phraseEnders.contains(t[j]) { return nil }
        let noun = t[last]
        if nouns.persons.contains(noun) || nouns.kin.contains(noun) || Lexicon.shared.titleHeads[noun.lower] != nil {
            return .person
        }
        if nouns.organizations.contains(noun) { return .organization }
        if nouns.places.contains(noun) { return .place }
        return nil
    }

    /// "Brannock and all of the other singers", "Kelly and other senators", "Mesa and other towns":
    /// the plural after "and (all of the) other" names the kind of the name before it. "and
    /// others" alone (`othersAlone`) says a little of a person ("Plato and others came to
    /// the conclusion"): the caller weighs it as one weak cue.
    static func othersKind(_ doc: Document, span: Range<Int>, end: Int) -> (kind: IntroducedKind, weak: Bool)? {
        let t = doc.tokens
        guard end + 1 < span.upperBound, t[end].lower == "and" else { return nil }
        // "Ministerial and other leaders": one word the tagger reads as an adjective there
        // qualifies the plural with "other"; an ordinary word alone likewise.
        if let m = doc.mention(at: end - 1), m.tokens.count == 1 {
            if Gazetteer.shared.isCommonWord(t[end - 1].lower) { return nil }
            let tags = PartOfSpeechTagger.shared.tag(t, span)
            if tags[end - 1 - span.lowerBound] == .adjective { return nil }
        }
        var j = end + 1
        // "and all of the other singers", "and all the other", "and the other", "and many other".
        while j < span.upperBound, j < end + 4, predicateNouns.othersFillers.contains(t[j]) { j += 1 }
        guard j < span.upperBound, !t[j].isCapitalized else { return nil }
        if t[j].lower == "others" {
            let after = j + 1
            // "X and others." / "X and others came": not "X and others' work" nor "and others like
            // it" (`typer.othersStopper`).
            guard after >= span.upperBound
                || t[after].kind != .possessive && !predicateNouns.othersStoppers.contains(t[after])
            else { return nil }
            return (.person, true)
        }
        guard t[j].lower == "other" else { return nil }
        // The plural within two lower-case words ("other ancient gods").
        var k = j + 1
        while k < span.upperBound, k <= j + 3, t[k].kind == .word, !t[k].isCapitalized {
            if let kind = pluralKind(t[k]) { return (kind, false) }
            k += 1
        }
        return nil
    }

    /// The kind a plural of `typer.plural*Noun` (or a title head's plural) names, or nil.
    private static func pluralKind(_ word: Token) -> IntroducedKind? {
        let nouns = kindNouns
        if nouns.persons.contains(word) { return .person }
        if nouns.organizations.contains(word) { return .organization }
        if nouns.places.contains(word) { return .place }
        return isPluralTitleHead(word.lower) ? .person : nil
    }

    /// "Demosisto's Nathan Law", "FTU's Kwok Wai-keung": a name whose possessive stands right
    /// before a person's full name (a first name opening it, two words or more) is what the person
    /// belongs to, a party, a team, a company, more often than a place (a place the gazetteer or
    /// the lexicon knows is typed by them already). One weak cue for a body.
    static func ownsPersonName(_ doc: Document, span: Range<Int>, end: Int) -> Bool {
        let t = doc.tokens
        guard end + 1 < span.upperBound, t[end].kind == .possessive,
              // "Trump's Steve Bannon": a first or family name owning a person is a person's.
              !(end - 1 >= span.lowerBound && (Gazetteer.shared.isGivenName(t[end - 1].lower)
                  || Gazetteer.shared.isFamilyName(t[end - 1].lower))),
              let person = doc.mention(at: end + 1), person.kind == .name, person.tokens.lowerBound == end + 1,
              person.type == "person", person.tokens.count >= 2 else { return false }
        return Gazetteer.shared.isGivenName(t[person.tokens.lowerBound].lower)
    }

    /// "In May, Brannock agreed to a rather bold step: he agreed to let …": a name that is the
    /// subject of its clause (a lower-case word after it, no mark) and, after the next colon or
    /// semicolon of its sentence, a clause opening with "he" or "she", no other name between.
    static func pronounAfterClauseMark(_ doc: Document, span: Range<Int>, end: Int) -> Bool {
        let t = doc.tokens
        // Words and marks by id (`Token.word`) where the lexicon names them: the scan compared
        // two strings for every token up to the clause mark.
        let known = KnownWords.shared
        guard end < span.upperBound, t[end].kind == .word, !t[end].isCapitalized,
              t[end].word != known.and, t[end].word != known.of, t[end].lower != "or" else { return false }
        var k = end
        while k < span.upperBound, t[k].word != known.colon, t[k].word != known.semicolon {
            if let m = doc.mention(at: k), m.kind == .name { return false }
            k += 1
        }
        guard k + 1 < span.upperBound else { return false }
        return t[k + 1].lower == "he" || t[k + 1].lower == "she"
    }
}
