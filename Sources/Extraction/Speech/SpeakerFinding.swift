import NewsFacts

/// The speaker right before a speech verb, and what a mention there stands for.
extension SpeechExtractor {
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

    static func isSpeakerType(_ doc: Document, _ e: Int) -> Bool {
        let type = doc.entities[e].type
        return type == "person" || type == "organization" || type == "country"
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

    /// The speaker right before a verb, skipping adverbs and time words ("Motegi also said",
    /// "the ministry said Wednesday" has none to skip, "he on Sunday said").
    static func speakerBefore(_ doc: Document, verb: Int, limit: Int) -> Int {
        if let e = possessorOfBody(doc, verb: verb, limit: limit) { return e }
        // "The Qatari foreign minister told reporters …" [DescribedTitleSpeakers].
        if let e = DescribedTitleSpeakers.person(doc, before: tokenBefore(doc, verb: verb, limit: limit, time: true), limit: limit) {
            return e
        }
        guard let k = firstSpeakerToken(doc, verb: verb, limit: limit, inverted: false) else { return -1 }
        let m = doc.mentionIndex(at: k)
        guard m >= 0 else { return -1 }
        // "Political analyst Vesna Kos of the University of Ljubljana said": the person speaks.
        if doc.mentions[m].kind == .name, let p = affiliatedPerson(doc, before: k, limit: limit) { return p }
        return resolved(doc, mention: m) ?? -1
    }

    /// The first token of the speaker mention before `verb`, or after it when inverted.
    static func firstSpeakerToken(_ doc: Document, verb: Int, limit: Int, inverted: Bool) -> Int? {
        let t = doc.tokens
        if inverted { return nil }
        var j = tokenBefore(doc, verb: verb, limit: limit, time: true)
        // "The Offshore Workers' Union (OWU) said": the name before its bracketed short form.
        j = skipBracket(t, j, limit)
        guard j >= limit else { return nil }
        let m = doc.mentionIndex(at: j)
        guard m >= 0, doc.mentions[m].tokens.upperBound == j + 1 else { return nil }
        let kind = doc.mentions[m].kind
        guard kind == .name || kind == .pronoun || kind == .role else { return nil }
        if kind == .name, doc.mentions[m].entity < 0 { return nil }
        if kind == .name, isTopicOfBody(doc, doc.mentions[m].tokens.lowerBound, limit: limit) { return nil }
        // "A letter seen by Sky News says": who saw the text is not who speaks in it.
        if hasTheText(doc, before: doc.mentions[m].tokens.lowerBound, limit: limit) { return nil }
        // "Japan's foreign ministry said" is fine, but a bare possessor is not the speaker.
        return doc.mentions[m].tokens.lowerBound
    }

    /// Whether the name starting at `k` follows "seen by", "obtained by", "the" allowed between:
    /// an outlet or person that has the text ("a letter seen by the BBC says …").
    static func hasTheText(_ doc: Document, before k: Int, limit: Int) -> Bool {
        let t = doc.tokens
        let w = Words.shared
        var j = k - 1
        if j > limit, t[j].word == w.the { j -= 1 }
        guard j > limit, t[j].word == KnownWords.shared.by else { return false }
        return w.accessParticiples.contains(t[j - 1])
    }

    /// "Brightwater's board said", "the ministry's spokesperson said" (no name given): the body
    /// speaks for its organization or country.
    static func possessorOfBody(_ doc: Document, verb: Int, limit: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        let before = tokenBefore(doc, verb: verb, limit: limit, time: true)
        if let e = modifierOfSpokesperson(doc, at: before, limit: limit) { return e }
        // "Quarnby Media's recent analysis of its own traffic concluded", "Amnesty's report on Iran
        // said": back over the topic phrase (lower-case words and names) to the body, and over
        // adjectives to the possessive. The topic is what the body speaks about, not who speaks.
        var j = before
        var k = before
        while k > limit && before - k < SpeechWindows.bodyOfPhrase && !w.bodyTopics.contains(t[k]) {
            let m = doc.mentionIndex(at: k)
            if m >= 0, doc.mentions[m].kind == .name, doc.mentions[m].tokens.lowerBound > limit {
                k = doc.mentions[m].tokens.lowerBound - 1
            } else if t[k].kind == .possessive, k - 1 > limit, doc.mentionIndex(at: k - 1) >= 0 {
                k -= 1
            } else if t[k].kind == .word && !t[k].isCapitalized && m < 0 || isPossessivePronoun(t[k]) {
                k -= 1
            } else {
                break
            }
        }
        if k > limit, k < before, w.bodyTopics.contains(t[k]) { j = k - 1 }
        guard j - 2 >= limit, doc.mentionIndex(at: j) < 0, t[j].kind == .word, !t[j].isCapitalized,
            w.bodies.contains(t[j])
        else { return nil }
        var p = j - 1
        while p > limit && j - p <= SpeechWindows.bodyAdjectives && t[p].kind == .word && !t[p].isCapitalized
            && doc.mentionIndex(at: p) < 0 && !w.bodies.contains(t[p]) { p -= 1 }
        guard p - 1 >= limit, t[p].kind == .possessive else { return nil }
        let m = doc.mentionIndex(at: p - 1)
        guard m >= 0, doc.mentions[m].tokens.upperBound == p else { return nil }
        guard let e = resolved(doc, mention: m), e >= 0 else { return nil }
        // "Cornyn's statement added": a person's own statement speaks for them.
        let type = doc.entities[e].type
        let speaks = ["organization", "country"].contains(type) || type == "person" && t[j].word == w.statement
        guard speaks else { return nil }
        return e
    }

    /// "The report on Iran said", "a study into Brightwave said": a name at `k` that a speaking
    /// body is about, so not the speaker. "of" names the body's owner ("the board of X said")
    /// unless a possessive named it already (see `possessorOfBody`), so it does not count here.
    static func isTopicOfBody(_ doc: Document, _ k: Int, limit: Int) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        var b = k - 1
        if b > limit, t[b].word == w.the { b -= 1 }
        guard b - 1 >= limit, w.bodyTopics.contains(t[b]), t[b].word != w.of else { return false }
        return t[b - 1].kind == .word && !t[b - 1].isCapitalized && w.bodies.contains(t[b - 1])
    }

