/// Places named inside the name of an organization, of another place, of a work or of a name of
/// unknown kind: "Chicago" in "University of Chicago", "Kyoto" in "Kyoto University", "Boston" in
/// "Boston Red Sox", "Cannes" in "Cannes Film Festival".
/// The inner name is an entity of its own (a reader asking about Chicago wants the university
/// mentioned), found from the lexicons and the place gazetteer, never from the shape of a word.
/// A part of a place that compass words name ("Eastern Europe", "Kowloon West") is where the text
/// is, not the whole place, and compass words alone ("South East" in "South East Asia") are no
/// place: neither is nested (GUM's annotators and the development set's gold agree).
///
/// For example, "She taught at the University of Chicago." yields the organization
/// "University of Chicago" and the place "Chicago".
enum NestedPlaces {
    static func find(_ doc: Document) {
        let t = doc.tokens
        let lex = Lexicon.shared
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 && m.tokens.count >= 2 {
            let type = doc.entities[m.entity].type
            guard type == "organization" || type == "place" || type == "work" || type == "unknown" else { continue }
            // "Karachi House": the city names the house, not where it is (`PlaceNamedHouses.swift`).
            if PlaceNamedHouses.isHouse(t, m.tokens) { continue }
            // "Jammu and Kashmir": a region named across its "and" nests neither half (`JoinedRegionNames.swift`).
            if type == "place", JoinedRegionNames.at(t, m.tokens.lowerBound, m.tokens.upperBound) == m.tokens.upperBound { continue }
            var k = m.tokens.lowerBound
            while k < m.tokens.upperBound {
                // A whole word of the name: not a part of "Évian-les-Bains".
                let wordStart = k == m.tokens.lowerBound || t[k].has(.spaceBefore)
                guard wordStart, t[k].isCapitalized, t[k].kind == .word else { k += 1; continue }
                // The longest lexicon or gazetteer place starting here, shorter than the whole name.
                var found: (end: Int, name: String, type: String)?
                if let p = lex.phrase(at: k, in: t, end: m.tokens.upperBound), p.kind == .country || p.kind == .place || p.kind == .capital {
                    found = (k + p.tokenCount, p.kind == .capital ? MentionFinder.surface(t, k..<k + p.tokenCount) : p.canonical,
                             p.kind == .country ? "country" : "place")
                } else {
                    var end = min(m.tokens.upperBound, k + 3)
                    while end > k {
                        // Only words all capitalised are taken: the others' string is not built.
                        guard (k..<end).allSatisfy({ t[$0].isCapitalized }) else {
                            end -= 1
                            continue
                        }
                        let name = MentionFinder.surface(t, k..<end)
                        // Not a family name after a name word ("Hopkins" in "Johns Hopkins University").
                        // Nor a first name before a family name ("Nelson" in "Nelson Mandela Bay"), nor a storm
                        // word ("Hurricane Ian").
                        // (Worked out only for a name the gazetteer lists: most candidates are none.)
                        let g = Gazetteer.shared
                        lazy var afterNameWord = k > m.tokens.lowerBound && end == k + 1 && g.isFamilyName(t[k].lower)
                            && (g.isFamilyName(t[k - 1].lower) || g.isGivenName(t[k - 1].lower))
                            || end == k + 1 && k + 1 < m.tokens.upperBound && g.isGivenName(t[k].lower)
                                && g.isFamilyName(t[k + 1].lower)
                            || EntityTyper.stormWords.contains(t[k].lower)
                        if let place = Gazetteer.shared.place(lowercasing: name), !place.isCommonWord, !afterNameWord,
                           gazetteerPlaceFits(t, k..<end, in: m.tokens, type: type),
                           !namesTheWhole(t, k..<end, place, in: m.tokens, type: type) {
                            found = (end, name, "place"); break
                        }
                        end -= 1
                    }
                }
                guard let f = found, f.end == m.tokens.upperBound || t[f.end].has(.spaceBefore) else { k += 1; continue }
                // "Toronto Star", "The New York Times": a place opening a newspaper's name.
                if f.type != "country", opensNewspaperName(t, k, in: m.tokens, type: type) { k = f.end; continue }
                if wordOfAnotherName(t, k..<f.end, isCountry: f.type == "country", in: m.tokens, type: type) { k = f.end; continue }
                // "Pacific Standard" (a bar), "Atlantic Records": an ocean or a sea in a body's name
                // is a word it took, not where the body is.
                if type == "organization", isSea(f.name) { k = f.end; continue }
                // "the US West Coast": a place its country opens is that place, also called without
                // the country (an alias, not a second place).
                if type == "place", f.type == "place", f.end == m.tokens.upperBound, k > m.tokens.lowerBound,
                   let c = lex.phrase(at: m.tokens.lowerBound, in: t, end: k), c.kind == .country,
                   m.tokens.lowerBound + c.tokenCount == k {
                    doc.entities[m.entity].addAlias(f.name)
                    k = f.end; continue
                }
                // "Washington State University", "Colorado State University": a place opening a name
                // before "State" and more name words names a state's body, not where it is.
                if k == m.tokens.lowerBound, f.end + 1 < m.tokens.upperBound, t[f.end].word == KnownWords.shared.state { k = f.end; continue }
                // "South East Asia", "Eastern Europe", "Kowloon West": compass words alone are no place
                // inside a longer name, and a part of a place they name is no mention of the whole.
                if (k..<f.end).allSatisfy({ isCompass(t[$0]) })
                    || type == "place" && (m.tokens.lowerBound..<k).allSatisfy({ isCompass(t[$0]) })
                        && (f.end..<m.tokens.upperBound).allSatisfy({ isCompass(t[$0]) }) {
                    k = f.end; continue
                }
                // In a name of unknown kind or a work's ("Cannes Golden Palm", "NATO Istanbul Summit") a
                // place is taken only before another word: "Space Shuttle Atlantis" is named after one.
                // Nor after a word that may be a person's name ("Nguyen Van Long", "Tan Sri Lim Kok
                // Wing"): only acronyms and ordinary words may come before it ("NATO Istanbul Summit").
                if (type == "unknown" || type == "work") && (f.end == m.tokens.upperBound
                    || (m.tokens.lowerBound..<k).contains { !t[$0].has(.allCaps) && !Gazetteer.shared.isCommonWord(t[$0].lower) }) {
                    k = f.end; continue
                }
                // "Jersey City", "Benin City": a city a listed name and a place's head word make is
                // named after the name, not inside what it names.
                if type == "place", k == m.tokens.lowerBound, f.end + 1 == m.tokens.upperBound,
                   lex.classes(of: t[f.end]).contains(.placeHead),
                   Gazetteer.shared.place(lowercasing: MentionFinder.surface(t, m.tokens))?.kind == "city" {
                    k = f.end; continue
                }
                if k..<f.end != m.tokens {
                    let e = doc.entity(named: f.name, type: f.type, sentence: m.sentence)
                    if e != m.entity && !doc.nestedEntities.contains(e) { doc.nestedEntities.append(e) }
                }
                k = f.end
            }
        }
    }

