import NewsFacts

/// What a reported-speaker rule sees: the speech verb, its sentence, and what the sentence and
/// the article said before it.
struct ReportedContext {
    let doc: Document
    /// The speech verb.
    let verb: Int
    /// The sentence's tokens.
    let range: Range<Int>
    /// The token before the verb past adverbs and time words (`SpeechExtractor.tokenBefore`).
    let before: Int
    /// The speaker of the sentence's previous reported statement, or -1.
    let previousSpeaker: Int
    /// Who issued the last statement the text named ("a statement from X"), or -1.
    let lastStatement: Int
    /// The speaker of the (last) quote attributed in the sentence, or -1.
    var quoteSpeaker = -1
    /// The speaker of the last statement (reported or quoted) of an earlier sentence, and that
    /// sentence (`ContinuingSpeakers`).
    var lastSpoken: (entity: Int, sentence: Int)? = nil
    /// Which tokens are inside quotation marks.
    var inQuote: [Bool] = []
}

/// Who a rule says speaks a reported statement.
struct ReportedSpeaker {
    var speaker: Int
    var rule: String
    /// Everyone who speaks it ("X and Y said"), or empty for the speaker alone.
    var group: [Int] = []
    /// Where the speaker's phrase starts when no mention marks it ("the statement said").
    var speakerStart: Int?
    /// `…, said Motegi.`: the speaker follows the verb, ending at `invertedEnd`.
    var inverted = false
    var invertedEnd = 0
    /// Who relayed the statement ("Kyodo quoted X as saying", "X was quoted by Kyodo as
    /// saying": Kyodo), or -1; it goes on the fact as `via`.
    var via = -1
    /// Found as the issuer of a document ("the KVB statement noted"): "the statement" after it is theirs.
    var issued = false
}

/// One way of finding who speaks a reported statement: a name for it, the construction it reads,
/// and the function that tries it (nil when it does not apply). What it finds carries the `rule`
/// of the facts it makes.
struct ReportedSpeakerRule: Sendable {
    let name: String
    let pattern: String
    let find: @Sendable (ReportedContext) -> ReportedSpeaker?
}

/// The rules of `SpeechExtractor.reportedSpeakerRules`.
enum ReportedSpeakers {
    /// "Motegi said", "Japan's foreign ministry said", "Halvorsen and Brightwater said" (each).
    static let subject = ReportedSpeakerRule(
        name: "subject", pattern: "(SPEAKER (, SPEAKER)* and)? SPEAKER ADVERB* VERB",
        find: { c in
            let doc = c.doc, k = c.verb, lower = c.range.lowerBound
            let speaker = SpeechExtractor.speakerBefore(doc, verb: k, limit: lower)
            guard speaker >= 0 else { return nil }
            let first = SpeechExtractor.firstSpeakerToken(doc, verb: k, limit: lower, inverted: false)
            let group =
                first.map {
                    SpeechExtractor.coordinatedSpeakers(doc, first: $0, limit: lower, last: speaker)
                } ?? []
            return ReportedSpeaker(speaker: speaker, rule: "reported-speech", group: group)
        })

    /// "The two ministers said", "they said": the antecedents of a plural role noun or pronoun.
    static let pluralAntecedents = ReportedSpeakerRule(
        name: "plural-antecedents", pattern: "PLURAL-ROLE VERB",
        find: { c in
            guard
                let first = SpeechExtractor.firstSpeakerToken(
                    c.doc, verb: c.verb, limit: c.range.lowerBound,
                    inverted: false),
                c.doc.mentionAt[first] >= 0
            else { return nil }
            let group = c.doc.antecedents(of: Int(c.doc.mentionAt[first]))
            guard let g = group.first else { return nil }
            return ReportedSpeaker(speaker: g, rule: "reported-speech", group: group)
        })

