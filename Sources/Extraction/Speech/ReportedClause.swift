import NewsFacts

/// What a speech verb reports: the clause after it (past its addressee, adjuncts and "that"), or
/// before its speaker when the attribution is post-posed (`CLAUSE, the ministry said.`).
enum ReportedClause {
    /// The reported statement of a speech verb.
    struct Found {
        var clause: Range<Int>
        var rule: String
        var addressee: String?
        /// `START, said X, REST`: the statement's part after the inverted attribution.
        var continuation: Range<Int>? = nil
        /// `…, said X`: the verb follows the statement (a date before it is the statement's).
        var inverted = false

        /// The statement's text: the clause, and its continuation after the attribution.
        func text(_ doc: Document) -> String {
            guard let continuation else { return doc.text(clause) }
            return doc.text(clause) + " " + doc.text(continuation)
        }

        /// Every token of the statement and of the verb `k`.
        func tokens(verb k: Int) -> Range<Int> {
            min(clause.lowerBound, k)..<max(continuation?.upperBound ?? clause.upperBound, k + 1)
        }
    }

    /// Lemmas that take an addressee before their clause ("told reporters he …", "urged X to").
    /// (`speech.addresseeLemmas` in `Lexicons/wordlists.tsv`.)
    static let addresseeLemmas = Set(Lexicon.shared.words(in: .speechAddresseeLemmas))

    /// The reported statement of the verb `k` whose speaker is `found`, or nil when there is none.
    static func find(
        _ doc: Document, verb k: Int, _ found: ReportedSpeaker, _ r: Range<Int>, _ inQuote: [Bool]
    )
        -> Found?
    {
        if found.inverted { return aroundInversion(doc, verb: k, found, r, inQuote) }
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        var c = k + 1
        var addressee: String?
        let lemma = w.lemma(of: t[k])
        // "pointed out that …": the clause starts after the particle.
        if lemma == "point", c < r.upperBound, w.verbParticles.contains(t[c]) { c += 1 }
        c = SpeechExtractor.skipAdjuncts(doc, c, r.upperBound)
        // "The company's shares, Anna Berg said, rose": the statement goes on after the attribution.
        if c < r.upperBound, t[c].word == w.comma, let before = clauseBefore(doc, verb: k, found, r, inQuote),
            let rest = EmbeddedAttribution.continuation(doc, verb: k, before: before, r, inQuote)
        {
            return Found(clause: before, rule: "reported-postposed", addressee: nil, continuation: rest)
        }
        if addresseeLemmas.contains(lemma) {
            let np = SpeechExtractor.addresseeEnd(doc, c, r.upperBound)
            if np > c {
                addressee = doc.text(c..<np)
                c = np
            }
            c = SpeechExtractor.skipAdjuncts(doc, c, r.upperBound)
        }
        if lemma == "call" {
            guard c < r.upperBound, w.callFor.contains(t[c]) else { return nil }
        }
        // "promised him a recount": a thing promised to someone, no statement; "promised
        // voters that …", "promised him to …" report one.
        if lemma == "promise", addressee != nil {
            guard c < r.upperBound, t[c].word == w.that || t[c].word == w.to else { return nil }
        }
        // "She said this again at the dinner": "this" points back at what was said before and
        // reports nothing new; the statement it stands for is the earlier one's.
        if c < r.upperBound, t[c].word == w.this, pointsBack(doc, c + 1, r) { return nil }
        if c < r.upperBound, t[c].word == w.that { c += 1 }
        let postposed = isPostposed(doc, verb: k, at: c, found, r)
        if c < r.upperBound, t[c].word == w.comma || t[c].word == w.colon { c += 1 }
        c = min(c, r.upperBound)
        let end = SpeechExtractor.statementEnd(doc, from: c, r, inQuote)
        let clause = SpeechExtractor.trim(doc, c..<max(c, end))
        if clause.count < SpeechWindows.minClauseAfterVerb || c >= end || postposed {
            guard let before = clauseBefore(doc, verb: k, found, r, inQuote) else { return nil }
            return Found(clause: before, rule: "reported-postposed", addressee: addressee)
        }
        return Found(clause: clause, rule: found.rule, addressee: addressee)
    }