    /// Whether a gazetteer town (one the lexicons do not list) opening a longer name is a word of
    /// that name rather than a place it lies in: a small town that is also a family name ("Adler
    /// Planetarium", "Pace Galleries", "Campbell Soup": a name of fewer than 100,000 people that
    /// is no ordinary word, as `EntityTyper` weighs one alone), or the opening of a natural
    /// feature's or a street's name (`name.featureHead`: "Eureka Springs", "Hudson River",
    /// "Florence Avenue"; a facility lies where it is named: "Newark Airport").
    /// A street's direction letter may come first ("S Detroit Ave").
    static func namesTheWhole(_ t: [Token], _ words: Range<Int>, _ place: Gazetteer.Place, in name: Range<Int>,
                              type: String) -> Bool {
        guard words.upperBound < name.upperBound else { return false }
        // Not a town's own body ("Ferguson Police Department", `name.localBody`): it is named
        // after where it is.
        if words.lowerBound == name.lowerBound, words.count == 1, place.kind == "city", place.population < 100_000,
           Gazetteer.shared.isFamilyName(t[words.lowerBound].lower, uncommonOnly: true),
           !(words.upperBound..<name.upperBound).contains(where: { localBodies.contains(t[$0]) }) { return true }
        return type == "place" && featureHeads.contains(t[name.upperBound - 1])
            && (name.lowerBound..<words.lowerBound).allSatisfy { streetDirections.contains(t[$0]) }
    }

    /// Whether the place found at `words` inside `name` is a word of a name of another kind: a
    /// family name after a first name ("Jack London Square", "George Washington Bus Station": the
    /// person the place is named after), the name an epithet follows ("Constantine the Great"), or
    /// a country closing a body's name right after one word ("Air Canada", "Hitwise UK": the
    /// country qualifies the body, whose name it is part of, as GUM's annotators read it).
    static func wordOfAnotherName(_ t: [Token], _ words: Range<Int>, isCountry: Bool, in name: Range<Int>,
                                  type: String) -> Bool {
        let g = Gazetteer.shared
        if words.lowerBound > name.lowerBound, words.count == 1, t[words.lowerBound - 1].kind == .word,
           g.isGivenName(t[words.lowerBound - 1].lower), g.isFamilyName(t[words.lowerBound].lower) { return true }
        if words.upperBound + 1 < name.upperBound, t[words.upperBound].word == KnownWords.shared.the,
           epithets.contains(t[words.upperBound + 1]) { return true }
        return isCountry && type == "organization" && words.upperBound == name.upperBound
            && words.lowerBound == name.lowerBound + 1 && t[name.lowerBound].kind == .word
            && !Lexicon.shared.classes(of: t[name.lowerBound]).contains(.connector)
    }

