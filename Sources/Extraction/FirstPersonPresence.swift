import NewsFacts

extension EventExtractor {
    /// The words the presence rule below reads (`event.*` in `Lexicons/wordlists.tsv`).
    final class OwnPresenceWords: Sendable {
        static let shared = OwnPresenceWords()
        let firstPerson = WordSet(.firstPersonPronouns)
        /// Words between "I"/"we" and the verb: "was", "had", "also" (not "will", "would").
        let auxiliaries = WordSet(.firstPersonAuxiliaries)
        /// "in southern Finland": a lower-case word of region a place's name may follow.
        let placeModifiers = WordSet(.eventPlaceModifiers)

        private init() {}
    }

    /// Tokens after the verb within which "in PLACE" is looked for.
    static let ownPresenceReach = 20

    /// "I painted old houses in Jersey City", "After I was elected as National Chair in
    /// Denver in July", "when I worked for Anna Hollis and her
    /// campaign in New Hampshire", "We gathered wild nests … in southern Finland": in someone's
    /// own words (a direct quote or an interview answer, `FirstPersonSpeakers`), "I"/"we" before
    /// a verb in the past ("-ed" or `event.pastForms`; past auxiliaries and adverbs such as "was",
    /// "had", "also", not "will" or "would") and, later in the clause and past
    /// the verb's object, "in" a named place or country: the speaker was there, a held visit
    /// [event-presence]. Not "in" right after the verb ("we invested in China" tells of no
    /// place), not past a comma or another clause mark, and not a place in the speaker's own
    /// country.
    static func ownPresences(_ doc: Document, _ speakers: FirstPersonSpeakers, _ events: inout [Event]) {
        let w = Words.shared, own = OwnPresenceWords.shared
        let t = doc.tokens
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            for k in own.firstPerson.positions(in: t, r) where k + 2 < r.upperBound {
                // "After I was elected as National Chair in Denver": past auxiliaries
                // and adverbs, none of a plan.
                var v = k + 1
                while v + 1 < r.upperBound && v - k <= 3 && own.auxiliaries.contains(t[v])
                    && !Lexicon.shared.classes(of: t[v]).contains(.plannedWord) { v += 1 }
                guard v < r.upperBound, t[v].kind == .word, !t[v].isCapitalized, w.pastForms.contains(t[v]) || t[v].endsInEd(longerThan: 3),
                    let person = speakers.speaker(doc, at: k), isPerson(doc, person)
                else { continue }
                var j = v + 2
                var found: (at: Int, place: Int)?
                while j + 1 < r.upperBound && j <= v + ownPresenceReach {
                    if t[j].word == w.comma || w.clauseMarks.contains(t[j]) || t[j].kind == .quote { break }
                    if t[j].word == w.in {
                        var p = j + 1
                        if p + 1 < r.upperBound, own.placeModifiers.contains(t[p]) { p += 1 }
                        if let m = doc.mention(at: p), m.kind == .name, m.entity >= 0,
                            ["place", "country"].contains(doc.entities[m.entity].type)
                        {
                            found = (j, m.entity)
                            break
                        }
                    }
                    j += 1
                }
                guard let (at, place) = found else { continue }
                if atHome(doc, person, place) { continue }
                var e = Event(kind: "visit", family: "visit", status: "held", sentence: s, tokens: at..<at + 1)
                e.participants = [person]
                e.participantSentences = [s]
                e.destination = place
                if let d = eventDate(doc, v, r, segment(doc, r)) { e.date = d; e.dateSentence = s }
                merge(&events, e, definite: false, caption: false, s)
            }
        }
    }
}