    /// "The Offshore Workers' Union (OWU), which represents …, said".
    static let relativeClause = ReportedSpeakerRule(
        name: "relative-clause", pattern: "SPEAKER , (who | which) … , VERB",
        find: { c in
            SpeechExtractor.relativeSpeaker(c.doc, verb: c.verb, limit: c.range.lowerBound)
                .map { ReportedSpeaker(speaker: $0, rule: "reported-apposition") }
        })

    /// "Otávio Brandão, Brazil's chief negotiator, said"; "George Bush and James Baker,
    /// secretary of state, agreed": each of the list.
    static let apposition = ReportedSpeakerRule(
        name: "apposition", pattern: "SPEAKER , APPOSITION , VERB",
        find: { c in
            let doc = c.doc, lower = c.range.lowerBound
            guard let (e, start) = SpeechExtractor.appositionSpeaker(doc, verb: c.verb, limit: lower) else {
                return nil
            }
            let list = SpeechExtractor.coordinatedSpeakers(doc, first: start, limit: lower, last: e)
            // "CLAUSE, Kestrel's chief executive, Ana Ortiz, said.": the speaker's phrase opens
            // with the title before the name.
            var phrase = start
            if start - 2 >= lower, doc.tokens[start - 1].word == SpeechExtractor.Words.shared.comma,
                let title = doc.mention(at: start - 2), title.kind == .title
            {
                phrase = title.tokens.lowerBound
            }
            return ReportedSpeaker(speaker: e, rule: "reported-apposition", group: list, speakerStart: phrase)
        })

    /// "Two candidates, X and Y, have announced": the people of the apposition.
    static let appositionList = ReportedSpeakerRule(
        name: "apposition-list", pattern: "NOUN-PHRASE , PERSON (, PERSON)* and PERSON , VERB",
        find: { c in
            let group = SpeechExtractor.appositionGroup(c.doc, verb: c.verb, limit: c.range.lowerBound)
            guard let g = group.first else { return nil }
            return ReportedSpeaker(speaker: g, rule: "reported-apposition", group: group)
        })

    /// "X said … and stressed …": the sentence's previous speaker.
    static let coordinatedVerb = ReportedSpeakerRule(
        name: "coordinated-verb", pattern: "SPEAKER VERB CLAUSE and VERB",
        find: { c in
            let t = c.doc.tokens
            guard c.before >= c.range.lowerBound, t[c.before].word == SpeechExtractor.Words.shared.and,
                c.previousSpeaker >= 0
            else { return nil }
            return ReportedSpeaker(speaker: c.previousSpeaker, rule: "reported-coordinated")
        })

    /// "X thanked Y … and said …", "X wished him success but warned …": the clause's subject.
    static let coordinatedClause = ReportedSpeakerRule(
        name: "coordinated-clause", pattern: "^ SPEAKER VERB … (and | but) VERB",
        find: { c in
            let w = SpeechExtractor.Words.shared
            let t = c.doc.tokens, j = c.before
            guard j > c.range.lowerBound, t[j].word == w.and || t[j].word == w.but, c.previousSpeaker < 0,
                let e = SpeechExtractor.clauseSubject(c.doc, c.range, before: j)
            else { return nil }
            return ReportedSpeaker(speaker: e, rule: "reported-coordinated")
        })

    /// "the statement said": whoever issued the statement named before.
    static let theStatement = ReportedSpeakerRule(
        name: "the-statement", pattern: "the statement VERB",
        find: { c in
            let w = SpeechExtractor.Words.shared
            let t = c.doc.tokens, j = c.before
            guard c.lastStatement >= 0, j > c.range.lowerBound, t[j].word == w.statement, t[j - 1].word == w.the
            else { return nil }
            return ReportedSpeaker(speaker: c.lastStatement, rule: "reported-speech", speakerStart: j - 1)
        })

