import NewsFacts

extension EventExtractor {
    /// "Premier Ruiz held talks with Minister Okafor, who arrived in Lagos for a working visit":
    /// a held visit the text does not date, of a person who takes part in held talks dated to
    /// the day in the same sentence, or in the one before when the visit is pointed back to (a
    /// possessive or "this" before it: "Ruiz and Okafor met in Lagos on Monday. It was Okafor's
    /// second visit to Nigeria this year."), took place that day: the guest was there when they
    /// met [event-date]. A visit narrated in the next sentence ("Okafor first visited Nigeria
    /// as a student") may be of any time. Not when the talks were held in another country than
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
        // "his visit", "Okafor's second visit", "this visit": a visit the text points back to.
        func pointedBack(_ e: Event) -> Bool {
            let k = e.tokens.lowerBound
            let r = doc.sentences[e.sentence].tokens
            return (max(r.lowerBound, k - 2)..<k).contains {
                t[$0].kind == .possessive || w.possessives.contains(t[$0]) || w.demonstratives.contains(t[$0])
            }
        }
        // Held talks dated to the day, by sentence: a visit looks at two sentences only.
        var talksBySentence: [Int: [Int]] = [:]
        for (j, e) in events.enumerated() where e.family == "talks" && e.status == "held" && e.participants.count >= 2 {
            guard let d = e.date, d.precision == .day, !inPerfect(e) else { continue }
            talksBySentence[e.sentence, default: []].append(j)
        }
        guard !talksBySentence.isEmpty else { return }
        for i in events.indices where events[i].family == "visit" && events[i].status == "held" && events[i].date == nil {
            let v = events[i]
            guard v.participants.count == 1, !inPerfect(v) else { continue }
            // The sentence before only for a visit the text points back to ("Okafor first
            // visited Nigeria as a student" after the talks is another time).
            let sentences = pointedBack(v) ? [v.sentence, v.sentence - 1] : [v.sentence]
            var best: Event?
            for s in sentences {
                for j in talksBySentence[s] ?? [] {
                    let e = events[j]
                    guard e.participants.contains(v.participants[0]), sameCountry(doc, e.place, v.destination) else { continue }
                    best = e
                    break
                }
                if best != nil { break }
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
