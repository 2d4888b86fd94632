import NewsFacts

/// Titles given to several people at once, or said with "is": the rules of `TitleExtractor`
/// that read past one title next to one name.
///
/// - [title-list] a plural title before a list of people: "photographers A, B and C",
///   "publishers A of X and B of Y" (each keeps the body named after it).
/// - [title-coordinated] two titles joined by "and" before one name: "mathematician and writer X".
/// - [title-copula] "X is a professor emeritus at Y", "X is the director of Y".
extension TitleExtractor {
    /// The canonical title of a plural head ("photographers" → "Photographer"), or nil.
    static func pluralHead(_ token: Token) -> String? {
        guard token.kind == .word, !token.isCapitalized, token.lower.utf8.count > 4, token.lower.hasSuffix("s") else {
            return nil
        }
        let heads = Lexicon.shared.titleHeads
        let lower = token.lower
        if lower.hasSuffix("ies"), let h = heads[String(lower.dropLast(3)) + "y"] { return h }
        return heads[String(lower.dropLast())]
    }

    /// "councillors A from X, B of Y, and C": each person of a list after a plural title, with
    /// the organization or place named right after them [title-list]. Two people at least.
    static func pluralLists(_ doc: Document) -> [Found] {
        var out: [Found] = []
        let t = doc.tokens
        let known = KnownWords.shared
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded {
            if doc.cancellation.poll() { break }
            let end = span.tokens.upperBound
            for k in span.tokens where k + 1 < end {
                // A lower-case word that may be a plural (more than four bytes: `pluralHead` asks
                // it; an ASCII word's lower case is as long as its text) before what a list opening
                // needs next (a mention, or "of", "from", "at" or a comma: `listOpening`), then
                // its last letter an "s" (read from a string: a call), a list opening after it
                // (ids and mentions), and only then `pluralHead`, which builds a singular's
                // string to look it up.
                guard t[k].kind == .word, !t[k].flags.contains(.capitalized),
                      t[k].flags.contains(.nonASCII) || t[k].end - t[k].start > 4,
                      doc.hasMention(at: k + 1) || t[k + 1].word == known.of || t[k + 1].word == known.from
                          || t[k + 1].word == known.at || t[k + 1].word == known.comma,
                      t[k].lower.utf8.last == UInt8(ascii: "s"),
                      let listStart = listOpening(doc, k + 1, end), let canonical = pluralHead(t[k])
                else { continue }
                var people: [(person: Int, of: Int, tokens: Range<Int>)] = []
                var j = listStart
                while j < end, people.count < ExtractionLimits.maxEventParticipants {
                    // "… and Youngspiration's Yau Wai-ching": a body owning the person is theirs.
                    let owner = possessingBody(doc, j, end)
                    if owner.next > j { j = owner.next }
                    let p = personMention(doc, at: j)
                    guard p >= 0, let pm = doc.mention(at: j) else { break }
                    j = pm.tokens.upperBound
                    var of = owner.body
                    if j + 1 < end, t[j].word == known.of || t[j].word == known.from {
                        var q = j + 1
                        if q < end, t[q].word == known.the { q += 1 }
                        // "of Spain's el Diario": the possessed name, not the country.
                        if let om = doc.mention(at: q), om.tokens.upperBound + 1 < end,
                            t[om.tokens.upperBound].kind == .possessive
                        {
                            q = om.tokens.upperBound + 1
                        }
                        // A name the typer left untyped is passed over, not taken as the body.
                        if let om = doc.mention(at: q), om.kind == .name, om.entity >= 0 {
                            if qualifierTypes.contains(doc.entities[om.entity].type) { of = om.entity }
                            j = om.tokens.upperBound
                        }
                    }
                    people.append((p, of, pm.tokens.lowerBound..<j))
                    j = pastGloss(doc, j, end)
                    if j < end, t[j].word == known.comma { j += 1 }
                    if j < end, t[j].word == known.and { j += 1 }
                }
                guard people.count >= 2 else { continue }
                // After a comma the list must be closed as an apposition is ("lawmakers, A and B,
                // were arrested"): "After talking to reporters, A and B left" names the clause's
                // subjects, no reporters.
                if listStart > k + 1, let last = people.last, last.tokens.upperBound < end {
                    let close = t[last.tokens.upperBound]
                    guard close.word == known.comma || close.word == known.period || close.word == known.semicolon
                        || close.word == known.colon || close.kind == .dash
                    else { continue }
                }
                let match = TitleMatch(
                    tokens: k..<k + 1, canonical: canonical, portfolio: nil, modifier: nil,
                    head: canonical)
                for p in people {
                    out.append(
                        Found(
                            person: p.person, title: match, of: p.of, sentence: s,
                            tokens: k..<p.tokens.upperBound, rule: "title-list"))
                }
            }
        }
        return out
    }

