import NewsFacts

extension EventExtractor {
    /// "Premier Ruiz held talks with Minister Okafor, who arrived in Lagos for a working visit":
    /// a held visit the text does not date, of a person who takes part in held talks dated to
    /// the day in the same sentence or the one before ("Ruiz and Okafor met in Lagos on Monday.
    /// It was Okafor's second visit to Nigeria this year."), took place that day: the guest was
    /// there when they met [event-date]. Not when the talks were held in another country than
    /// the visit's destination, nor for a visit or talks told in the perfect ("has visited Lagos
    /// twice", "we had met at school"), which speak of any time before.
    static func visitMeetingDates(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        // "has visited", "had met": a trigger told in the perfect.
        func inPerfect(_ e: Event) -> Bool {
            let k = e.tokens.lowerBound
            let r = doc.sentences[e.sentence].tokens
            return (max(r.lowerBound, k - 3)..<k).contains { w.perfectAuxiliaries.contains(t[$0]) }
        }
        for i in events.indices where events[i].family == "visit" && events[i].status == "held" && events[i].date == nil {
            let v = events[i]
            guard v.participants.count == 1 else { continue }
            if inPerfect(v) { continue }
            var best: Event?
            for e in events where e.family == "talks" && e.status == "held" && e.participants.count >= 2 && !inPerfect(e) {
                guard e.participants.contains(v.participants[0]), let d = e.date, d.precision == .day,
                      e.sentence == v.sentence || e.sentence == v.sentence - 1,
                      sameCountry(doc, e.place, v.destination) else { continue }
                if best == nil || e.sentence > best!.sentence { best = e }
            }
            guard let m = best else { continue }
            events[i].date = m.date
            events[i].dateSentence = m.dateSentence
            events[i].dateInferred = m.dateInferred
        }
    }

    /// Whether places `a` and `b` (entities, -1 when unknown) may lie in one country: one is
    /// unknown, they are the same, one is the other's country, or both lie in the same one.
    static func sameCountry(_ doc: Document, _ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b >= 0, a != b else { return true }
        func country(_ e: Int) -> String? {
            doc.entities[e].type == "country" ? doc.entities[e].name : countryOfPlace(doc, e)
        }
        guard let ca = country(a), let cb = country(b) else { return true }
        return ca == cb
    }
}
