/// A title found in text: "Foreign Minister", "U.S. secretary of state" (the title part),
/// "Chief Cabinet Secretary".
public struct TitleMatch: Sendable, Equatable {
    /// Token indices of the title words, without a leading holder modifier.
    public var tokens: Range<Int>
    /// The title in Title Case as commonly written: "Secretary of State", "Defense Secretary".
    public var canonical: String
    /// The area of government it covers ("foreign", "defense"), used to name counterparts.
    public var portfolio: String?
    /// "former", "new", "incoming"… written before the title.
    public var modifier: String?
    /// The head word's canonical form ("Minister", "Secretary", "President").
    public var head: String
}

/// Matches the title grammar at a token:
///
///     title := modifier? prefix* portfolio* head (("of" | "for") "the"? body ("for" body)?)?
///
/// (a body: portfolios and field words joined by "," and "and", `TitleBodies`)
///
/// For example "new U.S. secretary of state" matches `secretary of state` (after "U.S.") as
/// "Secretary of State" with portfolio `foreign`; "Japanese Foreign Minister" matches
/// "Foreign Minister". "President of the United States" stops before "of": a country is the
/// title's qualifier, not part of it.
public enum TitleMatcher {
    /// Heads that are ordinary nouns in lower case ("the leader", "a speaker").
    /// Heads that are titles in lower case or before "of", and given names capitalised before
    /// a name (`title.lowerCaseHead`: "Emir", "Sultan").
    static let lowerCaseHeads = WordSet(.titleLowerCaseHead)
    static let capitalOnlyHeads: Set<String> = ["Head", "General", "Justice", "Doctor", "Colonel", "Admiral", "Deputy", "Speaker"]

    public static func match(_ t: [Token], at start: Int, end: Int) -> TitleMatch? {
        var startsTitle: [Int: Bool] = [:]
        return match(t, at: start, end: end, startsTitle: &startsTitle)
    }

    /// `match`, remembering in `startsTitle` whether a title starts at a position: a prefix asks
    /// it of the word after it, and a run of prefixes ("Deputy Deputy …") would otherwise ask
    /// it again and again (the work grew as 2^n).
    private static func match(_ t: [Token], at start: Int, end: Int, startsTitle: inout [Int: Bool]) -> TitleMatch? {
        let lex = Lexicon.shared
        let known = KnownWords.shared
        var i = start
        var modifier: String?
        guard i < end, t[i].kind == .word, lex.classes(of: t[i]).contains(.titleStart) else { return nil }
        // Holder modifiers: "former", "new", "then-President".
        if let m = lex.titleModifierOf[Int(t[i].word)], i + 1 < end {
            modifier = m; i += 1
        }
        // "served under President Blanc": a preposition that is also a prefix opens no title.
        if !t[i].isCapitalized, i + 1 < end, t[i + 1].isCapitalized, prepositionPrefixes.contains(t[i]) { return nil }
        let titleStart = i
        var words: [String] = []
        var portfolio: String?
        // Prefixes and portfolios before the head, in any order ("Deputy Foreign", "Vice").
        var scanning = true
        while scanning && i < end {
            scanning = false
            guard words.count <= ExtractionLimits.maxTitleWordsBeforeHead else { return nil }
            // "Justice Minister": a portfolio followed by a head is not itself the head.
            if t[i].word != known.state, let p = portfolioPhrase(t, i, end), p.end < end, head(t, p.end, end) != nil {
                words.append(titleCase(t, i..<p.end)); portfolio = p.key; i = p.end; scanning = true; continue
            }
            // "Deputy Prime Minister": a prefix that is also a head leads a longer title.
            if let prefix = titlePrefix(t[i]), i + 1 < end, head(t, i + 1, end) != nil || portfolioPhrase(t, i + 1, end) != nil,
               titleStarts(t, at: i + 1, end: end, &startsTitle) {
                words.append(prefix); i += 1; scanning = true; continue
            }
            if let h = head(t, i, end) {
                // A head may also be a prefix ("chief cabinet secretary" is a head; "chief" alone a prefix).
                var k = h.end
                var canonical = words + [h.canonical]
                var tail: String?
                var joiner = "of"
                if k + 1 < end, t[k].word == known.of || t[k].word == known.for_ {
                    joiner = t[k].lower
                    var m = k + 1
                    if m < end, t[m].word == known.the { m += 1 }
                    // "Minister of Water and Energy", "Minister of Foreign Affairs and European
                    // Integration" (`TitleBodies`).
                    if let p = TitleBodies.body(t, m, end, headCapitalised: t[i].isCapitalized) {
                        // "a spokesman for the National Security Council": capitalised portfolio
                        // words that open a body's name are the body's, not the title's.
                        if !opensBodyName(t, m, p.end, end) {
                            tail = titleCase(t, m..<p.end)
                            portfolio = portfolio ?? p.key
                            k = p.end
                        }
                    }
                }
                if let tail { canonical.append(joiner); canonical.append(tail) }
                // "Minister of State for Cabinet Affairs": a second body after "for".
                if tail != nil, joiner == "of", k + 1 < end, t[k].word == known.for_, t[k + 1].isCapitalized,
                    let p = TitleBodies.body(t, k + 1, end, headCapitalised: t[i].isCapitalized), !opensBodyName(t, k + 1, p.end, end)
                {
                    canonical.append("for"); canonical.append(titleCase(t, k + 1..<p.end))
                    k = p.end
                }
                let headCanonical = h.canonical
                // Lower-case "leader", "head" are nouns, not titles.
                if !t[titleStart].isCapitalized && capitalOnlyHeads.contains(headCanonical) && words.isEmpty
                    && !headsNamedBody(t, k, end) { return nil }
                // "Sultan Al Jaber", "Emir Kusturica": capitalised alone before a name, a head that is
                // also a given name (`title.lowerCaseHead`) opens the name; "Qatar's emir", "the
                // Emir of Qatar" are titles.
                if t[titleStart].isCapitalized, words.isEmpty, tail == nil, lowerCaseHeads.contains(t[titleStart]),
                    !(k < end && t[k].word == known.of), !TitleStacks.headTitlesName(t, titleStart, k, end),
                    !RulerTitles.ruledBefore(t, titleStart)
                { return nil }
                if headCanonical == "Secretary" && tail == "State" { portfolio = "foreign" }
                if portfolio == nil { portfolio = impliedPortfolio(headCanonical) }
                return TitleMatch(tokens: titleStart..<k, canonical: canonical.joined(separator: " "),
                                  portfolio: portfolio, modifier: modifier, head: headCanonical)
            }
            if let p = titlePrefix(t[i]) {
                words.append(p); i += 1; scanning = true; continue
            }
            if let p = portfolioPhrase(t, i, end) {
                words.append(titleCase(t, i..<p.end)); portfolio = p.key; i = p.end; scanning = true; continue
            }
        }
        return nil
    }