    /// `CLAUSE, said Mauer.` and `START, said Mauer, REST` (an attribution set into the
    /// statement): the clause before the comma that opens the attribution, and what follows the
    /// speaker after a comma, up to where the statement ends; nil when the clause is a quote (the
    /// quote rules read it) or the statement is too short, and when the verb is a participle or
    /// a pronoun follows it ("Ortiz denied the report, saying it was false": no inversion).
    static func aroundInversion(
        _ doc: Document, verb k: Int, _ found: ReportedSpeaker, _ r: Range<Int>,
        _ inQuote: [Bool]
    ) -> Found? {
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        guard !t[k].lower.hasSuffix("ing"), doc.mention(at: k + 1)?.kind != .pronoun else { return nil }
        let comma = SpeechExtractor.tokenBefore(doc, verb: k, limit: r.lowerBound, time: true)
        guard comma > r.lowerBound, t[comma].word == w.comma, t[comma - 1].kind != .quote else { return nil }
        let start = SpeechExtractor.statementStart(doc, r.lowerBound, before: comma, inQuote)
        let clause = SpeechExtractor.trim(doc, start..<comma)
        var continuation: Range<Int>?
        let c = SpeechExtractor.skipAdjuncts(doc, found.invertedEnd, r.upperBound)
        if c + 1 < r.upperBound, t[c].word == w.comma {
            let rest = SpeechExtractor.trim(doc, (c + 1)..<SpeechExtractor.statementEnd(doc, from: c + 1, r, inQuote))
            if !rest.isEmpty { continuation = rest }
        }
        guard clause.count + (continuation?.count ?? 0) >= SpeechWindows.minStatementTokens, !clause.isEmpty else {
            return nil
        }
        return Found(
            clause: clause, rule: "reported-postposed", addressee: nil, continuation: continuation,
            inverted: true)
    }

    /// "CLAUSE, the company said on Monday, creating …": a comma after the verb and a comma
    /// before its speaker, far enough into the sentence: the statement is before the speaker.
    /// The speaker's phrase takes in what qualifies the name ("CLAUSE, Japanese Defence Minister
    /// Kenji Arai said on Wednesday, after talks …": the comma before "Japanese").
    static func isPostposed(
        _ doc: Document, verb k: Int, at c: Int, _ found: ReportedSpeaker, _ r: Range<Int>
    )
        -> Bool
    {
        let t = doc.tokens
        let comma = SpeechExtractor.Words.shared.comma
        guard c < r.upperBound, t[c].word == comma || closingAdjunct(doc, c, r),
            let first = SpeechExtractor.firstSpeakerToken(doc, verb: k, limit: r.lowerBound, inverted: false)
        else { return false }
        let start = min(first, speakerPhraseStart(doc, verb: k, found, r) ?? first)
        return start - 1 > r.lowerBound + SpeechWindows.postposedMinClause && t[start - 1].word == comma
    }

    /// "CLAUSE, X said at a dinner for exporters.": a prepositional phrase (`speech.adjunctPrepositions`)
    /// that runs from `c` to the sentence's end, no comma, "that" or quotation mark in it and no
    /// verb the part-of-speech tagger reads but an "-ing" form ("after touring the docks"),
    /// tells when or where the speaker spoke, never what: a statement needs a clause ("said at
    /// the hearing its pilots would strike" has one).
    static func closingAdjunct(_ doc: Document, _ c: Int, _ r: Range<Int>) -> Bool {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        guard w.adjunctPrepositions.contains(t[c]),
            !(c + 1..<r.upperBound).contains(where: {
                t[$0].word == w.comma || t[$0].word == w.that || t[$0].kind == .quote || t[$0].word == w.semicolon
            })
        else { return false }
        let tags = PartOfSpeechTagger.shared.tag(t, r)
        return !(c + 1..<r.upperBound).contains {
            (tags[$0 - r.lowerBound] == .verb || tags[$0 - r.lowerBound] == .auxiliary) && !t[$0].lower.hasSuffix("ing")
        }
    }

