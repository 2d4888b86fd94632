import NewsFacts

extension EventExtractor {
    /// "Bolivian President Ana Quispe landed in Lima on Monday. … On her arrival, Quispe held
    /// talks with Peruvian President Dina Castro at the airport": undated held talks told "upon"
    /// or "on" a possessive and "arrival" (`event.arrivalPrepositions`, `event.arrivalNouns`)
    /// took place the day the possessive's person arrived: the day of that participant's held
    /// visit or trip told last up to the talks' sentence, when the text dates it to the day, and
    /// to the talks' place when they have one [event-date]. Nil when the possessive names no
    /// participant (another's trip dates nothing: "Castro visited Cusco on Monday. On his arrival
    /// in Lima, Arce held talks with Castro") or no such visit is dated. A possessive whose
    /// person has no such visit may stand for the talks' subject, their first participant
    /// ("Quispe met Castro, Arce and Ruiz upon her arrival": Quispe's, not Ruiz's), when no
    /// other participant has a visit or trip in the text (else the possessive may be theirs).
    static func arrivalDate(_ doc: Document, _ events: [Event], _ i: Int) -> DateValue? {
        let w = Words.shared
        let t = doc.tokens
        let ev = events[i]
        let r = doc.sentences[ev.sentence].tokens
        guard r.count >= 3, let k = (r.lowerBound + 2..<r.upperBound).first(where: {
            w.arrivalNouns.contains(t[$0]) && w.possessives.contains(t[$0 - 1]) && w.arrivalPrepositions.contains(t[$0 - 2])
        }), let m = doc.mention(at: k - 1), m.kind == .pronoun, ev.participants.contains(m.entity) else { return nil }
        if let d = arrivalDay(of: m.entity, ev, events) { return d }
        // "Ruiz met Okafor, Berg and Smit upon his arrival": the possessive after the objects is
        // the subject's, though the nearest name fits it as well.
        // Only when no other participant travels in the text: "his" may be any of theirs then.
        guard let subject = ev.participants.first, subject != m.entity,
              !events.contains(where: { e in e.family == "visit" && e.participants.contains { $0 != subject && ev.participants.contains($0) } })
        else { return nil }
        return arrivalDay(of: subject, ev, events)
    }

    /// The day of `arriving`'s held visit or trip told last up to talks `ev`'s sentence, dated
    /// by the text to the day, to the talks' place when they have one.
    static func arrivalDay(of arriving: Int, _ ev: Event, _ events: [Event]) -> DateValue? {
        var best: Event?
        for e in events where e.family == "visit" && e.status == "held" && e.sentence <= ev.sentence {
            guard let d = e.date, d.precision == .day, !e.dateInferred, e.participants.contains(arriving),
                  ev.place < 0 || e.destination == ev.place else { continue }
            if best == nil || e.sentence >= best!.sentence { best = e }
        }
        return best?.date
    }
}
