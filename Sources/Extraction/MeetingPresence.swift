import NewsFacts

extension EventExtractor {
    /// Kinds of talks that bring their participants together in one room: a meeting, a summit or
    /// an interview held in a place has them all there. Talks, calls and conversations may be
    /// held at a distance.
    static let faceToFaceKinds: Set<String> = ["meeting", "summit", "interview"]

    /// "On March 13, Professor Hallam sat down with Lena Brook for an interview in his Yale
    /// office in New Haven": each person at a meeting, summit or interview the text holds in a
    /// named place was in that place, a visit [event-presence]. `presences` already sends there
    /// the participants from another country; this adds those whose country the text does not
    /// tell. A meeting whose other side the text does not name counts too ("tomorrow he plans to
    /// meet foreign envoys at the United Nations headquarters in New York": he will be
    /// in New York, a planned visit). Not by phone or video, and not a denied one ("never met in
    /// Lima" puts nobody there).
    static func meetingPresences(_ doc: Document, _ events: inout [Event]) {
        for i in events.indices where events[i].family == "talks" && events[i].place >= 0 {
            let ev = events[i]
            guard faceToFaceKinds.contains(ev.kind), ev.medium == nil, ev.status != "denied",
                  ["place", "country"].contains(doc.entities[ev.place].type) else { continue }
            let people = ev.participants.filter { isPerson(doc, $0) }
            guard !people.isEmpty else { continue }
            // "At a meeting at State House, the president welcomed the envoys": a house the text
            // gives no country for is a seat its own officials receive in, and those whose
            // country the text does not tell may be its hosts: no visit (`HouseSites.swift`).
            if HouseSites.isUnplacedHouse(doc, ev.place) { continue }
            // The host is at home ("X hosted Y at the Elysee Palace": only Y came).
            for p in people where doc.entities[p].country == nil && p != ev.host {
                var e = Event(kind: "visit", family: "visit", status: ev.status, sentence: ev.placeSentence, tokens: ev.tokens)
                e.participants = [p]; e.participantSentences = [ev.placeSentence]
                e.destination = ev.place
                e.date = ev.date; e.dateSentence = ev.dateSentence; e.dateInferred = ev.dateInferred
                merge(&events, e, definite: false, caption: false, ev.placeSentence)
            }
        }
    }
}