    /// "Youngspiration's Yau Wai-ching": a body's name (an organization, or a name the typer left
    /// untyped) and its possessive at `k` right before a person's name: the body (-1 when
    /// untyped) and where the person's name starts; else (-1, `k`).
    static func possessingBody(_ doc: Document, _ k: Int, _ end: Int) -> (body: Int, next: Int) {
        guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0,
            ["organization", "unknown"].contains(doc.entities[m.entity].type),
            m.tokens.upperBound + 1 < end, doc.tokens[m.tokens.upperBound].kind == .possessive,
            personMention(doc, at: m.tokens.upperBound + 1) >= 0
        else { return (-1, k) }
        return (doc.entities[m.entity].type == "organization" ? m.entity : -1, m.tokens.upperBound + 1)
    }

    /// Where the list of people after a plural title at `k - 1` opens: right after it
    /// ("photographers A, B and C"), after a comma ("two opposition lawmakers, A and B,"), or
    /// after a comma that closes a short lower-case phrase of "from", "of" or "at"
    /// ("activists from the localist camp, A and B"); nil when no name is there.
    static func listOpening(_ doc: Document, _ k: Int, _ end: Int) -> Int? {
        let t = doc.tokens
        let known = KnownWords.shared
        if doc.hasMention(at: k) { return k }
        var j = k
        if j < end, t[j].word == known.of || t[j].word == known.from || t[j].word == known.at {
            j += 1
            while j < end, j - k <= maxPhraseBeforeList, t[j].kind == .word, !t[j].isCapitalized,
                !doc.hasMention(at: j)
            { j += 1 }
        }
        guard j + 1 < end, t[j].word == known.comma, personMention(doc, at: j + 1) >= 0 else { return nil }
        return j + 1
    }

    /// Words a phrase between a plural title and its list of people has at most ("from the
    /// localist camp").
    static let maxPhraseBeforeList = 6

    /// Past a short lower-case gloss in brackets after a listed name ("athletes X (tennis) and
    /// Y (golf)"): at most three words, no name; else `k`.
    static func pastGloss(_ doc: Document, _ k: Int, _ end: Int) -> Int {
        let t = doc.tokens
        let known = KnownWords.shared
        guard k + 2 < end, t[k].word == known.open else { return k }
        var j = k + 1
        while j < end && j - k <= 3 && t[j].kind == .word && !t[j].isCapitalized { j += 1 }
        return j > k + 1 && j < end && t[j].word == known.close ? j + 1 : k
    }

