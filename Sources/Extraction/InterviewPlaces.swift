import NewsFacts

extension EventExtractor {
    /// Sentences back an undated interview place looks for the interview's date.
    static let interviewDateLookBack = 3

    /// "The paper interviewed Lena Ortiz in her office in Bilbao", "Reporters caught up with her
    /// in a bakery in the Dublin suburb of Rathmines": the person interviewed (the object of
    /// `event.interviewVerbs`, "caught" only before "up with") was where the interview was held,
    /// a visit [event-presence]. The place is the `venue` right after the object, in its clause
    /// ("interviewed X, a former player, …" gives none), not in the person's own country
    /// (`atHome`). Undated, the visit takes the date of an
    /// interview of the same person told in the `interviewDateLookBack` sentences before ("On
    /// Saturday, the paper interviewed Ortiz. … caught up with her in …").
    static func interviewPlaces(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared, v = VenueWords.shared
        let t = doc.tokens
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            for k in v.interviewVerbs.positions(in: t, r) where k + 2 < r.upperBound && t[k].kind == .word && !t[k].isCapitalized {
                var a = k + 1
                while a < r.upperBound && a - k <= 2 && v.interviewParticles.contains(t[a]) { a += 1 }
                // "caught up with", never "caught fire" or "caught in".
                if !t[k].endsInEd(longerThan: 3) && a - k != 3 { continue }
                guard let m = doc.mention(at: a), m.kind == .name || m.kind == .pronoun, isPerson(doc, m.entity),
                      !(m.kind == .pronoun && w.possessives.contains(t[a]) && t[a].word != KnownWords.shared.her) else { continue }
                let place = venue(doc, from: m.tokens.upperBound, r)
                guard place >= 0, !atHome(doc, m.entity, place) else { continue }
                var e = Event(kind: "visit", family: "visit", status: status(doc, k, r), sentence: s, tokens: k..<k + 1)
                e.participants = [m.entity]
                e.participantSentences = [s]
                e.destination = place
                if let d = eventDate(doc, k, r, segment(doc, r)) {
                    e.date = d; e.dateSentence = s
                } else if let (d, ds) = interviewDate(doc, of: m.entity, before: s) {
                    e.date = d; e.dateSentence = ds
                }
                merge(&events, e, definite: false, caption: false, s)
            }
        }
    }

    /// The date of an interview (`interview.verbs`, `event.interviewVerbs`) of `person` told in
    /// one of the `interviewDateLookBack` sentences before `s`, with its sentence.
    static func interviewDate(_ doc: Document, of person: Int, before s: Int) -> (DateValue, Int)? {
        let v = VenueWords.shared
        let nouns = WordSet(.interviewVerbs)
        let t = doc.tokens
        let mentions = doc.mentions
        for p in stride(from: s - 1, through: max(0, s - interviewDateLookBack), by: -1) {
            let span = doc.sentences[p]
            guard !span.isExcluded, !span.isHeadline, !doc.timesBySentence[p].isEmpty,
                  doc.mentionRange(sentence: p).contains(where: { mentions[$0].entity == person }) else { continue }
            let r = span.tokens
            guard let k = r.first(where: { nouns.contains(t[$0]) || v.interviewVerbs.contains(t[$0]) }) else { continue }
            if let d = eventDate(doc, k, r, segment(doc, r)) { return (d, p) }
        }
        return nil
    }
}