    /// "the head of UNESCO": a lower-case head is a title when "of" and a capitalised name follow.
    static func headsNamedBody(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        let known = KnownWords.shared
        guard k + 1 < end, t[k].word == known.of else { return false }
        let n = t[k + 1].word == known.the ? k + 2 : k + 1
        return n < end && t[n].kind == .word && t[n].isCapitalized
    }

    /// Whether the capitalised words from `start` run on past a portfolio ending at `portfolioEnd`
    /// into a body's name ending in an organization's head word ("National Security Council").
    static func opensBodyName(_ t: [Token], _ start: Int, _ portfolioEnd: Int, _ end: Int) -> Bool {
        guard portfolioEnd < end, t[start].isCapitalized, t[portfolioEnd].kind == .word, t[portfolioEnd].isCapitalized
        else { return false }
        return MentionFinder.endsInOrgHead(t, portfolioEnd, end)
    }

    /// Title prefixes that are also prepositions (`title.prepositionPrefix`: "under").
    static let prepositionPrefixes = WordSet(.titlePrepositionPrefix)

    /// Whether a title starts at `k`, asked once per position of one `match`.
    private static func titleStarts(_ t: [Token], at k: Int, end: Int, _ known: inout [Int: Bool]) -> Bool {
        if let found = known[k] { return found }
        let found = match(t, at: k, end: end, startsTitle: &known) != nil
        known[k] = found
        return found
    }

    /// Titles without a portfolio word that still have one ("Prime Minister" leads a government).
    static func impliedPortfolio(_ head: String) -> String? {
        switch head {
        case "Prime Minister", "Premier", "Chancellor", "Taoiseach": return "government"
        case "President": return "state"
        case "Foreign Secretary": return "foreign"
        case "Home Secretary": return "interior"
        case "Defence Secretary": return "defense"
        default: return nil
        }
    }

    /// The canonical form of a title prefix word ("deputy" → "Deputy"), if it is one.
    @inline(__always) private static func titlePrefix(_ t: Token) -> String? {
        t.word >= 0 ? Lexicon.shared.titlePrefixOf[Int(t.word)] : nil
    }

    /// The longest title head starting at `i` ("prime minister" before "minister").
    private static func head(_ t: [Token], _ i: Int, _ end: Int) -> (end: Int, canonical: String)? {
        guard let h = Lexicon.shared.titleHeadTrie.longest(t, from: i, end: end) else { return nil }
        return (h.end, h.value)
    }

    /// The longest portfolio phrase starting at `i` ("foreign affairs" before "foreign").
    private static func portfolioPhrase(_ t: [Token], _ i: Int, _ end: Int) -> (end: Int, key: String)? {
        guard i < end, let p = Lexicon.shared.portfolioTrie.longest(t, from: i, end: end) else { return nil }
        return (p.end, p.value)
    }

    /// "minister" → "Minister", "SECRETARY" → "Secretary"; bytes for ASCII words.
    static func capitalized(_ w: String) -> String {
        var copy = w
        let ascii = copy.withUTF8 { b -> String? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for (k, c) in b.enumerated() {
                    out[k] = k == 0 ? (c >= 97 && c <= 122 ? c - 32 : c) : (c >= 65 && c <= 90 ? c + 32 : c)
                }
                return b.count
            }
        }
        return ascii ?? (w.prefix(1).uppercased() + w.dropFirst().lowercased())
    }

    /// Title Case of the written words ("secretary of state" → "Secretary of State").
    static func titleCase(_ t: [Token], _ r: Range<Int>) -> String {
        let known = KnownWords.shared
        var parts: [String] = []
        for k in r {
            let w = t[k].text
            if t[k].kind == .punct { if let last = parts.popLast() { parts.append(last + w) }; continue }
            let id = t[k].word
            if (id == known.of || id == known.the || id == known.and || id == known.for_) && !parts.isEmpty { parts.append(t[k].lower); continue }
            if t[k].has(.allCaps) { parts.append(w); continue }
            parts.append(capitalized(w))
        }
        return parts.joined(separator: " ").replacingASCII(" ,", with: ",")
    }
}
