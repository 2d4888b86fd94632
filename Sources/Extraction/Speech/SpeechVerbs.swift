import NewsFacts

/// What makes a token a speech verb, and the words that may stand between a verb and its speaker.
extension SpeechExtractor {
    static func isSpeechVerb(_ t: [Token], _ k: Int) -> Bool {
        t[k].kind == .word && !t[k].isCapitalized && Words.shared.classes(of: t[k]).contains(.speechVerb)
            && introducesQuote(t, k, k..<t.count)
    }

    /// A time expression, or "on" before a weekday ("he on Sunday said").
    static func isTimeToken(_ doc: Document, _ k: Int) -> Bool {
        if doc.inTime[k] { return true }
        let w = Words.shared
        let t = doc.tokens
        // A weekday the article's missing date could not resolve is still a time ("said Monday that").
        if t[k].isCapitalized, w.classes(of: t[k]).contains(.calendar), Lexicon.weekdays[t[k].lower] != nil { return true }
        return t[k].word == w.on && k + 1 < t.count && w.classes(of: t[k + 1]).contains(.calendar)
            && Lexicon.weekdays[t[k + 1].lower] != nil
    }

    /// The token before `verb` past speech adverbs ("also", "has") and, with `time`, time words
    /// ("on Sunday"), not going below `limit`: the last token of the speaker when there is one.
    static func tokenBefore(_ doc: Document, verb: Int, limit: Int, time: Bool) -> Int {
        let w = Words.shared
        let t = doc.tokens
        var j = verb - 1
        while j >= limit && (w.isSpeechAdverb(t[j]) || time && isTimeToken(doc, j)) { j -= 1 }
        // "The minister went on to say that …": back over "went on to" (`speech.goOnVerbs`) to the speaker.
        if j - 2 >= limit, t[j].word == w.to, t[j - 1].word == w.on, w.goOnVerbs.contains(t[j - 2]) {
            j -= 3
            while j >= limit && (w.isSpeechAdverb(t[j]) || time && isTimeToken(doc, j)) { j -= 1 }
        }
        return j
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
    /// not in "agreed to meet" or "agreed on Thursday"; "posted" only before "on" and a
    /// platform ("posted on X").
    static func introducesQuote(_ t: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        let lemma = Words.shared.lemma(of: t[k])
        if lemma == "agree" { return k + 1 < r.upperBound && t[k + 1].word == Words.shared.that }
        // "posted on X", "posted on Facebook": a post on a platform (`speech.media`) is speech;
        // "posted a loss", "posted a statement" is not.
        // "underscored that …" is speech; "the vote underscored the risks" is not.
        if lemma == "underline" || lemma == "underscore" {
            return k + 1 < r.upperBound && t[k + 1].word == Words.shared.that
        }
        if lemma == "post" {
            guard k + 2 < r.upperBound, t[k + 1].word == Words.shared.on else { return false }
            let platform = t[k + 2]
            if Words.shared.media.contains(platform) { return true }
            // "posted on X." closing the sentence: the platform's letter and the stop read as an initial.
            guard platform.has(.dotted), platform.text.utf8.count == 2 else { return false }
            return Words.shared.media.contains(id: Lexicon.shared.id(of: String(platform.lower.dropLast())))
        }
        // "pointed out that …": "point" reports speech only with its particle (`speech.verbParticle`).
        if lemma == "point" {
            return k + 1 < r.upperBound && Words.shared.verbParticles.contains(t[k + 1])
        }
        guard lemma == "continue" else { return true }
        let n = k + 1 < r.upperBound && t[k + 1].word == Words.shared.comma ? k + 2 : k + 1
        return n < r.upperBound && (t[n].kind == .quote || t[n].word == Words.shared.colon)
    }

    /// A speech verb, or the "according" of "according to".
    static func isAttribution(_ t: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        return isSpeechVerb(t, k) || t[k].word == w.according && k + 1 < r.upperBound && t[k + 1].word == w.to
    }
}
