import NewsFacts

/// `…, according to SPEAKER` and `According to SPEAKER, CLAUSE` [according-to], and relayed
/// speech `According to X, quoting Y, CLAUSE` (Y's with `via: X`) [according-to-relayed].
enum AccordingTo {
    static let rule = "according-to"
    static let relayedRule = "according-to-relayed"
    static let pattern = "according to (the)? (SOURCE | TITLE SPEAKER | a statement from SPEAKER) (, quoting SPEAKER)?"

    /// What "according to" at `k` gives: the statements, and the issuer when the source is a
    /// statement ("according to a statement from X": "the statement said" is then theirs).
    struct Found {
        var statements: [Statement] = []
        var issuer: Int?
    }

    /// Whether "according to" starts at `k`, with room for a source in the sentence `r`.
    static func opens(_ doc: Document, at k: Int, _ r: Range<Int>) -> Bool {
        let w = SpeechExtractor.Words.shared
        return doc.tokens[k].word == w.according && k + 2 < r.upperBound && doc.tokens[k + 1].word == w.to
    }

    /// The statements "according to" at `k` (where `opens` holds) attributes.
    static func find(_ doc: Document, at k: Int, sentence s: Int, _ r: Range<Int>, _ inQuote: [Bool]) -> Found {
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        var at = k + 2
        if !doc.hasMention(at: at), t[at].word == w.the, at + 1 < r.upperBound { at += 1 }
        guard let (m, fromStatement) = source(doc, at: at, r),
            let e = SpeechExtractor.resolved(doc, m, at: at), e >= 0
        else { return Found() }
        var found = Found(issuer: fromStatement ? e : nil)
        guard let (clause, relayed) = clause(doc, verb: k, speaker: m, r, inQuote) else { return found }
        let text = doc.text(clause)
        found.statements.append(
            Statement(
                speaker: e, text: text, qualifiers: [Qualifier("direct", .text("false"))], sentence: s,
                tokens: min(clause.lowerBound, m.tokens.lowerBound)..<max(clause.upperBound, m.tokens.upperBound),
                rule: rule))
        if let relayed, let y = SpeechExtractor.resolved(doc, relayed, at: relayed.tokens.lowerBound), y >= 0, y != e {
            let via = [Qualifier("direct", .text("false")), Qualifier("via", .entity(doc.entities[e].name))]
            found.statements.append(
                Statement(
                    speaker: y, text: text, qualifiers: via, sentence: s,
                    tokens: min(clause.lowerBound, relayed.tokens.lowerBound)..<clause.upperBound, rule: relayedRule))
        }
        return found
    }

    /// The source named after "according to (the)" at `at`, and whether it issued a statement.
    static func source(_ doc: Document, at: Int, _ r: Range<Int>) -> (Mention, Bool)? {
        var m = doc.mention(at: at)
        var fromStatement = false
        if m == nil, let (source, isStatement) = sourceAfter(doc, at, r.upperBound) {
            m = source
            fromStatement = isStatement
        }
        // "according to Afghan Ambassador to the United States X", "according to the team's
        // coach, X,": past the title to the person it names.
        if m == nil || m?.kind == .title || m?.kind == .demonym, let p = titledPerson(doc, from: at, r.upperBound) {
            m = p
        }
        // "according to Japan's Ministry of Economy": the possessed name is the source.
        if let pm = m, pm.kind == .name, let owned = possessed(doc, pm, r.upperBound) { m = owned }
        return m.map { ($0, fromStatement) }
    }

    /// The reported clause of "according to" at `k` whose source is `m`, and the source it
    /// relays ("quoting Y"); nil when the clause is too short.
    static func clause(
        _ doc: Document, verb k: Int, speaker m: Mention, _ r: Range<Int>, _ inQuote: [Bool]
    )
        -> (Range<Int>, Mention?)?
    {
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        var clause: Range<Int>
        // "…, which, according to AFP, the UN criticised": the clause follows the aside.
        let aside =
            k - 2 >= r.lowerBound && t[k - 1].word == w.comma
            && (t[k - 2].word == w.which || t[k - 2].word == w.that)
        let opensQuote = k - 1 >= r.lowerBound && t[k - 1].kind == .quote && k - 1 == r.lowerBound
        var relayed: Mention?
        if k == r.lowerBound || aside || opensQuote {
            var c = m.tokens.upperBound
            while c < r.upperBound && t[c].word != w.comma { c += 1 }
            // "According to X, quoting Y, …": relayed speech, Y's as well as X's.
            if c + 2 < r.upperBound, w.quoting.contains(t[c + 1]),
                let y = quotedSource(doc, from: c + 2, r.upperBound)
            {
                relayed = y
                c = SpeechExtractor.skipBracket(forward: t, y.tokens.upperBound, r.upperBound)
                while c < r.upperBound && t[c].word != w.comma { c += 1 }
            }
            if relayed == nil, let after = appositionEnd(doc, comma: c, r) { c = after }
            // "According to X, …": the clause after the comma; "According to X the …" (a
            // lower-case word right after the name, not a link such as "of"): right after it.
            let n = m.tokens.upperBound
            let runsOn =
                relayed == nil && n < r.upperBound && t[n].kind == .word && !t[n].isCapitalized
                && !w.nameLinks.contains(t[n])
            clause = (runsOn ? n : min(c + 1, r.upperBound))..<r.upperBound
        } else {
            let end = max(r.lowerBound, k - (t[k - 1].word == w.comma ? 1 : 0))
            clause = SpeechExtractor.statementStart(doc, r.lowerBound, before: end, inQuote)..<end
        }
        clause = SpeechExtractor.trim(doc, clause)
        guard clause.count >= SpeechWindows.minStatementTokens else { return nil }
        return (clause, relayed)
    }

