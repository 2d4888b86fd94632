import NewsFacts

/// The `to`, `date` and `medium` qualifiers a speech verb's neighbours give a statement.
extension SpeechExtractor {
    /// `to`, `date` and `medium` qualifiers from the words after a verb (a date also from right
    /// before it, unless `dateBefore` is false: there it ends the statement, "…, said X").
    static func verbQualifiers(_ doc: Document, verb: Int, dateBefore: Bool = true) -> [Qualifier] {
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
        if let date = verbDate(doc, verb: verb, sentence: s, before: dateBefore) {
            out.append(Qualifier("date", .date(date)))
        }
        if let medium = verbMedium(doc, verb: verb, end: end) { out.append(Qualifier("medium", .text(medium))) }
        return out
    }

    /// The date written right after the verb ("said Monday", "said on Monday") or, with
    /// `before`, right before it ("on Monday said", "on Monday, said").
    static func verbDate(_ doc: Document, verb: Int, sentence s: Int, before allowBefore: Bool) -> DateValue? {
        let t = doc.tokens
        for i in doc.timesBySentence[s] {
            let tm = doc.times[i]
            let after =
                tm.tokens.lowerBound == verb + 1
                || (tm.tokens.lowerBound == verb + 2 && t[verb + 1].word == Words.shared.on)
            let before =
                tm.tokens.upperBound == verb
                || (tm.tokens.upperBound == verb - 1 && t[verb - 1].word == Words.shared.comma)
            if after || allowBefore && before { return tm.date }
        }
        return nil
    }

    /// "said on Twitter" (a medium's name), "said in a statement" (a medium noun) within a few
    /// tokens after the verb.
    static func verbMedium(_ doc: Document, verb: Int, end: Int) -> String? {
        let w = Words.shared
        let t = doc.tokens
        var k = verb + 1
        while k + 1 < end && k < verb + SpeechWindows.mediumReach {
            if w.mediumPrepositions.contains(t[k]) {
                if w.media.contains(t[k + 1]) { return t[k + 1].text }
                if t[k + 1].word == w.a, k + 2 < end, w.mediumNouns.contains(t[k + 2]) { return t[k + 2].lower }
            }
            k += 1
        }
        return nil
    }

    /// The end of the addressee of "told": a name, or a short noun phrase ended by a pronoun
    /// or "that" ("told a parliamentary session he agreed").
    static func addresseeEnd(_ doc: Document, _ start: Int, _ end: Int) -> Int {
        let w = Words.shared
        let t = doc.tokens
        guard start < end else { return start }
        if let m = doc.mention(at: start),
            m.kind == .name || m.kind == .role
                || m.kind == .pronoun && m.name != "his" && m.name != "her"
                    && m.name != "their"
        {
            return m.tokens.upperBound
        }
        var k = start
        while k < end && k - start < SpeechWindows.addresseeTokens {
            let word = t[k].word
            if t[k].kind != .word && t[k].kind != .possessive { break }
            if word == w.that || isTimeToken(doc, k) || (w.subjects.contains(t[k]) && k > start) { break }
            if (word == w.the || word == w.a) && k > start { break }
            // "told reporters after the talks that": the adjunct is no part of the addressee.
            if w.adjunctPrepositions.contains(t[k]) && k > start { break }
            if isSpeechVerb(t, k) { break }
            if let m = doc.mention(at: k), m.kind == .name, k > start {
                k = m.tokens.upperBound
                if k < end && t[k].kind == .possessive { continue }
                break
            }
            k += 1
        }
        if k >= end { return end }
        if t[k].word == w.that || w.subjects.contains(t[k]) || t[k].kind == .punct || t[k].kind == .quote
            || isTimeToken(doc, k) || doc.hasMention(at: k) || t[k].word == w.the || t[k].word == w.a
            || w.adjunctPrepositions.contains(t[k])
            || k > start && doc.mention(at: k - 1)?.kind == .name
        {
            return k
        }
        return start
    }
}
