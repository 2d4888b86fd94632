/// Constructions that say a name is a place by where the sentence puts it, for `EntityTyper`
/// (and, in the same way, a body by what one joins: `joinedBody`):
///
/// - a journey's end: a travel verb (`typer.travelVerb`), at most three words, then "to" and the
///   name closing its phrase ("he travelled with Corvin to Thrace", "the family emigrated to
///   Argentina"). "went", "returned" and "moved" are not listed: people go back and move to
///   schools, firms and teams.
/// - a place that locates the next name: a place its own sentence typed, then "on" or a comma,
///   then the name closing its phrase ("a ferry to Tårs on Lolland", "the college at Braunsberg,
///   East Prussia, then part of Poland"): an island, a region or a state holding the place; not
///   a name a list goes on after ("in Tokyo, Quarnda, Hexaco and Nissan").
///   The name must close the phrase, so "In London, Smith said" and "Paris on Monday" say nothing
///   (a weekday is no name).
extension EntityTyper {
    /// The words the constructions compare by id.
    struct LocatingWords {
        let travelVerbs = WordSet(.typerTravelVerb), joinVerbs = WordSet(.typerJoinVerb)
        let on = Lexicon.shared.id(.on)
    }
    static let locatingWords = LocatingWords()

    /// How far before "to" the travel verb may stand ("travelled with Corvin to").
    static let travelVerbReach = 4

    /// Place evidence for the name at `start..<end` of a sentence spanning `span`: 3 when a
    /// construction above puts it on the map, else 0.
    static func locatedBy(_ doc: Document, span: Range<Int>, start: Int, end: Int) -> Int {
        guard start - 2 >= span.lowerBound else { return 0 }
        let t = doc.tokens
        let w = locatingWords
        let known = KnownWords.shared
        let before = t[start - 1]
        if before.word == known.to {
            // "to Thrace and settled in Serdica": "and" ends a destination too.
            guard closesPhrase(t, span: span, end: end) || t[end].word == known.and else { return 0 }
            // Back over lower-case words and names only: a mark ends the clause.
            var k = start - 2
            while k >= max(span.lowerBound, start - 1 - travelVerbReach) {
                guard t[k].kind == .word else { return 0 }
                if !t[k].isCapitalized, w.travelVerbs.contains(t[k]) { return 3 }
                k -= 1
            }
            return 0
        }
        guard before.word == w.on || before.word == known.comma else { return 0 }
        guard let place = doc.mention(at: start - 2), place.kind == .name, !place.guessed,
              place.tokens.upperBound == start - 1, place.type == "place" || place.type == "country" else { return 0 }
        // After a comma only a mark may close the name: "Braunsberg, East Prussia," but not the
        // list "Paris, Lyon and Nice" (the list rule types those) nor "In Paris, Smith said".
        if before.word == known.comma {
            guard end >= span.upperBound || [known.comma, known.period, known.semicolon, known.close].contains(t[end].word)
            else { return 0 }
            // "in Tokyo, Quarnda, Hexaco and Nissan": a name after the closing comma makes a list, not
            // an apposition ("Kessel, East Prussia, then part of Germany").
            if end + 1 < span.upperBound, t[end].word == known.comma, let next = doc.mention(at: end + 1), next.kind == .name {
                return 0
            }
            // "Title, Source, Date, ID)": a place that is itself one item of a comma list locates nothing.
            let first = place.tokens.lowerBound
            if first > span.lowerBound, t[first - 1].word == known.comma { return 0 }
            return 3
        }
        return closesPhrase(t, span: span, end: end) ? 3 : 0
    }

    /// Whether a mark, the sentence's end or a word that goes on the clause (`typer.phraseEnder`)
    /// follows the name.
    private static func closesPhrase(_ t: [Token], span: Range<Int>, end: Int) -> Bool {
        end >= span.upperBound || t[end].kind == .punct || tokenWords.phraseEnders.contains(t[end])
    }
}

extension EntityTyper {
    /// The population from which a city closing a two-word name outweighs the name's shape.
    static let closingCityPopulation = 100_000

    /// Whether a name of two words (`words`: lower case, initials and particles left out;
    /// `opening`: its first word as written) is a word no person's name opens with, then a city
    /// the gazetteer lists with `closingCityPopulation` people or more, of four letters or more
    /// and no ordinary word: "Triple-A Indianapolis", "HealthSpace Cleveland". The opening word
    /// must be shaped like no given name (a hyphen, a digit or a capital inside it): a first name
    /// the census lacks ("José Ibarra", "Ahmed Kano") opens a person's name before a city too,
    /// and three letters are as often an airport's code the gazetteer keeps ("Club Med").
    static func closesWithCity(_ words: [String], opening: Substring) -> Bool {
        guard words.count == 2, words[1].count >= 4, let city = Gazetteer.shared.place(words[1]) else { return false }
        guard opening.dropFirst().contains(where: { $0 == "-" || $0.isNumber || $0.isUppercase }) else { return false }
        return city.kind == "city" && city.population >= closingCityPopulation && !city.isCommonWord
            && Gazetteer.shared.place(words[0]) == nil
    }
}

extension EntityTyper {
    /// Organization evidence for the name at `start..<end`: 3 after a verb of joining and a
    /// lower-case "the" when the name closes its phrase ("she joined the Night Watch aged 15", "he
    /// joined the Quorum Party in 2004", a participle after it too); a person is joined without an article ("joined Smith in
    /// calling for"), and "joined the Smith campaign" names a campaign, not Smith.
    static func joinedBody(_ doc: Document, span: Range<Int>, start: Int, end: Int) -> Int {
        guard start - 2 >= span.lowerBound else { return 0 }
        let t = doc.tokens
        guard t[start - 1].word == KnownWords.shared.the, !t[start - 1].isCapitalized,
              locatingWords.joinVerbs.contains(t[start - 2]) else { return 0 }
        // A participle also ends the name's phrase: "joined the Night Watch aged 15".
        guard closesPhrase(t, span: span, end: end)
            || t[end].kind == .word && !t[end].isCapitalized && (t[end].lower.hasSuffix("ed") || t[end].lower.hasSuffix("ing"))
        else { return 0 }
        return 3
    }
}