    /// "political activist and philosopher X": the title before "and" is X's too, when the
    /// title after it was found right before X [title-coordinated].
    static func coordinatedBefore(_ doc: Document, _ found: [Found]) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Found] = []
        for f in found where f.rule == "title-before-name" {
            let and = f.title.tokens.lowerBound - 1
            let sStart = doc.sentences[f.sentence].tokens.lowerBound
            guard and - 1 >= sStart, t[and].word == known.and, let m = doc.mention(at: and - 1), m.kind == .title,
                let title = m.title, title.tokens.upperBound == and
            else { continue }
            out.append(
                Found(
                    person: f.person, title: title, of: f.of, sentence: f.sentence,
                    tokens: title.tokens.lowerBound..<f.tokens.upperBound, rule: "title-coordinated"))
        }
        return out
    }

    /// How many people are named from the start of the sentence before `pronoun`'s to it.
    /// `named`: `namedPeople(doc)`, read once for all the pronouns (each pronoun's pass over
    /// every mention of the article made the pronoun rule quadratic).
    static func peopleNamedBefore(_ doc: Document, _ pronoun: Mention, _ named: [(start: Int, entity: Int)]) -> Int {
        let first = doc.sentences[max(0, pronoun.sentence - 1)].tokens.lowerBound
        // The first mention starting at `first` or later (`named` is ordered by start).
        var lo = 0, hi = named.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if named[mid].start < first { lo = mid + 1 } else { hi = mid }
        }
        var people = Set<Int>()
        var i = lo
        while i < named.count && named[i].start < pronoun.tokens.lowerBound {
            people.insert(named[i].entity)
            i += 1
        }
        return people.count
    }

    /// The mentions naming a person (their first token and entity), ordered by first token.
    static func namedPeople(_ doc: Document) -> [(start: Int, entity: Int)] {
        var out: [(start: Int, entity: Int)] = []
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && doc.entities[m.entity].type == "person" {
            out.append((m.tokens.lowerBound, m.entity))
        }
        // The order among mentions with one start does not change the count.
        return out.sorted { $0.start < $1.start }
    }

    /// "X is a professor emeritus at Y", "X was the director of Y", "X is an Israeli
    /// mathematician and writer", "X, who is the chairman of Y,", "X was appointed chairman of Y",
    /// "X became chief executive of Y", "X served as the director of Y": a title after a copula,
    /// with its body [title-copula]. With `pronouns`, the subjects are instead "he" and "she"
    /// once anaphora gave them a person ("He was also the team manager of Y").
    static func copulas(_ doc: Document, pronouns: Bool = false) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Found] = []
        let named = pronouns ? namedPeople(doc) : []
        for m in doc.mentions where pronouns ? m.kind == .pronoun && m.type == "person" : m.kind == .name {
            guard m.entity >= 0, doc.entities[m.entity].type == "person" else { continue }
            // A pronoun counts only when at most one person is named since the sentence before: "Lena Holm
            // replaced Tom Alder. He was the director …" does not say whose title that was.
            if pronouns && peopleNamedBefore(doc, m, named) > 1 { continue }
            let span = doc.sentences[m.sentence]
            if span.isExcluded { continue }
            let end = span.tokens.upperBound
            guard var k = pastCopula(doc, m.tokens.upperBound, end), k + 1 < end else { continue }
            if t[k].word == known.a || t[k].word == known.an || t[k].word == known.the { k += 1 }
            // "the next foreign minister", "the former director": a holder modifier opens the title's
            // match but not its mention (the title keeps it).
            if k + 1 < end, t[k].word >= 0, Lexicon.shared.titleModifierOf[Int(t[k].word)] != nil, !doc.hasMention(at: k),
                doc.mention(at: k + 1)?.kind == .title
            {
                k += 1
            }
            var of = -1
            // "an Israeli mathematician", "Japan's foreign minister".
            if k < end, let q = doc.mention(at: k), q.kind == .demonym || q.kind == .name, q.entity >= 0,
                ["country", "organization"].contains(doc.entities[q.entity].type)
            {
                of = q.entity
                k = q.tokens.upperBound
                if k < end, t[k].kind == .possessive { k += 1 }
            }
            var titles: [TitleMatch] = []
            while k < end, let tm = doc.mention(at: k), tm.kind == .title, let title = tm.title,
                tm.tokens.lowerBound == k, titles.count < 4
            {
                titles.append(title)
                k = tm.tokens.upperBound
                guard k + 1 < end, t[k].word == known.and else { break }
                k += 1
            }
            // "X is the president's son": a possessed title names someone else.
            guard let last = titles.last,
                last.tokens.upperBound >= end || t[last.tokens.upperBound].kind != .possessive
            else { continue }
            if of < 0 { of = qualifierAfter(doc, last.tokens.upperBound, end) }
            if of < 0 { of = bodyAfterLink(doc, last.tokens.upperBound, end) }
            for title in titles {
                out.append(
                    Found(
                        person: m.entity, title: title, of: of, sentence: m.sentence,
                        tokens: m.tokens.lowerBound..<last.tokens.upperBound, rule: "title-copula"))
            }
        }
        return out
    }

    /// "X, who is set to become the next trade minister", "X, who was named on Friday to be the
    /// new envoy": a relative clause (from `k`, after "who") that says a choice settled its subject's
    /// title — a participle of `title.promising` ("named", "confirmed"), "set" or "due" right
    /// before "to" (`title.promisingBeforeTo`), or a choice's noun after a word of waiting
    /// ("awaits the Senate's confirmation": `title.promisingNoun`, `title.awaiting`) — before "to"
    /// and "be" or "become" (`title.toBecome`), in at most `maxPromisingWords` words with no mark;
    /// past them, else nil. A wish or a bid settles nothing (`title.bid`: "who hopes to become",
    /// "who failed to become", "who is seeking the nomination to become"), and a person named in
    /// the clause other than after "by" (the agent of a passive) may be the one to hold it ("who
    /// asked Y to become …"): nil.
    static func promisedTitle(_ doc: Document, _ k: Int, _ end: Int) -> Int? {
        let t = doc.tokens
        let known = KnownWords.shared
        let w = TitleWords.shared
        var agent = false
        var settled = false
        var n = k
        while n + 1 < end, n - k < maxPromisingWords, t[n].kind == .word {
            if t[n].word == known.by { agent = true }
            // "who is seeking the nomination to become", "who failed to become": a bid.
            if w.bid.contains(t[n]) { return nil }
            if w.promising.contains(t[n]) { settled = true }
            // "awaiting Senate confirmation": a choice's noun after a word of waiting, past one name.
            if w.promisingNoun.contains(t[n]),
                n - 1 >= k && w.awaiting.contains(t[n - 1]) || n - 2 >= k && w.awaiting.contains(t[n - 2]) && t[n - 1].isCapitalized
            {
                settled = true
            }
            if !agent, personMention(doc, at: n) >= 0 { return nil }
            if t[n].word == known.to, w.toBecome.contains(t[n + 1]) {
                // "who is set to become", "who is due to be": right before "to" only.
                return settled || n - 1 >= k && w.promisingBeforeTo.contains(t[n - 1]) ? n + 2 : nil
            }
            n = doc.mention(at: n).map { max($0.tokens.upperBound, n + 1) } ?? n + 1
        }
        return nil
    }

    /// Most words of a relative clause before its "to be" or "to become" (`promisedTitle`).
    static let maxPromisingWords = 10

    /// Past the copula at `k` after a person's name: "is"/"was" (`title.copula`), ", who is",
    /// "was appointed (as)", "has been named", "became" (`title.appointment`, `title.becoming`);
    /// nil when none is there.
    static func pastCopula(_ doc: Document, _ k: Int, _ end: Int) -> Int? {
        let t = doc.tokens
        let w = TitleWords.shared
        var j = k
        if j + 2 < end, t[j].word == KnownWords.shared.comma, t[j + 1].word == KnownWords.shared.who { j += 2 }
        if j < end, w.becoming.contains(t[j]) { return j + 1 }
        if j > k, let n = promisedTitle(doc, j, end) { return n }
        // "served as the director": only with "as".
        if j + 1 < end, w.asVerb.contains(t[j]), t[j + 1].word == KnownWords.shared.as_ { return j + 2 }
        if j + 1 < end, t[j].word == KnownWords.shared.has || t[j].word == KnownWords.shared.had,
            t[j + 1].lower == "been"
        {
            j += 2
            guard j < end, w.appointment.contains(t[j]) else { return nil }
        } else {
            guard j < end, w.copula.contains(t[j]) else { return nil }
            j += 1
            if j < end, w.afterCopula.contains(t[j]) { j += 1 }
            guard j < end, w.appointment.contains(t[j]) else { return j }
        }
        j += 1
        if j < end, t[j].word == KnownWords.shared.as_ { j += 1 }
        return j
    }
}

