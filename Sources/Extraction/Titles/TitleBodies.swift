/// The body of a title after "of" or "for": the portfolio it covers, as the title grammar reads it
/// (`TitleMatcher`):
///
///     body     := conjunct ((","  conjunct)* "and" conjunct)?
///     conjunct := portfolio | field word+
///
///     "Minister of Foreign Affairs and European Integration"      one title, two conjuncts
///     "Minister of Foreign Affairs, Regional Cooperation and Nationals Abroad"
///     "Minister of Higher Education", "Minister for Cabinet Affairs"
///     "Minister of State for Cabinet Affairs"                     a second body after "for"
///
/// The first conjunct holds a portfolio (`portfolio` in `titles.tsv`) or a closing word
/// (`title.bodyClosing`: "Affairs"), after at most two
/// capitalised words that qualify it ("Higher", "Cabinet", "Americas"); a country alone after
/// "of" is the title's `of`, never its body ("President of Fredonia"). Capitalised field words
/// (ordinary English words, abstract nouns, a people's adjective or its plural) may go on a
/// capitalised portfolio and make the later conjuncts; none is a given name, a title's word or a
/// listed name, so the holder's name after the body ends it ("Minister of Water Ana Berg").
/// A comma joins conjuncts only in a list an "and" closes ("Minister of Health, Ana Berg and the
/// Governor …" keeps "Minister of Health"); a conjunct a title's head follows opens a second
/// title ("Minister of Finance and Trade Minister X": `TitleGroups.coordinatedBefore`). Bodies of
/// a lower-case head or in lower case join portfolios only, as before ("minister of trade and
/// industry officials", "a member of the Velmora rowing team").
enum TitleBodies {
    /// Most field words a conjunct holds, and most capitalised words qualifying a portfolio.
    static let maxConjunctWords = 3
    static let maxQualifierWords = 2
    /// Most conjuncts one body joins.
    static let maxConjuncts = 5

    /// The end of the body starting at `m` (after "of"/"for" and an article) and its
    /// portfolio's key, or nil when no portfolio opens it.
    static func body(_ t: [Token], _ m: Int, _ end: Int, headCapitalised: Bool) -> (end: Int, key: String)? {
        guard m < end, t[m].kind == .word else { return nil }
        let capitalised = headCapitalised && t[m].isCapitalized
        // The first conjunct: qualifiers, then a portfolio or a closing word ("Cabinet Affairs").
        var k = m
        var first: (end: Int, key: String)?
        while k < end, k - m <= maxQualifierWords {
            if let p = portfolio(t, k, end) { first = p; break }
            if capitalised, k > m, t[k].isCapitalized, closings.contains(t[k]) { first = (k + 1, "affairs"); break }
            guard capitalised, isFieldWord(t, k, allowNames: true) else { return nil }
            k += 1
        }
        guard var body = first else { return nil }
        if !capitalised {
            // "minister of water and energy": portfolios only.
            while body.end + 1 < end, isJoiner(t[body.end]), let more = portfolio(t, body.end + 1, end) {
                body.end = more.end
            }
            return body
        }
        body.end = pastFieldWords(t, body.end, end, room: maxConjunctWords - 1)
        var committed = body.end
        var pending = body.end
        var conjuncts = 1
        while pending + 1 < end, conjuncts < maxConjuncts, isJoiner(t[pending]) {
            let isAnd = t[pending].word == KnownWords.shared.and
            let s = pending + 1
            guard s < end, t[s].isCapitalized else { break }
            let e = pastFieldWords(t, portfolio(t, s, end)?.end ?? s, end, room: maxConjunctWords)
            // A head after the conjunct makes it a second title's portfolio.
            // ("… and Trade Minister X"; a title of address stays the holder's: "… and Trade Sheikh X").
            guard e > s, !(e < end && (titleHead(t, e, end) || isTitlePrefix(t[e])) && !TitleStacks.styles.contains(t[e]))
            else { break }
            pending = e
            conjuncts += 1
            if isAnd { committed = e }
            if isAnd { break }
        }
        body.end = committed
        // "Director-General of the World Health Organization": words a body's or a place's head
        // closes are a name of their own; the portfolios alone, as before ("Cabinet Affairs" keeps
        // its inner head).
        if closesName(t[body.end - 1]) {
            guard var p = portfolio(t, m, end), !closesName(t[p.end - 1]) else { return nil }
            while p.end + 1 < end, isJoiner(t[p.end]), let more = portfolio(t, p.end + 1, end) { p.end = more.end }
            return p
        }
        return body
    }

