/// Something a sentence refers to: a name, a title, a demonym, a pronoun or a role noun.
public struct Mention: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A proper name: person, organization, country or place.
        case name
        /// A title such as "Foreign Minister" (see `title`).
        case title
        /// "Japanese", "American": refers to a country.
        case demonym
        /// he, she, they, it…; `type` is person, plural or thing.
        case pronoun
        /// "the minister", "the ministry": `type` is the kind of entity it refers to.
        case role
    }

    public var kind: Kind
    public var tokens: Range<Int>
    public var sentence: Int
    public var type: String
    /// The canonical name (from a lexicon) or the name as written.
    public var name: String
    public var surface: String
    public var fromLexicon = false
    /// A single unknown capitalised word: kept only if resolution finds what it names.
    public var weak = false
    /// The type is a placeholder: nothing in the sentence or the lexicons said what the name
    /// names, so `EntityTyper` weighs the evidence of all the entity's mentions.
    public var guessed = false
    /// A capital standing for its state ("Washington will defend …").
    public var stateUse = false
    public var title: TitleMatch?
    /// Index of the entity it was resolved to, or -1.
    public var entity = -1
    /// For role mentions: the role word ("minister", "ministry").
    public var role: String?
    /// A person spoken to by an honorific and a title ("Mr. President, …", `VocativeTitles`): a
    /// name, but no one's antecedent, speaker, participant or title holder.
    public var address = false
}

/// Finds mentions in each sentence: runs of capitalised words are split into lexicon names,
/// titles, organizations and places (by their head word: "Foreign Ministry", "East China
/// Sea"), and what is left becomes a person name. Pronouns, role nouns ("the minister") and
/// lower-case titles ("the U.S. secretary of state") are mentions too.
public enum MentionFinder {

    public static func find(_ tokens: [Token], sentences: [SentenceSpan]) -> [Mention] {
        find(tokens, sentences: sentences, cancel: .never)
    }

    /// `find`, polling `cancel` once a sentence; once it says stop, the mentions so far.
    static func find(_ tokens: [Token], sentences: [SentenceSpan], cancel: CancellationPoint) -> [Mention] {
        var out: [Mention] = []
        let lex = LexiconTables()
        for (s, span) in sentences.enumerated() where !span.isExcluded {
            if cancel.poll() { break }
            let first = out.count
            findInSentence(tokens, span, s, lex, into: &out)
            VocativeTitles.find(tokens, span, s, &out, from: first)
            DescriptionCoreference.addMentions(tokens, span, s, &out, from: first)
        }
        return out
    }

    /// A weekday or month name ("Monday", "Jan.", "mid-March").
    static func isCalendarWord(_ t: Token) -> Bool {
        if Lexicon.shared.classes(of: t).contains(.calendar) { return true }
        if t.has(.hyphenated), let dash = t.lower.firstIndex(of: "-") {
            let rest = String(t.lower[t.lower.index(after: dash)...])
            if Lexicon.months[rest] != nil { return true }
        }
        return false
    }

    /// Words before a month that say it is a time ("in June Carter …" stays a date).
    private static let timeBeforeMonth: Set<String> = [
        "in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late", "mid", "this", "to",
        "through", "during", "before", "after", "between", "each", "every",
    ]

    /// "Theresa May", "Jan Egeland", "April Ryland": a month's name used as a person's name. It is
    /// one after a first name when the census lists it as a family name, or before a family name
    /// when it is a first name and no word of time ("in", "since", "last") comes before it; never
    /// an abbreviation ("Jan.") nor before a number ("May 5").
    ///
    /// Inlined, the token's flags first: it is asked of nearly every word, and only a capitalised one
    /// needs the call.
    @inline(__always) static func monthAsName(_ t: [Token], _ i: Int, _ first: Int, _ end: Int) -> Bool {
        t[i].kind == .word && t[i].isCapitalized && monthWordAsName(t, i, first, end)
    }

    /// `monthAsName` of a capitalised word.
    private static func monthWordAsName(_ t: [Token], _ i: Int, _ first: Int, _ end: Int) -> Bool {
        guard t[i].kind == .word, t[i].isCapitalized, !t[i].has(.allCaps), !t[i].has(.dotted), !t[i].has(.hyphenated),
              Lexicon.months[t[i].lower] != nil else { return false }
        if i + 1 < end, t[i + 1].kind == .number || isOrdinal(t[i + 1].lower) { return false }
        if i > first, t[i - 1].kind == .number || timeBeforeMonth.contains(t[i - 1].lower) { return false }
        let g = Gazetteer.shared
        if i > first, t[i].has(.spaceBefore), isNameWord(t[i - 1]), g.isGivenName(t[i - 1].lower),
           !g.isCommonWord(t[i - 1].lower),
           !Lexicon.shared.classes(of: t[i - 1]).contains(.calendar), g.isFamilyName(t[i].lower) {
            return true
        }
        guard i + 1 < end, g.isGivenName(t[i].lower), isNameWord(t[i + 1]), t[i + 1].kind == .word,
              g.isFamilyName(t[i + 1].lower) || !g.isCommonWord(t[i + 1].lower) else { return false }
        return true
    }

    /// The role type of a role noun ("minister" → person), if it is one.
    @inline(__always) static func role(_ t: Token) -> String? {
        t.word >= 0 ? Lexicon.shared.roleOf[Int(t.word)] : nil
    }

    /// A capitalised word that is not a weekday or month, or a capitalised number. Inlined: the
    /// cheap tests on the token's flags come first, so the token is not copied for a call.
    @inline(__always) static func isNameWord(_ t: Token) -> Bool {
        guard t.isCapitalized else { return false }
        if t.kind == .number { return true }
        guard t.kind == .word else { return false }
        if Lexicon.shared.classes(of: t).contains(.calendar) { return false }
        return !t.has(.hyphenated) || !isCalendarWord(t)
    }

    /// "al-Sabunji", "el-Sisi", "d'Alembert", "ibn-Saud": a lower-case particle (`name.particle`,
    /// `name.joinedParticle`) joined by a hyphen or an apostrophe to a capitalised name.
    ///
    /// Inlined, its cheap tests first (this runs on every word that follows a capitalised one): the
    /// token is then not copied for a call, and only a word in lower case whose first six bytes
    /// hold a hyphen or an apostrophe is read further.
    @inline(__always) static func isParticleJoined(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized, let b = t.text.utf8.first, b >= 0x61 && b <= 0x7A,
              t.text.utf8.prefix(6).contains(where: { $0 == 0x2D || $0 == 0x27 || $0 == 0xE2 }) else { return false }
        return isParticleJoined(text: t.text)
    }

    /// `isNameWord(t[k])` read in place. A token handed to an inlined test that then reads a
    /// lexicon is copied (its two strings retained and released) for the call: this reads its
    /// flags, kind and word id where they are. For the loops that ask it of every capitalised word.
    @inline(__always) static func isNameWord(_ t: [Token], _ k: Int) -> Bool {
        guard t[k].flags.contains(.capitalized) else { return false }
        if t[k].kind == .number { return true }
        guard t[k].kind == .word else { return false }
        let word = t[k].word
        if word >= 0 && Lexicon.shared.classes[Int(word)].contains(.calendar) { return false }
        return !t[k].flags.contains(.hyphenated) || !isCalendarWord(t[k])
    }

    /// `isParticleJoined(t[k])` read in place (see `isNameWord(_:_:)`).
    @inline(__always) static func isParticleJoined(_ t: [Token], _ k: Int) -> Bool {
        guard t[k].kind == .word, !t[k].flags.contains(.capitalized) else { return false }
        let text = t[k].text
        guard let b = text.utf8.first, b >= 0x61 && b <= 0x7A,
              text.utf8.prefix(6).contains(where: { $0 == 0x2D || $0 == 0x27 || $0 == 0xE2 }) else { return false }
        return isParticleJoined(text: text)
    }

    /// `role(t[k])` from the word id alone (`t[k].word`), so the token is not copied for the call.
    @inline(__always) static func role(_ word: Int32) -> String? {
        word >= 0 ? Lexicon.shared.roleOf[Int(word)] : nil
    }

