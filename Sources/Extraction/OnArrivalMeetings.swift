import NewsFacts

extension EventExtractor {
    /// "Bolivian President Ana Quispe landed in Lima on Monday. … On her arrival she and Peruvian
    /// President Dina Castro held talks at the airport": undated held talks told "upon"/"on" a possessive and "arrival" (`event.arrivalPrepositions`,
    /// `event.arrivalNouns`) took place the day a participant arrived: the day of that
    /// participant's held visit or trip told last up to the talks' sentence, when the text dates
    /// it to the day [event-date]. Nil when no such visit is dated.
    static func arrivalDate(_ doc: Document, _ events: [Event], _ i: Int) -> DateValue? {
        let w = Words.shared
        let t = doc.tokens
        let ev = events[i]
        let r = doc.sentences[ev.sentence].tokens
        guard r.count >= 3, (r.lowerBound + 2..<r.upperBound).contains(where: {
            w.arrivalNouns.contains(t[$0]) && w.possessives.contains(t[$0 - 1]) && w.arrivalPrepositions.contains(t[$0 - 2])
        }) else { return nil }
        var best: Event?
        for e in events where e.family == "visit" && e.status == "held" && e.sentence <= ev.sentence {
            guard let d = e.date, d.precision == .day, !e.dateInferred,
                  e.participants.contains(where: ev.participants.contains) else { continue }
            if best == nil || e.sentence >= best!.sentence { best = e }
        }
        return best?.date
    }
}
