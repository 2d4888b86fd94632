import NewsFacts

/// Statements: `SPEAKER said "TEXT" [direct: true|false, to: …, date: …]`.
///
/// - Direct quotes, attributed after (`"…," Motegi told reporters`, `"…," said the minister`)
///   or before (`Motegi said: "…"`) [quote-after, quote-before]; a quote with no attribution
///   right after a statement continues that speaker [quote-continued].
/// - Reported speech: `SPEAKER (also)? VERB (on Twitter)? (that)? CLAUSE` for speech verbs
///   (said, told X, stressed, pledged, vowed, welcomed, highlighted…) [reported-speech];
///   `CLAUSE, SPEAKER said.` [reported-postposed]; `…, according to SPEAKER` [according-to];
///   `SPEAKER, who has said CLAUSE` [reported-relative]; and coordinated verbs
///   ("highlighted … and stressed …") share the speaker.
/// The speaker is a name, or a pronoun or role noun ("he", "the ministry") resolved to one.
enum SpeechExtractor {
    /// The words the rules below test tokens against, by id (see `WordSet`), looked up once.
    final class Words: Sendable {
        static let shared = Words()
        private let classes = Lexicon.shared.classes
        private let lemmas = Lexicon.shared.speechLemmaOf
        let according, to, the, a, so, and, who, that, on, comma, colon: Int32
        let which, but, open, close, semicolon, statement: Int32
        /// "X called Y "…"", "X described Y as "…"": a direct quote that characterizes.
        let characterizing = WordSet(.speechCharacterizing)
        /// "according to a statement from X", "a summary released by X": the source follows.
        let sourceMarks = WordSet(.speechSourceMarks)
        let affiliation = WordSet(.speechAffiliation)
        /// Before a list of speakers, a clause starts ("…, while Japan and Korea said").
        let clauseOpeners = WordSet(.speechClauseOpeners)
        /// Bodies named after their organization speak for it ("a Commission spokesperson said").
        let spokespeople = WordSet(.speechSpokespeople)
        /// Before "said": a participle ("the so-called", "the said"), not speech.
        let participleBefore = WordSet(.speechParticipleBefore)
        let articles = WordSet(.speechArticles)
        let beforeQuote = WordSet(.speechBeforeQuote)
        let callFor = WordSet(.speechCallFor)
        /// Bodies that speak for their organization or country ("Brightwater's board said").
        let bodies = WordSet(.speechBodies)
        /// Prepositions of adjuncts after a verb ("on Twitter", "in a statement").
        let adjunctPrepositions = WordSet(.speechAdjunctPrepositions)
        /// Words that start the clause after an addressee ("told reporters he …").
        let subjects = WordSet(.speechSubjects)
        let mediumPrepositions = WordSet(.speechMediumPrepositions)
        let media = WordSet(.speechMedia)
        let mediumNouns = WordSet(.speechMediumNouns)
        /// "According to X, quoting Y, …": relayed speech.
        let quoting = WordSet(.speechQuoting)
        /// Words that go on a name rather than start a clause after it ("X of Y", "X and Y").
        let nameLinks = WordSet(.speechNameLinks)

        private init() {
            let id: (KnownWord) -> Int32 = Lexicon.shared.id
            (according, to, the, a, so, and) = (id(.according), id(.to), id(.the), id(.a), id(.so), id(.and))
            (who, that, on, comma, colon) = (id(.who), id(.that), id(.on), id(.comma), id(.colon))
            (which, but, open, close, semicolon, statement) = (id(.which), id(.but), id(.open), id(.close), id(.semicolon), id(.statement))
        }

        @inline(__always) func classes(of t: Token) -> WordClass { t.word >= 0 ? classes[Int(t.word)] : [] }

        /// The lemma of a speech verb ("told" → "tell"), or "" for other words.
        func lemma(of t: Token) -> String { t.word >= 0 ? lemmas[Int(t.word)] ?? "" : "" }
    }

    struct QuoteSpan {
        var open: Int
        var close: Int  // index of the closing mark, or the paragraph end
    }

