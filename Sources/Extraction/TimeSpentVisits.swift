import NewsFacts

extension EventExtractor {
    /// Most tokens between "spent" and the "in" of its place ("spent the next three weeks in").
    static let maxSpentSpan = 5

    /// "Prime Minister Anne Leclair spent three days in Nairobi last month", "Holm will spend a
    /// week in Seoul": time spent (`event.spentVerbs`, then a stretch of time closed by a unit of
    /// `event.durationUnits` or `event.spentUnits`: hours to weeks, never months or years, a
    /// residence; at most `maxSpentSpan` tokens) in a named
    /// place or country is a visit there [event-presence]. The visitor is the verb's subject as
    /// for a travel verb (`visitor`); the status and date are the verb's ("will spend": planned).
    /// Not a place in the person's own country (`atHome`: "spent the weekend in Ottawa", said of a
    /// Canadian, is no visit), nor after "who" (a biography's stay: "a diplomat who spent …").
    static func timeSpent(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            for k in w.spentVerbs.positions(in: t, r) where t[k].kind == .word {
                // "Berg, a diplomat who spent two years in Tehran": a biography's stay, no visit.
                if k > r.lowerBound, t[k - 1].word == w.who { continue }
                guard let unit = (k + 1..<min(r.upperBound, k + 1 + maxSpentSpan)).first(where: {
                    w.durationUnits.contains(t[$0]) || w.spentUnits.contains(t[$0])
                }), unit + 2 < r.upperBound, t[unit + 1].word == w.in else { continue }
                // Only words of the stretch of time between: "spent three days", "spent the next week".
                guard (k + 1..<unit).allSatisfy({ t[$0].kind == .word || t[$0].kind == .number }),
                      !(k + 1..<unit).contains(where: { doc.mention(at: $0) != nil && doc.mention(at: $0)?.kind == .name })
                else { continue }
                let at = t[unit + 2].word == w.the ? unit + 3 : unit + 2
                guard at < r.upperBound, let m = doc.mention(at: at), m.kind == .name, m.entity >= 0,
                      ["place", "country"].contains(doc.entities[m.entity].type),
                      let person = visitor(doc, k, r, isVerb: true), !atHome(doc, person, m.entity) else { continue }
                var e = Event(kind: "visit", family: "visit", status: status(doc, k, r), sentence: s,
                              tokens: k..<m.tokens.upperBound)
                e.participants = [person]
                e.participantSentences = [s]
                e.destination = m.entity
                if let d = eventDate(doc, k, r, segment(doc, r)) { e.date = d; e.dateSentence = s }
                merge(&events, e, definite: false, caption: false, s)
            }
        }
    }
}