    /// Whether the place found at `k` opens a newspaper's name, after "The" at most: a word of
    /// `name.masthead` ("Sun", "Star") or `name.pressWord` ("Times", "Press") closes a name of an
    /// organization or of unknown kind ("Toronto Star", "The New York Times", "New York Press").
    /// The paper is named after its city; a story that cites it ("— Toronto Star, August 15,
    /// 2008") says nothing of the city, and a reader asking about the city does not want it (the
    /// development set's gold leaves such places out; GUM's annotators mostly keep them).
    /// The caller asks only for a place that is no country: a country opening such a name is
    /// where a national body is ("Canada Post", "Japan Post"), not a paper's city.
    static func opensNewspaperName(_ t: [Token], _ k: Int, in name: Range<Int>, type: String) -> Bool {
        guard type == "organization" || type == "unknown", name.count >= 2 else { return false }
        let last = t[name.upperBound - 1]
        guard mastheads.contains(last) || pressWords.contains(last) else { return false }
        return k == name.lowerBound || k == name.lowerBound + 1 && t[name.lowerBound].word == KnownWords.shared.the
    }
    static let mastheads = WordSet(.nameMasthead), pressWords = WordSet(.namePressWord)

    /// `name.featureHead`, `name.streetDirection` and `name.epithet` in `Lexicons/wordlists.tsv`.
    static let featureHeads = WordSet(.nameFeatureHead), streetDirections = WordSet(.nameStreetDirection)
    static let epithets = WordSet(.nameEpithet)
    static let localBodies = WordSet(.nameLocalBody)

    /// Whether the place is an ocean or a sea: its name, or a name the lexicon gives it, ends with
    /// a word of `name.seaHead` ("Pacific", also called "Pacific Ocean").
    static func isSea(_ name: String) -> Bool {
        ([name] + (Lexicon.shared.namedAliases[name] ?? [])).contains { n in
            n.split(separator: " ").last.map { seaHeads.contains($0.lowercased()) } ?? false
        }
    }
    static let seaHeads = ListedWords(Lexicon.shared.words(in: .nameSeaHead))

    /// A compass word or a word naming a part of a place ("East", "Northern", "Upper").
    private static func isCompass(_ t: Token) -> Bool {
        MentionFinder.directions.contains(t) || MentionFinder.regionModifiers.contains(t)
    }

    /// Whether a gazetteer place (one the lexicons do not list) at `words` inside the name `name`
    /// is the place the name is of, rather than a word the two share by chance: a head word of
    /// its own ("Union" in "European Union", "Lakes" in "Great Lakes", "Terrace" in "Hudson
    /// Terrace"), the name after a place's opening word ("Lake Erie": the lake, not the town) and
    /// a saint's word alone ("San" of "San Franciscans") are none; nor is a place that ends a
    /// place's name after a word that is neither a part ("North", "Upper": `typer.placeModifier`)
    /// nor an acronym nor a connector ("of", "de"): "Terme" in "Levico Terme", "Crystal Lake" in
    /// "Camp Crystal Lake"; not "McMinnville" in "Space Museum of McMinnville".
    static func gazetteerPlaceFits(_ t: [Token], _ words: Range<Int>, in name: Range<Int>, type: String) -> Bool {
        let lex = Lexicon.shared
        if type == "place", words.upperBound == name.upperBound, words.lowerBound > name.lowerBound {
            let before = t[words.lowerBound - 1]
            if !before.has(.allCaps) && !EntityTyper.placeModifiers.contains(before.lower)
                && !lex.classes(of: before).contains(.connector) { return false }
        }
        if words.count == 1 && !lex.classes(of: t[words.lowerBound]).isDisjoint(with: [.orgHead, .placeHead]) { return false }
        if words.count == 1 && EntityTyper.saintWords.contains(t[words.lowerBound].lower) { return false }
        if words.lowerBound > name.lowerBound && lex.classes(of: t[words.lowerBound - 1]).contains(.placeFirst) { return false }
        return true
    }
}
