import NewsFacts

extension EventExtractor {
    /// The words `venue` and the rules using it read (`event.*` in `Lexicons/wordlists.tsv`).
    final class VenueWords: Sendable {
        static let shared = VenueWords()
        /// "held", "located": participles leading from a gathering or a building to where it is.
        let links = WordSet(.eventVenueLinks)
        /// "suburb", "town": "the Melbourne suburb of Preston" names Preston.
        let placeKinds = WordSet(.eventPlaceKindNouns)
        /// "at", "during": a phrase opening the sentence at a gathering.
        let openers = WordSet(.eventAttendanceOpeners)
        /// "interviewed", "caught" and the particles after them ("caught up with").
        let interviewVerbs = WordSet(.eventInterviewVerbs)
        let interviewParticles = WordSet(.eventInterviewParticles)
        /// "speaking", "spoke": before "in" a place, the speaker is there.
        let speakingWords = WordSet(.eventSpeakingWords)
        /// "like", "including": before a list of guests.
        let guestListCues = WordSet(.eventGuestListCues)
        /// "held", "staged": after "be", where a gathering took place.
        let heldPassives = WordSet(.eventHeldPassives)
        /// "took", "takes", "taking": before "place".
        let took = WordSet(.eventTakingPlace)
        /// "the", "a": after an attendance word that takes the gathering directly ("attended the summit").
        let gatheringArticles = WordSet(.eventGatheringArticles)
        /// "video", "phone" after "by"; "via", "virtually": taking part from elsewhere.
        let remoteMedia = WordSet(.eventRemoteMedia)
        let remoteWords = WordSet(.eventRemoteWords)
        /// "news", "press" before "conference"; "briefing": gatherings officials hold at home.
        let pressWords = WordSet(.eventPressWords)
        let homeGatherings = WordSet(.eventHomeGatherings)

        private init() {}
    }

    /// Most tokens from where `venue` starts to the place it finds.
    static let maxVenueWords = 14
    /// Most lower-case words of the noun phrase after "in" or "at" before a name ("in a bakery",
    /// "in the leafy").
    static let maxVenuePhraseWords = 3

    /// Where something said to be "in" or "at" somewhere is, read from `start` on in its clause:
    /// "in Tokyo", "at the Kennedy Space Center", "held at Quarnsoft's headquarters located in
    /// Mountain View" (past buildings and organizations, along `event.venueLinks`), "in a bakery in
    /// the leafy Melbourne suburb of Preston" (Preston: `event.placeKindNouns` and "of"). The
    /// place or country entity, or -1 when the clause ends, a person is named, or any other word
    /// comes first ("a rally against the war in Iraq" is no rally in Iraq).
    static func venue(_ doc: Document, from start: Int, _ r: Range<Int>) -> Int {
        let w = Words.shared, v = VenueWords.shared
        let known = KnownWords.shared
        let t = doc.tokens
        let end = min(r.upperBound, start + maxVenueWords)
        var j = start
        while j < end {
            if doc.inTime[j] { j += 1; continue }
            if v.links.contains(t[j]) { j += 1; continue }
            guard t[j].word == w.in || t[j].word == w.at else { return -1 }
            var p = j + 1
            if p < end, t[p].word == w.the || t[p].word == w.a || t[p].word == known.an { p += 1 }
            let phrase = p
            while p < end && p - phrase < maxVenuePhraseWords && t[p].kind == .word && !t[p].isCapitalized && !doc.hasMention(at: p)
                && t[p].word != w.in && t[p].word != w.at && !v.links.contains(t[p]) { p += 1 }
            guard p < end else { return -1 }
            guard let m = doc.mention(at: p), m.kind == .name, m.entity >= 0 else {
                // "in a bakery in …", "at the dinner held at …": the phrase names no place; on.
                if p == phrase { return -1 }
                j = p; continue
            }
            let type = doc.entities[m.entity].type
            if type == "place" || type == "country" {
                // "the Melbourne suburb of Preston": the place inside.
                let after = m.tokens.upperBound
                if after + 2 < r.upperBound, v.placeKinds.contains(t[after]), t[after + 1].word == known.of,
                   let inner = doc.mention(at: after + 2), inner.kind == .name, inner.entity >= 0,
                   ["place", "country"].contains(doc.entities[inner.entity].type) { return inner.entity }
                return m.entity
            }
            if type == "person" { return -1 }
            // "Quarnsoft's headquarters located in …": past a building's owner and its noun.
            var a = m.tokens.upperBound
            if a < end, t[a].kind == .possessive { a += 1 }
            let noun = a
            while a < end && a - noun < 2 && t[a].kind == .word && !t[a].isCapitalized && !v.links.contains(t[a])
                && t[a].word != w.in && t[a].word != w.at { a += 1 }
            j = a
        }
        return -1
    }
}