    /// `isParticleJoined` past its cheap tests: a listed particle, the mark, then a capital and more.
    private static func isParticleJoined(text: String) -> Bool {
        guard let cut = text.firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) else { return false }
        let rest = text[text.index(after: cut)...]
        guard let initial = rest.first, initial.isUppercase, rest.count >= 2 else { return false }
        return joinedParticles.contains(String(text[..<cut]))
    }

    private static let joinedParticles = Set(Lexicon.shared.words(in: .nameParticle)
        + Lexicon.shared.words(in: .nameJoinedParticle))

    static func surface(_ tokens: [Token], _ r: Range<Int>) -> String {
        let known = KnownWords.shared
        var out = ""
        for k in r {
            if tokens[k].kind == .punct && (tokens[k].word == known.open || tokens[k].word == known.close
                || tokens[k].word == known.openBracket || tokens[k].word == known.closeBracket) { continue }
            if !out.isEmpty && (tokens[k].has(.spaceBefore) || tokens[k - 1].word == known.close
                || tokens[k - 1].word == known.closeBracket || tokens[k - 1].word == known.openBracket) { out += " " }
            out += tokens[k].text
        }
        return out
    }

    /// Where a title whose body joins parts with commas or "and" ends, when one starts at `k`
    /// ("Minister of Foreign Affairs and European Integration"); else 0. Only such titles: a
    /// run's other words are split as before.
    private static func titleEnd(_ t: [Token], _ k: Int, _ end: Int, _ lex: LexiconTables) -> Int {
        guard lex.classes(of: t[k]).contains(.titleStart), let m = TitleMatcher.match(t, at: k, end: end),
            m.tokens.lowerBound == k,
            m.tokens.contains(where: { t[$0].word == KnownWords.shared.and || t[$0].word == KnownWords.shared.comma })
        else { return 0 }
        return m.tokens.upperBound
    }

    /// Whether a title longer than the word at `k` starts there, or the word is a title followed
    /// by "for": "the secretary general", "the spokesman for the ministry".
    private static func titleOpens(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        guard Lexicon.shared.classes(of: t[k]).contains(.titleStart), let m = TitleMatcher.match(t, at: k, end: end)
        else { return false }
        let after = m.tokens.upperBound
        // "the mayor Marco Tellarini": a title right before a person's name (no listed place or body).
        let beforeName = after < end && t[after].kind == .word && isNameWord(t[after]) && !t[after].has(.allCaps)
            && Lexicon.shared.phrase(at: after, in: t, end: end) == nil
        return after > k + 1 || after < end && t[after].word == KnownWords.shared.for_ || beforeName
    }

    private static func findInSentence(_ t: [Token], _ span: SentenceSpan, _ s: Int, _ lex: LexiconTables, into out: inout [Mention]) {
        let known = KnownWords.shared
        let end = span.tokens.upperBound
        let first = span.tokens.lowerBound
        var i = first
        // The first word of the sentence (after opening quotes and brackets).
        var firstWord = first
        while firstWord < end && !t[firstWord].isWord { firstWord += 1 }
        let categories = isCategoryLine(t, firstWord, end)
        while i < end {
            if t[i].kind != .word && t[i].kind != .number { i += 1; continue }
            let cls = lex.classes(of: t[i])
            // Most words are lower-case words that none of the tests below takes: passed by here,
            // on their flags, classes and the words around them, in one step. (Each test below
            // needs one of these: a capital, a hyphen, "the"/"both", the sentence's first word
            // or one after "and", a pronoun or a title's word, or a number, a colon or a mark
            // written against it next.) A new test below that takes a lower-case word otherwise
            // must widen this skip (`MentionSkipTests` walks each of these kinds).
            if t[i].kind == .word, t[i].flags.isDisjoint(with: [.capitalized, .allCaps, .hyphenated]), i != firstWord,
               cls.isDisjoint(with: [.pronoun, .titleStart]), t[i].word != known.the, t[i].word != known.both,
               i == first || t[i - 1].word != known.and,
               i + 1 >= end || t[i + 1].kind != .number && t[i + 1].word != known.colon
                   && (t[i + 1].has(.spaceBefore) || t[i + 1].kind != .punct)
            {
                i += 1; continue
            }
            if t[i].isCapitalized, cls.contains(.pronoun), let p = lex.pronounOf[Int(t[i].word)], !t[i].has(.allCaps) || t[i].text.count > 2 {
                out.append(Mention(kind: .pronoun, tokens: i..<i + 1, sentence: s, type: p, name: t[i].lower, surface: t[i].text))
                i += 1; continue
            }
            // Role nouns: "the minister", "the two countries", "both companies".
            if (t[i].word == known.the || t[i].word == known.both) && i + 1 < end {
                var k = i + 1
                if k + 1 < end, t[k].kind == .word, !t[k].isCapitalized, role(t[k].word) == nil || t[k].word == known.two || t[k].word == known.three,
                   role(t[k + 1].word) != nil, t[k + 1].kind == .word, !t[k + 1].isCapitalized { k += 1 }
                // Not when the noun opens a longer title ("the secretary general of X") or is a
                // title held for a body ("the spokesman for X").
                if let r = role(t[k].word), !t[k].isCapitalized, t[k].kind == .word,
                   !(k + 1 < end && t[k + 1].word == known.of), !titleOpens(t, k, end) {
                    out.append(Mention(kind: .role, tokens: i..<k + 1, sentence: s, type: r, name: t[k].lower, surface: surface(t, i..<k + 1), role: t[k].lower))
                    i = k + 1; continue
                }
            }
            // "Austen, Jane." opening a line: a bibliography's family name, comma, first names.
            let afterInverted = i > first && t[i - 1].word == known.and && !out.isEmpty && out[out.count - 1].surface.contains(",")
                && out[out.count - 1].tokens.upperBound == i - 1
            if i == firstWord || afterInverted, let e = invertedNameEnd(t, i, end, afterInverted: afterInverted) {
                let given = surface(t, i + 2..<e), family = t[i].text
                out.append(Mention(kind: .name, tokens: i..<e, sentence: s, type: "person", name: given + " " + family,
                                   surface: family + ", " + given))
                i = e; continue
            }
            // "47th Street", "N 44th St": a numbered street (the number is not a name word).
            if let e = numberedStreetEnd(t, i, end) {
                let name = surface(t, i..<e)
                var m = Mention(kind: .name, tokens: i..<e, sentence: s, type: "place", name: name, surface: name)
                m.role = "locative"
                out.append(m)
                i = e; continue
            }
            // "501st Legion", "82nd Airborne Division": a numbered unit is a body (its first test
            // here: the call cost more than the test for each of the other words).
            if t[i].kind == .number, let e = numberedUnitEnd(t, i, end) {
                let name = surface(t, i..<e)
                out.append(Mention(kind: .name, tokens: i..<e, sentence: s, type: "organization", name: name, surface: name))
                i = e; continue
            }
            if isCreditLabel(t, i, end) { i += 1; continue }
            // "the left-leaning al-Marwadi group": the Arabic article opens a name (`ParticleOpenedNames.swift`).
            // Its cheap test first, on the token in place: the call copied the token (retaining its
            // two strings) and made an empty mention for each of 285,000 words a bench run.
            if t[i].kind == .word, t[i].flags.contains(.hyphenated),
               let m = particleOpenedName(t, i, first, end, sentence: s, lex) {
                out.append(m)
                i += 1; continue
            }
            // "podiobooks.com", "Gawker.com": a web address names the site's organization; inside a
            // link ("http://www.wikihow.com/Help", "www.flag.govt.nz") it is only an address.
            if t[i].kind == .word, let e = webAddressEnd(t, i, end) {
                let inLink = i > first && !t[i].has(.spaceBefore) && t[i - 1].kind == .punct
                    || e < end && !t[e].has(.spaceBefore) && t[e].text == "/"
                if !inLink {
                    let name = surface(t, i..<e)
                    out.append(Mention(kind: .name, tokens: i..<e, sentence: s, type: "organization", name: name, surface: name))
                }
                i = e; continue
            }
            // "US$ 10 billion", "HK$": capitals written against a dollar sign name a currency, not
            // the country.
            if isCurrencyPrefix(t, i, end) { i += 2; continue }
            // "25 CUC", "DKK 825", "11 GMT": three capitals right after or before a number are a
            // currency's or a unit's code, not a body's acronym.
            if isUnitCode(t, i, first, end, lex) { i += 1; continue }
            if !isNameWord(t, i) && !monthAsName(t, i, first, end) || span.isHeadline && !t[i].isCapitalized {
                // Lower-case: pronouns, role nouns, lower-case titles, hyphenated demonyms.
                if cls.contains(.pronoun), let p = lex.pronounOf[Int(t[i].word)] {
                    out.append(Mention(kind: .pronoun, tokens: i..<i + 1, sentence: s, type: p, name: t[i].lower, surface: t[i].text))
                    i += 1; continue
                }
                if !t[i].isCapitalized, cls.contains(.titleStart), let m = TitleMatcher.match(t, at: i, end: end), m.modifier == nil || m.tokens.lowerBound > i {
                    out.append(Mention(kind: .title, tokens: m.tokens, sentence: s, type: "title", name: m.canonical, surface: surface(t, m.tokens), title: m))
                    i = m.tokens.upperBound; continue
                }
                if t[i].isCapitalized && t[i].has(.hyphenated) { hyphenParts(t, i, s, into: &out) }
                i += 1; continue
            }
            // "Japanese-controlled": a name inside a hyphenated word, not the start of a run.
            // "Évian-les-Bains", "Stratford-upon-Avon" (capitalised at both ends) are whole names.
            // A title written with a hyphen ("Co-founder of Google, Sergey Brin,") opens a run as any title does.
            if t[i].has(.hyphenated) && (!allPartsCapitalized(t[i]) && !endsCapitalized(t[i]) || PlacePairs.joinsListedPlaces(t[i]))
                && lex.phrase(at: i, in: t, end: i + 1) == nil
                && !EntityTyper.isRoadNumber(t[i].lower)
                && !(cls.contains(.titleStart) && TitleMatcher.match(t, at: i, end: end) != nil) {
                hyphenParts(t, i, s, into: &out)
                i += 1; continue
            }
            // A capitalised title going on in lower case ("Prime minister Joko Widodo", "Major
            // general Fuad Basya") is the whole title, not a name "Prime" and a title "minister".
            if cls.contains(.titleStart), let m = TitleMatcher.match(t, at: i, end: end), m.modifier == nil,
                m.tokens.lowerBound == i, m.tokens.count >= 2, !t[m.tokens.upperBound - 1].isCapitalized
            {
                out.append(Mention(kind: .title, tokens: m.tokens, sentence: s, type: "title", name: m.canonical, surface: surface(t, m.tokens), title: m))
                i = m.tokens.upperBound; continue
            }
            // A run of capitalised words, with connectors inside ("Group of Seven").
            var j = i + 1
            var orgLike = !cls.isDisjoint(with: [.orgFirst, .placeHead])
            // "Minister of Foreign Affairs, Regional Cooperation and Nationals Abroad": a title's
            // body joins its parts with commas and "and" (`TitleBodies`); the run holds it whole.
            var titleReach = titleEnd(t, i, end, lex)
            while j < end {
                if t[j].has(.newlineBefore) || isCreditLabel(t, j, end) { break }
                if j >= titleReach, t[j].isCapitalized { titleReach = titleEnd(t, j, end, lex) }
                if j < titleReach { j += 1; continue }
                // "Categories: … North America Politics and conflicts …": a listed name ends its category.
                if categories && listedNameEnds(t, i, j, end, lex) { break }
                // "Wajiha al-Sabunji", "Jean le Rond d'Alembert": a particle joined to a name.
                if isParticleJoined(t, j) { j += 1; continue }
                if isNameWord(t, j) && !(t[j].has(.hyphenated) && !hyphenNameWord(t[j]))
                    || monthAsName(t, j, first, end) {
                    if lex.classes(of: t[j]).contains(.orgFirst) { orgLike = true }
                    j += 1; continue
                }
                if t[j].kind == .number && j > i && t[j - 1].word == known.of { j += 1; continue }
                if let e = epithetEnd(t, j, end) { j = e; break }
                // "Route 66", "Terminal 2", "Building 31": a number that completes a name.
                if t[j].kind == .number && j > i && numberedHeads.contains(t[j - 1]) { j += 1; continue }
                // "Bjerrebyvej 6", "Strynø Brovej 12": a house number after a street's suffixed name.
                if t[j].kind == .number && j > i && HouseNumberStreets.completesStreet(t, j) { j += 1; continue }
                // "Council on Foreign Relations": "on" after a head that takes a topic, unless a date
                // follows ("the Council on Monday").
                // Nor after a listed body ("the UN Security Council on Gaza") or before a listed place.
                // Nor before a code ("Kennedy Space Center on STS-1").
                if topicConnectors.contains(t[j]) && j > i && topicHeads.contains(t[j - 1]) && j + 1 < end
                    && isNameWord(t[j + 1]) && !lex.classes(of: t[j + 1]).contains(.calendar)
                    && !t[j + 1].lower.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                    && (lex.phrase(at: j + 1, in: t, end: end) == nil || opensSpacedCompound(t, j + 1, end))
                    && !(i..<j).contains(where: { k in lex.phrase(at: k, in: t, end: j).map { k + $0.tokenCount == j } ?? false }) {
                    j += 1; continue
                }
                // "Council on American - Islamic Relations": a compound's hyphen set off by spaces
                // (`SpacedHyphenNames.swift`).
                if spacedHyphenJoins(t, j, end) { j += 1; continue }
                // "Procter & Gamble", "Evergreen Aviation & Space Museum": an ampersand between name words.
                // Not between two places the gazetteer lists ("north to Leeds & York"): two places.
                if t[j].text == "&" && j + 1 < end && isNameWord(t[j + 1]) && t[j + 1].kind == .word
                    && !ampersandJoinsPlaces(t, i, j, end) { j += 1; continue }
                // "Offshore Workers' Union": a plural possessive inside an organization name.
                if t[j].kind == .possessive && t[j].text != "'s" && t[j].text != "\u{2019}s" && j + 1 < end && isNameWord(t[j + 1]) && endsInOrgHead(t, j + 1, end) {
                    j += 1; continue
                }
                // "Ministry of Economy, Trade and Industry": a list inside an "X of" name.
                if t[j].word == known.comma && j + 1 < end && isNameWord(t[j + 1]) {
                    var k = j + 1
                    while k < end && isNameWord(t[k]) { k += 1 }
                    let titleAfter = k + 2 < end && lex.classes(of: t[k + 2]).contains(.titleHeadWord)
                    // "Environment, Food and Rural Affairs Committee": a list inside a name ending in a head.
                    let orgAfter = k + 1 < end && endsInOrgHead(t, k + 1, end) && lex.phrase(at: j + 1, in: t, end: k) == nil
                        && remitWords(t, i, k)
                    // Not "the Academy, Squadron Officer School and ROTC": a part with a head of its own
                    // is a name of its own in a list.
                    let partHasHead = endsInOrgHead(t, j + 1, k)
                    if k + 1 < end && t[k].word == known.and && isNameWord(t[k + 1]) && !partHasHead
                        && (orgLike && !(k + 2 < end && isNameWord(t[k + 2])) || titleAfter || orgAfter) { j = k; continue }
                }
                let ucls = lex.classes(of: t[j])
                if t[j].kind == .word && ucls.contains(.connector) && j + 1 < end {
                    var k = j + 1
                    if (t[j].word == known.of || t[j].word == known.for_) && t[k].word == known.the && k + 1 < end { k += 1 }
                    var allowed = ucls.contains(.nameParticle) || orgLike
                    if (t[j].word == known.of || t[j].word == known.for_) && !lex.classes(of: t[j - 1]).isDisjoint(with: [.titleHeadWord, .orgHead, .placeHead, .docHead, .titlePrefix]) { allowed = true }
                    // "Competition and Markets Authority": "and" inside a name that ends in a head.
                    // A short prefix naming a country or body ("the U.K. Competition and Markets
                    // Authority", "the U.N. Food and Agriculture Organization") may come first.
                    var nameStart = i
                    if let prefix = lex.phrase(at: i, in: t, end: j), prefix.kind != .demonym, i + prefix.tokenCount < j {
                        nameStart = i + prefix.tokenCount
                    }
                    // Not when the head goes on with "of" ("the Treasury and Bank of England"): that
                    // names a second body.
                    var afterHead = k
                    while afterHead < end && isNameWord(t[afterHead]) { afterHead += 1 }
                    let headEndsName = !(afterHead < end && t[afterHead].word == known.of)
                    if (t[j].word == known.and || t[j].word == known.for_) && !allowed && isNameWord(t[k]) && endsInOrgHead(t, k, end)
                        && headEndsName && !(nameStart..<j).contains(where: { lex.classes(of: t[$0]).contains(.orgHead) }) && lex.phrase(at: nameStart, in: t, end: j) == nil
                        && !closesCommaList(t, i, j) {
                        allowed = true
                    }
                    if t[j].word == known.and && !allowed && plainWordsJoinPlaceHead(t, nameStart, j, k, end, lex) { allowed = true }
                    if t[j].word == known.and && !allowed && secondHeadOfOneSite(t, j, end, lex) { allowed = true }
                    if t[j].word == known.and && !allowed && mastheadsJoined(t, j, min(end, j + 2)) && (j + 2 == end || !isNameWord(t[j + 2])) {
                        allowed = true
                    }
                    // "Economy, Trade and Industry Minister": portfolios joined before a title head.
                    // "Minister of Water and Energy": portfolios joined after a title head's "of".
                    if t[j].word == known.and && !allowed && lex.portfolios[t[j - 1].lower] != nil && lex.portfolios[t[k].lower] != nil
                        && (k + 1 < end && lex.titleHeads[t[k + 1].lower] != nil
                            || j - 3 >= i && (t[j - 2].word == known.of || t[j - 2].word == known.for_) && lex.titleHeads[t[j - 3].lower] != nil) { allowed = true }
                    // "Journal of Personality and Social Psychology": "and" inside a head's "of" or
                    // "for" part; `headSegment` decides whether what follows belongs to the name.
                    if t[j].word == known.and && !allowed && isNameWord(t[k]) && headComplementBefore(t, i, j, lex) {
                        var last = k
                        while last < end && last < k + 3 && isNameWord(t[last]) { last += 1 }
                        allowed = last == end || !isNameWord(t[last]) && !lex.classes(of: t[last]).contains(.connector)
                    }
                    if allowed && (isNameWord(t[k]) || (t[j].word == known.of && t[k].kind == .number)) {
                        // "Anna Mo of the Civic Party and Tom Baker of DAB": after "and" a second name
                        // begins, which takes an "of" part only if it opens like a body's name.
                        // Only when the name before "and" is closed by its head or a person's first name
                        // opens the next ("Institute of History and Philology of X" stays one name).
                        if t[j].word == known.and, !lex.classes(of: t[j - 1]).isDisjoint(with: [.orgHead, .placeHead])
                            || Gazetteer.shared.isFrequentGivenName(t[k].lower) {
                            orgLike = !lex.classes(of: t[k]).isDisjoint(with: [.orgFirst, .placeHead])
                        }
                        j = k; continue
                    }
                }
                break
            }
            // "Democratic Republic of the Congo": a listed name runs on past where a run stops.
            if j < end, lex.classes(of: t[j]).contains(.connector),
               let listed = lex.phrase(at: i, in: t, end: end), i + listed.tokenCount > j { j = i + listed.tokenCount }
            // "Jammu and Kashmir": a region the gazetteer lists with an "and" in its name runs on
            // past it (`JoinedRegionNames.swift`).
            if j < end, let e = JoinedRegionNames.runEnd(t, i, and: j, end) { j = e }
            // "(President Joe) Biden": a parenthesis inside a name; "[George W.] Bush": an editor's
            // square brackets adding the first names a speaker left out.
            let bracketed = i > first && j + 1 < end && (t[i - 1].word == known.open && t[j].word == known.close
                || t[i - 1].word == known.openBracket && t[j].word == known.closeBracket)
            // Not an acronym in brackets ("the [FIFA] World Cup"): that is a name of its own.
            if bracketed, isNameWord(t[j + 1]), !t[i].has(.allCaps),
               !t[j + 1].has(.allCaps), lex.phrase(at: j + 1, in: t, end: end) == nil {
                var k = j + 2
                while k < end && isNameWord(t[k]) && !t[k].has(.hyphenated) { k += 1 }
                j = k
            }
            // "Jeff [Drake]": an editor's bracket completing a first name.
            if j + 2 < end, t[j].word == known.openBracket, Gazetteer.shared.isGivenName(t[j - 1].lower),
               isNameWord(t[j + 1]), !t[j + 1].has(.allCaps) {
                var k = j + 1
                while k < end && k < j + 3 && isNameWord(t[k]) { k += 1 }
                if k < end, t[k].word == known.closeBracket { j = k + 1 }
            }
            // "Julia "Butterfly" Hill": a quoted nickname inside a person's name (`QuotedNicknames`).
            if j < end, t[j].kind == .quote, let nick = QuotedNicknames.find(t, run: i..<j, end: end) {
                if nick.first > i {
                    segmentRun(t, i..<nick.first, span: span, sentence: s, firstWord: firstWord, lex, into: &out)
                }
                let name = surface(t, nick.first..<j) + " " + surface(t, nick.close + 1..<nick.end)
                out.append(Mention(kind: .name, tokens: nick.first..<nick.end, sentence: s, type: "person", name: name, surface: name))
                i = nick.end
                continue
            }
            // "of Italy's la Repubblica": a lower-case particle opening the name (`LowerCaseParticleNames.swift`).
            let runStart = i > first && lowerCaseParticleOpens(t, i - 1, first) ? i - 1 : i
            // "the front page read "No Quarnby Vestal News Today"": a quoted headline is read as a headline line (`QuotedHeadlines.swift`).
            var runSpan = span
            if !span.isHeadline, quotedHeadline(t, runStart, j, span) { runSpan.isHeadline = true }
            segmentRun(t, runStart..<j, span: runSpan, sentence: s, firstWord: firstWord, lex, into: &out)
            if t[i].has(.hyphenated) && j == i + 1 { hyphenParts(t, i, s, into: &out) }
            i = j
        }
    }

    /// Where a web address starting at word `i` ends: the word, a dot and a top-level domain
    /// (`name.topLevelDomain`), perhaps two ("bbc.co.uk"), with no space between them.
    ///
    /// Inlined, with a test that needs no lexicon first: nearly every word is asked, and a web
    /// address needs a dot written right after it.
    @inline(__always) static func webAddressEnd(_ t: [Token], _ i: Int, _ end: Int) -> Int? {
        guard i + 2 < end, !t[i + 1].has(.spaceBefore), t[i + 1].kind == .punct else { return nil }
        return dottedAddressEnd(t, i, end)
    }

    /// `webAddressEnd` past its first test.
    private static func dottedAddressEnd(_ t: [Token], _ i: Int, _ end: Int) -> Int? {
        var k = i + 1
        while k + 1 < end, t[k].word == KnownWords.shared.period, !t[k].has(.spaceBefore), !t[k + 1].has(.spaceBefore),
              t[k + 1].kind == .word, topLevelDomains.contains(t[k + 1]) { k += 2 }
        return k > i + 1 && (k == end || t[k].has(.spaceBefore) || t[k].kind != .word) ? k : nil
    }

    private static let topLevelDomains = WordSet(.nameTopLevelDomain)

    /// "Image:", "Photo:": a caption's credit label, the word right before a colon.
    /// Inlined: it is asked of every word of a name's run, and rarely past the colon.
    @inline(__always) static func isCreditLabel(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        k + 1 < end && t[k + 1].word == KnownWords.shared.colon && creditLabels.contains(t[k])
    }

    private static let creditLabels = WordSet(.nameCreditLabel)

    /// "… Sean Mills. Image: David Shankbone": a name right after a credit label and its colon
    /// is the credit's, also where the line after the caption's last full stop, unpunctuated and
    /// all in capitals, reads like a headline.
    static func creditedAfterLabel(_ t: [Token], _ start: Int, _ span: SentenceSpan) -> Bool {
        start - 2 >= span.tokens.lowerBound && t[start - 1].word == KnownWords.shared.colon
            && creditLabels.contains(t[start - 2])
    }
    private static let disciplines = WordSet(.nameDiscipline)
    private static let affiliations = WordSet(.nameAffiliation)
    private static let postNominals = WordSet(.titlePostNominal)

    /// "NASA Bill Ingalls", "the Council on Foreign Relations Mary Okafor": whether a person's
    /// name (a frequent first name, or any listed one before one more word and a speech verb,
    /// and one or two more name words closing the run at `end`)
    /// starts at `k`, right after an acronym or an organization's head word ends another name.
    static func personNameAfterBody(_ t: [Token], _ k: Int, _ start: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        // "… Institute of Chile Santiago Tavo Quarnic said": after a place closing a body's
        // "of" part, two words no list knows before a person's verb (`UnlistedNamesAfterBodies.swift`).
        if unlistedNameAfterPlacedBody(t, k, start, end, lex) { return true }
        // "President of the Republic of Velmoria Tavo Rinnek": the office's place, then its holder
        // (`HoldersAfterOfficePlaces.swift`).
        if holderAfterOfficePlace(t, k, start, end, lex) { return true }
        // "… Islamic Relations Samira Haddad said": a rarer first name when a speech verb follows.
        guard k > start, k + 1 < end, end - k <= 3, t[k].isCapitalized, !t[k].has(.allCaps),
              Gazetteer.shared.isFrequentGivenName(t[k].lower)
                || end - k == 2 && end < t.count && lex.shared.speechLemma(of: t[end]) != nil
                && Gazetteer.shared.isGivenName(t[k].lower, uncommonOnly: true) && Gazetteer.shared.place(t[k].lower) == nil
        else { return false }
        let before = t[k - 1]
        // An acronym, an organization's head, or a plural noun closing its "of" part ("Foreign Affairs").
        let closesBody = before.has(.allCaps) && before.kind == .word || lex.classes(of: before).contains(.orgHead)
            || before.lower.hasSuffix("s") && before.lower.count > 4 && Gazetteer.shared.isCommonWord(before.lower)
        guard closesBody else { return false }
        return (k + 1..<end).allSatisfy { isNameWord(t[$0]) && lex.classes(of: t[$0]).isDisjoint(with: [.orgHead, .placeHead]) }
            && lex.phrase(at: k, in: t, end: end) == nil
    }

    /// "illustrator Holly Easter": a word that is never a name alone ("Easter", `nonname`)
    /// but is a family name closes a person's name right after a frequent first name.
    static func familyNameClosing(_ t: [Token], _ q: Int, _ p: Int, _ end: Int) -> Bool {
        let g = Gazetteer.shared
        return q == p + 1 && (q + 1 == end || !isNameWord(t[q + 1])) && t[p].kind == .word && !t[p].has(.allCaps)
            && g.isFrequentGivenName(t[p].lower) && g.isFamilyName(t[q].lower)
    }

    /// "Jae-in", "Évian-les-Bains" continue a name; "Chinese-made" does not.
    static func hyphenNameWord(_ t: Token) -> Bool {
        if allPartsCapitalized(t) { return true }
        guard let first = t.text.split(separator: "-").first else { return false }
        return Lexicon.shared.phrases[first.lowercased()] == nil && !(first.first?.isLowercase ?? true)
    }

    /// Whether the capitalised words from `k` end in an organization head word.
    static func endsInOrgHead(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        var j = k
        while j < end && isNameWord(t[j]) { j += 1 }
        return j > k && !Lexicon.shared.classes(of: t[j - 1]).isDisjoint(with: [.orgHead, .docHead])
    }

    /// The last part of a hyphenated word starts with a capital ("Évian-les-Bains").
    static func endsCapitalized(_ t: Token) -> Bool {
        if let answer = asciiHyphenParts(t.text, { starts in starts.last.map { $0 >= 65 && $0 <= 90 } ?? false }) {
            return answer
        }
        guard let last = t.text.split(separator: "-").last, let c = last.first else { return false }
        return c.isUppercase
    }

    static func allPartsCapitalized(_ t: Token) -> Bool {
        if let answer = asciiHyphenParts(t.text, { starts in starts.allSatisfy { $0 >= 65 && $0 <= 90 || $0 >= 48 && $0 <= 57 } }) {
            return answer
        }
        return t.text.split(separator: "-").allSatisfy { part in part.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }

    /// `test` of the first bytes of the parts `text.split(separator: "-")` gives, read on the bytes of an
    /// ASCII text (each Character a byte: an upper-case Character is a byte of A-Z, a number one of
    /// 0-9); nil for a text outside ASCII, which is split into Characters. Splitting into Characters
    /// (grapheme breaking) cost some 7,000 instructions a hyphenated word.
    private static func asciiHyphenParts(_ text: String, _ test: ([UInt8]) -> Bool) -> Bool? {
        var copy = text
        return copy.withUTF8 { b -> Bool? in
            var starts: [UInt8] = []
            var i = 0
            while i < b.count {
                if b[i] >= 0x80 { return nil }
                if b[i] == 45 { i += 1; continue }
                starts.append(b[i])
                while i < b.count && b[i] != 45 { if b[i] >= 0x80 { return nil }; i += 1 }
            }
            return test(starts)
        }
    }

    /// "Japanese-controlled", "U.S.-Japan", "Motegi-Blinken": names inside a hyphenated word.
    private static func hyphenParts(_ t: [Token], _ i: Int, _ s: Int, into out: inout [Mention]) {
        let lex = Lexicon.shared
        if lex.phrase(at: i, in: t, end: i + 1) != nil { return }
        let parts = t[i].text.split(separator: "-")
        guard parts.count >= 2 else { return }
        // "the pro-Beijing camp", "anti-American feeling": a stance toward a name mentions no one.
        if parts.count == 2, stancePrefixes.contains(parts[0].lowercased()) { return }
        // "Glasgow-based", "Tokyo-headquartered": the first part is a place.
        if ["based", "headquartered"].contains(parts.last!.lowercased()), parts.count == 2, parts[0].first?.isUppercase == true {
            let p = String(parts[0])
            let sub = Tokenizer.tokenize(p)
            if let phrase = lex.phrase(at: 0, in: sub, end: sub.count), phrase.kind != .demonym {
                let name = phrase.kind == .capital ? p : phrase.canonical
                out.append(Mention(kind: .name, tokens: i..<i + 1, sentence: s, type: phrase.kind == .capital ? "place" : phrase.type, name: name, surface: p, fromLexicon: true))
            } else if lex.phrase(at: 0, in: sub, end: sub.count) == nil {
                out.append(Mention(kind: .name, tokens: i..<i + 1, sentence: s, type: "place", name: p, surface: p))
            }
            return
        }
        for part in parts {
            let p = String(part)
            guard let f = p.first, f.isUppercase else { continue }
            let sub = Tokenizer.tokenize(p)
            guard sub.count == 1 else { continue }
            if let phrase = lex.phrase(at: 0, in: sub, end: 1) {
                let kind: Mention.Kind = phrase.kind == .demonym ? .demonym : .name
                out.append(Mention(kind: kind, tokens: i..<i + 1, sentence: s, type: phrase.type, name: phrase.canonical, surface: p, fromLexicon: true))
            } else if !lex.classes(of: sub[0]).contains(.nonName) {
                var m = Mention(kind: .name, tokens: i..<i + 1, sentence: s, type: "person", name: p, surface: p, weak: true)
                m.guessed = true
                out.append(m)
            }
        }
    }

    /// The end of an organization or place named by its head word, starting at `p`:
    /// "U.S. State Department", "East China Sea", "Bank of Japan", "Group of Seven".
    private static func headSegment(_ t: [Token], _ p: Int, _ limit: Int, _ lex: LexiconTables) -> (end: Int, type: String)? {
        let known = KnownWords.shared
        // "NASA Bill Ingalls": a person's name closing the run is no part of a head's name.
        var limit = limit
        if let k = (p + 1..<max(p + 1, limit - 1)).first(where: { personNameAfterBody(t, $0, p, limit, lex) }) { limit = k }
        // "Wolstein Center for the Cleveland State University": a name of its own after "for the".
        if let f = forTheOtherNameStart(t, p, limit, lex) { limit = f }
        // "the Gold Service Medal of the Institute for …": the honour, then the body giving it.
        if let f = awardingBodyStart(t, p, limit, lex) { limit = f }
        // "… Space Museum Steven F. Udvar-Hazy Center": a site named after a person after a head.
        if let k = siteNamedForPersonStart(t, p, limit, lex) { limit = k }
        // "Massachusetts Institute of Technology and Colorado State University": two names, each
        // with a head of its own, joined by "and" ("Department of Health and Human Services" is one).
        if let and = coordinatedNames(t, p, limit, lex), let left = headSegment(t, p, and, lex), left.end == and {
            return left
        }
        // "Lake Merritt", "Fort Lee", "Mount Kenya": a place-opening word and the name words after it,
        // unless an organization's head follows ("Port Authority").
        if lex.classes(of: t[p]).contains(.placeFirst), p + 1 < limit, isNameWord(t[p + 1]) {
            var e = p + 1
            while e < limit && isNameWord(t[e]) && lex.classes(of: t[e]).isDisjoint(with: [.orgHead, .orgFirst]) { e += 1 }
            if e == limit || !isNameWord(t[e]) { return (e, "place") }
        }
        // "X of Y": a head word followed by "of" takes the name after it.
        let first = lex.classes(of: t[p])
        // "Conservatoire de Paris": a Romance "of" (`name.romanceOf`) as "of".
        if !first.isDisjoint(with: [.orgFirst, .placeHead]), p + 2 < limit + 1, p + 1 < limit,
           t[p + 1].word == known.of || romanceOf.contains(t[p + 1]) && p + 2 < limit && isNameWord(t[p + 2]) {
            var k = p + 2
            if k < limit && t[k].word == known.the { k += 1 }
            while k < limit && (!lex.classes(of: t[k]).contains(.titleStart) || TitleMatcher.match(t, at: k, end: limit) == nil) { k += 1 }
            // "Bank of Japan and Mizuho": an "and" ends the name unless what it joins belongs to it.
            if let and = (p + 2..<k).first(where: { t[$0].word == known.and }), joinsTwoNames(t, p + 2, and, k, lex) {
                k = and
            }
            k = placeQualifierStart(t, p + 2, k, lex) ?? k
            // "Daughters of the American Revolution Constitution Hall", "Bank of America Stadium":
            // a body's name closed by a building's word (`name.buildingHead`) names a site.
            if k > p + 2 { return (k, first.contains(.placeHead) || buildingHeads.contains(t[k - 1]) ? "place" : "organization") }
        }
        // Heads are looked for before a later place-opening word ("Visit Lake Merritt"): the place
        // is a name of its own.
        var q = limit - 1
        if let f = (p + 1..<max(p + 1, limit - 1)).first(where: {
            lex.classes(of: t[$0]).contains(.placeFirst) && isNameWord(t[$0 + 1]) && !placeFirstBeforeClosingHead(t, $0, limit, lex)
        }) { q = f - 1 }
        while q >= p {
            var c = lex.classes(of: t[q])
            // "Society for General Systems Research": an earlier head owns the name (`TitleWordsInBodyTopics.swift`).
            if !c.isDisjoint(with: [.orgHead, .placeHead, .docHead]), let h = earlierHeadOwningPart(t, p, q, limit, lex) {
                q = h
                c = lex.classes(of: t[q])
            }
            if docHeadQualifying(t, q, limit, c) {
                q -= 1
                continue
            }
            if !c.isDisjoint(with: [.orgHead, .placeHead, .docHead]) {
                // "Department of X" and "Institute for X" continue after the head.
                var e = q + 1
                // "Council for the Welfare of Immigrants": "for the" too.
                let forName = e + 1 < limit && (t[e].word == known.for_ || topicConnectors.contains(t[e]) && topicHeads.contains(t[q]))
                    && (isNameWord(t[e + 1]) || t[e + 1].word == known.the && e + 2 < limit && isNameWord(t[e + 2]))
                // "Conservatoire de Paris": a Romance "of" after a head, as "of".
                if e + 1 < limit, t[e].word == known.of || forName || romanceOf.contains(t[e]) && isNameWord(t[e + 1]) {
                    e += 1
                    if e < limit && t[e].word == known.the { e += 1 }
                    while e < limit && (isNameWord(t[e]) || spacedHyphenJoins(t, e, limit))
                        && (!lex.classes(of: t[e]).contains(.titleStart) || TitleMatcher.match(t, at: e, end: limit) == nil
                            || titleOpensBodysTopic(t, e, limit, lex))
                        && !personNameAfterBody(t, e, q + 2, limit, lex) { e += 1 }
                    // "Centre for Control of Iodine Deficiency Disorders", "Council for the Welfare
                    // of Immigrants": what a "for" names may take one "of" part.
                    if t[q + 1].word == known.for_, e + 1 < limit, t[e].word == known.of {
                        var f = e + 1
                        if f < limit && t[f].word == known.the { f += 1 }
                        let partStart = f
                        while f < limit && isNameWord(t[f]) && (!lex.classes(of: t[f]).contains(.titleStart) || TitleMatcher.match(t, at: f, end: limit) == nil) { f += 1 }
                        if f > partStart { e = f }
                    }
                    e = joinedComplementEnd(t, q + 2, e, limit, lex) ?? e
                    e = placeQualifierStart(t, q + 2, e, lex) ?? e
                    if countryAfterPlacedBody(t, p, q, e, lex) { e = q + 1 }
                }
                // "Public School 4", "Terminal 2": the number the head takes (then a lone head names).
                let numbered = e == q + 1 && e < limit && t[e].kind == .number && numberedHeads.contains(t[q])
                if numbered { e += 1 }
                // "New Territories West", "Hill District East": a compass word closing the run after
                // a place's head names a part of that place (a constituency, a district), not a
                // place "West" of its own.
                if e == q + 1, e + 1 == limit, c.contains(.placeHead), !c.contains(.orgHead),
                   t[e].kind == .word, !t[e].has(.allCaps), closingCompassWords.contains(t[e]) { e += 1 }
                // A lone generic head ("Ministry") is a role word, not a name; institutions stand
                // alone, and "Centre for Maritime Studies" goes on after its head.
                let goesOnWithFor = q + 1 < limit && (t[q + 1].word == known.for_ || topicConnectors.contains(t[q + 1])) && e > q + 2
                if q == p && !c.contains(.institution) && !t[q].has(.allCaps) && !goesOnWithFor && !numbered { return nil }
                // "Marc Lamont Hill", "Nathan Law": a first name, then a head word that is also a
                // family name, make a person's name.
                // Not "Johnson Space Center": an ordinary word between them makes a site's name.
                // Not "Ivy League": a head word few people bear as a family name keeps its body.
                if e == q + 1, q - p <= 2, Gazetteer.shared.isGivenName(t[p].lower, uncommonOnly: true),
                   Gazetteer.shared.isFrequentFamilyName(t[q].lower),
                   !(p + 1..<q).contains(where: { Gazetteer.shared.isCommonWord(t[$0].lower) }) { return nil }
                // "President Park Geun-hye": a head word that is a listed family name written
                // first, opening such a name, is that person's family name, no site's head.
                if e == q + 1, q > p, e < limit, FamilyFirstNames.isListedSurname(t[q].lower),
                   FamilyFirstNames.isFamilyFirst(surface(t, q..<e + 1))
                    || e + 1 < limit && FamilyFirstNames.isFamilyFirst(surface(t, q..<e + 2)) { return nil }
                // "Kennedy Space Center", "Metro Toronto Convention Centre": a centre with no "for" or
                // "of" part is a site; "Centre for Social Evolution" is a body.
                let site = e == q + 1 && siteHeads.contains(t[q])
                // "Irving Independent School District": a service's word before a place head makes a body.
                // Over an area only (`typer.placeNounAfter`): "NTU Hospital Station" is a station.
                let serviceBody = q > p && serviceDistricts.contains(t[q - 1]) && EntityTyper.tokenWords.placeNounsAfter.contains(t[q])
                // "National Museum of the U.S. Air Force", "Palace of the Parliament": a place's head
                // before "of the" names the place; the body closing the run is its "of" part.
                let placeBeforeOfThe = (p..<q).contains { h in
                    h + 2 < q && t[h + 1].word == known.of && t[h + 2].word == known.the
                        && lex.classes(of: t[h]).contains(.placeHead) && !lex.classes(of: t[h]).contains(.orgHead)
                }
                // "Karachi House": a large city's name and a house's word name a site (`PlaceNamedHouses.swift`).
                // "State House", "Jubilee House": ordinary words and a house's word name a building (`HouseSites.swift`).
                let house = e == q + 1 && (PlaceNamedHouses.isHouse(t, p..<e) || HouseSites.isSite(t, p..<e))
                let type = c.contains(.docHead) ? "work"
                    : (c.contains(.placeHead) && !c.contains(.orgHead) && !serviceBody || site || placeBeforeOfThe || house ? "place" : "organization")
                // "World War II": an occasion's number after its head.
                if type == "work", e == q + 1, e < limit, isNameSuffix(t[e]), t[e].has(.allCaps) {
                    return (e + 1, type)
                }
                return (e, type)
            }
            q -= 1
        }
        return nil
    }

    /// Where "and" joins two names that each end in a head word of their own, both of two words or
    /// more: "Massachusetts Institute of Technology and Colorado State University", "Foreign Ministry
    /// and Defense Ministry". Not "Department of Health and Human Services" (no head after "and").
    private static func coordinatedNames(_ t: [Token], _ p: Int, _ limit: Int, _ lex: LexiconTables) -> Int? {
        let known = KnownWords.shared
        let heads: WordClass = [.orgHead, .placeHead]
        guard let and = (p + 2..<max(p + 2, limit - 2)).first(where: { t[$0].word == known.and }) else { return nil }
        let leftHasHead = (p..<and).contains { !lex.classes(of: t[$0]).isDisjoint(with: heads) }
        guard leftHasHead, t[and + 1].isCapitalized, !secondHeadOfOneSite(t, and, limit, lex) else { return nil }
        // "the Civic Party and Wong Pik-wan of the Democratic Party": a person's name after "and".
        if and + 2 < limit, isNameWord(t[and + 2]), Gazetteer.shared.isGivenName(t[and + 1].lower, uncommonOnly: true)
            || FamilyFirstNames.isFamilyFirst(surface(t, and + 1..<and + 3)) { return and }
        // The right name's head: after one word or more, before any "of" or "and" (its "of" part,
        // "Colorado State University of the US", may follow).
        var h = and + 2
        while h < limit && t[h].word != known.of && t[h].word != known.and {
            if !lex.classes(of: t[h]).isDisjoint(with: heads) { return and }
            h += 1
        }
        return nil
    }

    /// Whether the run `i..<j` has an organization or place head followed by "of" or "for".
    private static func headComplementBefore(_ t: [Token], _ i: Int, _ j: Int, _ lex: LexiconTables) -> Bool {
        let known = KnownWords.shared
        guard j - i >= 3 else { return false }
        return (i..<j - 2).contains { k in
            (t[k + 1].word == known.of || t[k + 1].word == known.for_)
                && !lex.classes(of: t[k]).isDisjoint(with: [.orgHead, .placeHead, .orgFirst])
        }
    }

    /// Where the "of" or "for" part of a name (`from..<end`) goes on with "and" and one to three
    /// name words that end the run: "Royal Academy of Painting and Sculpture", "Centre for Irish
    /// and Scottish Studies", "Journal of Personality and Social Psychology". Not when either side
    /// is a name of its own ("Bank of Japan and Mizuho", "Ministry of Defence and John Smith"):
    /// the first part a place, the second a listed name or opening with a first name.
    private static func joinedComplementEnd(_ t: [Token], _ from: Int, _ end: Int, _ limit: Int, _ lex: LexiconTables) -> Int? {
        let known = KnownWords.shared
        var start = from
        if start < end && t[start].word == known.the { start += 1 }
        guard start < end, end + 1 < limit, t[end].word == known.and, isNameWord(t[end + 1]) else { return nil }
        var stop = end + 1
        while stop < limit && isNameWord(t[stop]) { stop += 1 }
        guard stop == limit, stop - (end + 1) <= 3, !joinsTwoNames(t, start, end, stop, lex) else { return nil }
        return stop
    }

    /// Whether the "and" at `and` joins two names rather than two parts of one: the words before
    /// it (from `start`) are a place, or the words after it (to `stop`) open with a first name or
    /// hold a listed name ("Bank of Japan and Mizuho", "Ministry of Defence and John Smith").
    private static func joinsTwoNames(_ t: [Token], _ start: Int, _ and: Int, _ stop: Int, _ lex: LexiconTables) -> Bool {
        guard and + 1 < stop else { return false }
        if isPlace(t, start, and, lex) || Gazetteer.shared.isGivenName(t[and + 1].lower, uncommonOnly: true) { return true }
        return (and + 1..<stop).contains { lex.shared.phrase(at: $0, in: t, end: stop).map { $0.kind != .demonym } ?? false }
    }

    /// "University of Sheffield of the UK": after a name whose "of" part is a place, a second "of
    /// (the) <place>" says where it is and is not part of the name. Returns where that "of" stands.
    /// "Bank of the Republic of Korea" keeps its second "of": "Republic" is not a place.
    private static func placeQualifierStart(_ t: [Token], _ from: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        let known = KnownWords.shared
        var start = from
        if start < end && t[start].word == known.the { start += 1 }
        guard let second = (start + 1..<max(start + 1, end)).first(where: { t[$0].word == known.of }) else { return nil }
        var after = second + 1
        if after < end && t[after].word == known.the { after += 1 }
        guard after < end, isPlace(t, start, second, lex), isPlace(t, after, end, lex) else { return nil }
        return second
    }

    /// "Colorado State University of the US": a body whose name opens with a listed place, then
    /// "of (the)" and exactly a country, is placed twice: the country locates it and is no part
    /// of its name. One whose name a place does not open keeps it ("National University of
    /// Singapore", "University of the Philippines").
    private static func countryAfterPlacedBody(_ t: [Token], _ p: Int, _ head: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        let known = KnownWords.shared
        guard head > p, head + 2 < end, t[head + 1].word == known.of else { return false }
        var start = head + 2
        if t[start].word == known.the { start += 1 }
        guard start < end, let country = lex.shared.phrase(at: start, in: t, end: end), start + country.tokenCount == end,
              country.type == "country" else { return false }
        return (p + 1..<head).contains { isPlace(t, p, $0, lex) }
    }

    /// Whether tokens `start..<end` are exactly a country or place the lexicon or the gazetteer lists.
    /// A people's adjective ("Irish", in "Centre for Irish and Scottish Studies") is no place, nor
    /// is an ordinary word some region is also called ("Maritime").
    private static func isPlace(_ t: [Token], _ start: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        if let phrase = lex.shared.phrase(at: start, in: t, end: end), start + phrase.tokenCount == end {
            if phrase.kind == .demonym { return false }
            if phrase.type == "country" || phrase.type == "place" { return true }
        }
        let key = t[start..<end].map(\.lower).joined(separator: " ")
        return end - start <= 4 && Gazetteer.shared.place(key).map { !$0.isCommonWord } ?? false
    }

    /// `text.count` of a token's text or lower case, by bytes when the token is all ASCII (the
    /// tokenizer's `nonASCII` flag unset: each Character a byte); counting Characters breaks graphemes.
    @inline(__always) static func characterCount(_ text: String, ascii: Bool) -> Int {
        ascii ? text.utf8.count : text.count
    }

    /// Whether the last mention found is a title ending at token `k` (read in place: `out.last`
    /// copied the mention, its strings and title, for every run of capitalised words).
    @inline(__always) private static func endsWithTitle(_ out: [Mention], at k: Int) -> Bool {
        guard let last = out.indices.last else { return false }
        return out[last].kind == .title && out[last].tokens.upperBound == k
    }

    private static func segmentRun(_ t: [Token], _ run: Range<Int>, span: SentenceSpan, sentence s: Int, firstWord: Int,
                                   _ lex: LexiconTables, into out: inout [Mention]) {
        var p = run.lowerBound
        let end = run.upperBound
        // Where titles start inside the run (computed once: the run is scanned from each position).
        // Most runs have no word a title can start with: then no arrays are made.
        var titles: [TitleMatch?] = []
        var titleStarts: [Bool] = []
        if run.contains(where: { t[$0].isCapitalized && lex.classes(of: t[$0]).contains(.titleStart) }) {
            titles.reserveCapacity(run.count)
            titleStarts.reserveCapacity(run.count)
            for k in run {
                let match = t[k].isCapitalized ? TitleMatcher.match(t, at: k, end: end) : nil
                titleStarts.append(match != nil)
                titles.append(match)
            }
        }
        let anyTitle = !titles.isEmpty
        // Where a plural title before names ends ("Senators Claudia Mo …"): the name there is a person's.
        var pluralTitleEnd = -1
        while p < end {
            let pcls = lex.classes(of: t[p])
            if t[p].kind == .punct || (pcls.contains(.connector) && !t[p].isCapitalized && !lowerParticleOpensRun(t, p, run)) {
                p += 1; continue
            }
            // "The U.S. State Department": a sentence-initial "The" is not part of the name.
            // So is one opening a clause after a dash or a colon ("Oslo, Norway — The Oslo City …").
            // The article's class first: the set of marks hashes a string, asked of every word.
            if p + 1 < end && pcls.contains(.article)
                && (p == firstWord || p > span.tokens.lowerBound && clauseMarks.contains(t[p - 1].text)) { p += 1; continue }
            // "A. Anasazi": a line's enumerator letter is no initial (`EnumeratorLetters.swift`).
            if p + 1 < end, isEnumeratorLetter(t, p) { p += 1; continue }
            // "Datuk Seri Aminah Yusof": a style of address is no part of the name after it (`HonorificStyles.swift`).
            if let n = HonorificStyles.length(t, p, end) { p += n; continue }
            // "aboard Air Force One": an aircraft's call sign, no body (`CallSignNames.swift`).
            if let e = CallSignNames.end(t, p, end) {
                let name = surface(t, p..<e)
                out.append(Mention(kind: .name, tokens: p..<e, sentence: s, type: "work", name: name, surface: name))
                p = e; continue
            }
            // "Jammu and Kashmir": one region across its "and" (`JoinedRegionNames.swift`).
            if let e = JoinedRegionNames.at(t, p, end) {
                let name = surface(t, p..<e)
                out.append(Mention(kind: .name, tokens: p..<e, sentence: s, type: "place", name: name, surface: name))
                p = e; continue
            }
            // "the first New York-born leader": a listed name cut from its suffix (`HyphenSuffixedNames.swift`).
            if let m = suffixedListedName(t, p, end, sentence: s, lex) {
                out.append(m)
                p = end; continue
            }
            // "Senators Claudia Mo and Tom Baker": a plural title before names is no part of them.
            if p + 1 < end, t[p].isCapitalized, isNameWord(t[p + 1]), EntityTyper.isPluralTitleHead(t[p].lower),
               lex.phrase(at: p, in: t, end: end) == nil, !(p + 1..<end).contains(where: {
                   !lex.classes(of: t[$0]).isDisjoint(with: [.orgHead, .placeHead, .docHead])
               }) {
                p += 1; pluralTitleEnd = p; continue
            }
            // The first title start in the rest of the run bounds an organization name.
            var titleAt = end
            var k = p + 1
            while anyTitle && k < end {
                if titleStarts[k - run.lowerBound] && !titleWordInBody(t, titles[k - run.lowerBound], end, lex)
                    && !titleOpensBodysTopic(t, k, end, lex) { titleAt = k; break }
                k += 1
            }
            var phrase = lex.phrase(at: p, in: t, end: end)
            // "Health Minister Sofia Mendes": a one-word place right after a title and before
            // another name word is a first name, not the city.
            if let ph = phrase, ph.tokenCount == 1, ph.kind == .capital || ph.kind == .place,
               endsWithTitle(out, at: p), p + 1 < end,
               t[p + 1].kind == .word, t[p + 1].isCapitalized, lex.phrase(at: p + 1, in: t, end: end) == nil,
               lex.classes(of: t[p + 1]).isDisjoint(with: [.nonName, .orgHead, .placeHead, .titleStart]) {
                phrase = nil
            }
            // "Scottish Conservatives", "Welsh Labour", "English Heritage": the adjective of a
            // nation that is no state (`places.tsv`) stands alone or before a title ("English
            // captain X", "Scottish First Minister Y"); before other name words it opens one name.
            if let ph = phrase, ph.kind == .demonym, ph.type == "place", p + ph.tokenCount < end, titleAt != p + ph.tokenCount {
                phrase = nil
            }
            // "QZ Chicago": an unlisted acronym and a place closing the run name one body
            // (`AcronymPlaceNames.swift`).
            if phrase == nil, let e = acronymPlaceEnd(t, p, run, span, lex) {
                let r = p..<e
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "organization", name: name, surface: name))
                p = e; continue
            }
            // "Tampa Bay Rays", "Pittsburgh Pirates": a place, then a plural
            // name, is a team or another body named after the place (the place is nested in it).
            if let e = placeThenPluralEnd(t, p, end, lex) {
                let r = p..<e
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "organization", name: name, surface: name))
                p = e; continue
            }
            // "the NBA Cavaliers": a listed body, then a plural, is a team (`LeagueTeamNames.swift`).
            if let e = listedBodyThenPluralEnd(t, p, end, lex) {
                let r = p..<e
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "organization", name: name, surface: name))
                p = e; continue
            }
            // "Edmonton Sun", "Irish Independent", "Daily Mail": a newspaper named by its place and a
            // masthead word.
            if let e = mastheadEnd(t, p, end, lex) {
                let r = p..<e
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "organization", name: name, surface: name))
                p = e; continue
            }
            // "the UK Government", "the British Red Cross": a body named after a country
            // (`NationalBodies.swift`).
            if let e = nationalGovernmentEnd(t, p, end, lex) ?? nationalBranchEnd(t, p, end, lex) {
                let r = p..<e
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "organization", name: name, surface: name))
                p = e; continue
            }
            // "Paris Hilton", "Chad Michael Murray", "Florence Nightingale": a one-word place that is
            // also a first name, then a family or first name, is a person's name.
            if let ph = phrase, ph.tokenCount == 1, ph.kind == .capital || ph.kind == .place || ph.kind == .country,
               p + 1 < end, personNameAfterPlace(t, p, end, lex),
               // "High Commissioner to India Rashid Qamar": right after an office's "to", the office's place.
               !followsOfficePreposition(t, p, lex) {
                phrase = nil
            }
            // "Eastern Europe", "Southern California", "Northeast Ohio": a part of a listed place
            // is a place of its own (the listed one is nested in it).
            // "Upper Manhattan": a gazetteer place serves too.
            if phrase == nil || phrase!.tokenCount == 1, p + 1 < end, t[p].isCapitalized,
               regionModifiers.contains(t[p]), let inner = placeLength(t, p + 1, end, lex),
               // Not "East China Sea": a head after the place makes another name.
               p + 1 + inner == end || !isNameWord(t[p + 1 + inner]) {
                let r = p..<p + 1 + inner
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "place", name: name, surface: name))
                p = r.upperBound; continue
            }
            var title = t[p].isCapitalized ? (anyTitle ? titles[p - run.lowerBound] : nil)
                : pcls.contains(.titleStart) ? TitleMatcher.match(t, at: p, end: end) : nil
            // "Dean Kamen", "Earl Warren": a one-word title that is also a frequent first name, then
            // one family name closing the run, is a person's full name.
            if let one = title, one.tokens == p..<p + 1, p + 2 == end, Gazetteer.shared.isFrequentGivenName(t[p].lower),
               isNameWord(t[p + 1]), t[p + 1].kind == .word, lex.phrase(at: p + 1, in: t, end: end) == nil,
               Gazetteer.shared.isFamilyName(t[p + 1].lower, uncommonOnly: true)
                || !Gazetteer.shared.isCommonWord(t[p + 1].lower) {
                title = nil
            }
            // "as Congresswoman Bishop said", "Mr. Bishop": a one-word title closing the run right
            // after another title is the family name it also is (`titleWordSurname`).
            if let one = title, endsWithTitle(out, at: p),
               titleWordSurname(t, one, p, end, titled: true, titleStart: out[out.count - 1].tokens.lowerBound, lex) {
                title = nil
            }
            let head = span.isHeadline && !span.isCaption ? nil : headSegment(t, p, titleAt, lex)
            let phraseEnd = phrase.map { p + $0.tokenCount } ?? p
            // "CEO of the Refugee Council": a title, then the organization it is held at.
            let titleThenOf = title.map { $0.tokens.lowerBound == p && $0.tokens.upperBound < end
                && t[$0.tokens.upperBound].word == KnownWords.shared.of } ?? false
            if let head, head.end > phraseEnd, title == nil || head.end > title!.tokens.upperBound && !titleThenOf {
                var start = p
                if p == firstWord && !pcls.isDisjoint(with: [.starter, .sentenceOpener]) { start += 1 }
                if start < head.end {
                    let name = surface(t, start..<head.end)
                    out.append(Mention(kind: .name, tokens: start..<head.end, sentence: s, type: head.type, name: name, surface: name))
                }
                p = head.end; continue
            }
            // "Jersey City", "Benin City": a city of 100,000 people the gazetteer lists whose name
            // is a listed name and a place's head word is one place.
            if let phrase, phrase.kind != .demonym, let e = listedCityOverPhraseEnd(t, p, p + phrase.tokenCount, end, lex) {
                let name = surface(t, p..<e)
                out.append(Mention(kind: .name, tokens: p..<e, sentence: s, type: "place", name: name, surface: name))
                p = e; continue
            }
            // "Mozilla Firefox", "Google Chrome": a listed company's one-word name, then one word
            // closing the run, names its product; the company is no entity of that mention.
            if let phrase, productAfterCompany(t, p, phrase, end, lex) {
                let r = p..<end
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "work", name: name, surface: name))
                p = end; continue
            }
            if let phrase, phrase.tokenCount >= 2 || title == nil {
                let r = p..<p + phrase.tokenCount
                var m = Mention(kind: phrase.kind == .demonym ? .demonym : .name, tokens: r, sentence: s, type: phrase.type,
                                name: phrase.canonical, surface: surface(t, r), fromLexicon: true)
                if phrase.kind == .capital {
                    if usedAsState(t, r, span: span, firstWord: firstWord) {
                        m.stateUse = true
                    } else {
                        m.name = titleCased(surface(t, r), t[r.lowerBound].has(.allCaps))
                        m.type = "place"
                    }
                }
                out.append(m)
                p = r.upperBound; continue
            }
            if let title {
                out.append(Mention(kind: .title, tokens: title.tokens, sentence: s, type: "title", name: title.canonical,
                                   surface: surface(t, title.tokens), title: title))
                p = title.tokens.upperBound; continue
            }
            // What is left up to the next title or lexicon name is a name.
            // "interviewee R Kumaresan": a person's initial without its dot (`InitialWithoutDot.swift`).
            if initialBeforeName(t, p, run, lex) {
                let name = surface(t, p..<end)
                out.append(Mention(kind: .name, tokens: p..<end, sentence: s, type: "person", name: name, surface: name))
                p = end; continue
            }
            if pcls.contains(.nonName) && !t[p].has(.hyphenated) { p += 1; continue }
            // "New South Wales": a region the gazetteer lists that ends in a listed name is one place.
            if let e = listedRegionOverPhraseEnd(t, p, end, lex) {
                let name = surface(t, p..<e)
                out.append(Mention(kind: .name, tokens: p..<e, sentence: s, type: "place", name: name, surface: name))
                p = e; continue
            }
            var q = p + 1
            while q < end {
                if anyTitle && titleStarts[q - run.lowerBound] || (lex.phrase(at: q, in: t, end: end) != nil && !t[q].has(.dotted)) {
                    // "George Washington", "Martin Luther King Jr.": a family name that is also a place or a title.
                    if familyNameAfterGivenName(t, q, p, end, lex, title: anyTitle ? titles[q - run.lowerBound] : nil) {
                        q += 1
                        while q < end && isNameSuffix(t[q]) { q += 1 }
                        continue
                    }
                    break
                }
                // "Visit Lake Merritt": a place's opening word starts a new name.
                if lex.classes(of: t[q]).contains(.placeFirst) && q + 1 < end && isNameWord(t[q + 1])
                    && !placeFirstBeforeClosingHead(t, q, end, lex) { break }
                if personNameAfterBody(t, q, p, end, lex) { break }
                // "… Heritage Trust Datuk Rahim Osman": a style opens the next name.
                if HonorificStyles.length(t, q, end) != nil { break }
                // "Marta Oyelaran SC said": letters of an office after a person's name close it
                // (the title rules read them).
                if q == end - 1, q - p >= 2, t[q].has(.allCaps), postNominals.contains(t[q]) { break }
                if lex.classes(of: t[q]).contains(.nonName) && !t[q].has(.hyphenated) && !familyNameClosing(t, q, p, end)
                    && !regnalOneCloses(t, q, p, end, span, titled: endsWithTitle(out, at: p)) { break }
                q += 1
            }
            // "the Special Olympics": the words an occasion's word closes are its name's (`OccasionNames.swift`).
            if OccasionNames.closes(t, p, q, end) { p = q; continue }
            var start = p
            // "say, 'Hey Frank, my name is John'": a greeting opening quoted speech before a name
            // and a comma (one called by name) is no part of the name.
            let vocative = q < span.tokens.upperBound && t[q].word == KnownWords.shared.comma
            while start < q && (!lex.classes(of: t[start]).isDisjoint(with: [.starter, .sentenceOpener])
                && (start == firstWord || vocative && start == p && opensQuotation(t, start, span))
                || lex.classes(of: t[start]).contains(.connector) && !opensName(t, start, q) && !lowerParticleOpensRun(t, start, run)
                || t[start].kind == .punct) { start += 1 }
            // "Nonpartisan Paul Tse", "Republican Anna Fisk": an ordinary capitalised word or a party
            // affiliation before a first name and the family name closing the run says what the person is.
            if q - start >= 3, q - start <= 4, t[start].kind == .word, !t[start].has(.allCaps), t[start + 1].isCapitalized,
               Gazetteer.shared.isCommonWord(t[start].lower) || affiliations.contains(t[start]),
               !Gazetteer.shared.isGivenName(t[start].lower), Gazetteer.shared.place(t[start].lower) == nil,
               lex.phrase(at: start, in: t, end: q) == nil,
               !Gazetteer.shared.isFamilyName(t[start].lower), Gazetteer.shared.isFrequentGivenName(t[start + 1].lower),
               (start + 2..<q).allSatisfy({ isNameWord(t[$0]) && lex.classes(of: t[$0]).isDisjoint(with: [.orgHead, .placeHead]) }) {
                start += 1
            }
            var stop = q
            while stop > start && (lex.classes(of: t[stop - 1]).contains(.connector) || t[stop - 1].kind == .punct
                || t[stop - 1].kind == .number && !(stop - 2 >= start && numberedHeads.contains(t[stop - 2]))
                    && !(stop - 2 >= start && HouseNumberStreets.completesStreet(t, stop - 1))) { stop -= 1 }
            // "DAB's Elizabeth Quat In the New Territories": a capitalised preposition that opens a
            // clause (a lower-case word follows the run) ends the name before it; not a family name
            // before a verb ("Marcus Or was elected", `ConnectorSurnames.swift`).
            while stop > start + 1, stop == q, notLast.contains(t[stop - 1]), q < span.tokens.upperBound,
                  t[q].kind == .word, !t[q].isCapitalized, !notLastWordIsSurname(t, stop - 1, span) { stop -= 1 }
            p = q
            guard start < stop else { continue }
            // The words of the name (not numbers or marks): how many, the first, whether all are
            // non-names or starters, whether all are in capitals. One pass, no array of tokens.
            var wordCount = 0, firstWordAt = start, allNonName = true, allCaps = true
            for k in start..<stop where t[k].kind == .word {
                if wordCount == 0 { firstWordAt = k }
                wordCount += 1
                if lex.classes(of: t[k]).isDisjoint(with: [.nonName, .starter]) { allNonName = false }
                if !t[k].has(.allCaps) { allCaps = false }
            }
            guard wordCount > 0 else { continue }
            if allNonName { continue }
            if compassBeforePeople(t, start, stop, span, lex) { continue }
            // Headlines: only names resolution already knows survive (marked weak), unless the
            // line itself says what the name is: a title before it ("Senator Hatfield, Mr. Chief
            // Justice, ...") or its country after it ("Yekaterinburg, Russia").
            let afterTitle = endsWithTitle(out, at: start) || start == pluralTitleEnd
            // "St. Mark at His Desk (1502), by Paolo Venturi": a lower-case "by" credits a
            // name's maker in a caption-like line.
            let credited = start > span.tokens.lowerBound && t[start - 1].text == "by" && wordCount >= 2
                || creditedAfterLabel(t, start, span)
                || wordCount >= 2 && CreditLineNames.bylineName(t, start, stop, span)
                || CreditLineNames.slashCreditName(t, start, stop, span)
            if span.isHeadline && !span.isCaption && !afterTitle && !credited && !placeApposition(t, stop, span) {
                // "South Court Auditorium", "Varnel Cemetery": a head word says what the name is.
                if let type = headlineHeadType(t, start, stop, lex), !headlineRunIsClause(t, start, stop, span, sentence: s) {
                    let name = surface(t, start..<stop)
                    out.append(Mention(kind: .name, tokens: start..<stop, sentence: s, type: type, name: name, surface: name))
                    continue
                }
                var m = Mention(kind: .name, tokens: start..<stop, sentence: s, type: "person", name: surface(t, start..<stop), surface: surface(t, start..<stop), weak: true)
                m.guessed = true
                out.append(m)
                continue
            }
            // "Statistics Canada", "Transport Canada": one common word and a country closing the
            // run name a national agency (not after a title, where the word is a person's name).
            if wordCount == 1, !allCaps, stop == q, start != firstWord, !t[start].has(.hyphenated),
               let c = lex.phrase(at: q, in: t, end: end), c.kind == .country, q + c.tokenCount == end,
               !endsWithTitle(out, at: start) {
                let r = start..<end
                let name = surface(t, r)
                out.append(Mention(kind: .name, tokens: r, sentence: s, type: "organization", name: name, surface: name))
                p = end; continue
            }
            // "a degree in Sport Psychology": a field of study, not a name.
            if disciplines.contains(t[stop - 1]), (start..<stop - 1).allSatisfy({ k in t[k].kind != .word
                || Gazetteer.shared.isCommonWord(t[k].lower) || !t[k].has(.allCaps) && lex.phrase(at: k, in: t, end: stop) == nil
                    && !Gazetteer.shared.isGivenName(t[k].lower) && !Gazetteer.shared.isFamilyName(t[k].lower)
                    && Gazetteer.shared.place(t[k].lower) == nil }) { continue }
            let name = surface(t, start..<stop)
            // In a headline-like line a title before the name says what it is ("Senator Hatfield,
            // Vice President Bush, Speaker O'Neill, …"), and so does a credit label ("Image credit:
            // Holley (…)", "Video: Miharris"): resolution keeps it like any strong name, where it
            // passes over a headline's one-word names the body does not name.
            var weak = (wordCount == 1 || allCaps) && !(span.isHeadline && !span.isCaption && (afterTitle || credited))
            let asciiWord = !t[firstWordAt].flags.contains(.nonASCII)
            var type = wordCount == 1 && t[firstWordAt].has(.allCaps) && characterCount(t[firstWordAt].text, ascii: asciiWord) <= 6
                && start != pluralTitleEnd ? "organization" : "person"
            // "in English", "in Japanese", "to the Western": a language or an adjective is no place
            // (only these endings: "Évian", "Adriatic" and "Xian" are places).
            let adjective = wordCount == 1 && characterCount(t[firstWordAt].lower, ascii: asciiWord) > 4
                && ["ish", "ese", "ern"].contains { t[firstWordAt].lower.hasSuffix($0) }
            // "I-44", "US-412": a road's number.
            let road = wordCount == 1 && t[firstWordAt].has(.hyphenated) && EntityTyper.isRoadNumber(t[firstWordAt].lower)
            // "in Tom Hallam's adaptation", "at Wexbridge's house": the place is what the name owns.
            let owner = stop < span.tokens.upperBound && t[stop].kind == .possessive
                || modifiesNoun(t, start, stop, span)
            if start == pluralTitleEnd {
                // A plural title said what the name is.
                weak = false
            } else if !adjective && !owner && !ordinaryWordAlone(t, start, stop, wordCount, allCaps) && locativeBefore(t, start, span)
                && !givenAndFamilyName(t, start, stop) || road || placeApposition(t, stop, span) || stateCodeApposition(t, start, stop, span) || wordCount == 1 && beforeLocalOffice(t, stop, span)
                || type == "person" && !allCaps && listedPlaceNotPerson(name, afterTitle: afterTitle) {
                type = "place"; weak = false
            }
            // "The Independent reported", "the Herald only quoted": a newspaper known by one word.
            if wordCount == 1 && newspaperAlone(t, start, stop, span) { type = "organization"; weak = false }
            var m = Mention(kind: .name, tokens: start..<stop, sentence: s, type: type, name: name, surface: name, weak: weak)
            if type == "place" { m.role = "locative" }
            m.guessed = type == "person" && start != pluralTitleEnd
            out.append(m)
        }
    }

    /// What the finder reads from `Lexicon.shared` for every token, read out once an article:
    /// reading the shared lexicon's properties costs an exclusivity check and a retain each time.
    struct LexiconTables {
        let shared = Lexicon.shared
        let wordClasses = Lexicon.shared.classes
        let pronounOf = Lexicon.shared.pronounOf
        let startsPhrase = MentionFinder.startsPhrase

        /// `Lexicon.classes(of:)`.
        @inline(__always) func classes(of t: Token) -> WordClass {
            t.word >= 0 ? wordClasses[Int(t.word)] : []
        }

        /// `Lexicon.phrase(at:in:end:)`, without walking the trie from a word no phrase starts with.
        @inline(__always) func phrase(at i: Int, in t: [Token], end: Int) -> Lexicon.Phrase? {
            guard i < end, t[i].word >= 0, startsPhrase[Int(t[i].word)] else { return nil }
            return shared.phrase(at: i, in: t, end: end)
        }

        var portfolios: [String: String] { shared.portfolios }
        var titleHeads: [String: String] { shared.titleHeads }
    }

    /// By word id: whether some lexicon phrase starts with the word.
    static let startsPhrase: [Bool] = {
        let lex = Lexicon.shared
        return (0..<lex.vocabulary.count).map { lex.phraseTrie.child(0, Int32($0)) != nil }
    }()

    private static let openingParticles = WordSet(.nameOpeningParticle)
    /// Organization heads that name a site when no "for"/"of" part follows ("Space Center").
    private static let siteHeads = WordSet(.nameSiteHead)
    private static let romanceOf = WordSet(.nameRomanceOf)
    private static let serviceDistricts = WordSet(.nameServiceDistrict)
    private static let epithets = WordSet(.nameEpithet)

    /// "La Venta", "El Castillo", "De Beers": a capitalised particle that opens the name words
    /// after it (before `end`) rather than joining two names.
    static func opensName(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        t[k].isCapitalized && !t[k].has(.allCaps) && openingParticles.contains(t[k]) && k + 1 < end && isNameWord(t[k + 1])
    }

    /// "Constantine the Great", "John the Baptist": where a name taking an epithet ends, if the
    /// tokens at `j` are "the" and an epithet.
    static func epithetEnd(_ t: [Token], _ j: Int, _ end: Int) -> Int? {
        guard j + 1 < end, t[j].word == KnownWords.shared.the, t[j + 1].isCapitalized, epithets.contains(t[j + 1]) else { return nil }
        return j + 2
    }

    /// Whether the place word at `p` opens a person's name: it is a first name, and the next
    /// word is a capitalised first or family name that is no ordinary word, listed name or head.
    static func personNameAfterPlace(_ t: [Token], _ p: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        let g = Gazetteer.shared
        let next = t[p + 1]
        guard next.kind == .word, next.isCapitalized, !next.has(.allCaps), !t[p].has(.allCaps),
              g.isGivenName(t[p].lower), lex.phrase(at: p + 1, in: t, end: end) == nil,
              lex.classes(of: next).isDisjoint(with: [.nonName, .orgHead, .placeHead, .titleStart, .orgFirst]),
              !g.isCommonWord(next.lower), g.place(next.lower) == nil || g.isFamilyName(next.lower) else { return false }
        return g.isFamilyName(next.lower) || g.isGivenName(next.lower)
    }

    /// "Jr.", "Sr.", "III": what may close a person's name (`name.suffix`; `name.regnalNumber`
    /// only in capitals, see `isNameSuffix`).
    private static let nameSuffixes = WordSet(.nameSuffix)
    private static let regnalNumbers = WordSet(.nameRegnalNumber)

    /// Whether the token closes a person's name: "Jr." in any case, a Roman number written in
    /// capitals ("Henry VIII", "Pope Damasus I"; not "Xi" in "Lucia Xi").
    static func isNameSuffix(_ token: Token) -> Bool {
        nameSuffixes.contains(token) || regnalNumbers.contains(token) && token.text.uppercased() == token.text
    }

    /// Whether the word at `q`, after a first name, is that person's family name although it is
    /// also a listed place, a listed one-word organization or a one-word title: "George Washington",
    /// "Jack London", "Michael Bloomberg", "Martin Luther King Jr.", "John Major". The word must close the name (the run ends, or "Jr." follows) and
    /// be a census family name.
    static func familyNameAfterGivenName(_ t: [Token], _ q: Int, _ start: Int, _ end: Int, _ lex: LexiconTables,
                                         title: TitleMatch?) -> Bool {
        let g = Gazetteer.shared
        guard q > start, t[q - 1].kind == .word, t[q - 1].isCapitalized, !t[q - 1].has(.allCaps),
              g.isGivenName(t[q - 1].lower) || unlistedFirstWord(t, q - 1, start, lex),
              t[q].kind == .word, t[q].isCapitalized, !t[q].has(.allCaps), q + 1 == end || isNameSuffix(t[q + 1]),
              g.isFamilyName(t[q].lower) else { return false }
        if let title, title.tokens.count != 1 { return false }
        // "Michael Bloomberg", "Henry Ford": a one-word listed organization named after its founder.
        if let phrase = lex.shared.phrase(at: q, in: t, end: end) {
            return phrase.tokenCount == 1 && (phrase.kind == .place || phrase.kind == .capital || phrase.kind == .organization)
        }
        return true
    }

    /// Whether the word at `k` opens a quotation inside the sentence ("and say, 'Hey Frank, my
    /// name is John'"): quoted speech starts a sentence of its own.
    static func opensQuotation(_ t: [Token], _ k: Int, _ span: SentenceSpan) -> Bool {
        guard k > span.tokens.lowerBound, !t[k].has(.spaceBefore) else { return false }
        let mark = t[k - 1]
        if mark.kind == .quote { return mark.has(.opening) }
        return (mark.text == "'" || mark.text == "\u{2018}")
            && (k - 1 == span.tokens.lowerBound || mark.has(.spaceBefore))
    }

    /// "Valesk Paris, a Swedish engineer": the word opening a two-word run is a first name no
    /// list knows, when no list knows it at all (no ordinary word, place, family name, listed
    /// name or head): the family name after it ("Paris") then closes one name, which the typer
    /// weighs like any other, and is no city.
    static func unlistedFirstWord(_ t: [Token], _ k: Int, _ start: Int, _ lex: LexiconTables) -> Bool {
        let g = Gazetteer.shared
        let word = t[k].lower
        guard k == start, !t[k].has(.hyphenated), !t[k].has(.dotted), word.count >= 3, word.allSatisfy(\.isLetter),
              !g.isCommonWord(word), !g.isFamilyName(word), g.place(word) == nil,
              lex.phrase(at: k, in: t, end: k + 1) == nil else { return false }
        return lex.classes(of: t[k]).isDisjoint(with: [
            .nonName, .starter, .sentenceOpener, .orgHead, .orgFirst, .placeHead, .placeFirst, .docHead, .titleStart,
            .institution, .calendar, .article, .pronoun, .role,
        ])
    }

    /// Where a run that opens at `p` with a place (listed, or a gazetteer name of up to three
    /// words) and goes on to `end` with a plural name ends; nil when it is not one.
    static func placeThenPluralEnd(_ t: [Token], _ p: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        // Cheap test first: the run must end in a capitalised plural.
        guard end - p >= 2, t[end - 1].isCapitalized,
              t[end - 1].lower.hasSuffix("s") || t[end - 1].lower.hasSuffix("men") else { return nil }
        if let phrase = lex.phrase(at: p, in: t, end: end) {
            guard phrase.kind == .place || phrase.kind == .capital || phrase.kind == .country else { return nil }
            return pluralNameEnd(t, p + phrase.tokenCount, end, lex)
        }
        for n in stride(from: min(3, end - p - 1), through: 1, by: -1) where (p..<p + n).allSatisfy({ t[$0].kind == .word }) {
            let key = (p..<p + n).map { t[$0].lower }.joined(separator: " ")
            if let place = Gazetteer.shared.place(key), !place.isCommonWord { return pluralNameEnd(t, p + n, end, lex) }
        }
        return nil
    }

    /// How many tokens at `k` (before `end`) name a listed country or place, or a gazetteer place
    /// that is no ordinary word, if any do.
    static func placeLength(_ t: [Token], _ k: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        if let inner = lex.phrase(at: k, in: t, end: end) {
            return inner.kind == .place || inner.kind == .country || inner.kind == .capital ? inner.tokenCount : nil
        }
        for n in stride(from: min(2, end - k), through: 1, by: -1)
        where (k..<k + n).allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized }) {
            let key = (k..<k + n).map { t[$0].lower }.joined(separator: " ")
            if let place = Gazetteer.shared.place(key), !place.isCommonWord { return n }
        }
        return nil
    }

    /// Where a newspaper's name starting at `p` ends, if the run (before `end`) is one: a masthead
    /// word (`name.masthead`: "Sun", "Star", "Mail") after a place, a nationality or a day word
    /// ("Daily", "Sunday"), or both ("Toronto Sunday Star").
    static func mastheadEnd(_ t: [Token], _ p: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        // Cheap test first: the run must end in a masthead word.
        guard end - p >= 2, end - p <= 4, t[end - 1].isCapitalized, mastheads.contains(t[end - 1]) else { return nil }
        if mastheadsJoined(t, p + 1, end) { return end }
        var k = end - 1
        if paperDays.contains(t[k - 1]) { k -= 1 }
        if k == p { return paperDays.contains(t[p]) ? end : nil }
        if let phrase = lex.phrase(at: p, in: t, end: k), p + phrase.tokenCount == k,
           [.place, .capital, .country, .demonym].contains(phrase.kind) { return end }
        let key = (p..<k).map { t[$0].lower }.joined(separator: " ")
        if let place = Gazetteer.shared.place(key), !place.isCommonWord { return end }
        return nil
    }

    /// "The Globe and Mail": two masthead words joined by "and" (at `and`), the second closing
    /// the run before `end`, after a capitalised "The" that is part of the name, name one paper.
    /// After a lower-case "the" they are two papers ("printed by the Sun and Mirror", "the Mail
    /// and Express followed"), as they are with no article.
    static func mastheadsJoined(_ t: [Token], _ and: Int, _ end: Int) -> Bool {
        and > 1 && and + 2 == end && t[and].word == KnownWords.shared.and && t[and - 1].isCapitalized
            && t[and + 1].isCapitalized && mastheads.contains(t[and - 1]) && mastheads.contains(t[and + 1])
            && t[and - 2].word == KnownWords.shared.the && t[and - 2].isCapitalized
    }

    private static let mastheads = WordSet(.nameMasthead)
    private static let paperDays = WordSet(.namePaperDay)

    /// Where one or two capitalised words at `k` that end in a plural ("Rays", "Bay Rays") end,
    /// if they are the whole rest of the run (before `end`) and no head, listed name or title.
    static func pluralNameEnd(_ t: [Token], _ k: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        guard k < end, end - k <= 2 else { return nil }
        for j in k..<end {
            guard t[j].kind == .word, t[j].isCapitalized, !t[j].has(.allCaps), !t[j].has(.hyphenated),
                  lex.classes(of: t[j]).isDisjoint(with: j == end - 1 ? [.nonName, .orgHead, .placeHead, .titleStart] : [.nonName, .titleStart]),
                  lex.phrase(at: j, in: t, end: end) == nil else { return nil }
        }
        let last = t[end - 1].lower
        let plural = last.count >= 4 && last.hasSuffix("s") && !["ss", "us", "is"].contains { last.hasSuffix($0) }
            || last.count >= 5 && last.hasSuffix("men")
        // A family name ("Sofia Mendes", "Paris Rogers") is a team's only after "the".
        let the = KnownWords.shared.the
        var b = k - 1
        while b > 0 && t[b].isCapitalized && t[b].word != the { b -= 1 }
        let afterThe = b >= 0 && t[b].word == the
        return plural && (afterThe || !Gazetteer.shared.isFamilyName(last)) ? end : nil
    }

    /// Where a bibliography's inverted name at `i` ends ("Austen, Jane", "Macaulay, Thomas
    /// Babington", "Marx, Karl and Engels, Friedrich"): a capitalised word, a comma, a first name
    /// and up to two more name words, then a full stop, "and" or the sentence's end. The second
    /// author of an inverted pair (`afterInverted`: right after "Marx, Karl and") needs no listed
    /// first name: the first author set the form ("Engels, Friedrich", "Tolstoy, Leo"); but the
    /// word must still be able to be one (`couldBeGivenName`): "and Bath, England" is a place.
    static func invertedNameEnd(_ t: [Token], _ i: Int, _ end: Int, afterInverted: Bool = false) -> Int? {
        guard i + 2 < end, t[i].kind == .word, t[i].isCapitalized, !t[i].has(.allCaps), t[i + 1].word == KnownWords.shared.comma,
              t[i + 2].kind == .word, t[i + 2].isCapitalized, !t[i + 2].has(.allCaps),
              couldBeGivenName(t, i + 2, unlisted: afterInverted) else { return nil }
        var e = i + 3
        while e < end && e < i + 5 && isNameWord(t[e]) && !t[e].has(.allCaps) { e += 1 }
        guard e == end || t[e].word == KnownWords.shared.period || t[e].word == KnownWords.shared.and else { return nil }
        return e
    }

    /// Whether the word at `k`, after an inverted name's comma, can be its first name: a first
    /// name the census lists ("Jane", "Leo", "Virginia"), or with `unlisted` a word no place list,
    /// lexicon or dictionary knows ("Friedrich"). A country, a region or a continent, which a
    /// comma puts after a town ("Paris, France", "Bath, England", "Austin, Texas"), is none unless
    /// the census lists it as a first name that is no ordinary word.
    static func couldBeGivenName(_ t: [Token], _ k: Int, unlisted: Bool) -> Bool {
        let g = Gazetteer.shared
        let word = t[k].lower
        if g.isGivenName(word, uncommonOnly: true) { return true }
        let phrase = Lexicon.shared.phrase(at: k, in: t, end: k + 1)
        let place = g.place(word)
        if phrase?.kind == .country || phrase?.kind == .demonym || place?.kind == "region" || place?.kind == "continent" {
            return false
        }
        if g.isGivenName(word) { return true }
        return unlisted && phrase == nil && place == nil && !g.isCommonWord(word)
    }

    /// Words a number completes as a name, street words an ordinal names, compass letters.
    private static let numberedHeads = WordSet(.nameNumberedHead)
    private static let buildingHeads = WordSet(.nameBuildingHead)
    /// Heads an "on" joins to their topic ("Council on Foreign Relations").
    private static let topicHeads = WordSet(.nameTopicHead)
    private static let topicConnectors = WordSet(.nameTopicConnector)
    private static let streetWords = WordSet(.nameStreetWord)
    private static let streetDirections = WordSet(.nameStreetDirection)

    /// Where a numbered street that starts at `i` ends: an optional compass letter, an ordinal,
    /// a capitalised street word, and the name words after it ("N 44th St", "47th Street",
    /// "5th Avenue Theatre"); nil when no such street starts there.
    ///
    /// Inlined, its cheap test first (this runs at every token): a number here or right after.
    @inline(__always) static func numberedStreetEnd(_ t: [Token], _ i: Int, _ end: Int) -> Int? {
        guard t[i].kind == .number || i + 1 < end && t[i + 1].kind == .number else { return nil }
        return numberedStreetEnd(near: t, i, end)
    }

    /// `numberedStreetEnd` where a number is at `i` or right after.
    private static func numberedStreetEnd(near t: [Token], _ i: Int, _ end: Int) -> Int? {
        var k = i
        if t[k].isCapitalized, streetDirections.contains(t[k]), k + 1 < end { k += 1 }
        guard t[k].kind == .number, isOrdinal(t[k].lower), k + 1 < end, t[k + 1].isCapitalized,
              streetWords.contains(t[k + 1]) else { return nil }
        var e = k + 2
        while e < end && isNameWord(t[e]) && !t[e].has(.newlineBefore) { e += 1 }
        return e
    }

    /// Where a numbered unit that starts at `i` ends: an ordinal, a capitalised word of a unit's
    /// name (`name.unitWord`: "Legion", "Airborne", "Fleet") and the name words after it ("501st
    /// Legion", "82nd Airborne Division", "7th Fleet"); nil when none starts there.
    static func numberedUnitEnd(_ t: [Token], _ i: Int, _ end: Int) -> Int? {
        guard t[i].kind == .number, i + 1 < end, isOrdinal(t[i].lower), t[i + 1].isCapitalized,
              unitWords.contains(t[i + 1]) else { return nil }
        var e = i + 2
        while e < end && isNameWord(t[e]) && !t[e].has(.newlineBefore) { e += 1 }
        return e
    }
    private static let unitWords = WordSet(.nameUnitWord)

    /// "1st", "22nd", "43rd", "47th": digits and an ordinal ending.
    ///
    /// Read on the bytes (it is asked of every number): one to four ASCII digits, then exactly one
    /// of the four endings. A digit with a combining mark after it is no ASCII Character, and on
    /// bytes the mark's bytes stand where the ending must be, so both readings say no.
    static func isOrdinal(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { b -> Bool in
            var n = 0
            while n < b.count && b[n] >= 48 && b[n] <= 57 { n += 1 }
            guard n >= 1, n <= 4, b.count == n + 2 else { return false }
            let x = b[n], y = b[n + 1]
            return x == 115 && y == 116 || x == 110 && y == 100 || x == 114 && y == 100 || x == 116 && y == 104
        }
    }

    /// "in Glasgow", "at Skerry Bank", "from Guayaquil", "the city of Arica": a place.
    static let directions = WordSet(.typerDirection)
    static let regionModifiers = WordSet(.nameRegionModifier)
    static let closingCompassWords = WordSet(.nameCompassClosing)
    private static let stancePrefixes = Set(Lexicon.shared.words(in: .nameStancePrefix))

    /// Whether the word at `i` is three capitals written right after or right before a number that
    /// is no year, and listed nowhere: a currency's or a unit's code ("25 CUC", "DKK
    /// 825", "11 GMT"), not "in 2014 UNESCO" or a listed body.
    static func isUnitCode(_ t: [Token], _ i: Int, _ first: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        guard t[i].kind == .word, t[i].has(.allCaps), t[i].text.utf8.count == 3, t[i].text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 })
        else { return false }
        let after = i > first && t[i - 1].kind == .number && !isYear(t[i - 1].text)
        let before = i + 1 < end && t[i + 1].kind == .number && t[i + 1].has(.spaceBefore) && !isYear(t[i + 1].text)
        return (after || before) && lex.phrase(at: i, in: t, end: i + 1) == nil
    }

    private static func isYear(_ text: String) -> Bool {
        text.utf8.count == 4 && (text.hasPrefix("1") || text.hasPrefix("2"))
    }

    /// Whether the word at `i` is a currency's letters written against a dollar sign ("US$",
    /// "HK$", "NZ$"): the currency, not a mention of its country.
    static func isCurrencyPrefix(_ t: [Token], _ i: Int, _ end: Int) -> Bool {
        // The flags first: nearly every word has a next token, and its text compared with "$" was a call.
        t[i].kind == .word && i + 1 < end && t[i].has(.allCaps) && !t[i + 1].has(.spaceBefore) && t[i + 1].text == "$"
    }

    /// Marks after which a capitalised article opens a clause, not a name: dashes and a colon.
    private static let clauseMarks: Set<String> = ["\u{2014}", "\u{2013}", "--", ":"]
    private static let notLast = WordSet(.nameNotLast)

    static func locativeBefore(_ t: [Token], _ start: Int, _ span: SentenceSpan) -> Bool {
        guard start > span.tokens.lowerBound else { return false }
        var k = start - 1
        let lex = Lexicon.shared
        let known = KnownWords.shared
        if t[k].word == known.the && k > span.tokens.lowerBound {
            // "go out in The Quillpost", "wrote in The Spectator": a capitalised article inside a
            // sentence is part of a title's name (a paper, a band, a show), no place's.
            if t[k].isCapitalized { return false }
            k -= 1
        }
        let w = t[k].word
        if lex.classes(of: t[k]).contains(.locativeBefore) { return true }
        // "From the Southwest / Oklahoma City", "moved to the North": a compass word alone after
        // "the" names a region wherever "from" or "to" puts it (not "the South Korean navy").
        if (w == known.from || w == known.to), k == start - 2, directions.contains(t[start]),
           start + 1 == span.tokens.upperBound || !isNameWord(t[start + 1]) { return true }
        if w == known.of && k > span.tokens.lowerBound && lex.classes(of: t[k - 1]).contains(.placeNoun) { return true }
        // "north of Kabul", "20 km west of the capital".
        if w == known.of && k > span.tokens.lowerBound && directions.contains(t[k - 1]) { return true }
        if w == known.from {
            // "from Mombasa to Kampala"
            var e = start
            while e < span.tokens.upperBound && isNameWord(t[e]) { e += 1 }
            if e < span.tokens.upperBound && t[e].word == known.to { return true }
        }
        if w == known.to && k >= 2 && span.tokens.contains(k - 2) {
            var b = k - 1
            while b > span.tokens.lowerBound && isNameWord(t[b]) { b -= 1 }
            if t[b].word == known.from { return true }
        }
        if (w == known.to || w == known.from) && k > span.tokens.lowerBound {
            return lex.classes(of: t[k - 1]).contains(.motion)
        }
        return false
    }

    /// "north to Leeds & York": the words before the ampersand and the word after it are each a
    /// place the gazetteer lists (not a family name alone), so the ampersand lists two places;
    /// "Procter & Gamble" and "Evergreen Aviation & Space Museum" are one name.
    static func ampersandJoinsPlaces(_ t: [Token], _ start: Int, _ amp: Int, _ end: Int) -> Bool {
        guard amp > start, amp + 1 < end else { return false }
        let g = Gazetteer.shared
        let left = (start..<amp).map { t[$0].lower }.joined(separator: " ")
        let right = t[amp + 1].lower
        guard let a = g.place(left), let b = g.place(right), !a.isCommonWord, !b.isCommonWord else { return false }
        // The word after the ampersand ends the run: "Leeds & York", not "Leeds & York Grill".
        return amp + 2 >= end || !isNameWord(t[amp + 2])
    }

    /// "drove in Luis Ortega", "a walk with Mary Tate": a frequent first name and a family name,
    /// two words no list knows together as a place, name a person whatever preposition stands
    /// before them ("Nava" alone is also a town; "in Virginia Beach" is listed as one).
    static func givenAndFamilyName(_ t: [Token], _ start: Int, _ stop: Int) -> Bool {
        guard stop - start == 2, t[start].kind == .word, t[start + 1].kind == .word,
              !t[start].has(.allCaps), !t[start + 1].has(.allCaps) else { return false }
        let g = Gazetteer.shared
        let lex = Lexicon.shared
        let first = t[start].lower, last = t[start + 1].lower
        guard g.isFrequentGivenName(first), g.isGivenName(first, uncommonOnly: true), g.place(first) == nil,
              g.isFamilyName(last), !g.isCommonWord(last),
              g.place(first + " " + last) == nil, lex.phrase(at: start, in: t, end: stop) == nil,
              lex.phrase(at: start + 1, in: t, end: stop) == nil,
              lex.classes(of: t[start + 1]).isDisjoint(with: [.orgHead, .placeHead, .docHead]) else { return false }
        return true
    }

    /// "in the Anna Marsh Kettley translation", "in the Anna Pellew archive", "with the Fernandel
    /// vehicle": after "the", a name followed by a lower-case word that goes on the phrase (no
    /// phrase-ending word, `typer.phraseEnder`, nor "and", "or" or an adverb) qualifies that
    /// noun; the preposition before "the" governs the noun, not the name. Unless a place noun
    /// closes the phrase ("in the Red Valley region", "in the Kowloon East geographical
    /// constituency"): then the name is the place's.
    static func modifiesNoun(_ t: [Token], _ start: Int, _ stop: Int, _ span: SentenceSpan) -> Bool {
        guard start > span.tokens.lowerBound, t[start - 1].word == KnownWords.shared.the,
              stop < span.tokens.upperBound, t[stop].kind == .word, !t[stop].isCapitalized,
              t[stop].text.first?.isLetter == true else { return false }
        let w = EntityTyper.tokenWords
        guard !w.phraseEnders.contains(t[stop]), !w.adverbs.contains(t[stop]),
              !["and", "or", "nor", "but"].contains(t[stop].lower) else { return false }
        var k = stop
        while k < min(span.tokens.upperBound, stop + 3), t[k].kind == .word, !t[k].isCapitalized {
            if w.placeNouns.contains(t[k]) || Lexicon.shared.classes(of: t[k]).contains(.placeNoun) { return false }
            k += 1
        }
        return true
    }

    /// Where a region, county or continent the gazetteer lists starting at `p` ends, when a lexicon
    /// name starts inside it ("New South Wales" holding "Wales"), so that the run is not cut into a
    /// fragment and the shorter listed name. Up to four name words; nil when there is none.
    static func listedRegionOverPhraseEnd(_ t: [Token], _ p: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        for e in stride(from: min(end, p + 4), to: p + 1, by: -1) {
            guard (p..<e).allSatisfy({ isNameWord(t, $0) && t[$0].kind == .word && !t[$0].has(.hyphenated) }),
                  (p + 1..<e).contains(where: { lex.phrase(at: $0, in: t, end: e) != nil }),
                  let place = Gazetteer.shared.place(surface(t, p..<e).lowercased()), place.kind != "city",
                  listedPlaceNotPerson(surface(t, p..<e), afterTitle: false) else { continue }
            return e
        }
        return nil
    }

    /// Where a city that a listed name (ending at `phraseEnd`) and a place's head word make ends:
    /// "Jersey City" (not the island Jersey), "Benin City"; nil unless the gazetteer lists it as
    /// a city of 100,000 people and the run ends there ("Brisbane City Council" is a body).
    static func listedCityOverPhraseEnd(_ t: [Token], _ p: Int, _ phraseEnd: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        guard phraseEnd < end, isNameWord(t[phraseEnd]), t[phraseEnd].kind == .word, !t[phraseEnd].has(.newlineBefore),
              lex.classes(of: t[phraseEnd]).contains(.placeHead),
              phraseEnd + 1 == end || !isNameWord(t[phraseEnd + 1]),
              let place = Gazetteer.shared.place(surface(t, p..<phraseEnd + 1).lowercased()),
              place.kind == "city", place.population >= 100_000 else { return nil }
        return phraseEnd + 1
    }

    /// "North Yorkshire", "Indianapolis": a name the gazetteer lists as a region, a county, a
    /// continent or a city of 100,000 people names that place, unless it reads as a person's
    /// name too (a first name opening it, a lone word that is also a first or family name, a
    /// title before it).
    static func listedPlaceNotPerson(_ name: String, afterTitle: Bool) -> Bool {
        let g = Gazetteer.shared
        guard !afterTitle, let place = g.place(lowercasing: name), !place.isCommonWord,
              place.kind != "city" || place.population >= 100_000 else { return false }
        let words = name.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first else { return false }
        if g.isGivenName(first) { return false }
        if words.count == 1 && g.isFamilyName(first) { return false }
        return true
    }

    /// "Celje mayor Bojan Kralj", "Dovra deputy mayor X": a word before a local office held by
    /// a named person is the place the office is of.
    static func beforeLocalOffice(_ t: [Token], _ stop: Int, _ span: SentenceSpan) -> Bool {
        let lex = Lexicon.shared
        var k = stop
        if k < span.tokens.upperBound, t[k].word >= 0, lex.titlePrefixOf[Int(t[k].word)] != nil { k += 1 }
        guard k + 1 < span.tokens.upperBound, lex.classes(of: t[k]).contains(.placeNoun), lex.classes(of: t[k]).contains(.titleStart) else { return false }
        return isNameWord(t[k + 1]) && lex.phrase(at: k + 1, in: t, end: span.tokens.upperBound) == nil
    }

    /// "Glasgow, Scotland" / "Guayaquil, Ecuador,": a place followed by its country.
    static func placeApposition(_ t: [Token], _ stop: Int, _ span: SentenceSpan) -> Bool {
        let known = KnownWords.shared
        guard stop + 1 < span.tokens.upperBound, t[stop].word == known.comma else { return false }
        guard let p = Lexicon.shared.phrase(at: stop + 1, in: t, end: span.tokens.upperBound), p.kind == .country || (p.kind == .place && p.tokenCount == 1) else { return false }
        let after = stop + 1 + p.tokenCount
        return after >= span.tokens.upperBound || [known.comma, known.period, known.semicolon, known.close].contains(t[after].word)
    }

    /// A capital stands for its state unless it follows a place preposition ("in Tokyo") or
    /// opens a dateline ("TOKYO, Jan. 27").
    static func usedAsState(_ t: [Token], _ r: Range<Int>, span: SentenceSpan, firstWord: Int) -> Bool {
        let known = KnownWords.shared
        if t[r.lowerBound].has(.allCaps) && r.lowerBound == firstWord { return false }
        if r.upperBound < span.tokens.upperBound {
            let next = t[r.upperBound]
            if next.kind == .possessive { return true }  // "Tokyo's interests"
            if Lexicon.shared.classes(of: next).contains(.stateVerbAfter) {
                if next.word == known.and {
                    // "Washington and Tokyo will …" but not "in Oslo and London".
                    if r.lowerBound > span.tokens.lowerBound && Lexicon.shared.classes(of: t[r.lowerBound - 1]).contains(.locativePreposition) { return false }
                    // "… said that both Quarn and Vosta want …": a subject "both" opens, at the
                    // sentence's start, after a subordinator ("that") or a comma; "from both Oslo
                    // and London" stays places (any other word before "both").
                    if r.lowerBound > span.tokens.lowerBound, t[r.lowerBound - 1].word == known.both,
                       r.lowerBound - 1 == firstWord || r.lowerBound - 1 > span.tokens.lowerBound
                         && (Lexicon.shared.classes(of: t[r.lowerBound - 2]).contains(.subordinator)
                             || t[r.lowerBound - 2].word == known.comma) { return true }
                    return r.lowerBound == firstWord
                }
                return true
            }
        }
        if r.lowerBound > span.tokens.lowerBound {
            let prev = t[r.lowerBound - 1]
            if Lexicon.shared.classes(of: prev).contains(.stateWordBefore) { return true }
            if prev.word == known.from && r.lowerBound >= 2 {
                if Lexicon.shared.classes(of: t[r.lowerBound - 2]).contains(.stateNounBeforeFrom) { return true }
            }
        }
        return false
    }

    static func titleCased(_ s: String, _ allCaps: Bool) -> String {
        guard allCaps else { return s }
        return s.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
