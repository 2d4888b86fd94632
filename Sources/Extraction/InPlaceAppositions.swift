import NewsFacts

extension EventExtractor {
    /// "Foreign Minister Lena Ortiz, in Nairobi for talks on the drought, said …", "Ortiz, in
    /// Lima on a three-day visit, told …", "Ortiz, in Oslo, said …": a person's name set off by a
    /// comma, then "in" a named place or country and "for", "on", "to" or a comma: the person
    /// is there, a held visit [event-presence]. The date is the apposition's own, else the
    /// main verb's clause's (`appositionDate`: "said on Monday" included); a date in another
    /// clause ("recalled that the treaty was signed in March 1979") is not the visit's, which
    /// stays undated. Not a place in the person's own country (`atHome`).
    static func inPlaceAppositions(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        let mentions = doc.mentions
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            for mi in doc.mentionRange(sentence: s) where mentions[mi].kind == .name && isPerson(doc, mentions[mi].entity) {
                let person = mentions[mi].entity
                var k = mentions[mi].tokens.upperBound
                guard k + 3 < r.upperBound, t[k].word == w.comma, t[k + 1].word == w.in else { continue }
                k += 2
                if t[k].word == w.the { k += 1 }
                guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0,
                      ["place", "country"].contains(doc.entities[m.entity].type), m.tokens.upperBound < r.upperBound else { continue }
                let after = t[m.tokens.upperBound].word
                guard after == w.for || after == w.on || after == w.to || after == w.comma else { continue }
                if atHome(doc, person, m.entity) { continue }
                var e = Event(kind: "visit", family: "visit", status: "held", sentence: s, tokens: k..<m.tokens.upperBound)
                e.participants = [person]
                e.participantSentences = [s]
                e.destination = m.entity
                if let d = appositionDate(doc, place: k, r) {
                    e.date = d; e.dateSentence = s
                }
                merge(&events, e, definite: false, caption: false, s)
            }
        }
    }

    /// The date of an apposition "in X …" starting at `k`: a date in the apposition itself
    /// ("in Lima on Monday for talks") or in the clause of the main verb right after its closing
    /// comma ("…, said on Monday"); nil otherwise.
    static func appositionDate(_ doc: Document, place k: Int, _ r: Range<Int>) -> DateValue? {
        let w = Words.shared
        let t = doc.tokens
        let segments = segment(doc, r)
        var close = k
        while close < min(r.upperBound, k + maxAppositionWords) && t[close].word != w.comma { close += 1 }
        let own = segments.id[k - r.lowerBound]
        let main = close + 1 < r.upperBound && t[close].word == w.comma ? segments.id[close + 1 - r.lowerBound] : own
        for i in doc.timesBySentence[Int(doc.sentenceOf[k])] {
            let start = doc.times[i].tokens.lowerBound
            // Within the apposition, or in the main verb's clause after it.
            if start >= k && start < close || start > close && segments.id[start - r.lowerBound] == main {
                return doc.times[i].date
            }
        }
        return nil
    }
}