    /// "According to Eva Strand, a professor at Uppsala University, the plan …", "According to
    /// Eva Strand, who heads the union, the plan …": the comma that closes an apposition or a
    /// relative clause opening at the comma `c` (an indefinite article, "who"/"which", or a title
    /// within it; no speech verb, no person), within `SpeechWindows.appositionAfterSource`
    /// tokens; nil when none does.
    static func appositionEnd(_ doc: Document, comma c: Int, _ r: Range<Int>) -> Int? {
        let t = doc.tokens
        let w = SpeechExtractor.Words.shared
        let p = c + 1
        guard p < r.upperBound, t[c].word == w.comma else { return nil }
        let reach = min(r.upperBound, p + SpeechWindows.appositionAfterSource)
        guard let close = (p..<reach).first(where: { t[$0].word == w.comma || t[$0].kind == .quote }),
            t[close].word == w.comma
        else { return nil }
        let indefinite = t[p].word == KnownWords.shared.a || t[p].word == KnownWords.shared.an
        let relative = t[p].word == w.who || t[p].word == w.which
        let titled = (p..<close).contains { doc.mention(at: $0)?.kind == .title }
        let verb = (p..<close).contains { SpeechExtractor.isSpeechVerb(t, $0) }
        // "According to the Herald, Professor John Burrows, the chairman, said …": a person named
        // there is the clause's subject, not the source's apposition.
        let person = (p..<close).contains { SpeechExtractor.isPerson(doc, doc.entity(at: $0)) }
        return (indefinite || relative || titled) && !verb && !person ? close : nil
    }

    /// "according to a statement from X", "a summary released by Japan's ministry": the source
    /// named after "from"/"by" within a few words, and whether it issued a statement.
    static func sourceAfter(_ doc: Document, _ start: Int, _ end: Int) -> (Mention, Bool)? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        var k = start
        var statement = false
        while k + 1 < end && k - start < SpeechWindows.sourceMarkWords && t[k].kind == .word && !t[k].isCapitalized {
            if t[k].word == w.statement { statement = true }
            if w.sourceMarks.contains(t[k]) {
                var at = k + 1
                if t[at].word == w.the, at + 1 < end { at += 1 }
                // A place issues statements ("a statement from the Planalto Palace"), nothing else.
                guard var m = doc.mention(at: at), m.kind == .name || m.kind == .role, m.entity >= 0,
                    statement || doc.entities[m.entity].type != "place"
                else { return nil }
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
        guard p + 1 < end, doc.tokens[p].kind == .possessive, let owned = doc.mention(at: p + 1), owned.kind == .name,
            owned.entity >= 0, SpeechExtractor.isSpeakerType(doc, owned.entity)
        else { return nil }
        return owned
    }

    /// The person a titled phrase at `start` names: "Afghan Ambassador to the United States X",
    /// "the Afghan team's coach, X" (a title, then the name within a few words, at most one comma).
    static func titledPerson(_ doc: Document, from start: Int, _ end: Int) -> Mention? {
        let w = SpeechExtractor.Words.shared
        let t = doc.tokens
        var sawTitle = false
        var commas = 0
        var j = start
        while j < end && j - start < SpeechWindows.titledNameReach {
            if let m = doc.mention(at: j) {
                if m.kind == .title { sawTitle = true }
                if m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "person" { return sawTitle ? m : nil }
                j = max(j + 1, m.tokens.upperBound)
                continue
            }
            if t[j].word == w.comma {
                commas += 1
                if commas > 1 { return nil }
            } else if t[j].kind == .quote || t[j].kind == .punct || SpeechExtractor.isSpeechVerb(t, j) {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The source after "quoting": a name, past a possessor and its descriptors ("quoting North
    /// Korea's main news agency KCNA" is KCNA), or nil.
    static func quotedSource(_ doc: Document, from start: Int, _ end: Int) -> Mention? {
        let t = doc.tokens
        var j = start
        if j < end, t[j].word == SpeechExtractor.Words.shared.the { j += 1 }
        while j < end && j - start < SpeechWindows.titledNameReach {
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
}