/// The word lists of the title rules (`title.*` in `Lexicons/wordlists.tsv`), looked up once.
final class TitleWords: Sendable {
    static let shared = TitleWords()
    /// "X is/was TITLE".
    let copula = WordSet(.titleCopula)
    /// "X was appointed/named/elected TITLE".
    let appointment = WordSet(.titleAppointment)
    /// "X became TITLE".
    let becoming = WordSet(.titleBecoming)
    /// "… Quarnish President, Ana Berg on Monday": what may follow a national title's holder
    /// set off by one comma (`TitleNextToName.nationalTitle`).
    let holderGoesOn = WordSet(.titleHolderGoesOn)
    /// "X, who was chosen to be TITLE", "… to become TITLE": the verbs after "to".
    let toBecome = WordSet(.titleToBecome)
    /// "X, who was named to be TITLE": words of a settled choice before "to" (`promisedTitle`).
    let promising = WordSet(.titlePromising)
    /// "who is set to become", "who is due to be": right before "to" (`promisedTitle`).
    let promisingBeforeTo = WordSet(.titlePromisingBeforeTo)
    /// "who is awaiting confirmation to become": a choice's noun (`promisedTitle`) after a word of
    /// waiting (`title.awaiting`).
    let promisingNoun = WordSet(.titlePromisingNoun)
    let awaiting = WordSet(.titleAwaiting)
    /// "who is seeking the nomination to become", "who failed to become": a bid, no choice made.
    let bid = WordSet(.titleBid)
    /// "X served as TITLE": these verbs, then "as".
    let asVerb = WordSet(.titleAsVerb)
    /// "X was also TITLE": one such word after the copula.
    let afterCopula = WordSet(.titleAfterCopula)
    /// "X, QC, said": letters after a name that are an office or a rank of counsel.
    let postNominal = WordSet(.titlePostNominal)

    private init() {}
}