    /// "Kyodo News quoted Industry Minister Taro Kono as saying …" (the speaker is the object,
    /// past a title; the outlet only relays, `via`), "Ueda was quoted as saying …" (the passive
    /// subject), "Ueda was quoted by Kyodo as saying …" (the passive subject, Kyodo relaying).
    static let quotedAs = ReportedSpeakerRule(
        name: "quoted-as", pattern: "(SOURCE quoted TITLE? SPEAKER | SPEAKER was quoted (by SOURCE)?) as VERB CLAUSE",
        find: { c in
            let w = SpeechExtractor.Words.shared
            let doc = c.doc, t = c.doc.tokens, j = c.before, lower = c.range.lowerBound
            guard j - 1 > lower, t[j].word == KnownWords.shared.as_ else { return nil }
            if w.quotedAs.contains(t[j - 1]) {
                let e = SpeechExtractor.speakerBefore(doc, verb: j - 1, limit: lower)
                return e >= 0 ? ReportedSpeaker(speaker: e, rule: "reported-speech") : nil
            }
            guard let m = doc.mention(at: j - 1), m.tokens.upperBound == j, m.kind != .title,
                let e = SpeechExtractor.resolved(doc, m, at: j - 1), e >= 0, SpeechExtractor.isSpeakerType(doc, e)
            else { return nil }
            // "X was quoted by Kyodo as saying": X speaks, Kyodo relays.
            var b = m.tokens.lowerBound - 1
            if b > lower, t[b].word == w.the { b -= 1 }
            if b - 1 > lower, t[b].word == KnownWords.shared.by, w.quotedAs.contains(t[b - 1]) {
                let speaker = SpeechExtractor.speakerBefore(doc, verb: b - 1, limit: lower)
                guard speaker >= 0, speaker != e else { return nil }
                return ReportedSpeaker(speaker: speaker, rule: "reported-speech", via: e)
            }
            // Back over a title and a people's adjective to the verb: "quoted Industry Minister X".
            var k = m.tokens.lowerBound - 1
            while k > lower, let q = doc.mention(at: k), q.kind == .title || q.kind == .demonym {
                k = q.tokens.lowerBound - 1
            }
            if k > lower, t[k].word == w.the { k -= 1 }
            guard k > lower, w.quotedAs.contains(t[k]) else { return nil }
            let source = SpeechExtractor.speakerBefore(doc, verb: k, limit: lower)
            return ReportedSpeaker(speaker: e, rule: "reported-speech", via: source != e ? source : -1)
        })

    /// "X, who said …".
    static let whoSaid = ReportedSpeakerRule(
        name: "who-said", pattern: "SPEAKER , who VERB",
        find: { c in
            let w = SpeechExtractor.Words.shared
            let t = c.doc.tokens, j = c.before
            guard j >= c.range.lowerBound, t[j].word == w.who, j - 2 >= c.range.lowerBound, t[j - 1].word == w.comma,
                let m = c.doc.mention(at: j - 2), let e = SpeechExtractor.resolved(c.doc, m, at: j - 2), e >= 0
            else { return nil }
            return ReportedSpeaker(speaker: e, rule: "reported-relative")
        })

