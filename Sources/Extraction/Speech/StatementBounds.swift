import NewsFacts

/// Where a reported statement starts and ends.
extension SpeechExtractor {
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
        return datelineEnd(doc.tokens, limit, before: end) ?? limit
    }

    /// "TOKYO, Jan. 27 (Kyodo) -- CLAUSE, the ministry said", "LONDON (Reuters) - …": where the
    /// clause starts after a dateline opening the sentence at `start` (a place in capitals, then
    /// within `SpeechWindows.datelineTokens` tokens a dash after a bracket or a date); nil when
    /// there is none before `end`.
    static func datelineEnd(_ t: [Token], _ start: Int, before end: Int) -> Int? {
        guard start < end, t[start].kind == .word, t[start].has(.allCaps) else { return nil }
        var k = start + 1
        while k < end && k - start <= SpeechWindows.datelineTokens {
            if t[k].kind == .dash {
                let before = t[k - 1]
                guard before.text == ")" || before.kind == .number || before.has(.allCaps) else { return nil }
                return k + 1 < end ? k + 1 : nil
            }
            if t[k].kind == .quote { return nil }
            k += 1
        }
        return nil
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

    /// ", the sources said", ", he added", ", according to X" closing a sentence.
    static func trailingAttribution(_ doc: Document, _ k: Int, _ end: Int) -> Bool {
        let t = doc.tokens
        if t[k].word == Words.shared.according { return true }
        var j = k
        var words = 0
        while j < end && words < SpeechWindows.trailingAttributionWords && !isSpeechVerb(t, j) {
            if t[j].kind == .word { words += 1 }
            j += 1
        }
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

    /// Skips "on Twitter", "in a statement", "at a press conference", "Wednesday", "on Sunday".
    static func skipAdjuncts(_ doc: Document, _ start: Int, _ end: Int) -> Int {
        let w = Words.shared
        let t = doc.tokens
        var c = start
        var moved = true
        while moved && c < end {
            moved = false
            if isTimeToken(doc, c) {
                c += 1
                moved = true
                continue
            }
            if w.adjunctPrepositions.contains(t[c]), let after = adjunctEnd(doc, c, end) {
                c = after
                moved = true
                continue
            }
            if t[c].word == w.comma && c + 1 < end && isTimeToken(doc, c + 1) {
                c += 1
                moved = true
            }
        }
        return c
    }

    /// The end of the adjunct the preposition at `c` opens ("in a statement"), when it is short
    /// and followed by "that", a comma, a quote, a subject pronoun (`speech.subjects`: "in a
    /// statement it would") or the end of the sentence; else nil.
    static func adjunctEnd(_ doc: Document, _ c: Int, _ end: Int) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        func closes(_ k: Int) -> Bool { t[k].word == w.that || t[k].word == w.comma || t[k].kind == .quote }
        var k = c + 1
        var words = 0
        while k < end && words < SpeechWindows.adjunctWords && t[k].kind == .word && t[k].word != w.that
            && !w.classes(of: t[k]).contains(.pronoun)
        {
            k += 1
            words += 1
            if k < end && closes(k) { break }
        }
        // "said in a statement it would …": a subject pronoun after the adjunct opens the clause.
        let clauseFollows = words > 0 && k < end && w.subjects.contains(t[k])
        let ended = k < end && closes(k) || k == end || k + 1 == end && t[k].kind == .punct || clauseFollows
        return ended && words <= SpeechWindows.adjunctWords ? k : nil
    }
}