    /// "its", "their", "his", "her": possessive pronouns inside an "of" phrase ("of its own traffic").
    static func isPossessivePronoun(_ t: Token) -> Bool {
        let known = KnownWords.shared
        return t.word == known.its || t.word == known.their || t.word == known.his || t.word == known.her
    }

    /// "a Commission spokesperson said", "the Halvorsen board said": the organization or country
    /// named as a modifier of the spokesperson noun at `j`.
    static func modifierOfSpokesperson(_ doc: Document, at j: Int, limit: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        guard j - 1 >= limit else { return nil }
        let at = doc.mentionIndex(at: j)
        guard at < 0 || doc.mentions[at].kind != .name && doc.mentions[at].tokens.lowerBound == j,
            t[j].kind == .word, !t[j].isCapitalized, w.spokespeople.contains(t[j])
        else { return nil }
        let m = doc.mentionIndex(at: j - 1)
        guard m >= 0, doc.mentions[m].kind == .name, doc.mentions[m].tokens.upperBound == j,
            let e = resolved(doc, mention: m), e >= 0,
            ["organization", "country"].contains(doc.entities[e].type)
        else { return nil }
        return e
    }

    /// The person named right before "of/at (the) NAME" starting at `k` ("Kos of the University of Ljubljana").
    static func affiliatedPerson(_ doc: Document, before k: Int, limit: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        if j >= limit, t[j].word == w.the { j -= 1 }
        guard j - 1 >= limit, w.affiliation.contains(t[j]), let p = doc.mention(at: j - 1), p.kind == .name,
            p.tokens.upperBound == j, isPerson(doc, p.entity)
        else { return nil }
        return p.entity
    }

    /// `j` itself, or the token before a short bracket ending at `j` ("(OWU)", "(R)").
    static func skipBracket(_ t: [Token], _ j: Int, _ limit: Int) -> Int {
        let w = Words.shared
        guard j > limit, t[j].word == w.close else { return j }
        var k = j - 1
        while k > limit && j - k <= SpeechWindows.bracketBackward && t[k].word != w.open { k -= 1 }
        return k > limit && t[k].word == w.open ? k - 1 : j
    }

    /// Past a bracketed short form at `k` ("(KCNA)"), or `k` itself.
    static func skipBracket(forward t: [Token], _ k: Int, _ end: Int) -> Int {
        let w = Words.shared
        guard k < end, t[k].word == w.open else { return k }
        var j = k + 1
        while j < end && j - k < SpeechWindows.bracketForward && t[j].word != w.close { j += 1 }
        return j < end && t[j].word == w.close ? j + 1 : k
    }

    /// Skips the titles and demonyms that end right before `k` ("Japanese Foreign Minister").
    static func skipTitles(_ doc: Document, _ k: Int, _ limit: Int) -> Int {
        var k = k
        while k >= limit, let m = doc.mention(at: k), m.tokens.upperBound == k + 1,
            m.kind == .title || m.kind == .demonym
        {
            k = m.tokens.lowerBound - 1
        }
        return k
    }
}
