import NewsFacts

extension EventExtractor {
    /// Sentences back that "the ceremony" may stand for the last gathering named before it.
    static let gatheringLookBack = 6

    /// The words `attendances` acts on: a venue's verb, an attendance word before a guest list,
    /// a speaking word and a gathering noun (the scan passes every other word by).
    static let attendanceTriggers = WordSet(anyOf: [
        .eventTakingPlace, .eventHeldPassives, .eventAttendanceWords, .eventSpeakingWords, .eventGatheringNouns,
    ])
    /// Most tokens between an attendance word and its gathering ("speaking to reporters at a
    /// news conference": five).
    static let maxAttendanceReach = 6
    /// Most tokens a list of guests is read over ("like A, B, and C").
    static let maxGuestListTokens = 40
    /// Most tokens after an attendance word read for "by video", "via" (`remote`).
    static let maxRemoteReach = 16
    /// Most tokens between a person and the attendance word ("X was a special guest at": three).
    static let maxAttendeeGap = 4

    /// "Foreign Minister Aiko Sato, speaking at a news conference in Tokyo, said …", "X attended
    /// a summit in Brussels on Monday", "X was a guest at the gala held at the Grand Hotel in
    /// Oslo", "At the ceremony, Governor Y announced …" (the ceremony an earlier sentence held
    /// "at a ceremony at the Kennedy Space Center"): a person at a gathering (`event.gatheringNouns`)
    /// held at a named place (`venue`) was there, a visit [event-presence]; "X, speaking in
    /// Tokyo, said": a speaking word (`event.speakingWords`) right before "in" a place; and
    /// "Fan Week took place at the Harbour Hall … joined by guests like A, B and C" (`heldAt`,
    /// `event.guestListCues`): the people listed were at the venue last named.
    /// A gathering named with "the" and no venue of its own is the last one named in the
    /// `gatheringLookBack` sentences before, with that one's venue and date. The attendee is the
    /// person before the attendance word (past its auxiliaries, or set off by a comma) or, for a
    /// phrase opening the sentence ("At the summit, …", "Speaking in Tokyo, …"), the main
    /// clause's subject. The status
    /// is the attendance word's ("will speak at" is planned, "did not attend" denied); the date
    /// is its clause's, else the gathering's. Not a place in the person's own country (`atHome`).
    static func attendances(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared, v = VenueWords.shared
        let t = doc.tokens
        // The last gathering named: its sentence, venue (or -1) and date.
        var last: (sentence: Int, venue: Int, date: DateValue?, dateSentence: Int)?
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            // Every word below is one of `attendanceTriggers` (a token that is none is passed by).
            for k in attendanceTriggers.positions(in: t, r) {
                guard t[k].kind == .word, !t[k].isCapitalized || k == r.lowerBound || t[k - 1].kind == .dash else { continue }
                // "Fan Week took place at the Harbour Hall", "the summit was held in Lima": a
                // gathering named before has its venue. (`heldAt` is asked only at its own verbs:
                // called at every word, its setting up cost a run more than all its tests.)
                if v.took.contains(t[k]) || v.heldPassives.contains(t[k]), let place = heldAt(doc, k, r) {
                    last = (s, place, eventDate(doc, k, r, segment(doc, r)), s)
                    continue
                }
                // "joined by celebrity guests like A, B and C": those named attended the last gathering.
                if w.attendanceWords.contains(t[k]), k + 2 < r.upperBound, v.guestListCues.contains(t[k + 1]),
                   let g = last, g.venue >= 0, s - g.sentence <= gatheringLookBack {
                    for person in guestList(doc, from: k + 2, r) {
                        addAttendance(doc, &events, person: person, place: g.venue, word: k, r, s, fallback: g.date.map { ($0, g.dateSentence) })
                    }
                    continue
                }
                if v.speakingWords.contains(t[k]), k + 1 < r.upperBound, t[k + 1].word == w.in {
                    // "X, speaking in Tokyo, said": only a place right after "in".
                    let at = k + 2 < r.upperBound && t[k + 2].word == w.the ? k + 3 : k + 2
                    let opening = k == r.lowerBound || t[k - 1].kind == .dash
                    if let m = doc.mention(at: at), m.kind == .name, m.entity >= 0, ["place", "country"].contains(doc.entities[m.entity].type),
                       let person = opening ? mainSubject(doc, after: k, r)?.0 : attendee(doc, word: k, r) {
                        // Anyone speaks where they live: only someone known to be from abroad visits.
                        addAttendance(doc, &events, person: person, place: m.entity, word: k, r, s, fallback: nil, needsAway: true)
                    }
                    continue
                }
                guard w.gatheringNouns.contains(t[k]) else { continue }
                let definite = k > r.lowerBound && w.demonstratives.contains(t[k - 1])
                var place = venue(doc, from: k + 1, r)
                var date = eventDate(doc, k, r, segment(doc, r))
                var dateSentence = s
                if place < 0, definite, let g = last, s - g.sentence <= gatheringLookBack {
                    place = g.venue
                    if date == nil { date = g.date; dateSentence = g.dateSentence }
                }
                last = (s, place, date, dateSentence)
                guard place >= 0 else { continue }
                let found = openingAttendee(doc, gathering: k, r) ?? attendingBefore(doc, gathering: k, r)
                guard let (person, word) = found else { continue }
                // "a news conference", "a briefing": held at home as often as not.
                let home = v.homeGatherings.contains(t[k]) || k > r.lowerBound && v.pressWords.contains(t[k - 1])
                addAttendance(doc, &events, person: person, place: place, word: word, r, s,
                              fallback: date.map { ($0, dateSentence) }, needsAway: home)
            }
        }
    }

    /// "took place at X", "was held in X", "is being staged at X" (`event.heldPassives` after a
    /// form of "be"): the venue (`venue`) where a gathering named before took place, or nil.
    static func heldAt(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Int? {
        let w = Words.shared, v = VenueWords.shared
        let t = doc.tokens
        var from = -1
        if k + 1 < r.upperBound, v.took.contains(t[k]), t[k + 1].lower == "place" { from = k + 2 }
        if k > r.lowerBound, v.heldPassives.contains(t[k]), w.copula.contains(t[k - 1]) || w.beforeParticiple.contains(t[k - 1]) {
            from = k + 1
        }
        guard from >= 0, from < r.upperBound, heldGathering(doc, k, r), status(doc, k, r) == "held" else { return nil }
        let place = venue(doc, from: from, r)
        return place >= 0 ? place : nil
    }

    /// Whether what "held" or "took" at `k` tells of is a gathering: a gathering noun
    /// (`event.gatheringNouns`; also inside a name: "Fan Expo Canada") right before the verb and its
    /// auxiliaries, or before "which"/"that" and a comma there ("the summit, which was held
    /// in Lima"). "Elections will be held in …", "the hostages were held in Gaza" hold no gathering.
    static func heldGathering(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        while j >= r.lowerBound && k - j <= 4 && (w.copula.contains(t[j]) || w.beforeParticiple.contains(t[j])) { j -= 1 }
        if j >= r.lowerBound && (t[j].word == w.who || t[j].word == w.that || t[j].lower == "which") { j -= 1 }
        if j >= r.lowerBound && t[j].word == w.comma { j -= 1 }
        guard j >= r.lowerBound else { return false }
        if w.gatheringNouns.contains(t[j]) { return true }
        // "The 9th Comic Fair Norway took place at …": a run of capitalised words (at most
        // `maxGatheringNameWords`) with a gathering noun in it.
        var a = j
        while a >= r.lowerBound && j - a < maxGatheringNameWords && t[a].kind == .word && t[a].isCapitalized {
            if w.gatheringNouns.contains(t[a]) { return true }
            a -= 1
        }
        return false
    }

    /// Most capitalised words of a gathering's name read for its gathering noun ("Fan Expo Canada").
    static let maxGatheringNameWords = 5

    /// "A, B, and C": the people named from `a` on, separated by commas and "and", up to the
    /// first word of another kind.
    static func guestList(_ doc: Document, from a: Int, _ r: Range<Int>) -> [Int] {
        let w = Words.shared
        let t = doc.tokens
        var out: [Int] = []
        var j = a
        // Bounded by tokens as well as by people: a run of commas ends it too.
        let end = min(r.upperBound, a + maxGuestListTokens)
        while j < end && out.count < ExtractionLimits.maxEventParticipants {
            if t[j].word == w.comma || t[j].word == w.and { j += 1; continue }
            guard let m = doc.mention(at: j), m.kind == .name, isPerson(doc, m.entity) else { break }
            if !out.contains(m.entity) { out.append(m.entity) }
            j = m.tokens.upperBound
        }
        return out
    }

    /// Whether `place` is `person`'s own country or lies in it ("Peruvian Minister X speaks at a
    /// news conference in Lima" is no visit), as far as the text and the lexicons tell
    /// (`PlaceCountries`: "in Cuenca, Ecuador" puts Cuenca in Ecuador).
    static func atHome(_ doc: Document, _ person: Int, _ place: Int) -> Bool {
        guard let home = doc.entities[person].country else { return false }
        // A capital stands for its country ("Lima": Peru) as well as a listed place does.
        return PlaceCountries.country(doc, place) == home
    }

    /// Whether `person` is known to be from a country other than the one `place` lies in
    /// ("Peruvian Minister X, speaking in Oslo"): both countries known, and different.
    static func away(_ doc: Document, _ person: Int, _ place: Int) -> Bool {
        guard let home = doc.entities[person].country, let there = PlaceCountries.country(doc, place) else { return false }
        return home != there
    }

    /// Whether the clause from `word` on tells of taking part from elsewhere: "by video (link)",
    /// "by phone" (`event.remoteMedia` after "by"), "via", "virtually", "remotely"
    /// (`event.remoteWords`), within `maxRemoteReach` tokens and before a semicolon.
    static func remote(_ doc: Document, from word: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared, v = VenueWords.shared
        let t = doc.tokens
        var j = word + 1
        while j < min(r.upperBound, word + maxRemoteReach) && t[j].word != w.semicolon {
            if v.remoteWords.contains(t[j]) { return true }
            if t[j].word == w.by, j + 1 < r.upperBound, v.remoteMedia.contains(t[j + 1]) { return true }
            j += 1
        }
        return false
    }

    /// Adds the visit of `person` to `place` that the attendance word at `word` tells of, unless
    /// the place is the person's home (`atHome`), the person took part from elsewhere (`remote`)
    /// or, with `needsAway` (speaking in a place, a news conference, a briefing), the person is
    /// not known to be from abroad (`away`).
    static func addAttendance(_ doc: Document, _ events: inout [Event], person: Int, place: Int, word: Int, _ r: Range<Int>,
                              _ s: Int, fallback: (DateValue, Int)?, needsAway: Bool = false) {
        guard !atHome(doc, person, place), !remote(doc, from: word, r) else { return }
        if needsAway && !away(doc, person, place) { return }
        // "At a meeting at State House, President X welcomed …": a house the text gives no
        // country for may be the host's own seat (`HouseSites.swift`).
        if HouseSites.isUnplacedHouse(doc, place) { return }
        var e = Event(kind: "visit", family: "visit", status: status(doc, word, r), sentence: s, tokens: word..<word + 1)
        e.participants = [person]
        e.participantSentences = [s]
        e.destination = place
        if let d = eventDate(doc, word, r, segment(doc, r)) {
            e.date = d; e.dateSentence = s
        } else if let (d, ds) = fallback {
            e.date = d; e.dateSentence = ds
        }
        merge(&events, e, definite: false, caption: false, s)
    }

    /// "At the ceremony, NASA Administrator X announced …", "During the summit, X said …": for a
    /// gathering in a phrase opening the sentence (`event.attendanceOpeners`, then only
    /// lower-case words), the person the main clause opens with, past titles, people's adjectives
    /// and the names of bodies ("NASA Administrator"), and the token after that person's name
    /// (whose status the visit takes).
    static func openingAttendee(_ doc: Document, gathering k: Int, _ r: Range<Int>) -> (Int, Int)? {
        let w = Words.shared, v = VenueWords.shared
        let t = doc.tokens
        var j = k - 1
        while j > r.lowerBound && k - j <= 4 && t[j].kind == .word && !t[j].isCapitalized && !doc.hasMention(at: j) { j -= 1 }
        guard j == r.lowerBound || t[j - 1].kind == .dash, v.openers.contains(t[j]) else { return nil }
        return mainSubject(doc, after: k, r)
    }

    /// The person the main clause opens with after the first comma past `k` (past titles,
    /// people's adjectives and the names of bodies), and the token after that person's name.
    static func mainSubject(_ doc: Document, after k: Int, _ r: Range<Int>) -> (Int, Int)? {
        let w = Words.shared
        let t = doc.tokens
        guard let comma = (k + 1..<min(r.upperBound, k + maxVenueWords)).first(where: { t[$0].word == w.comma || t[$0].word == w.semicolon }),
              t[comma].word == w.comma else { return nil }
        var a = comma + 1
        while a < r.upperBound && a <= comma + 8, let m = doc.mention(at: a) {
            if m.kind == .name && isPerson(doc, m.entity) {
                return m.tokens.upperBound < r.upperBound ? (m.entity, m.tokens.upperBound) : nil
            }
            guard m.kind == .title || m.kind == .demonym || m.kind == .name && doc.entities[max(m.entity, 0)].type == "organization"
            else { return nil }
            a = max(a + 1, m.tokens.upperBound)
        }
        return nil
    }

    /// "X, speaking to reporters at a news conference", "X attended the summit", "X was a VIP
    /// guest at the fair": an attendance word that takes the gathering directly (an article,
    /// `event.gatheringArticles`, right after it: "attended the summit", "addressed a rally") or
    /// through "at" ("speaking at", "a guest at", "present at", "speaking to reporters at"), at
    /// most `maxAttendanceReach` tokens before it with only lower-case words between, and its
    /// attendee (`attendee`). Any other word between ("spoke about the conference", "ahead of the
    /// summit") and it is no attendance.
    static func attendingBefore(_ doc: Document, gathering k: Int, _ r: Range<Int>) -> (Int, Int)? {
        let w = Words.shared, v = VenueWords.shared
        let t = doc.tokens
        var a = k - 1
        var word = -1
        while a >= r.lowerBound && k - a <= maxAttendanceReach {
            let opens = a == r.lowerBound || t[a - 1].kind == .dash
            guard t[a].kind == .word, !t[a].isCapitalized || opens, !doc.hasMention(at: a) else { return nil }
            if t[a].word == w.at {
                // "speaking at", "speaking to reporters at", "speaking to the media at".
                for gap in [1, 3, 4] where a - gap >= r.lowerBound && w.attendanceWords.contains(t[a - gap]) {
                    if gap == 1 || t[a - gap + 1].word == w.to { word = a - gap; break }
                }
                break
            }
            if w.attendanceWords.contains(t[a]) {
                // One noun phrase: a second article starts another ("addressed the crowd about the rally").
                if a + 1 < k, v.gatheringArticles.contains(t[a + 1]), !(a + 2..<k).contains(where: { v.gatheringArticles.contains(t[$0]) }) {
                    word = a
                }
                break
            }
            a -= 1
        }
        guard word >= 0 else { return nil }
        // "Speaking at a news conference in Tokyo, Prime Minister X said …".
        if word == r.lowerBound || t[word - 1].kind == .dash { return mainSubject(doc, after: k, r) }
        guard let p = attendee(doc, word: word, r) else { return nil }
        return (p, word)
    }

    /// The person an attendance word at `a` tells of: a person named (or a pronoun standing for
    /// one) before it, with at most `maxAttendeeGap` words between ("was a special guest", "did not
    /// attend") and no comma, or set off by commas from a participle ("X, speaking at …", "X,
    /// 61, speaking at …"); "X, who attended …" too. Nil when another name comes first.
    static func attendee(_ doc: Document, word a: Int, _ r: Range<Int>) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        var j = a - 1
        if j >= r.lowerBound, t[j].word == w.who { j -= 1 }
        if j >= r.lowerBound, t[j].word == w.comma {
            // "X, a former envoy, speaking at …": past an apposition, unless a name ends right there.
            let named = j > r.lowerBound && doc.mention(at: j - 1).map { $0.tokens.upperBound == j } == true
            j = (named ? j : appositionOpening(doc, closingComma: j, r) ?? j) - 1
        } else {
            while j >= r.lowerBound && a - j <= maxAttendeeGap && !doc.hasMention(at: j)
                && t[j].kind == .word && t[j].word != w.and { j -= 1 }
        }
        guard j >= r.lowerBound, let m = doc.mention(at: j), m.kind == .name || m.kind == .pronoun,
              m.tokens.upperBound == j + 1, isPerson(doc, m.entity) else { return nil }
        // "her" before a noun is a possessive, not the subject ("her guests at …").
        if m.kind == .pronoun && w.possessives.contains(t[j]) { return nil }
        return m.entity
    }
}
