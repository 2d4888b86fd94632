import NewsFacts

extension EventExtractor {
    /// A photo caption opening with a person "with" another person ("Hollis with France's
    /// interior minister Paul Renaud in Paris on March 3, 2021."): the two were together,
    /// a meeting, in the place and on the date the caption gives [event-trigger].
    static func captionMeetings(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline {
            if doc.cancellation.poll() { return }
            guard span.isCaption || creditFollows(doc, s) else { continue }
            let r = span.tokens
            guard let first = doc.mention(at: r.lowerBound), first.kind == .name, isPerson(doc, first.entity) else { continue }
            let k = first.tokens.upperBound
            guard k + 1 < r.upperBound, t[k].word == w.with else { continue }
            // The other person: past titles, descriptors and a possessive country ("France's interior minister").
            var j = k + 1
            var other = -1
            while j < r.upperBound && j <= k + 10 {
                if let m = doc.mention(at: j) {
                    if m.kind == .name && isPerson(doc, m.entity) { other = m.entity; break }
                    if m.kind == .name && doc.entities[max(m.entity, 0)].type != "country" { break }
                    j = max(j + 1, m.tokens.upperBound); continue
                }
                guard t[j].kind == .word || t[j].kind == .possessive, t[j].word != w.comma, t[j].word != w.in else { break }
                j += 1
            }
            guard other >= 0, other != first.entity else { continue }
            let segments = segment(doc, r)
            var e = Event(kind: "meeting", family: "talks", status: "held", sentence: s, tokens: k..<k + 1)
            e.participants = [first.entity, other]
            e.participantSentences = [s, s]
            e.place = placeAfter(doc, k, r, segments)
            e.placeSentence = s
            if let d = eventDate(doc, k, r, segments) { e.date = d; e.dateSentence = s }
            merge(&events, e, definite: false, caption: false, s)
        }
    }

    /// Whether the next sentence, in the same paragraph, is a picture credit ("Image: NASA.",
    /// "Photo: Jane Doe."): the sentence is then the picture's caption.
    static func creditFollows(_ doc: Document, _ s: Int) -> Bool {
        guard s + 1 < doc.sentences.count else { return false }
        let r = doc.sentences[s + 1].tokens
        let t = doc.tokens
        guard r.count >= 2, !t[r.lowerBound].has(.paragraphBefore) else { return false }
        return Words.shared.creditWords.contains(t[r.lowerBound]) && t[r.lowerBound + 1].word == Words.shared.colon
    }
}