    /// `"…," said X, adding that …`, "X denied the report, saying it was false": a participle
    /// after a comma reports the speech of the sentence's speaker (of its reported statement, of
    /// its quote, else, before "that" or after "saying" and a clause, the clause's subject). Writers often
    /// leave the comma out after a quotation or an attribution (`X stressed "…" adding that …`,
    /// `"…," he said adding that …`): a closing quotation mark or a speech verb stands for it.
    static let participle = ReportedSpeakerRule(
        name: "participle", pattern: "SPEAKER VERB … (, | QUOTE | VERB) (adding | saying | noting …) (that)? CLAUSE",
        find: { c in
            let t = c.doc.tokens, j = c.before
            guard t[c.verb].lower.hasSuffix("ing"), j > c.range.lowerBound, opensParticiple(c, at: j) else { return nil }
            var e = c.previousSpeaker >= 0 ? c.previousSpeaker : c.quoteSpeaker
            // Without speech before it, only "VERBing that" reports speech ("adding capacity" does
            // not), and "saying" before a clause: its object is what was said ("X left the
            // hearing, saying the panel had ignored him"; not "saying goodbye at the airport").
            let that = c.verb + 1 < c.range.upperBound && t[c.verb + 1].word == SpeechExtractor.Words.shared.that
            let saying = SpeechExtractor.Words.shared.lemma(of: t[c.verb]) == "say" && clauseFollows(c)
            if e < 0, that || saying, t[j].word == SpeechExtractor.Words.shared.comma,
                let subject = SpeechExtractor.clauseSubject(c.doc, c.range, before: j)
            {
                e = subject
            }
            return e >= 0 ? ReportedSpeaker(speaker: e, rule: "reported-coordinated") : nil
        })

    /// Whether a clause follows the participle: past at least one word (its subject), a verb the
    /// part-of-speech tagger reads that is no "-ing" form, before the next comma or the
    /// sentence's end ("saying the bridge was safe"; not "saying goodbye at the airport",
    /// "saying a prayer"). Tags the sentence only when asked, for "saying" after a comma.
    static func clauseFollows(_ c: ReportedContext) -> Bool {
        let t = c.doc.tokens
        let r = c.range
        var end = c.verb + 1
        while end < r.upperBound, t[end].word != SpeechExtractor.Words.shared.comma { end += 1 }
        guard c.verb + 2 < end else { return false }
        let tags = PartOfSpeechTagger.shared.tag(t, r)
        return (c.verb + 2..<end).contains {
            (tags[$0 - r.lowerBound] == .verb || tags[$0 - r.lowerBound] == .auxiliary) && !t[$0].lower.hasSuffix("ing")
        }
    }

    /// Whether the token before a participle sets it off from the clause before: a comma, or,
    /// with the comma left out, a closing quotation mark or a speech verb outside quotes.
    static func opensParticiple(_ c: ReportedContext, at j: Int) -> Bool {
        let t = c.doc.tokens
        if t[j].word == SpeechExtractor.Words.shared.comma { return true }
        if t[j].kind == .quote { return c.inQuote.indices.contains(j - 1) && c.inQuote[j - 1] }
        return t[j].kind == .word && !t[j].lower.hasSuffix("ing") && SpeechExtractor.isSpeechVerb(t, j)
            && !(c.inQuote.indices.contains(j) && c.inQuote[j])
    }

    /// Inversion at the end: `…, said Motegi.` The speaker is in the sentence: after "said" and
    /// a line break, the next sentence's subject is not (its end is past this sentence's).
    static let inverted = ReportedSpeakerRule(
        name: "inverted", pattern: "CLAUSE , VERB SPEAKER",
        find: { c in
            let t = c.doc.tokens, j = c.before, k = c.verb, r = c.range
            // `…, said Commerzbank economist Tomas Berg.`: the person a description leads to.
            if j >= r.lowerBound, t[j].word == SpeechExtractor.Words.shared.comma,
                let p = DescribedSpeakers.person(c.doc, from: k + 1, end: r.upperBound)
            {
                return ReportedSpeaker(speaker: p.entity, rule: "reported-speech", inverted: true, invertedEnd: p.end)
            }
            guard j >= r.lowerBound, t[j].word == SpeechExtractor.Words.shared.comma, k + 1 < r.upperBound,
                let m = c.doc.mention(at: k + 1), m.tokens.lowerBound == k + 1, m.tokens.upperBound <= r.upperBound,
                let e = SpeechExtractor.resolved(c.doc, m, at: k + 1), e >= 0
            else { return nil }
            return ReportedSpeaker(
                speaker: e, rule: "reported-speech", inverted: true,
                invertedEnd: m.tokens.upperBound)
        })
}