    /// Whether a word is a body's, a place's or a document's head ("Organization", "Service").
    static func closesName(_ tok: Token) -> Bool {
        !Lexicon.shared.classes(of: tok).isDisjoint(with: [.orgHead, .placeHead, .docHead])
    }

    /// Words closing a body as a portfolio does (`title.bodyClosing`: "Affairs").
    static let closings = WordSet(.titleBodyClosing)

    @inline(__always) static func isJoiner(_ tok: Token) -> Bool {
        tok.word == KnownWords.shared.and || tok.word == KnownWords.shared.comma
    }

    static func portfolio(_ t: [Token], _ i: Int, _ end: Int) -> (end: Int, key: String)? {
        guard i < end, let p = Lexicon.shared.portfolioTrie.longest(t, from: i, end: end) else { return nil }
        return (p.end, p.value)
    }

    static func titleHead(_ t: [Token], _ i: Int, _ end: Int) -> Bool {
        Lexicon.shared.titleHeadTrie.longest(t, from: i, end: end) != nil
    }

    @inline(__always) static func isTitlePrefix(_ tok: Token) -> Bool {
        tok.word >= 0 && Lexicon.shared.titlePrefixOf[Int(tok.word)] != nil
    }

    /// Past up to `room` capitalised field words from `k`.
    static func pastFieldWords(_ t: [Token], _ k: Int, _ end: Int, room: Int) -> Int {
        var j = k
        while j < end, j - k < room, isFieldWord(t, j, allowNames: false) { j += 1 }
        return j
    }

    /// Abstract nouns' endings ("Integration", "Sanitation", "Development", "Security").
    static let abstractEndings = ["tion", "ment", "ity", "ance", "ence", "ism", "ics", "ure"]

    /// A capitalised word a title's body may hold: an ordinary English word, an abstract noun, a
    /// portfolio's word, a people's adjective ("African", "Moroccans": the lexicon lists plurals), and with
    /// `allowNames` a listed place ("Americas Affairs"); never a given name, a title's word, an
    /// honorific or another listed name.
    static func isFieldWord(_ t: [Token], _ j: Int, allowNames: Bool) -> Bool {
        let tok = t[j]
        guard tok.kind == .word, tok.isCapitalized, !tok.has(.allCaps) else { return false }
        let lex = Lexicon.shared
        let classes = lex.classes(of: tok)
        if !classes.isDisjoint(with: [.pronoun, .calendar, .article]) { return false }
        // A title's own word ends the body ("… Affairs Minister X"), but not a portfolio's word
        // that may also open a title ("Foreign"), nor one opening a longer title alone ("European").
        if titleHead(t, j, j + 1) || classes.contains(.titleModifier) || isTitlePrefix(tok) && portfolio(t, j, j + 1) == nil {
            return false
        }
        let lower = tok.lower
        let g = Gazetteer.shared
        if EntityTyper.honorifics.contains(lower) || g.isGivenName(lower) { return false }
        if let p = lex.phrase(at: j, in: t, end: j + 1) {
            switch p.kind {
            case .demonym: return true
            // "Americas Affairs"; a country after "of" is the title's `of` ("Minister of Fredonia").
            case .place, .capital: return allowNames
            case .country: return false
            case .organization: return false
            }
        }
        // "European": words the lexicon calls never a name alone (`nonname`).
        if classes.contains(.nonName) || portfolio(t, j, j + 1) != nil || g.isCommonWord(lower) { return true }
        return abstractEndings.contains { lower.hasSuffix($0) } && lower.count > 6
    }
}