    /// Whether the demonstrative object of a speech verb ends its clause: the sentence ends at
    /// `k`, or a comma or an adjunct's preposition follows ("said this at the dinner").
    static func pointsBack(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        guard k < r.upperBound else { return true }
        return t[k].kind == .punct || t[k].word == w.comma || w.adjunctPrepositions.contains(t[k])
            || SpeechExtractor.isTimeToken(doc, k)
    }

    /// Post-posed: `CLAUSE, the ministry said.` — the statement before the speaker and its
    /// comma, or nil when there is none (or it is a direct quote, handled with quotes).
    static func clauseBefore(
        _ doc: Document, verb k: Int, _ found: ReportedSpeaker, _ r: Range<Int>,
        _ inQuote: [Bool]
    ) -> Range<Int>? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        guard let sm = speakerPhraseStart(doc, verb: k, found, r) else { return nil }
        var e = sm - 1
        if e >= r.lowerBound, t[e].word == w.comma { e -= 1 } else { return nil }
        if e >= r.lowerBound, t[e].kind == .quote { return nil } // direct quote, handled above
        let start = SpeechExtractor.statementStart(doc, r.lowerBound, before: e + 1, inQuote)
        let clause = SpeechExtractor.trim(doc, start..<(e + 1))
        return clause.count >= SpeechWindows.minStatementTokens ? clause : nil
    }

    /// Where the speaker's phrase starts, past what qualifies it ("Polish Defence Minister",
    /// "its spokeswoman", "Japan's Foreign Ministry", "the Indonesian Foreign Ministry").
    static func speakerPhraseStart(_ doc: Document, verb k: Int, _ found: ReportedSpeaker, _ r: Range<Int>) -> Int? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        var speakerStart = found.speakerStart
        // "CLAUSE, a Commission spokesperson said": the phrase after the comma names no one itself.
        if speakerStart == nil,
            SpeechExtractor.possessorOfBody(doc, verb: k, limit: r.lowerBound) != nil
        {
            var x = k - 1
            while x > r.lowerBound && k - x <= SpeechWindows.postposedSpeakerSpan && t[x].word != w.comma { x -= 1 }
            if x > r.lowerBound, t[x].word == w.comma { speakerStart = x + 1 }
        }
        let first = SpeechExtractor.firstSpeakerToken(doc, verb: k, limit: r.lowerBound, inverted: false)
        guard var sm = first ?? speakerStart else { return nil }
        while sm - 1 >= r.lowerBound {
            if t[sm - 1].kind == .possessive, sm - 2 >= r.lowerBound, let q = doc.mention(at: sm - 2),
                q.kind == .name || q.kind == .role
            {
                sm = q.tokens.lowerBound
                continue
            }
            if w.articles.contains(t[sm - 1]) {
                sm -= 1
                break
            }
            guard let q = doc.mention(at: sm - 1), qualifiesSpeaker(doc, q) else { break }
            sm = q.tokens.lowerBound
            if sm - 1 >= r.lowerBound, t[sm - 1].kind == .possessive { sm -= 1 }
        }
        return sm
    }

    /// A title, demonym, possessive pronoun, or a country's or organization's name before a speaker.
    static func qualifiesSpeaker(_ doc: Document, _ q: Mention) -> Bool {
        q.kind == .title || q.kind == .demonym || q.kind == .pronoun && ["its", "his", "her", "their"].contains(q.name)
            || q.kind == .name && q.entity >= 0 && ["country", "organization"].contains(doc.entities[q.entity].type)
    }
}
