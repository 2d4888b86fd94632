import NewsFacts

extension EventExtractor {
    /// "At present Marek is in Porto Vecchio", "X was in Nairobi on Monday", "she was kept at
    /// Flag Land Base", "X was deported from Georgia" (made to leave it: there before): a person (named, or a pronoun standing for one) said to be, or to be
    /// kept, in a named place or country away from home is visiting it [event-presence].
    /// The date is the sentence's, else the article's for "is"/"are" (under way as it is written).
    /// Not when the place is in the person's own country, nor when the sentence denies it.
    static func stays(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        let mentions = doc.mentions
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            for mi in doc.mentionRange(sentence: s) where mentions[mi].kind == .name || mentions[mi].kind == .pronoun {
                guard isPerson(doc, mentions[mi].entity) else { continue }
                let person = mentions[mi].entity
                var k = mentions[mi].tokens.upperBound
                // "Lindqvist, a Swedish engineer, is in Nairobi": past an apposition.
                let ends = { (j: Int) in t[j].word == w.comma || t[j].kind == .quote }
                if k + 1 < r.upperBound, t[k].word == w.comma,
                   let close = (k + 1..<min(r.upperBound, k + 12)).first(where: ends), t[close].word == w.comma {
                    k = close + 1
                }
                guard k + 2 < r.upperBound, w.copula.contains(t[k]) else { continue }
                let present = w.presentBe.contains(t[k])
                k += 1
                var negated = false
                while k < r.upperBound && (w.negation.contains(t[k]) || w.presentBe.contains(t[k])) {
                    negated = negated || w.negation.contains(t[k]); k += 1
                }
                // "she was kept at Harrow Point Base", "X was detained in Y": a participle of being
                // kept somewhere (`event.stayParticiples`), then "in" or "at".
                let kept = k < r.upperBound && w.stayParticiples.contains(t[k])
                // "X was deported from Georgia": made to leave a place (`event.leftFrom`), so there
                // before; then "from", "the" allowed.
                let left = !kept && k < r.upperBound && w.leftFrom.contains(t[k])
                if kept || left { k += 1 }
                // "was not deported from Georgia": still there, as far as the text tells; no event.
                if left && negated { continue }
                guard k + 1 < r.upperBound, left ? t[k].word == w.from : t[k].word == w.in || (kept && t[k].word == w.at) else { continue }
                let at = left && t[k + 1].word == w.the ? k + 2 : k + 1
                guard at < r.upperBound, let m = doc.mention(at: at), m.kind == .name,
                      m.entity >= 0, ["place", "country"].contains(doc.entities[m.entity].type) else { continue }
                // "Ramos is in Manila", said of a Filipino minister, is no visit.
                if atHome(doc, person, m.entity) { continue }
                var e = Event(kind: "visit", family: "visit", status: negated ? "denied" : "held", sentence: s,
                              tokens: k..<m.tokens.upperBound)
                e.participants = [person]
                e.participantSentences = [s]
                e.destination = m.entity
                if let d = eventDate(doc, k, r, segment(doc, r)) {
                    e.date = d; e.dateSentence = s
                } else if present, let d = doc.article.date {
                    e.date = d; e.dateSentence = s; e.dateInferred = true
                }
                merge(&events, e, definite: false, caption: false, s)
            }
        }
    }
}