    static func extract(_ doc: Document) {
        let w = Words.shared
        let t = doc.tokens
        let quotes = findQuotes(t)
        var inQuote = [Bool](repeating: false, count: t.count)
        for q in quotes { for k in q.open...min(q.close, t.count - 1) { inQuote[k] = true } }
        var lastSpeaker: (entity: Int, sentence: Int)?
        /// Who issued the last statement the text names ("a statement from X", "X said in a
        /// statement"): "the statement said" is theirs.
        var lastStatement = -1
        var handledVerbs = Set<Int>()

        // Direct quotes.
        for q in quotes {
            if doc.cancellation.poll() { return }
            let s = Int(doc.sentenceOf[q.open])
            if doc.sentences[s].isExcluded { continue }
            let inner = (q.open + 1)..<q.close
            guard inner.count >= 3 else { continue }  // scare quotes: "patience"
            var text = doc.text(inner)
            while let last = text.last, last == "," || last == " " { text.removeLast() }
            var speaker = -1, verb = -1, rule = "quote-after"
            // After: `," Motegi told reporters.` / `," said Motegi.`
            if q.close < t.count {
                let cs = Int(doc.sentenceOf[q.close])
                let end = doc.sentences[cs].tokens.upperBound
                var k = q.close + 1
                if k < end, t[k].word == w.comma { k += 1 }
                // `"…" and said X`: a new clause of the sentence's subject, not an attribution.
                let joined = k < end && (t[k].word == w.and || t[k].word == w.but)
                if k < end, !joined, t[q.close - 1].word == w.comma || t[q.close - 1].lower == "?" || t[q.close - 1].lower == "!" || t[q.close].text != "," {
                    var found = (k..<min(end, k + 8)).first(where: { isSpeechVerb(t, $0) && !inQuote[$0] })
                    // `," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.`: the verb
                    // after an apposition that closes with a comma.
                    if found == nil, let m = doc.mention(at: k), m.kind == .name, m.tokens.upperBound < end,
                       t[m.tokens.upperBound].word == w.comma,
                       let close = ((m.tokens.upperBound + 1)..<min(end, m.tokens.upperBound + 24)).first(where: { t[$0].word == w.comma }),
                       close + 1 < end, isSpeechVerb(t, close + 1), !inQuote[close + 1] {
                        found = close + 1
                    }
                    if let v = found {
                        var subject = speakerBefore(doc, verb: v, limit: k)
                        // `"…", it added`, `"…," he added`: the pronoun is the speaker quoted last, when it fits.
                        // Not when someone it could stand for is named since (outside quotes).
                        if let m = doc.mention(at: k), m.kind == .pronoun, m.tokens.upperBound == v, let last = lastSpeaker,
                           s - last.sentence <= 2, pronounFits(m, doc.entities[last.entity].type),
                           !(min(last.sentence + 1, s + 1)..<(s + 1)).contains(where: { ss in
                               doc.mentionRange(sentence: ss).contains { i in
                                   let o = doc.mentions[i]
                                   return o.kind == .name && o.entity >= 0 && o.entity != last.entity && o.tokens.lowerBound < q.open
                                       && !inQuote[o.tokens.lowerBound] && pronounFits(m, doc.entities[o.entity].type)
                               }
                           }) { subject = last.entity }
                        if subject < 0, let (e, _) = appositionSpeaker(doc, verb: v, limit: k) { subject = e }
                        if subject < 0, let m = doc.mention(at: k), m.kind == .name, let e = resolved(doc, m, at: k), e >= 0,
                           v > m.tokens.upperBound, t[m.tokens.upperBound].word == w.comma { subject = e }
                        // `," said Ambassador Mohib.`: a title between the verb and the name.
                        var after = v + 1
                        if let title = doc.mention(at: after), title.kind == .title { after = title.tokens.upperBound }
                        if subject >= 0 { speaker = subject; verb = v }
                        else if after < end, let m = doc.mention(at: after), let e = resolved(doc, m, at: after), e >= 0 { speaker = e; verb = v }
                    }
                }
            }
            // Before: `Motegi said: "…"` / `Motegi said that "…"`.
            if speaker < 0 {
                var k = q.open - 1
                let sStart = doc.sentences[s].tokens.lowerBound
                if k >= sStart, w.beforeQuote.contains(t[k]) { k -= 1 }
                // `X called the decision "…"`, `X described it as "…"`: the verb comes before its object.
                if k >= sStart, !isSpeechVerb(t, k), !w.beforeQuote.contains(t[q.open - 1]) {
                    var v = k
                    while v >= sStart && k - v < 6 && t[v].kind == .word && !w.characterizing.contains(t[v]) { v -= 1 }
                    if v >= sStart, v < k, w.characterizing.contains(t[v]), t[v].kind == .word, !t[v].isCapitalized { k = v }
                }
                if k >= sStart, isSpeechVerb(t, k) || w.characterizing.contains(t[k]) && !t[k].isCapitalized {
                    var subject = speakerBefore(doc, verb: k, limit: sStart)
                    if subject < 0, let e = relativeSpeaker(doc, verb: k, limit: sStart) { subject = e }
                    if subject < 0, let (e, _) = appositionSpeaker(doc, verb: k, limit: sStart) { subject = e }
                    if subject >= 0 { speaker = subject; verb = k; rule = "quote-before" }
                }
            }
            // `Sunak defended … whilst promising …: "…"`, and a quote opening the paragraph after a
            // sentence ending with a colon: the introducing clause's subject.
            if speaker < 0, let e = colonSpeaker(doc, quoteOpen: q.open) { speaker = e; rule = "quote-colon" }
            if speaker < 0, let e = inTheWordsOf(doc, quoteOpen: q.open) { speaker = e; rule = "quote-words-of" }
            let opensSentence = doc.sentences[s].tokens.lowerBound == q.open || t[q.open].has(.paragraphBefore)
            // `Heald noted the findings show … . "An air-quality cleanup …"`: a quote opening the
            // sentence after a reported statement continues its speaker.
            if speaker < 0, opensSentence, s > 0, lastSpeaker.map({ $0.sentence < s - 1 }) ?? true,
               let e = reportedSpeaker(doc, sentence: s - 1, inQuote) {
                speaker = e; rule = "quote-continued"
            }
            if speaker < 0, let last = lastSpeaker, s - last.sentence <= 2, opensSentence {
                speaker = last.entity; rule = "quote-continued"
            }
            // `"…", it added; and, later, "…"`: a quote with no attribution of its own in the
            // sentence of an attributed one is the same speaker's.
            if speaker < 0, let last = lastSpeaker, last.sentence == s || Int(doc.sentenceOf[q.open]) == last.sentence {
                speaker = last.entity; rule = "quote-continued"
            }
            guard speaker >= 0 else { continue }
            var qs: [Qualifier] = [Qualifier("direct", .text("true"))]
            let factSentence = verb >= 0 ? Int(doc.sentenceOf[verb]) : s
            if verb >= 0 {
                handledVerbs.insert(verb)
                qs += verbQualifiers(doc, verb: verb)
            }
            doc.addFact(.entity(doc.entities[speaker].name), "said", .text(text), qs, sentence: factSentence,
                        tokens: q.open..<(min(q.close, t.count - 1) + 1), rule: rule)
            lastSpeaker = (speaker, factSentence)
        }

        // Reported speech, sentence by sentence.
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            var previousSpeaker = -1
            var k = r.lowerBound
            while k < r.upperBound {
                defer { k += 1 }
                // "according to X"
                if t[k].word == w.according, k + 2 < r.upperBound, t[k + 1].word == w.to {
                    var at = k + 2
                    if doc.mention(at: at) == nil, t[at].word == w.the, at + 1 < r.upperBound { at += 1 }
                    var m = doc.mention(at: at)
                    var fromStatement = false
                    if m == nil, let (source, isStatement) = sourceAfter(doc, at, r.upperBound) { m = source; fromStatement = isStatement }
                    // "according to Afghan Ambassador to the United States X", "according to the team's
                    // coach, X,": past the title to the person it names.
                    if m == nil || m?.kind == .title || m?.kind == .demonym,
                       let p = titledPerson(doc, from: at, r.upperBound) { m = p }
                    // "according to Japan's Ministry of Economy": the possessed name is the source.
                    if let pm = m, pm.kind == .name, let owned = possessed(doc, pm, r.upperBound) { m = owned }
                    guard let m, let e = resolved(doc, m, at: at), e >= 0 else { continue }
                    if fromStatement { lastStatement = e }
                    var clause: Range<Int>
                    // "…, which, according to AFP, the UN criticised": the clause follows the aside.
                    let aside = k - 2 >= r.lowerBound && t[k - 1].word == w.comma
                        && (t[k - 2].word == w.which || t[k - 2].word == w.that)
                    let opensQuote = k - 1 >= r.lowerBound && t[k - 1].kind == .quote && k - 1 == r.lowerBound
                    var source: Mention?
                    if k == r.lowerBound || aside || opensQuote {
                        var c = m.tokens.upperBound
                        while c < r.upperBound && t[c].word != w.comma { c += 1 }
                        // "According to X, quoting Y, …": relayed speech, Y's as well as X's.
                        if c + 2 < r.upperBound, w.quoting.contains(t[c + 1]),
                           let y = quotedSource(doc, from: c + 2, r.upperBound) {
                            source = y
                            c = skipBracket(forward: t, y.tokens.upperBound, r.upperBound)
                            while c < r.upperBound && t[c].word != w.comma { c += 1 }
                        }
                        // "According to X, …": the clause after the comma; "According to X the …" (a
                        // lower-case word right after the name, not a link such as "of"): right after it.
                        let n = m.tokens.upperBound
                        let runsOn = source == nil && n < r.upperBound && t[n].kind == .word && !t[n].isCapitalized
                            && !w.nameLinks.contains(t[n])
                        clause = (runsOn ? n : min(c + 1, r.upperBound))..<r.upperBound
                    } else {
                        let end = max(r.lowerBound, k - (t[k - 1].word == w.comma ? 1 : 0))
                        clause = statementStart(doc, r.lowerBound, before: end, inQuote)..<end
                    }
                    clause = trim(doc, clause)
                    guard clause.count >= 3 else { continue }
                    doc.addFact(.entity(doc.entities[e].name), "said", .text(doc.text(clause)), [Qualifier("direct", .text("false"))],
                                sentence: s, tokens: min(clause.lowerBound, m.tokens.lowerBound)..<max(clause.upperBound, m.tokens.upperBound),
                                rule: "according-to")
                    if let source, let y = resolved(doc, source, at: source.tokens.lowerBound), y >= 0, y != e {
                        let via = [Qualifier("direct", .text("false")), Qualifier("via", .entity(doc.entities[e].name))]
                        doc.addFact(.entity(doc.entities[y].name), "said", .text(doc.text(clause)), via, sentence: s,
                                    tokens: min(clause.lowerBound, source.tokens.lowerBound)..<clause.upperBound,
                                    rule: "according-to-relayed")
                    }
                    continue
                }
                // isSpeechVerb(t, k), with the words at hand.
                guard t[k].kind == .word, !t[k].isCapitalized, w.classes(of: t[k]).contains(.speechVerb),
                      !inQuote[k], !handledVerbs.contains(k) else { continue }
                // "said" as a participle ("the so-called", "the said") is not speech.
                if k > r.lowerBound, w.participleBefore.contains(t[k - 1]) { continue }
                if isNounAfterPossessive(t, k, r) || !introducesQuote(t, k, r) { continue }
                var speaker = speakerBefore(doc, verb: k, limit: r.lowerBound)
                var rule = "reported-speech"
                var group: [Int] = []
                if speaker < 0, let first = firstSpeakerToken(doc, verb: k, limit: r.lowerBound, inverted: false), doc.mentionAt[first] >= 0 {
                    group = doc.antecedents(of: Int(doc.mentionAt[first]))
                    if let g = group.first { speaker = g }
                }
                if speaker >= 0, group.isEmpty, let first = firstSpeakerToken(doc, verb: k, limit: r.lowerBound, inverted: false) {
                    // "Halvorsen and Brightwater said", "X, Y and Z said": each of them speaks.
                    group = coordinatedSpeakers(doc, first: first, limit: r.lowerBound, last: speaker)
                }
                if speaker < 0, let e = relativeSpeaker(doc, verb: k, limit: r.lowerBound) { speaker = e; rule = "reported-apposition" }
                if speaker < 0, let (e, start) = appositionSpeaker(doc, verb: k, limit: r.lowerBound) {
                    speaker = e; rule = "reported-apposition"
                    // "George Bush and James Baker, secretary of state, agreed": each of the list speaks.
                    let list = coordinatedSpeakers(doc, first: start, limit: r.lowerBound, last: e)
                    if !list.isEmpty { group = list }
                }
                if speaker < 0 {
                    // "Two candidates, X and Y, have announced": the people of the apposition.
                    group = appositionGroup(doc, verb: k, limit: r.lowerBound)
                    if let g = group.first { speaker = g; rule = "reported-apposition" }
                }
                var j = k - 1
                while j >= r.lowerBound && (w.classes(of: t[j]).contains(.speechAdverb) || isTimeToken(doc, j)) { j -= 1 }
                if speaker < 0, j >= r.lowerBound, t[j].word == w.and, previousSpeaker >= 0 { speaker = previousSpeaker; rule = "reported-coordinated" }
                // "X thanked Y … and said …", "X wished him success but warned …": the clause's subject.
                if speaker < 0, j > r.lowerBound, t[j].word == w.and || t[j].word == w.but, previousSpeaker < 0,
                   let e = clauseSubject(doc, r, before: j) { speaker = e; rule = "reported-coordinated" }
                // "the statement said": whoever issued the statement named before.
                var speakerStart: Int?
                if speaker < 0, lastStatement >= 0, j > r.lowerBound, t[j].word == w.statement, t[j - 1].word == w.the {
                    speaker = lastStatement; speakerStart = j - 1
                }
                if speaker < 0, j >= r.lowerBound, t[j].word == w.who, j - 2 >= r.lowerBound, t[j - 1].word == w.comma {
                    if let m = doc.mention(at: j - 2), let e = resolved(doc, m, at: j - 2), e >= 0 { speaker = e; rule = "reported-relative" }
                }
                // Inversion at the end: `…, said Motegi.` The speaker is in the sentence: after
                // "said" and a line break, the next sentence's subject is not (its end is past
                // this sentence's: the clause range built from it trapped).
                var inverted = false
                var invertedEnd = k + 1
                if speaker < 0, j >= r.lowerBound, t[j].word == w.comma, k + 1 < r.upperBound,
                   let m = doc.mention(at: k + 1), m.tokens.lowerBound == k + 1, m.tokens.upperBound <= r.upperBound,
                   let e = resolved(doc, m, at: k + 1), e >= 0 {
                    speaker = e; inverted = true; invertedEnd = m.tokens.upperBound
                }
                guard speaker >= 0 else { continue }
                previousSpeaker = speaker
                // What follows the verb: addressee, adjuncts, "that", then the clause.
                var c = inverted ? invertedEnd : k + 1
                var addressee: String?
                let lemma = w.lemma(of: t[k])
                c = skipAdjuncts(doc, c, r.upperBound)
                if lemma == "tell" || lemma == "assure" || lemma == "reassure" || lemma == "urge" || lemma == "warn" {
                    let np = addresseeEnd(doc, c, r.upperBound)
                    if np > c { addressee = doc.text(c..<np); c = np }
                    c = skipAdjuncts(doc, c, r.upperBound)
                }
                if lemma == "call" {
                    guard c < r.upperBound, w.callFor.contains(t[c]) else { continue }
                }
                if c < r.upperBound, t[c].word == w.that { c += 1 }
                // "CLAUSE, the company said on Monday, creating …": the statement is before the speaker.
                var postposed = false
                if !inverted, c < r.upperBound, t[c].word == w.comma, let first = firstSpeakerToken(doc, verb: k, limit: r.lowerBound, inverted: false),
                   first - 1 > r.lowerBound + 2, t[first - 1].word == w.comma { postposed = true }
                if c < r.upperBound, t[c].word == w.comma || t[c].word == w.colon { c += 1 }
                c = min(c, r.upperBound)
                let end = statementEnd(doc, from: c, r, inQuote)
                var clause = trim(doc, c..<max(c, end))
                var direct = false
                if clause.count < 2 || inverted || (c >= end) || postposed {
                    // Post-posed: `CLAUSE, the ministry said.` — the statement is before the speaker.
                    // "CLAUSE, a Commission spokesperson said": the phrase after the comma names no one itself.
                    if speakerStart == nil, !inverted, possessorOfBody(doc, verb: k, limit: r.lowerBound) != nil {
                        var x = k - 1
                        while x > r.lowerBound && k - x <= 8 && t[x].word != w.comma { x -= 1 }
                        if x > r.lowerBound, t[x].word == w.comma { speakerStart = x + 1 }
                    }
                    guard var sm = firstSpeakerToken(doc, verb: k, limit: r.lowerBound, inverted: inverted) ?? speakerStart else { continue }
                    // Skip what qualifies the speaker: "Polish Defence Minister", "its spokeswoman".
                    while sm - 1 >= r.lowerBound {
                        // "Japan's Foreign Ministry said", "the Indonesian Foreign Ministry said".
                        if t[sm - 1].kind == .possessive, sm - 2 >= r.lowerBound, let q = doc.mention(at: sm - 2), q.kind == .name || q.kind == .role {
                            sm = q.tokens.lowerBound; continue
                        }
                        if w.articles.contains(t[sm - 1]) { sm -= 1; break }
                        guard let q = doc.mention(at: sm - 1), q.kind == .title || q.kind == .demonym || q.kind == .pronoun && ["its", "his", "her", "their"].contains(q.name) || q.kind == .name && q.entity >= 0 && ["country", "organization"].contains(doc.entities[q.entity].type) else { break }
                        sm = q.tokens.lowerBound
                        if sm - 1 >= r.lowerBound, t[sm - 1].kind == .possessive { sm -= 1 }
                    }
                    var e = sm - 1
                    if e >= r.lowerBound, t[e].word == w.comma { e -= 1 } else { continue }
                    if e >= r.lowerBound, t[e].kind == .quote { continue }  // direct quote, handled above
                    clause = trim(doc, statementStart(doc, r.lowerBound, before: e + 1, inQuote)..<(e + 1))
                    rule = "reported-postposed"
                    guard clause.count >= 3 else { continue }
                }
                if clause.contains(where: { t[$0].kind == .quote }) { direct = true }
                var qs: [Qualifier] = [Qualifier("direct", .text(direct ? "true" : "false"))]
                if let addressee { qs.append(Qualifier("to", .text(addressee))) }
                qs += verbQualifiers(doc, verb: k).filter { $0.key != "to" }
                if lemma != "say" && lemma != "tell" { qs.append(Qualifier("verb", .text(lemma))) }
                if qs.contains(where: { $0.key == "medium" && $0.value == .text("statement") }) { lastStatement = speaker }
                for who in group.isEmpty ? [speaker] : group {
                    doc.addFact(.entity(doc.entities[who].name), "said", .text(doc.text(clause)), qs, sentence: s,
                                tokens: min(clause.lowerBound, k)..<max(clause.upperBound, k + 1), rule: rule)
                }
            }
        }
    }

    /// Where a reported clause starting at `start` ends: at a coordinated speech verb ("… and
    /// stressed"), a trailing attribution (", the sources said"), a later attribution opening a
    /// clause of its own ("…, and Blinken said …"), or before the speech verb that would make
    /// it hold more than `ExtractionLimits.maxVerbsInStatement` others. So a sentence of a
    /// thousand "X said …" gives a thousand short statements, not a thousand nested ones.
    static func statementEnd(_ doc: Document, from start: Int, _ r: Range<Int>, _ inQuote: [Bool]) -> Int {
        let w = Words.shared
        let t = doc.tokens
        var verbs = 0
        var x = start
        while x < r.upperBound {
            if t[x].word == w.and, x + 1 < r.upperBound, isSpeechVerb(t, x + 1) { return x }
            if t[x].word == w.comma, x + 1 < r.upperBound, trailingAttribution(doc, x + 1, r.upperBound) { return x }
            if !inQuote[x], isAttribution(t, x, r) {
                let speaker = isSpeechVerb(t, x) ? firstSpeakerToken(doc, verb: x, limit: start, inverted: false) : nil
                if let speaker, speaker > start, w.clauseOpeners.contains(t[speaker - 1]) {
                    return joinerStart(t, start, speaker)
                }
                verbs += 1
                if verbs > ExtractionLimits.maxVerbsInStatement { return joinerStart(t, start, speaker ?? x) }
            }
            x += 1
        }
        return r.upperBound
    }

    /// Where a clause that ends at `end` (before a post-posed speaker or "according to") starts:
    /// at `limit`, or after the attribution that would make it hold more than
    /// `ExtractionLimits.maxVerbsInStatement` others.
    static func statementStart(_ doc: Document, _ limit: Int, before end: Int, _ inQuote: [Bool]) -> Int {
        let t = doc.tokens
        let r = limit..<end
        var verbs = 0
        var x = end - 1
        while x >= limit {
            if !inQuote[x], isAttribution(t, x, r) {
                verbs += 1
                if verbs > ExtractionLimits.maxVerbsInStatement { return x + 1 }
            }
            x -= 1
        }
        return limit
    }

    /// A speech verb, or the "according" of "according to".
    static func isAttribution(_ t: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        return isSpeechVerb(t, k) || t[k].word == w.according && k + 1 < r.upperBound && t[k + 1].word == w.to
    }

    /// `cut`, moved back over an article and the joiners before it ("…, and the ministry said").
    static func joinerStart(_ t: [Token], _ start: Int, _ cut: Int) -> Int {
        let w = Words.shared
        var e = cut
        if e > start, w.articles.contains(t[e - 1]) { e -= 1 }
        while e > start, t[e - 1].kind == .punct || t[e - 1].kind == .dash || w.clauseOpeners.contains(t[e - 1]) {
            e -= 1
        }
        return e
    }

    static func isSpeechVerb(_ t: [Token], _ k: Int) -> Bool {
        t[k].kind == .word && !t[k].isCapitalized && Words.shared.classes(of: t[k]).contains(.speechVerb)
            && introducesQuote(t, k, k..<t.count)
    }

    static func isTimeToken(_ doc: Document, _ k: Int) -> Bool {
        if doc.inTime[k] { return true }
        let w = Words.shared
        let t = doc.tokens
        return t[k].word == w.on && k + 1 < t.count && w.classes(of: t[k + 1]).contains(.calendar) && Lexicon.weekdays[t[k + 1].lower] != nil
    }

    /// The source after "quoting": a name, past a possessor and its descriptors ("quoting North
    /// Korea's main news agency KCNA" is KCNA), or nil.
    static func quotedSource(_ doc: Document, from start: Int, _ end: Int) -> Mention? {
        let t = doc.tokens
        var j = start
        if j < end, t[j].word == Words.shared.the { j += 1 }
        while j < end && j - start < 12 {
            if let m = doc.mention(at: j), m.kind == .name, m.entity >= 0 {
                let after = m.tokens.upperBound
                guard after < end, t[after].kind == .possessive else { return m }
                j = after + 1
                continue
            }
            guard t[j].kind == .word, !t[j].isCapitalized else { return nil }
            j += 1
        }
        return nil
    }

    /// Past a bracketed short form at `k` ("(KCNA)"), or `k` itself.
    static func skipBracket(forward t: [Token], _ k: Int, _ end: Int) -> Int {
        let w = Words.shared
        guard k < end, t[k].word == w.open else { return k }
        var j = k + 1
        while j < end && j - k < 10 && t[j].word != w.close { j += 1 }
        return j < end && t[j].word == w.close ? j + 1 : k
    }

    /// "her claims", "its estimates": after a possessive pronoun a speech verb's form is a noun.
    static func isNounAfterPossessive(_ t: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        let known = KnownWords.shared
        guard k > r.lowerBound else { return false }
        let before = t[k - 1].word
        return before == known.his || before == known.her || before == known.its || before == known.their
    }

    /// Verbs that report speech only when a quote or a colon follows ("She continued: "…""),
    /// not otherwise ("continued to grow"); every other speech verb reports speech anywhere.
    /// "agreed" reports speech only before "that" ("X and Y agreed that NATO would not expand"),
    /// not in "agreed to meet" or "agreed on Thursday".
    static func introducesQuote(_ t: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        let lemma = Words.shared.lemma(of: t[k])
        if lemma == "agree" { return k + 1 < r.upperBound && t[k + 1].word == Words.shared.that }
        guard lemma == "continue" else { return true }
        let n = k + 1 < r.upperBound && t[k + 1].word == Words.shared.comma ? k + 2 : k + 1
        return n < r.upperBound && (t[n].kind == .quote || t[n].word == Words.shared.colon)
    }

    /// The speaker of the first reported statement of a sentence (a speech verb outside quotes
    /// with its speaker right before it), or nil.
    static func reportedSpeaker(_ doc: Document, sentence s: Int, _ inQuote: [Bool]) -> Int? {
        let span = doc.sentences[s]
        guard !span.isExcluded, !span.isHeadline else { return nil }
        let r = span.tokens
        let t = doc.tokens
        for k in r where isSpeechVerb(t, k) && !inQuote[k] {
            guard !isNounAfterPossessive(t, k, r), introducesQuote(t, k, r) else { continue }
            let e = speakerBefore(doc, verb: k, limit: r.lowerBound)
            if e >= 0 { return e }
        }
        return nil
    }

    /// The person a titled phrase at `start` names: "Afghan Ambassador to the United States X",
    /// "the Afghan team's coach, X" (a title, then the name within a few words, at most one comma).
    static func titledPerson(_ doc: Document, from start: Int, _ end: Int) -> Mention? {
        let w = Words.shared
        let t = doc.tokens
        var sawTitle = false
        var commas = 0
        var j = start
        while j < end && j - start < 12 {
            if let m = doc.mention(at: j) {
                if m.kind == .title { sawTitle = true }
                if m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "person" { return sawTitle ? m : nil }
                j = max(j + 1, m.tokens.upperBound)
                continue
            }
            if t[j].word == w.comma { commas += 1; if commas > 1 { return nil } }
            else if t[j].kind == .quote || t[j].kind == .punct || isSpeechVerb(t, j) { return nil }
            j += 1
        }
        return nil
    }

    /// The entity a mention denotes, resolving pronouns and role nouns.
    static func resolved(_ doc: Document, _ m: Mention, at k: Int) -> Int? {
        switch m.kind {
        case .name: return m.entity
        case .pronoun, .role: return m.entity >= 0 ? m.entity : nil
        default: return nil
        }
    }

    /// `resolved` for the mention at an index of `doc.mentions` (read in place, not copied).
    static func resolved(_ doc: Document, mention m: Int) -> Int? {
        switch doc.mentions[m].kind {
        case .name: return doc.mentions[m].entity
        case .pronoun, .role: return doc.mentions[m].entity >= 0 ? doc.mentions[m].entity : nil
        default: return nil
        }
    }

    /// The speaker right before a verb, skipping adverbs and time words ("Motegi also said",
    /// "the ministry said Wednesday" has none to skip, "he on Sunday said").
    static func speakerBefore(_ doc: Document, verb: Int, limit: Int) -> Int {
        if let e = possessorOfBody(doc, verb: verb, limit: limit) { return e }
        guard let k = firstSpeakerToken(doc, verb: verb, limit: limit, inverted: false) else { return -1 }
        let m = doc.mentionIndex(at: k)
        guard m >= 0 else { return -1 }
        // "Political analyst Vesna Kos of the University of Ljubljana said": the person speaks.
        if doc.mentions[m].kind == .name, let p = affiliatedPerson(doc, before: k, limit: limit) { return p }
        return resolved(doc, mention: m) ?? -1
    }

    /// "Brightwater's board said", "the ministry's spokesperson said" (no name given): the body
    /// speaks for its organization or country.
    static func possessorOfBody(_ doc: Document, verb: Int, limit: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        var j = verb - 1
        while j >= limit && (w.classes(of: t[j]).contains(.speechAdverb) || isTimeToken(doc, j)) { j -= 1 }
        // "a Commission spokesperson said", "the Halvorsen board said": the name as a modifier.
        if j - 1 >= limit, doc.mentionIndex(at: j) < 0 || doc.mentions[doc.mentionIndex(at: j)].kind != .name && doc.mentions[doc.mentionIndex(at: j)].tokens.lowerBound == j, t[j].kind == .word,
           !t[j].isCapitalized, w.spokespeople.contains(t[j]) {
            let m = doc.mentionIndex(at: j - 1)
            if m >= 0, doc.mentions[m].kind == .name, doc.mentions[m].tokens.upperBound == j,
               let e = resolved(doc, mention: m), e >= 0, ["organization", "country"].contains(doc.entities[e].type) { return e }
        }
        guard j - 2 >= limit, doc.mentionIndex(at: j) < 0, t[j].kind == .word, !t[j].isCapitalized, w.bodies.contains(t[j]),
              t[j - 1].kind == .possessive else { return nil }
        let m = doc.mentionIndex(at: j - 2)
        guard m >= 0, doc.mentions[m].tokens.upperBound == j - 1 else { return nil }
        guard let e = resolved(doc, mention: m), e >= 0 else { return nil }
        // "Cornyn's statement added": a person's own statement speaks for them.
        let type = doc.entities[e].type
        let speaks = ["organization", "country"].contains(type) || type == "person" && t[j].word == w.statement
        guard speaks else { return nil }
        return e
    }

    /// The person named right before "of/at (the) NAME" starting at `k` ("Kos of the University of Ljubljana").
    static func affiliatedPerson(_ doc: Document, before k: Int, limit: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        if j >= limit, t[j].word == w.the { j -= 1 }
        guard j - 1 >= limit, w.affiliation.contains(t[j]), let p = doc.mention(at: j - 1), p.kind == .name, p.tokens.upperBound == j,
              isPerson(doc, p.entity) else { return nil }
        return p.entity
    }

    /// `j` itself, or the token before a short bracket ending at `j` ("(OWU)", "(R)").
    static func skipBracket(_ t: [Token], _ j: Int, _ limit: Int) -> Int {
        let w = Words.shared
        guard j > limit, t[j].word == w.close else { return j }
        var k = j - 1
        while k > limit && j - k <= 4 && t[k].word != w.open { k -= 1 }
        return k > limit && t[k].word == w.open ? k - 1 : j
    }

    static func isSpeakerType(_ doc: Document, _ e: Int) -> Bool {
        let type = doc.entities[e].type
        return type == "person" || type == "organization" || type == "country"
    }

    /// "The Offshore Workers' Union (OWU), which represents …, said", "Duarte, who launched …
    /// in Tokyo in September, said": the name before a relative clause that ends at the verb.
    static func relativeSpeaker(_ doc: Document, verb: Int, limit: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        var j = verb - 1
        while j >= limit && (w.classes(of: t[j]).contains(.speechAdverb) || isTimeToken(doc, j)) { j -= 1 }
        guard j > limit, t[j].word == w.comma else { return nil }
        var k = j - 1
        while k > limit + 1 && j - k < 40 {
            if t[k].kind == .quote || t[k].word == w.semicolon || t[k].word == w.colon { return nil }
            if (t[k].word == w.who || t[k].word == w.which) && t[k - 1].word == w.comma {
                let e = skipBracket(t, k - 2, limit)
                guard e >= limit, let m = doc.mention(at: e), m.kind == .name, m.entity >= 0, m.tokens.upperBound == e + 1,
                      isSpeakerType(doc, m.entity) else { return nil }
                return m.entity
            }
            k -= 1
        }
        return nil
    }

    /// Skips the titles and demonyms that end right before `k` ("Japanese Foreign Minister").
    static func skipTitles(_ doc: Document, _ k: Int, _ limit: Int) -> Int {
        var k = k
        while k >= limit, let m = doc.mention(at: k), m.tokens.upperBound == k + 1, m.kind == .title || m.kind == .demonym {
            k = m.tokens.lowerBound - 1
        }
        return k
    }

    /// "Halvorsen and Brightwater said", "Peru, Chile and Ecuador said": the names joined with
    /// the speaker (`last`, starting at `first`) that open the clause, or none.
    static func coordinatedSpeakers(_ doc: Document, first: Int, limit: Int, last: Int) -> [Int] {
        let w = Words.shared
        let t = doc.tokens
        guard doc.entities[last].type != "place" else { return [] }
        let person = doc.entities[last].type == "person"
        var k = skipTitles(doc, first - 1, limit)
        guard k > limit, t[k].word == w.and else { return [] }
        var out = [last]
        k -= 1
        while k >= limit {
            guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, m.tokens.upperBound == k + 1,
                  isSpeakerType(doc, m.entity), (doc.entities[m.entity].type == "person") == person, !out.contains(m.entity) else { return [] }
            out.insert(m.entity, at: 0)
            k = skipTitles(doc, m.tokens.lowerBound - 1, limit)
            if k > limit, t[k].word == w.comma, doc.mention(at: k - 1)?.kind == .name { k -= 1; continue }
            break
        }
        // The list opens its clause: "…, while Japan and Korea said", not "officials of X and Y said".
        if k >= limit, !w.clauseOpeners.contains(t[k]), !w.classes(of: t[k]).contains(.subordinator), t[k].kind != .quote { return [] }
        return out.count >= 2 ? out : []
    }

    /// "Two candidates, former minister X and lawmaker Y, have announced": the people of an
    /// apposition of two or more names, after a noun phrase that is not a name.
    static func appositionGroup(_ doc: Document, verb: Int, limit: Int) -> [Int] {
        let w = Words.shared
        let t = doc.tokens
        var j = verb - 1
        while j >= limit && w.classes(of: t[j]).contains(.speechAdverb) { j -= 1 }
        guard j > limit, t[j].word == w.comma else { return [] }
        var people: [Int] = []
        var joined = false
        var k = j - 1
        while k > limit && j - k < 20 && t[k].word != w.comma {
            if t[k].kind == .quote || t[k].word == w.semicolon || isSpeechVerb(t, k) { return [] }
            if let m = doc.mention(at: k) {
                if m.kind == .name, isPerson(doc, m.entity), !people.contains(m.entity) { people.insert(m.entity, at: 0) }
                k = m.tokens.lowerBound - 1; continue
            }
            if t[k].word == w.and { joined = true }
            k -= 1
        }
        guard k > limit, t[k].word == w.comma, joined, people.count >= 2, doc.mention(at: k - 1)?.kind != .name else { return [] }
        return people
    }

    static func isPerson(_ doc: Document, _ e: Int) -> Bool { e >= 0 && doc.entities[e].type == "person" }

    /// Whether a pronoun can stand for an entity of `type`: "he"/"she" for a person, "it" for an
    /// organization or a country.
    static func pronounFits(_ m: Mention, _ type: String) -> Bool {
        switch m.type {
        case "person": return type == "person"
        case "thing": return type == "organization" || type == "country"
        default: return false
        }
    }

    /// The speaker of a quote a colon introduces: the colon right before the quote, or ending the
    /// sentence before a quote that opens its paragraph. The speaker is the introducing sentence's
    /// first person (name or pronoun) that opens it or follows a comma or a title ("…, Sunak
    /// defended", "The secretary general of CEI, Nunzio Galantino, has called"); nil if none.
    static func colonSpeaker(_ doc: Document, quoteOpen k: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        guard k >= 1, t[k - 1].word == w.colon else { return nil }
        let colon = k - 1
        let r = doc.sentences[Int(doc.sentenceOf[colon])].tokens
        var j = r.lowerBound
        var inQuote = false
        while j < colon {
            if t[j].kind == .quote { inQuote.toggle() }
            if !inQuote, let m = doc.mention(at: j), m.tokens.lowerBound == j {
                let before = j == r.lowerBound || t[j - 1].word == w.comma || doc.mention(at: j - 1)?.kind == .title
                if before, m.kind == .name || m.kind == .pronoun, let e = resolved(doc, m, at: j), e >= 0, isPerson(doc, e) {
                    return e
                }
                j = max(j + 1, m.tokens.upperBound); continue
            }
            j += 1
        }
        return nil
    }

    /// `in the words of the Crown prosecutor, Mark Tedeschi, QC, "…"`: the person named after
    /// "words of", past titles and role nouns, before the quote opens (at most fifteen words back).
    static func inTheWordsOf(_ doc: Document, quoteOpen k: Int) -> Int? {
        let t = doc.tokens
        let r = doc.sentences[Int(doc.sentenceOf[k])].tokens
        let from = max(r.lowerBound + 1, k - 15)
        guard from < k, let of = (from..<k).last(where: {
            t[$0].word == KnownWords.shared.of && t[$0 - 1].lower == "words"
        }) else { return nil }
        var j = of + 1
        while j < k {
            if let m = doc.mention(at: j) {
                if m.kind == .name || m.kind == .pronoun, let e = resolved(doc, m, at: j), e >= 0, isSpeakerType(doc, e) { return e }
                j = max(j + 1, m.tokens.upperBound); continue
            }
            j += 1
        }
        return nil
    }

    /// The subject a sentence opens with, after its titles: "Halvorsen Chairman Per Arne
    /// Vindheim thanked …" → Vindheim; nil when the sentence opens otherwise.
    static func clauseSubject(_ doc: Document, _ r: Range<Int>, before end: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        var k = r.lowerBound
        while k < end {
            guard let m = doc.mention(at: k) else {
                if w.articles.contains(t[k]) { k += 1; continue }
                return nil
            }
            let next = m.tokens.upperBound
            if m.kind == .title || m.kind == .demonym { k = next; continue }
            // A name that qualifies a title ("Halvorsen Chairman") or a possessor ("Japan's").
            if m.kind == .name, next < end, doc.mention(at: next)?.kind == .title { k = next; continue }
            if next < end, t[next].kind == .possessive { k = next + 1; continue }
            guard m.kind == .name || m.kind == .pronoun || m.kind == .role, let e = resolved(doc, m, at: k), e >= 0, isSpeakerType(doc, e) else { return nil }
            // Not a list of subjects ("X and Y thanked …"), which `coordinatedSpeakers` would need.
            if next < end, t[next].word == w.and { return nil }
            return e
        }
        return nil
    }

    /// "according to a statement from X", "a summary released by Japan's ministry": the source
    /// named after "from"/"by" within a few words, and whether it issued a statement.
    static func sourceAfter(_ doc: Document, _ start: Int, _ end: Int) -> (Mention, Bool)? {
        let w = Words.shared
        let t = doc.tokens
        var k = start
        var statement = false
        while k + 1 < end && k - start < 5 && t[k].kind == .word && !t[k].isCapitalized {
            if t[k].word == w.statement { statement = true }
            if w.sourceMarks.contains(t[k]) {
                var at = k + 1
                if t[at].word == w.the, at + 1 < end { at += 1 }
                // A place issues statements ("a statement from the Planalto Palace"), nothing else.
                guard var m = doc.mention(at: at), m.kind == .name || m.kind == .role, m.entity >= 0,
                      statement || doc.entities[m.entity].type != "place" else { return nil }
                if m.kind == .name, let owned = possessed(doc, m, end) { m = owned }
                return (m, statement)
            }
            k += 1
        }
        return nil
    }

    /// "Japan's Ministry of Economy": for the possessor's mention, the name it owns.
    static func possessed(_ doc: Document, _ m: Mention, _ end: Int) -> Mention? {
        let p = m.tokens.upperBound
        guard p + 1 < end, doc.tokens[p].kind == .possessive, let owned = doc.mention(at: p + 1), owned.kind == .name, owned.entity >= 0,
              isSpeakerType(doc, owned.entity) else { return nil }
        return owned
    }

    /// "Otávio Brandão, Brazil's chief negotiator, said": the name before an apposition.
    static func appositionSpeaker(_ doc: Document, verb: Int, limit: Int) -> (Int, Int)? {
        let w = Words.shared
        let t = doc.tokens
        var j = verb - 1
        while j >= limit && w.classes(of: t[j]).contains(.speechAdverb) { j -= 1 }
        guard j > limit, t[j].word == w.comma else { return nil }
        // "Its chairman, Kazuo Tanemura, said": the name is the apposition to a title.
        if let p = doc.mention(at: j - 1), p.kind == .name, p.entity >= 0, p.tokens.upperBound == j, doc.entities[p.entity].type == "person",
           p.tokens.lowerBound - 1 > limit, t[p.tokens.lowerBound - 1].word == w.comma, doc.mention(at: p.tokens.lowerBound - 2)?.kind == .title {
            return (p.entity, p.tokens.lowerBound)
        }
        // "X, curator at the University of Arkansas, Fayetteville, said": the person before the
        // apposition, across up to three commas; else a body right before the first one.
        var k = j - 1
        var commas = 0
        var body: (Int, Int)?
        while k > limit && j - k < 40 && !isSpeechVerb(t, k) && t[k].kind != .quote {
            if t[k].word == w.comma {
                if let m = doc.mention(at: k - 1), m.kind == .name, m.entity >= 0, m.tokens.upperBound == k {
                    let type = doc.entities[m.entity].type
                    if type == "person" { return (m.entity, m.tokens.lowerBound) }
                    if commas == 0, j - k < 16, type == "organization" || type == "country" {
                        body = (m.entity, m.tokens.lowerBound)
                    }
                }
                commas += 1
                if commas == 3 { break }
            }
            k -= 1
        }
        if body == nil, let p = affiliatedOpening(doc, limit: limit, comma: j) { return (p, limit) }
        return body
    }

    /// "Lydia Buchtmann for Food Standards Australia New Zealand, says …": the person opening
    /// the clause at `limit`, then an affiliation ("for", "of", "at", "from" and a capitalised
    /// name) that runs to the one comma before the verb.
    static func affiliatedOpening(_ doc: Document, limit: Int, comma: Int) -> Int? {
        let t = doc.tokens
        let known = KnownWords.shared
        guard limit < comma, let m = doc.mention(at: limit), m.kind == .name, m.entity >= 0,
              doc.entities[m.entity].type == "person", m.tokens.lowerBound == limit else { return nil }
        let link = m.tokens.upperBound
        guard link + 1 < comma, [known.for_, known.of, known.at, known.from].contains(t[link].word),
              t[link + 1].isCapitalized || t[link + 1].word == known.the else { return nil }
        // The affiliation is one name: no comma, quote or lower-case word but "the", "of", "and".
        for k in (link + 1)..<comma {
            if t[k].kind == .quote || t[k].word == Words.shared.comma { return nil }
            if t[k].kind == .word, !t[k].isCapitalized, ![known.the, known.of, known.and].contains(t[k].word) { return nil }
        }
        return m.entity
    }

    /// The first token of the speaker mention before `verb`, or after it when inverted.
    static func firstSpeakerToken(_ doc: Document, verb: Int, limit: Int, inverted: Bool) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        if inverted { return nil }
        var j = verb - 1
        while j >= limit && (w.classes(of: t[j]).contains(.speechAdverb) || isTimeToken(doc, j)) { j -= 1 }
        // "The Offshore Workers' Union (OWU) said": the name before its bracketed short form.
        j = skipBracket(t, j, limit)
        guard j >= limit else { return nil }
        let m = doc.mentionIndex(at: j)
        guard m >= 0, doc.mentions[m].tokens.upperBound == j + 1 else { return nil }
        let kind = doc.mentions[m].kind
        guard kind == .name || kind == .pronoun || kind == .role else { return nil }
        if kind == .name, doc.mentions[m].entity < 0 { return nil }
        // "Japan's foreign ministry said" is fine, but a bare possessor is not the speaker.
        return doc.mentions[m].tokens.lowerBound
    }

    /// Skips "on Twitter", "in a statement", "at a press conference", "Wednesday", "on Sunday".
    static func skipAdjuncts(_ doc: Document, _ start: Int, _ end: Int) -> Int {
        let w = Words.shared
        let t = doc.tokens
        var c = start
        var moved = true
        while moved && c < end {
            moved = false
            if isTimeToken(doc, c) { c += 1; moved = true; continue }
            if w.adjunctPrepositions.contains(t[c]) {
                var k = c + 1
                var words = 0
                while k < end && words < 5 && t[k].kind == .word && t[k].word != w.that && !w.classes(of: t[k]).contains(.pronoun) {
                    k += 1; words += 1
                    if k < end && (t[k].word == w.that || t[k].word == w.comma || t[k].kind == .quote) { break }
                }
                if (k < end && (t[k].word == w.that || t[k].word == w.comma || t[k].kind == .quote) || k == end || k + 1 == end && t[k].kind == .punct) && words <= 5 {
                    c = k; moved = true; continue
                }
            }
            if t[c].word == w.comma && c + 1 < end && isTimeToken(doc, c + 1) { c += 1; moved = true }
        }
        return c
    }

    /// The end of the addressee of "told": a name, or a short noun phrase ended by a pronoun
    /// or "that" ("told a parliamentary session he agreed").
    static func addresseeEnd(_ doc: Document, _ start: Int, _ end: Int) -> Int {
        let w = Words.shared
        let t = doc.tokens
        guard start < end else { return start }
        if let m = doc.mention(at: start), m.kind == .name || m.kind == .role || m.kind == .pronoun && m.name != "his" && m.name != "her" && m.name != "their" {
            return m.tokens.upperBound
        }
        var k = start
        while k < end && k - start < 8 {
            let word = t[k].word
            if t[k].kind != .word && t[k].kind != .possessive { break }
            if word == w.that || isTimeToken(doc, k) || (w.subjects.contains(t[k]) && k > start) { break }
            if (word == w.the || word == w.a) && k > start { break }
            if isSpeechVerb(t, k) { break }
            if let m = doc.mention(at: k), m.kind == .name, k > start {
                k = m.tokens.upperBound
                if k < end && t[k].kind == .possessive { continue }
                break
            }
            k += 1
        }
        if k >= end { return end }
        if t[k].word == w.that || w.subjects.contains(t[k]) || t[k].kind == .punct || t[k].kind == .quote || isTimeToken(doc, k)
            || doc.mention(at: k) != nil || t[k].word == w.the || t[k].word == w.a || k > start && doc.mention(at: k - 1)?.kind == .name {
            return k
        }
        return start
    }

    /// ", the sources said", ", he added", ", according to X" closing a sentence.
    static func trailingAttribution(_ doc: Document, _ k: Int, _ end: Int) -> Bool {
        let t = doc.tokens
        if t[k].word == Words.shared.according { return true }
        var j = k
        var words = 0
        while j < end && words < 4 && !isSpeechVerb(t, j) { if t[j].kind == .word { words += 1 }; j += 1 }
        guard j < end, isSpeechVerb(t, j) else { return false }
        var e = j + 1
        e = skipAdjuncts(doc, e, end)
        while e < end && t[e].kind == .punct { e += 1 }
        return e >= end
    }

    /// Drops surrounding punctuation and spaces from a clause.
    static func trim(_ doc: Document, _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        let t = doc.tokens
        while lo < hi && (t[lo].kind == .punct || t[lo].kind == .dash) { lo += 1 }
        while hi > lo && (t[hi - 1].kind == .punct || t[hi - 1].kind == .dash) && t[hi - 1].text != ")" { hi -= 1 }
        return lo..<hi
    }

    /// `to`, `date` and `medium` qualifiers from the words after a verb.
    static func verbQualifiers(_ doc: Document, verb: Int) -> [Qualifier] {
        let w = Words.shared
        let t = doc.tokens
        var out: [Qualifier] = []
        let s = Int(doc.sentenceOf[verb])
        let end = doc.sentences[s].tokens.upperBound
        let lemma = w.lemma(of: t[verb])
        if lemma == "tell", verb + 1 < end {
            let np = addresseeEnd(doc, verb + 1, end)
            if np > verb + 1 { out.append(Qualifier("to", .text(doc.text((verb + 1)..<np)))) }
        }
        for i in doc.timesBySentence[s] {
            let tm = doc.times[i]
            if tm.tokens.lowerBound == verb + 1 || (tm.tokens.lowerBound == verb + 2 && t[verb + 1].word == w.on) || tm.tokens.upperBound == verb || (tm.tokens.upperBound == verb - 1 && t[verb - 1].word == w.comma) {
                out.append(Qualifier("date", .date(tm.date)))
                break
            }
        }
        var k = verb + 1
        while k + 1 < end && k < verb + 4 {
            if w.mediumPrepositions.contains(t[k]) {
                if w.media.contains(t[k + 1]) {
                    out.append(Qualifier("medium", .text(t[k + 1].text))); break
                }
                if t[k + 1].word == w.a, k + 2 < end, w.mediumNouns.contains(t[k + 2]) {
                    out.append(Qualifier("medium", .text(t[k + 2].lower))); break
                }
            }
            k += 1
        }
        return out
    }

    /// Pairs opening and closing quote marks within paragraphs.
    static func findQuotes(_ t: [Token]) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        var open = -1
        for k in t.indices {
            if t[k].has(.paragraphBefore) && open >= 0 {
                // An unclosed quote ends with its paragraph (a quote running on continues).
                out.append(QuoteSpan(open: open, close: k))
                open = -1
            }
            guard t[k].kind == .quote else { continue }
            if open < 0 {
                // A straight mark against the word or stop before it and followed by a space closes a
                // quote that ran on from an earlier paragraph (`early." After`): it opens none.
                let attached = k > 0 && !t[k].has(.spaceBefore) && !t[k].has(.paragraphBefore)
                let spaced = k + 1 >= t.count || t[k + 1].has(.spaceBefore)
                let stop = k > 0 && (t[k - 1].word == KnownWords.shared.period || t[k - 1].word == KnownWords.shared.question
                    || t[k - 1].word == KnownWords.shared.exclamation)
                let closesRunOn = attached && spaced && stop
                if t[k].has(.opening) || !(attached && t[k - 1].isWord) && !closesRunOn { open = k }
            } else {
                out.append(QuoteSpan(open: open, close: k))
                open = -1
            }
        }
        if open >= 0 { out.append(QuoteSpan(open: open, close: t.count)) }
        return out
    }
}
