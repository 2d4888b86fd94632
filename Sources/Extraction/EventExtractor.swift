import NewsFacts

/// Events as entities of type `event` named `KIND#N@ARTICLE` with `kind`, `participant`,
/// `date`, `place`/`destination`, `medium`, `duration` and `status` facts.
///
/// Triggers are nouns ("talks", "meeting", "summit", "visit", "trip", "confirmation",
/// "inauguration") and verbs ("met", "visit", "inaugurated", "expire"). Participants are the
/// people named in the trigger's sentence, except those inside a "since …" clause or after
/// "by"; "they" and "them" bring in the people of the sentence and the one before. A date is
/// taken from the trigger's own clause, else from the main clause, never from "said Wednesday".
/// Mentions of the same talks in several sentences become one event (same kind family,
/// overlapping participants, compatible dates and status); a caption only adds to events.
enum EventExtractor {
    struct Event {
        var kind: String
        var family: String
        var participants: [Int] = []
        var participantSentences: [Int] = []
        var date: DateValue?
        var dateSentence = 0
        var dateInferred = false
        /// The date was taken from the sentence before (`leadDate`), whose own occurrence keeps it too.
        var dateFromLead = false
        var place = -1
        var placeSentence = 0
        var destination = -1
        /// The country a city destination lies in (`VisitCountries.swift`), or -1.
        var country = -1
        var medium: String?
        var duration: String?
        var status: String
        var sentence: Int
        var tokens: Range<Int>
        /// The person receiving the others at home ("Carter hosted Dumont": Carter), or -1: no
        /// visitor where the meeting is held.
        var host = -1
    }

    /// Trigger words (`eventtriggers.tsv`) → the kind of event and its family.
    static let nounTriggers = triggers("noun")
    static let verbTriggers = triggers("verb")
    /// The verb a date goes with → the kind of the dated event ("resigned" → resignation).
    static let datedKinds = triggers("dated")

    private static func triggers(_ pos: String) -> [String: (kind: String, family: String)] {
        var out: [String: (kind: String, family: String)] = [:]
        for row in LexiconData.eventtriggers where row.pos == pos { out[row.word] = (row.kind, row.family) }
        return out
    }

    /// The words the rules below test tokens against, by id (see `WordSet`), looked up once.
    final class Words: Sendable {
        static let shared = Words()
        private let classes = Lexicon.shared.classes
        let the, to, `in`, on, at, by, with, and, `as`, since, call, two, next, later, that, comma, semicolon, colon, period: Int32
        /// Before a trigger, these make it a noun: "a visit", "his visit", "the upcoming visit".
        let nounContext = WordSet(.eventNounContext)
        let callMedia = WordSet(.eventCallMedia)
        let jointNounContext = WordSet(.eventJointNounContext)
        let pressOrThe = WordSet(.eventPressOrThe)
        let press = WordSet(.eventPress)
        let expiring = WordSet(.eventExpiring)
        /// What expires as an event worth keeping.
        let expiringThings = WordSet(.eventExpiringThings)
        let phone = WordSet(.eventPhone)
        let video = WordSet(.eventVideo)
        let mediumAfter = WordSet(.eventMediumAfter)
        let byOverVia = WordSet(.eventByOverVia)
        let demonstratives = WordSet(.eventDemonstratives)
        let toOrIn = WordSet(.eventToOrIn)
        /// "visited", "toured": a visit verb whose object may be an unnamed site in a named place.
        let siteVerbs = WordSet(.eventSiteVerbs)
        /// "went", "came", "returned": a visit only with "to" and a named place after them.
        let motionVerbs = WordSet(.eventMotionVerbs)
        /// "After I was inducted in July, …": a clause opening with these bounds the date of
        /// what follows rather than giving it.
        let sinceWords = WordSet(.eventSinceWords)
        /// "went back to", "ventured over to": words between a motion verb and its "to".
        let motionParticles = WordSet(.eventMotionParticles)
        /// "has not visited", "never met": before a trigger, the event did not happen (`denied`).
        let negation = WordSet(.eventNegation)
        /// "cancelled her visit", "refused to meet": before a trigger, the event will not take place (`denied`).
        let cancelled = WordSet(.eventCancelled)
        /// "called", "calls": before "off", cancelling ("called off his trip").
        let callingOff = WordSet(.eventCallingOff)
        /// "postponed the trip", "delayed his visit": before a trigger, the event is still to come (`planned`).
        let postponed = WordSet(.eventPostponed)
        /// "hosted", "welcomed", "told him": the main clause's subject is the visitor's host.
        let hostVerbs = WordSet(.eventHostVerbs)
        let visitorObjects = WordSet(.eventVisitorObjects)
        /// "came", "went", "met": past forms a trigger verb has besides "-ed".
        let pastForms = WordSet(.eventPastForms)
        /// "have", "been": before a trigger's past form, they make it a participle.
        let beforeParticiple = WordSet(.eventBeforeParticiple)
        /// "has", "had", "never": a visit told in the perfect, of no one day (`VisitsDatedByMeetings`).
        let perfectAuxiliaries = WordSet(.eventPerfectAuxiliaries)
        /// "Marek is in Porto Vecchio": a person's presence in a place.
        let copula = WordSet(.eventCopula)
        let stayParticiples = WordSet(.eventStayParticiples)
        /// Words before a trigger that make it held (after `plannedWords` had their say).
        let heldWords = WordSet(.eventHeldWords)
        /// Clause boundaries (with spaced dashes) for `computeSegments`.
        let clauseMarks = WordSet(.eventClauseMarks)
        /// Verbs a dated occurrence is named after, besides "-ed" forms; only words of more than
        /// three letters count, as in `occurrences`.
        let occurrenceVerbs = WordSet(.eventOccurrenceVerbs)
        let durationUnits = WordSet(.eventDurationUnits)
        let durationLead = WordSet(.eventDurationLead)
        let contactVerbs = WordSet(.eventContactVerbs)
        /// "discussed", "conferred": talks only with a person after "with" (`DiscussedWith`).
        let discussVerbs = WordSet(.eventDiscussVerbs)
        let jointOnlyBefore = WordSet(.eventJointOnlyBefore)
        let joint, a: Int32
        /// "is on a four-day visit", "are currently on a tour": under way.
        let presentBe = WordSet(.eventPresentBe)
        let called, who, then, be, will, would, `for`: Int32
        let possessives = WordSet(.eventPossessives)
        /// "returned from X": a visit to X that is over.
        let returnVerbs = WordSet(.eventReturnVerbs)
        let from = KnownWords.shared.from
        /// "arrived in", "landed in": a visit only with "in" and a place after them.
        let arrivalVerbs = WordSet(.eventArrivalVerbs)
        let arrivalNouns = WordSet(.eventArrivalNouns)
        let arrivalPrepositions = WordSet(.eventArrivalPrepositions)
        let occasionMargins = WordSet(.eventOccasionMargins)
        /// "deported", "expelled": made to leave a place (before "from"), so there before.
        let leftFrom = WordSet(.eventLeftFrom)
        /// "flew back from X", "travelled back from X": back from a visit to X that is over.
        let backFrom = WordSet(.eventBackFrom)
        /// "spent", "spend": time spent in a place (`TimeSpentVisits.swift`).
        let spentVerbs = WordSet(.eventSpentVerbs)
        /// "week", "weekend", "month": stretches of time a visit lasts, besides `durationUnits`.
        let spentUnits = WordSet(.eventSpentUnits)
        /// "said", "took", "held": past forms that neither end in "-ed" nor are a trigger's (`pastVerb`).
        let pastVerbForms = WordSet(.eventPastVerbForms)
        /// "after", "before", "while": before a trigger's "-ing" form, a phrase whose subject
        /// follows its comma (`ParticipleClauseVisits.swift`).
        let participleOpeners = WordSet(.eventParticipleOpeners)
        /// "landed": a trip only of the person right before the verb (`subjectRightBefore`).
        let subjectOnlyVerbs = WordSet(.eventSubjectOnlyVerbs)
        /// "Kampala officials", "Rome residents": after a place these make it a modifier, not a stop.
        let groupNouns = WordSet(.eventGroupNouns)
        /// "Image: NASA.": a picture credit, after its caption.
        let creditWords = WordSet(.eventCreditWords)
        /// "sat down with X": joint acts only before "down with".
        let jointDownWith = WordSet(.eventJointDownWith)
        /// "sent", "taken", "moved": verbs that move someone; a visit only with "to" and a named place.
        let transferVerbs = WordSet(.eventTransferVerbs)
        /// "accompanied", "accompany": going with someone, who goes too (`AccompanyingVisits.swift`).
        let escortVerbs = WordSet(.eventEscortVerbs)
        /// "During", "On", "In", "After" opening a phrase whose visit is the main clause subject's
        /// (`OpeningPhraseVisits.swift`).
        let openingPrepositions = WordSet(.eventOpeningPrepositions)
        /// Words after "her" that make it an object, not a possessive: "taking her on a tour".
        let afterObject = WordSet(.eventAfterObject)
        /// After "called X": a characterization follows ("called X a liar", "called X "…""), not a call.
        let notACall = WordSet(.eventNotACall)
        /// "the first leader to visit": an ordinal before a trigger's "to".
        let ordinalBefore = WordSet(.eventOrdinalBefore)
        /// "ceremony", "summit", "news conference": a gathering people attend (`GatheringAttendance.swift`).
        let gatheringNouns = WordSet(.eventGatheringNouns)
        /// "ahead of", "prior to", "before": a gathering after them puts no one there (`AheadOfGatherings.swift`).
        let aheadOf = WordSet(.eventAheadOf)
        let beforeGathering = WordSet(.eventBeforeGathering)
        /// "speaking at", "attended", "was a guest at": being at a gathering (`GatheringAttendance.swift`).
        let attendanceWords = WordSet(.eventAttendanceWords)

        private init() {
            let id: (KnownWord) -> Int32 = Lexicon.shared.id
            (the, to, `in`, on, at, by, with, and) = (id(.the), id(.to), id(.in), id(.on), id(.at), id(.by), id(.with), id(.and))
            (`as`, since, call, two, next, later, that) = (id(.as), id(.since), id(.call), id(.two), id(.next), id(.later), id(.that))
            (comma, semicolon, colon, period) = (id(.comma), id(.semicolon), id(.colon), id(.period))
            (called, who, then, be, will, would, `for`) = (id(.called), id(.who), id(.then), id(.be), id(.will), id(.would), id(.for))
            (joint, a) = (id(.joint), id(.a))
        }

        @inline(__always) func classes(of t: Token) -> WordClass { t.word >= 0 ? classes[Int(t.word)] : [] }
    }

    static let durationUnits = Lexicon.shared.words(in: .eventDurationUnits)

    static func extract(_ doc: Document) {
        let w = Words.shared
        var events: [Event] = []
        let t = doc.tokens
        let speakers = FirstPersonSpeakers(doc)
        let triggerClasses: WordClass = [.eventVerb, .eventNoun, .jointVerb]
        let lexiconClasses = Lexicon.shared.classes
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            // Most words trigger nothing: the scan passes by every word of none of the trigger classes.
            for k in triggerClasses.positions(in: t, r, classes: lexiconClasses) {
                guard t[k].kind == .word, !t[k].isCapitalized || k == r.lowerBound else { continue }
                let classes = w.classes(of: t[k])
                let lower = t[k].lower
                var trigger: (kind: String, family: String)?
                var isVerb = false
                // "Otieno's Qatar visit": a place after a possessive or an article makes a noun [PlaceBeforeVisitNouns].
                let placeBefore = classes.contains(.eventNoun) && nounTriggers[lower]?.family == "visit"
                    ? PlaceBeforeVisitNouns.find(doc, k, r) : nil
                // "visit" after "to"/"will"/a subject is a verb; after "a"/"the"/"'s" a noun.
                if classes.contains(.eventVerb), placeBefore == nil, let v = verbTriggers[lower] {
                    let nounContext = (k > r.lowerBound && w.nounContext.contains(t[k - 1])) || t[max(k - 1, 0)].kind == .possessive
                    if !(classes.contains(.eventNoun) && nounContext) { trigger = v; isVerb = true }
                }
                if trigger == nil, classes.contains(.eventNoun), let n = nounTriggers[lower] {
                    if t[k].word == w.call && !(k > r.lowerBound && w.callMedia.contains(t[k - 1])) { continue }
                    trigger = n
                }
                // Acts two people do together ("X and Y signed the deal", "X shakes hands with Y"):
                // a meeting when at least two people are its subject or joined by "with".
                var joint = false
                if trigger == nil, classes.contains(.jointVerb), !(k > r.lowerBound && w.jointNounContext.contains(t[k - 1])),
                   !w.jointOnlyBefore.contains(t[k]) || (k + 2 < r.upperBound && t[k + 1].word == w.a && t[k + 2].word == w.joint) {
                    trigger = ("meeting", "talks"); isVerb = true; joint = true
                }
                // "sat down with X": a meeting only with "down with" after it.
                if joint, w.jointDownWith.contains(t[k]),
                   !(k + 2 < r.upperBound && t[k + 1].lower == "down" && t[k + 2].word == w.with) { continue }
                guard var trig = trigger else { continue }
                // "meets the press", "met reporters" are not meetings.
                if isVerb && trig.kind == "meeting", k + 1 < r.upperBound, w.pressOrThe.contains(t[k + 1]),
                   t[k + 1].word != w.the || (k + 2 < r.upperBound && w.press.contains(t[k + 2])) { continue }
                if w.expiring.contains(t[k]) {
                    // Only agreements, treaties, deals and terms expire as events worth keeping.
                    if !(max(r.lowerBound, k - 6)..<k).contains(where: { w.expiringThings.contains(t[$0]) }) { continue }
                }
                // Kind modifiers: "phone talks", "telephone talks", "video call", "ministerial talks".
                var medium: String?
                var j = k - 1
                while j >= r.lowerBound && k - j <= 3 && t[j].kind == .word && !t[j].isCapitalized {
                    if w.phone.contains(t[j]) { medium = "phone" }
                    if w.video.contains(t[j]) { medium = "video" }
                    j -= 1
                }
                if let after = (k + 1..<min(k + 5, r.upperBound)).first(where: { w.mediumAfter.contains(t[$0]) }),
                   after > k + 1, w.byOverVia.contains(t[after - 1]) || t[after - 1].word == w.the {
                    medium = t[after].lower == "telephone" ? "phone" : (t[after].lower.hasPrefix("video") ? "video" : "phone")
                }
                // "Carter hosted Dumont": a host's verb is a meeting only between two people.
                var host = -1
                if isVerb && ReceivingVerbs.isReceivingVerb(t, k) {
                    guard let h = ReceivingVerbs.host(doc, k, r) else { continue }
                    host = h
                }
                if isVerb && w.contactVerbs.contains(t[k]) {
                    // "Vogel and Moreau spoke by phone": two people its subject, a medium after it.
                    guard reachesPerson(doc, k, r) || medium != nil && jointParticipants(doc, k, r, segment(doc, r)).count >= 2
                    else { continue }
                    if t[k].word == w.called && medium == nil { medium = "phone" }
                }
                // "X discussed trade with Y": talks between the two [DiscussedWith].
                if isVerb && w.discussVerbs.contains(t[k]) && !discussesWith(doc, k, r) { continue }
                if medium == "phone" && trig.family == "talks" && trig.kind != "call" { trig.kind = "phone talks" }
                if medium == "phone" && trig.kind == "call" { trig.kind = "phone call" }
                if medium == "video" && trig.family == "talks" { trig.kind = "video \(trig.kind)" }
                var to = k + 1
                // "her aunt moved her to the Netherlands", "sent Kerry to Paris": the one moved goes.
                var moved: Int?
                if isVerb, w.transferVerbs.contains(t[k]), let m = doc.mention(at: k + 1), m.kind == .pronoun || m.kind == .name,
                   isPerson(doc, m.entity), m.tokens.upperBound < r.upperBound, t[m.tokens.upperBound].word == w.to {
                    moved = m.entity; to = m.tokens.upperBound
                }
                // "Lindahl accompanied King Gustav to Helsinki": Gustav goes, and so does Lindahl.
                let escort = isVerb && w.escortVerbs.contains(t[k])
                if escort {
                    guard let c = companion(doc, k, r) else { continue }
                    moved = c.person; to = c.to
                }
                let start = to
                while to < r.upperBound && to <= start + 1 && w.motionParticles.contains(t[to]) { to += 1 }
                let motion = w.motionVerbs.contains(t[k])
                let needsTo = lower.hasPrefix("travel") || lower.hasPrefix("fl") || lower.hasPrefix("head") || motion || escort
                let toFollows = to < r.upperBound && t[to].word == w.to
                // "after they returned from Iceland": they had been there.
                // "flew back from Brussels": so had they.
                let fromFollows = (w.returnVerbs.contains(t[k]) || to > start && w.backFrom.contains(t[to - 1]))
                    && to < r.upperBound && t[to].word == w.from
                if trig.family == "visit" && isVerb && needsTo && !toFollows && !fromFollows { continue }
                if w.arrivalVerbs.contains(t[k]) && !(k + 1 < r.upperBound && t[k + 1].word == w.in) { continue }
                // "Niinisto said missile debris landed in Estonia": things land more often than
                // people; a landing is a trip only of the person right before the verb.
                var lander: Int?
                if w.subjectOnlyVerbs.contains(t[k]) {
                    guard let p = subjectRightBefore(doc, k, r) else { continue }
                    lander = p
                }

                // Segments are computed for sentences with a trigger only.
                let segments = segment(doc, r)
                var listed: (stops: [Stop], firstDate: DateValue?) = ([], nil)
                var e = Event(kind: trig.kind, family: trig.family, status: status(doc, k, r), sentence: s, tokens: k..<k + 1)
                // "the trip will be to Rome": planned.
                if !isVerb, k + 1 < r.upperBound, t[k + 1].word == w.will || t[k + 1].word == w.would { e.status = "planned" }
                e.medium = medium
                e.host = host
                let seg = segments.id[k - r.lowerBound]
                // Participants.
                switch trig.family {
                case "visit":
                    if let moved { e.participants = [moved] }
                    else if let lander { e.participants = [lander] }
                    else if let pb = placeBefore, let p = PlaceBeforeVisitNouns.visitor(doc, opener: pb.opener) { e.participants = [p] }
                    else if isVerb, let p = participleSubject(doc, k, r) { e.participants = [p] }
                    else if isVerb, let p = speakers.subject(doc, before: k, in: r) { e.participants = [p] }
                    else if let p = visitor(doc, k, r, isVerb: isVerb) { e.participants = [p] }
                    if let d = destination(doc, start - 1, r, isVerb: isVerb) {
                        e.destination = d.destination
                        if d.place >= 0 { e.place = d.place; e.placeSentence = s }
                        if !span.isCaption { listed = stops(doc, from: d.end, r) }
                    }
                    if e.destination < 0, let pb = placeBefore, PlaceBeforeVisitNouns.isAbroad(doc, e.participants.first, pb.place) {
                        e.destination = pb.place
                    }
                    // "his visit to Kenya" found for a Kenyan host: the guest's, or none [GuestVisitors].
                    if !isVerb, e.participants.count == 1, e.destination >= 0, k > r.lowerBound, w.possessives.contains(t[k - 1]) {
                        switch GuestVisitors.decide(doc, found: e.participants[0], destination: e.destination, trigger: k) {
                        case .keep: break
                        case .guest(let g): e.participants = [g]
                        case .drop: continue
                        }
                    }
                    // "came to an agreement", "went to court": a motion verb is a visit only to a named place.
                    // "the band toured for a year": touring is a visit only to a named place too.
                    if (motion || escort || isVerb && lower.hasPrefix("tour")) && e.destination < 0 { continue }
                    // "Argentine President Ferro's rules for families travelling to Argentina": no one
                    // visits the country they serve; going back there ("returned to", "flew back
                    // to") is a journey home, kept.
                    // Verbs only: a noun's visitor may yet be the main clause's subject ("During his
                    // visit to Kenya, Minister X …", `OpeningPhraseVisits.swift`).
                    if isVerb, e.participants.count == 1, e.destination >= 0, doc.entities[e.destination].type == "country",
                       doc.entities[e.participants[0]].country == doc.entities[e.destination].name,
                       !w.returnVerbs.contains(t[k]), to == start { continue }
                case "talks" where joint:
                    e.participants = jointParticipants(doc, k, r, segments)
                    if e.participants.count < 2 { continue }
                    e.place = placeAfter(doc, k, r, segments)
                case "talks":
                    e.participants = talkParticipants(doc, r, segments, trigger: k)
                    // "X spoke before the summit in Brussels": X is not at the summit; only those
                    // named from the summit on may be (`aheadOfOthers`). A verb has its own
                    // subject ("before the ministers meet in Yaoundé"): its participants stay.
                    if !isVerb && aheadOfOthers(doc, gathering: k, r) { e.participants = e.participants.filter { named(doc, $0, s, from: k) } }
                    // "I met Isabel at school", "we had met …" in a quote or an interview answer: its speaker.
                    if isVerb, let p = speakers.subject(doc, before: k, in: r), !e.participants.contains(p),
                       e.participants.count < ExtractionLimits.maxEventParticipants {
                        e.participants.insert(p, at: 0)
                    }
                    e.place = placeAfter(doc, k, r, segments)
                case "inauguration", "confirmation":
                    if let p = nearestPerson(doc, before: k, in: r, segment: seg, segments: segments) ?? firstPerson(doc, after: k, in: r) { e.participants = [p] }
                default:
                    break
                }
                e.participantSentences = e.participants.map { _ in s }
                if let d = listed.firstDate ?? eventDate(doc, k, r, segments) { e.date = d; e.dateSentence = s }
                if e.date == nil, trig.family == "visit", e.status == "held", let d = sinceBound(doc, k, r, segments) {
                    e.date = d; e.dateSentence = s
                }
                // "Duarte, who is on a four-day visit to Japan": under way on the article's date.
                if e.date == nil, trig.family == "visit", let d = doc.article.date, underWay(doc, k, r) {
                    e.date = d; e.dateSentence = s; e.dateInferred = true
                }
                // "discussed plans for … with Y": the verb's past tells, not the topic's plan [DiscussedWith].
                if isVerb && w.discussVerbs.contains(t[k]) { discussionTense(doc, k, &e, today: doc.article.date) }
                e.duration = duration(doc, k, r)
                let definite = (k - 1 >= r.lowerBound && w.demonstratives.contains(t[max(r.lowerBound, j)])) || (j >= r.lowerBound && t[j].word == w.the)
                merge(&events, e, definite: definite, caption: span.isCaption && !joint, s, today: doc.article.date)
                // The one who went along went there too [AccompanyingVisits].
                if escort, let p = visitor(doc, k, r, isVerb: true), !e.participants.contains(p) {
                    var along = e
                    along.participants = [p]
                    merge(&events, along, definite: false, caption: false, s)
                }
                // "visited Lima and Santiago", "will travel to Tokyo … and then to Évian": more stops,
                // each on its own date, else the first one's unless it comes later.
                for stop in listed.stops {
                    var next = e
                    next.destination = stop.destination
                    next.place = stop.place
                    next.date = stop.date ?? (stop.later ? nil : e.date)
                    addStop(&events, next)
                }
            }
        }
        interviews(doc, &events)
        captionMeetings(doc, &events)
        // Held talks with no date happened on the article's day, as far as the text tells (the
        // day its dateline gives, when the paper printed it later: `Datelines.day`).
        if let d = Datelines.day(doc), d.precision == .day {
            for i in events.indices where events[i].date == nil && events[i].family == "talks" && events[i].status == "held" {
                if let d = arrivalDate(doc, events, i) {
                    events[i].date = d; events[i].dateSentence = events[i].sentence
                    continue
                }
                if let lead = leadDate(doc, events[i]) {
                    events[i].date = lead; events[i].dateSentence = events[i].sentence - 1; events[i].dateFromLead = true
                    continue
                }
                events[i].date = d; events[i].dateSentence = events[i].sentence; events[i].dateInferred = true
            }
        }
        stays(doc, &events)
        timeSpent(doc, &events)
        ownPresences(doc, speakers, &events)
        presences(doc, &events)
        datelinePresences(doc, &events)
        meetingPresences(doc, &events)
        attendances(doc, &events)
        interviewPlaces(doc, &events)
        inPlaceAppositions(doc, &events)
        occurrences(doc, &events)
        visitCountries(doc, &events)
        visitMeetingDates(doc, &events)
        emit(doc, events)
    }

    /// Undated held talks that detail the sentence before them ("Peru and Chile agreed on
    /// Thursday … . Carranza and Ibarra sealed the deal in a video call"): that sentence's day,
    /// when it names every participant's country and the day (a weekday, "yesterday") is past.
    static func leadDate(_ doc: Document, _ ev: Event) -> DateValue? {
        let prev = ev.sentence - 1
        guard prev >= 0, !doc.sentences[prev].isExcluded, !doc.sentences[prev].isCaption, ev.participants.count >= 2,
              let today = doc.article.date else { return nil }
        var countries: [String] = []
        for p in ev.participants {
            guard let c = doc.entities[p].country else { return nil }
            if !countries.contains(c) { countries.append(c) }
        }
        guard countries.count >= 2 else { return nil }
        var named: [String] = []
        let mentions = doc.mentions
        for m in doc.mentionRange(sentence: prev) where mentions[m].kind == .name && mentions[m].entity >= 0 {
            if doc.entities[mentions[m].entity].type == "country" { named.append(doc.entities[mentions[m].entity].name) }
        }
        guard countries.allSatisfy({ named.contains($0) }) else { return nil }
        let t = doc.tokens
        let start = doc.sentences[prev].tokens.lowerBound
        for i in doc.timesBySentence[prev] {
            let tm = doc.times[i]
            var before = tm.tokens.lowerBound - 1
            if before >= start && t[before].word == Words.shared.on { before -= 1 }
            if before >= start && SpeechExtractor.isSpeechVerb(t, before) { continue }
            // A weekday or "yesterday", as leads date things; not a dateline's written date.
            if tm.kind == .absolute { continue }
            if tm.date.precision == .day && tm.date.lastDay <= today.lastDay { return tm.date }
            return nil
        }
        return nil
    }

    /// A person who serves one country, named acting "in" a place of another (or of no
    /// known country), is visiting it: "Australian Defence Minister Callum Rourke … agreed
    /// Tuesday in Jakarta" [event-presence].
    static func presences(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        let mentions = doc.mentions
        // The country of each place asked about (finding it may tokenize the place's name).
        var countries: [Int: String?] = [:]
        func country(_ e: Int) -> String? {
            if let known = countries[e] { return known }
            let c = PlaceCountries.country(doc, e)
            countries[e] = c
            return c
        }
        // Talks held in a place: each participant from another country visits it. Merging visits
        // changes only visit events, so the talks are read in place (the ones there at the start).
        // Phone and video talks are held apart, and a gathering named "ahead of" it holds no one
        // there (`aheadOf`) unless they are the subject's own ("ahead of talks with X": `ownTalks`).
        var talksPlaces = Set<[Int]>()
        for i in 0..<events.count where events[i].family == "talks" && events[i].place >= 0 {
            let ev = events[i]
            talksPlaces.insert([ev.placeSentence, ev.place])
            if ev.medium != nil || aheadOfOthers(doc, gathering: ev.tokens.lowerBound, doc.sentences[ev.sentence].tokens) { continue }
            let placeCountry = country(ev.place)
            // "At a meeting at State House, President X of Norway welcomed the envoys": a house the
            // text gives no country for may be the host's own seat; talks there tell no one's
            // visit (`HouseSites.swift`; the visitors' trips to the country come from other words).
            if HouseSites.isUnplacedHouse(doc, ev.place) { continue }
            for p in ev.participants where p != ev.host {
                guard let home = doc.entities[p].country, home != placeCountry, doc.entities[ev.place].name != home else { continue }
                var e = Event(kind: "visit", family: "visit", status: ev.status, sentence: ev.placeSentence, tokens: ev.tokens)
                e.participants = [p]; e.participantSentences = [ev.placeSentence]
                e.destination = ev.place
                e.date = ev.date; e.dateSentence = ev.dateSentence
                merge(&events, e, definite: false, caption: false, ev.placeSentence)
            }
        }
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            var k = r.lowerBound
            while k + 1 < r.upperBound {
                defer { k += 1 }
                guard t[k].word == w.in else { continue }
                guard let m = doc.mention(at: k + 1), m.kind == .name, m.entity >= 0, ["place", "country"].contains(doc.entities[m.entity].type) else { continue }
                // The acting person: the sentence's first person mention before "in".
                var person = -1
                for pm in doc.mentionRange(sentence: s) where mentions[pm].tokens.upperBound <= k {
                    if (mentions[pm].kind == .name || mentions[pm].kind == .pronoun) && isPerson(doc, mentions[pm].entity) { person = mentions[pm].entity; break }
                }
                guard person >= 0, let home = doc.entities[person].country else { continue }
                if country(m.entity) == home { continue }
                // "Scholz said a drone landed in Lithuania": "in" inside what the person said puts
                // them nowhere; only right after the speech verb ("said in Vilnius on Monday that").
                if reportedAfter(doc, person: person, before: k, r) { continue }
                // "agreed to meet … at the forum in Kenya": the place of talks found in this
                // sentence; those talks say who goes there, and whether they went (above).
                if talksPlaces.contains([s, m.entity]) { continue }
                // "ahead of the summit in Brussels": the summit's place, no one's visit.
                if k > r.lowerBound, w.gatheringNouns.contains(t[k - 1]) || nounTriggers[t[k - 1].lower] != nil,
                   aheadOf(doc, gathering: k - 1, r) { continue }
                // "addressed the conference in Munich by video link": taking part from elsewhere.
                if remote(doc, from: k, r) { continue }
                let segments = segment(doc, r)
                if segments.subordinate[segments.id[k - r.lowerBound]] { continue }
                var e = Event(kind: "visit", family: "visit", status: status(doc, k, r), sentence: s, tokens: k..<m.tokens.upperBound)
                e.participants = [person]
                e.participantSentences = [s]
                e.destination = m.entity
                if let d = eventDate(doc, k, r, segments) { e.date = d; e.dateSentence = s }
                merge(&events, e, definite: false, caption: false, s)
            }
        }
    }

    /// Whether a speech verb of `person` stands between their first mention in the sentence `r`
    /// and `k`, with more than words of time (and the addressee of "told") between the verb and
    /// `k`: `k` is then inside what they said ("X said a drone landed in Lithuania"), not where
    /// they said it ("X said on Monday in Vilnius", "X told reporters in Vilnius", "X said at a
    /// news conference in Kyiv": phrases of setting, `speech.adjunctPrepositions`, right after
    /// the verb, with no "that" or subject pronoun before `k`).
    static func reportedAfter(_ doc: Document, person: Int, before k: Int, _ r: Range<Int>) -> Bool {
        let t = doc.tokens
        guard let first = doc.mentionRange(sentence: Int(doc.sentenceOf[k])).first(where: { doc.mentions[$0].entity == person })
        else { return false }
        let from = doc.mentions[first].tokens.upperBound
        guard from < k, let v = (from..<k).last(where: { SpeechExtractor.isSpeechVerb(t, $0) }) else { return false }
        // "told reporters in Vilnius": past the addressee.
        var a = v + 1
        if ReportedClause.addresseeLemmas.contains(SpeechExtractor.Words.shared.lemma(of: t[v])) {
            a = min(k, max(a, SpeechExtractor.addresseeEnd(doc, a, r.upperBound)))
        }
        while a < k && SpeechExtractor.isTimeToken(doc, a) { a += 1 }
        guard a < k else { return false }
        // "said at a news conference in Kyiv", "said in an interview in Nairobi on Tuesday that":
        // phrases of setting right after the verb, up to "that" or a subject pronoun.
        let w = SpeechExtractor.Words.shared
        if w.adjunctPrepositions.contains(t[a]) {
            return (a..<k).contains { t[$0].word == w.that || w.subjects.contains(t[$0]) && t[$0].kind == .word && !w.adjunctPrepositions.contains(t[$0]) }
        }
        return true
    }

    /// Whether the country named at `k` only locates the place named right before it, after a
    /// comma or "in" ("a rally in Maribor, Slovenia", "Cuenca in Ecuador").
    static func locatesPlace(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let t = doc.tokens
        guard k - 1 > r.lowerBound, t[k - 1].word == Words.shared.comma || t[k - 1].word == Words.shared.in,
              let p = doc.mention(at: k - 2), p.kind == .name, p.entity >= 0 else { return false }
        return doc.entities[p.entity].type == "place"
    }

    /// Every date the text gives belongs to something that happened: a time expression no
    /// event took becomes an event of its own, named after the verb it goes with ("statement"
    /// after a speech verb), with the people and organizations of its clause.
    static func occurrences(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        let mentions = doc.mentions
        // Dates already taken, by sentence (a sentence has few).
        var used = [[DateValue]](repeating: [], count: doc.sentences.count)
        for i in events.indices where !events[i].dateFromLead {
            if let d = events[i].date, !used[events[i].dateSentence].contains(d) { used[events[i].dateSentence].append(d) }
        }
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            var segments: Segments?
            for i in doc.timesBySentence[s] {
                let tm = doc.times[i]
                guard !used[s].contains(tm.date) else { continue }
                used[s].append(tm.date)
                // "has not visited Peru since 2019": after a negation, a date after "since" bounds
                // what did not happen and names no happening of its own ("the first win since
                // 1958" still dates the last win).
                if tm.tokens.lowerBound > r.lowerBound, t[tm.tokens.lowerBound - 1].lower == "since",
                   (r.lowerBound..<tm.tokens.lowerBound).contains(where: { w.negation.contains(t[$0]) }) {
                    continue
                }
                if segments == nil { segments = segment(doc, r) }
                // The verb it goes with: the nearest verb-like word before it.
                var k = tm.tokens.lowerBound - 1
                var kind = "occurrence"
                var speaker = -1
                var past = false
                while k >= r.lowerBound && tm.tokens.lowerBound - k <= 8 {
                    if SpeechExtractor.isSpeechVerb(t, k) {
                        kind = "statement"
                        past = pastVerb(doc, k, r)
                        speaker = SpeechExtractor.speakerBefore(doc, verb: k, limit: r.lowerBound)
                        if speaker < 0, let (e, _) = SpeechExtractor.appositionSpeaker(doc, verb: k, limit: r.lowerBound) { speaker = e }
                        break
                    }
                    if t[k].kind == .word && !t[k].isCapitalized && (t[k].endsInEd(longerThan: 3) || w.occurrenceVerbs.contains(t[k])) {
                        // The kind the verb names in the closed vocabulary, never the bare verb.
                        kind = datedKinds[t[k].lower]?.kind ?? "occurrence"
                        past = pastVerb(doc, k, r)
                        break
                    }
                    if t[k].word == w.semicolon || t[k].word == w.period { break }
                    k -= 1
                }
                // Before the article's day it happened; on that day too when its verb is past
                // ("landed on Wednesday", "the ministry said Wednesday", written on Wednesday).
                let articleDay = doc.article.date
                let held = tm.date.lastDay < (articleDay?.firstDay ?? Int.max)
                    || past && articleDay != nil && tm.date.lastDay <= articleDay!.lastDay
                var e = Event(kind: kind, family: "occurrence", status: held ? "held" : "planned",
                              sentence: s, tokens: tm.tokens)
                e.date = tm.date
                e.dateSentence = s
                if speaker >= 0 { e.participants = [speaker] }
                else {
                    let seg = segments!.id[tm.tokens.lowerBound - r.lowerBound]
                    var people: [Int] = []
                    for m in doc.mentionRange(sentence: s) where mentions[m].entity >= 0 && mentions[m].kind == .name {
                        let entity = mentions[m].entity
                        let type = doc.entities[entity].type
                        guard type == "person" || type == "organization" || type == "country" else { continue }
                        // "in Maribor, Slovenia,": a country that only locates a place takes no part.
                        if type == "country", locatesPlace(doc, mentions[m].tokens.lowerBound, r) { continue }
                        let mseg = segments!.id[mentions[m].tokens.lowerBound - r.lowerBound]
                        if (mseg == seg || !segments!.subordinate[mseg]) && !people.contains(entity) && people.count < 3 { people.append(entity) }
                    }
                    e.participants = people
                }
                e.participantSentences = e.participants.map { _ in s }
                events.append(e)
            }
        }
    }

    /// Whether the verb at `k` is a past form in the active voice after its subject: a form of
    /// `event.pastForms` or `event.pastVerbForms` ("said", "took"), or an "-ed" form that is no
    /// word of plan ("planned", "expected", "scheduled") right after a name or pronoun or a noun
    /// an article or possessive opens ("Chile rejected", "The competition ended"); not after a
    /// comma or a bare noun, where an "-ed" form is a participle ("The ruling, expected on
    /// Wednesday, …", "Foreign ministers scheduled to meet on Wednesday …"), nor before "for" or
    /// a word of plan in its clause ("A rally organized for Wednesday will …"), and not after a form
    /// of "be", "will" or a word of plan ("is expected on Wednesday" is still to come).
    /// Most tokens after an "-ed" form read for a word of plan in its clause (`pastVerb`).
    static let maxPlanReach = 8

    static func pastVerb(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        guard t[k].kind == .word, k > r.lowerBound else { return false }
        let before = t[k - 1]
        if w.copula.contains(before) || before.word == w.be || before.word == w.will || w.classes(of: before).contains(.plannedWord) {
            return false
        }
        if w.pastForms.contains(t[k]) || w.pastVerbForms.contains(t[k]) { return true }
        guard t[k].endsInEd(longerThan: 3), !w.classes(of: t[k]).contains(.plannedWord) else { return false }
        // "A rally organized for Wednesday will go ahead": an "-ed" form before "for" or with a
        // word of plan later in its clause (before "that" or a comma) is a participle of
        // arrangement; "The ministry confirmed Wednesday that it would …" stays past.
        if k + 1 < r.upperBound, t[k + 1].word == w.for { return false }
        var j = k + 1
        while j < r.upperBound && j - k <= maxPlanReach && t[j].word != w.that && t[j].word != w.comma
            && t[j].word != w.semicolon {
            if w.classes(of: t[j]).contains(.plannedWord) { return false }
            j += 1
        }
        if let m = doc.mention(at: k - 1), m.tokens.upperBound == k, m.kind == .name || m.kind == .pronoun || m.kind == .role {
            return true
        }
        guard before.kind == .word, !before.isCapitalized, k - 2 >= r.lowerBound else { return false }
        return t[k - 2].word == w.the || t[k - 2].word == w.a || w.possessives.contains(t[k - 2]) || t[k - 2].kind == .possessive
    }

    /// Whether the words before a trigger make it planned or held.
    static func status(_ doc: Document, _ k: Int, _ r: Range<Int>) -> String {
        let w = Words.shared
        let t = doc.tokens
        // "but we came to Canada", "Ilka Dorn travelled to Oslo": a trigger in a past form after
        // its subject happened, whatever plan the words before it tell of ("… to get ready").
        // The subject is a name or pronoun right before the verb, or before "never" or an adverb
        // ("she never went", "he also travelled"); "troops who returned" has none.
        if k > r.lowerBound, t[k].kind == .word, !t[k].isCapitalized, w.pastForms.contains(t[k]) || t[k].endsInEd(longerThan: 3),
           !w.beforeParticiple.contains(t[k - 1]), !w.classes(of: t[k - 1]).contains(.plannedWord) {
            var subjectEnd = k
            while subjectEnd > max(r.lowerBound, k - 2), t[subjectEnd - 1].kind == .word, !t[subjectEnd - 1].isCapitalized,
                  w.negation.contains(t[subjectEnd - 1]) || w.classes(of: t[subjectEnd - 1]).contains(.speechAdverb) {
                subjectEnd -= 1
            }
            // "Zhang, a former ambassador to the United Nations, met …": past an apposition set
            // off by commas after the subject's name (its words tell of no plan).
            let nameEnd = appositionOpening(doc, closingComma: subjectEnd - 1, r) ?? subjectEnd
            // "but we came to Canada": "I" and "we" in someone's own words are a subject too.
            if nameEnd > r.lowerBound,
               doc.mention(at: nameEnd - 1).map({ $0.kind == .name || $0.kind == .pronoun }) ?? OwnPresenceWords.shared.firstPerson.contains(t[nameEnd - 1]) {
                let negated = (subjectEnd..<k).contains { w.negation.contains(t[$0]) }
                return negated ? "denied" : "held"
            }
        }
        if let called = calledOff(doc, k, r) { return called }
        // "became the first Japanese leader to visit X": the "to" after an ordinal's noun
        // phrase plans nothing; the words before the ordinal tell ("will be the first …").
        var j = firstToTrigger(doc, k, r) ?? k - 1
        var steps = 0
        var crossedComma = false
        while j >= r.lowerBound && steps < 8 {
            let word = t[j].word
            if (word == w.comma || word == w.semicolon || word == w.that) && steps > 1 { break }
            if word == w.comma || word == w.semicolon { crossedComma = true }
            // "has not visited", "have never met", "did not travel to": it did not happen; not
            // a negation before a comma ("X, who did not comment, met Y").
            if steps < 3 && !crossedComma && w.negation.contains(t[j]) { return "denied" }
            // "was able to visit", "managed to visit": the "to" of a past achievement plans nothing;
            // "has not managed to", "never managed to": a negation in its clause denies it.
            if t[j].word == w.to, achievedTo(doc, to: j, r) { return negatedBefore(doc, j - 1, r) ? "denied" : "held" }
            if w.classes(of: t[j]).contains(.plannedWord) { return "planned" }
            if w.heldWords.contains(t[j]) { return "held" }
            j -= 1; steps += 1
        }
        if k + 2 < r.upperBound, t[k + 1].word == w.next || t[k + 1].word == w.later { return "planned" }
        return "held"
    }

    /// "was able to", "were able to", "managed to": the "to" at `j` follows a past achievement
    /// (`event.achievedTo`; "able" only after a past "be"), so what follows it happened.
    static func achievedTo(_ doc: Document, to j: Int, _ r: Range<Int>) -> Bool {
        TimeResolver.achievedTo(doc.tokens, to: j, from: r.lowerBound)
    }

    /// Whether a negation (`event.negation`) comes at most `maxNegationReach` tokens before `k`
    /// in its clause (no comma, semicolon or "that" between): "has not managed", "never managed",
    /// "was not able".
    static func negatedBefore(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        while j >= r.lowerBound && k - j <= maxNegationReach {
            let word = t[j].word
            if word == w.comma || word == w.semicolon || word == w.that { return false }
            if w.negation.contains(t[j]) { return true }
            j -= 1
        }
        return false
    }

    /// Most tokens before "managed"/"able" read for a negation ("had still not been able").
    static let maxNegationReach = 4

    /// For a trigger right after "to", an ordinal (`event.ordinalBefore`: "first", "only")
    /// at most five lower-case or capitalised words before the "to" with no comma between:
    /// the token before the ordinal, where the trigger's status is read from instead.
    static func firstToTrigger(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        guard k - 2 >= r.lowerBound, t[k - 1].word == w.to else { return nil }
        var j = k - 2
        while j > r.lowerBound && k - 1 - j <= 5 {
            guard t[j].kind == .word else { return nil }
            if w.ordinalBefore.contains(t[j]) { return j - 1 }
            j -= 1
        }
        return nil
    }

    /// For a comma at `comma` closing an apposition ("Zhang, 61, a former envoy, met"), the
    /// comma that opens it, within `maxAppositionWords` tokens and with no quote or semicolon
    /// between; nil when `comma` is no comma or none opens it.
    static func appositionOpening(_ doc: Document, closingComma comma: Int, _ r: Range<Int>) -> Int? {
        let t = doc.tokens
        let w = Words.shared
        guard comma > r.lowerBound, t[comma].word == w.comma else { return nil }
        var j = comma - 1
        while j > r.lowerBound && comma - j <= maxAppositionWords {
            if t[j].word == w.comma {
                // "Zhang, 61, a former envoy,": an age is part of the apposition.
                if j - 2 >= r.lowerBound, t[j - 1].kind == .number, t[j - 2].word == w.comma { j -= 2; continue }
                return j
            }
            if t[j].kind == .quote || t[j].word == w.semicolon { return nil }
            j -= 1
        }
        return nil
    }

    /// Most words of an apposition between a subject and its verb ("Zhang, a former ambassador
    /// to the United Nations, met").
    static let maxAppositionWords = 12

    /// "cancelled her visit to Lima", "refused to meet him", "scrapped plans to visit", "called off
    /// a planned trip": `denied`;
    /// "postponed the trip", "delayed his visit": `planned`. The verb stands at most four words
    /// before the trigger, in its clause; nil when none does.
    static func calledOff(_ doc: Document, _ k: Int, _ r: Range<Int>) -> String? {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        while j >= r.lowerBound && k - j <= 4 {
            if t[j].word == w.comma || t[j].word == w.semicolon || t[j].kind == .quote { return nil }
            if w.cancelled.contains(t[j]) { return "denied" }
            // "called off a planned trip": "off" after a calling verb cancels.
            if j > r.lowerBound, t[j].lower == "off", w.callingOff.contains(t[j - 1]) { return "denied" }
            if w.postponed.contains(t[j]) { return "planned" }
            j -= 1
        }
        return nil
    }

    /// Segments of a sentence split at commas, brackets, dashes and subordinators; a
    /// subordinate segment ("since Biden was inaugurated Jan. 20") keeps its own dates.
    struct Segments {
        /// The sentence's first token: `id` and `excluded` are indexed from it.
        var start: Int
        var id: [Int]
        var subordinate: [Bool]
        /// By token from `start`: people inside "since …" clauses or after "by" (usually none),
        /// not participants of the main event.
        var excluded: [Bool]

        func isExcluded(_ k: Int) -> Bool { k >= start && k - start < excluded.count && excluded[k - start] }
    }

    static func segment(_ doc: Document, _ r: Range<Int>) -> Segments {
        let s = Int(doc.sentenceOf[r.lowerBound])
        if let cached = doc.segmentCache[s] { return cached }
        let computed = computeSegments(doc, r)
        doc.segmentCache[s] = computed
        return computed
    }

    static func computeSegments(_ doc: Document, _ r: Range<Int>) -> Segments {
        let w = Words.shared
        let t = doc.tokens
        let start = r.lowerBound
        var ids = [Int](repeating: 0, count: r.count)
        var sub: [Bool] = [false]
        var excluded = [Bool](repeating: false, count: r.count)
        /// Whether a time expression covers token `k` ("Jan. 20, 2021" keeps its comma).
        func inTime(_ k: Int) -> Bool { doc.inTime[k] }
        var current = 0
        var excluding = false
        for k in r {
            let word = t[k].word
            let boundary = ((w.clauseMarks.contains(t[k]) || (t[k].kind == .dash && t[k].has(.spaceBefore))) && !inTime(k))
            let opensSub = w.classes(of: t[k]).contains(.subordinator) && k > start
                || (word == w.as && k + 1 < r.upperBound && t[k + 1].endsInEd(longerThan: 0))
            if boundary || opensSub {
                current += 1
                sub.append(opensSub)
                excluding = word == w.since || (word == w.as && opensSub)
            }
            if word == w.by { excluding = true }
            ids[k - start] = current
            if excluding, doc.entity(at: k) >= 0 { excluded[k - start] = true }
        }
        return Segments(start: start, id: ids, subordinate: sub, excluded: excluded)
    }

    /// A person, not one only spoken to ("Mr. President, …": `WorkingEntity.addressOnly`).
    static func isPerson(_ doc: Document, _ e: Int) -> Bool { e >= 0 && doc.entities[e].type == "person" && !doc.entities[e].addressOnly }

    /// The people a talks sentence names (and "they"/"them"), except excluded ones and those
    /// inside a quote, unless the trigger is inside that same quote ("\"I met Ana Ortiz in Lima,\"
    /// said X": Ana Ortiz).
    static func talkParticipants(_ doc: Document, _ r: Range<Int>, _ segments: Segments, trigger: Int) -> [Int] {
        let w = Words.shared
        var out: [Int] = []
        var plural = false
        var k = r.lowerBound
        // Quote marks seen so far: odd inside a quote; the trigger's count names its quote.
        var quotes = 0
        var triggerQuotes = -1
        for j in r.lowerBound..<trigger where doc.tokens[j].kind == .quote { quotes += 1 }
        if quotes % 2 == 1 { triggerQuotes = quotes }
        quotes = 0
        while k < r.upperBound {
            if doc.tokens[k].kind == .quote { quotes += 1 }
            if quotes % 2 == 0 || quotes == triggerQuotes, let m = doc.mention(at: k), !segments.isExcluded(k) {
                if m.kind == .pronoun && m.type == "plural" && (m.name == "they" || m.name == "them") { plural = true }
                else if m.kind == .role && doc.tokens[k + 1 < r.upperBound ? k + 1 : k].word == w.two { plural = true }
                else if isPerson(doc, m.entity), out.count < ExtractionLimits.maxEventParticipants, !out.contains(m.entity) {
                    out.append(m.entity)
                }
                k = max(k + 1, m.tokens.upperBound)
                continue
            }
            if doc.tokens[k].word == w.two && k > r.lowerBound && doc.tokens[k - 1].word == w.the { plural = true }
            k += 1
        }
        if plural && out.count < 2 {
            // "they", "the two": the people of the previous sentence too.
            let s = Int(doc.sentenceOf[r.lowerBound])
            if s > 0 {
                let mentions = doc.mentions
                for m in doc.mentionRange(sentence: s - 1)
                    where isPerson(doc, mentions[m].entity) && !out.contains(mentions[m].entity) {
                    guard out.count < ExtractionLimits.maxEventParticipants else { break }
                    out.append(mentions[m].entity)
                }
            }
        }
        return out
    }

    /// The people of a joint act: its subject ("X (L) and Y sign …", before the verb, back to
    /// the clause start) and "with Y" right after ("shakes hands with Y").
    static func jointParticipants(_ doc: Document, _ k: Int, _ r: Range<Int>, _ segments: Segments) -> [Int] {
        let w = Words.shared
        let t = doc.tokens
        var out: [Int] = []
        var j = k - 1
        var subject: [Int] = []
        while j >= r.lowerBound {
            if t[j].word == w.semicolon || t[j].word == w.colon || t[j].kind == .quote || SpeechExtractor.isSpeechVerb(t, j) { break }
            if let m = doc.mention(at: j), m.tokens.upperBound == j + 1 {
                if isPerson(doc, m.entity), !segments.isExcluded(m.tokens.lowerBound) { subject.insert(m.entity, at: 0) }
                j = m.tokens.lowerBound - 1; continue
            }
            // Only names, titles, "and", commas and bracketed (L)/(R) make up the subject.
            if t[j].kind == .word && !t[j].isCapitalized && t[j].word != w.and && t[j].lower.count > 1 { break }
            j -= 1
        }
        for p in subject where !out.contains(p) { out.append(p) }
        var a = k + 1
        while a < r.upperBound && a < k + 4 && t[a].word != w.with { a += 1 }
        if a + 1 < r.upperBound, t[a].word == w.with {
            var b = a + 1
            while b < r.upperBound && b < a + 8 {
                if let m = doc.mention(at: b) {
                    if isPerson(doc, m.entity) { if !out.contains(m.entity) { out.append(m.entity) }; break }
                    b = m.tokens.upperBound; continue
                }
                if t[b].kind == .word && !t[b].isCapitalized { break }
                b += 1
            }
        }
        return out
    }

    static func firstPerson(_ doc: Document, after k: Int, in r: Range<Int>) -> Int? {
        var j = k + 1
        while j < r.upperBound && j < k + 6 {
            if let m = doc.mention(at: j), isPerson(doc, m.entity) { return m.entity }
            j += 1
        }
        return nil
    }

    static func nearestPerson(_ doc: Document, before k: Int, in r: Range<Int>, segment: Int?, segments: Segments?) -> Int? {
        var j = k - 1
        while j >= r.lowerBound && k - j <= 12 {
            if let m = doc.mention(at: j), isPerson(doc, m.entity) { return m.entity }
            j -= 1
        }
        return nil
    }

    /// "spoke to X", "had spoken with X by phone", "called X on Sunday", "called his predecessor,
    /// former minister X, on Wednesday": a person, the subject, reaches another person. Not
    /// "spoke to reporters", "called X a liar", "called X "…"", "called for".
    static func reachesPerson(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        while j >= r.lowerBound && Lexicon.shared.classes(of: t[j]).contains(.speechAdverb) { j -= 1 }
        guard j >= r.lowerBound, let subject = doc.mention(at: j), subject.kind == .name || subject.kind == .pronoun, isPerson(doc, subject.entity) else { return false }
        let calls = t[k].word == w.called
        var a = k + 1
        if !calls {
            guard a < r.upperBound, t[a].word == w.to || t[a].word == w.with else { return false }
            a += 1
        }
        while a < r.upperBound && a <= k + 10 {
            if let m = doc.mention(at: a) {
                if isPerson(doc, m.entity), m.kind == .name || m.kind == .pronoun && !w.possessives.contains(t[a]) {
                    let after = m.tokens.upperBound
                    return !(calls && after < r.upperBound && (t[after].kind == .quote || w.notACall.contains(t[after])))
                }
                if m.kind == .name { return false }
                a = m.tokens.upperBound; continue
            }
            if t[a].kind == .quote || t[a].word == w.for || t[a].word == w.on { return false }
            if t[a].kind != .word && t[a].word != w.comma { return false }
            a += 1
        }
        return false
    }

    /// "is on a four-day visit", "are currently on a tour": "on" after a present "be", then only
    /// lower-case words before the trigger.
    static func underWay(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        var j = k - 1
        while j > r.lowerBound && k - j <= 4 && t[j].word != w.on {
            guard t[j].kind == .word || t[j].kind == .number, !t[j].isCapitalized else { return false }
            j -= 1
        }
        return j > r.lowerBound && t[j].word == w.on && w.presentBe.contains(t[j - 1])
    }

    /// Who visits: "X's visit", "a visit by X", or the subject before "(plans to) visit".
    static func visitor(_ doc: Document, _ k: Int, _ r: Range<Int>, isVerb: Bool) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        if k >= 2, t[k - 1].kind == .possessive, let m = doc.mention(at: k - 2), isPerson(doc, m.entity) { return m.entity }
        if k + 2 < r.upperBound, t[k + 1].word == w.by, let m = doc.mention(at: k + 2), isPerson(doc, m.entity) { return m.entity }
        // In a phrase opening the sentence, "his" points forward ("During his visit to Kenya,
        // Minister X met …": X), whoever anaphora found before.
        if k >= 1, let m = doc.mention(at: k - 1), m.kind == .pronoun, w.possessives.contains(t[k - 1]),
           let p = forwardSubject(doc, pronoun: k - 1, trigger: k, r) { return p }
        // "During a visit to Kyiv, Prime Minister X pledged …": the main clause's subject.
        if !isVerb, opensWithVisitPhrase(doc, trigger: k, r), let p = forwardSubject(doc, pronoun: k - 1, trigger: k, r) {
            return p
        }
        // "Weber's predecessor, Hans Roth, had visited Kyiv": the name after a noun phrase
        // opening the sentence, not the possessor.
        var before = k - 1
        while before > r.lowerBound && w.classes(of: t[before]).contains(.speechAdverb) { before -= 1 }
        if isVerb, let p = AppositionSubjects.person(doc, closingComma: before, sentenceStart: r.lowerBound) { return p }
        var j = k - 1
        while j >= r.lowerBound && k - j <= 10 {
            // "Halvorsen CEO Ingrid Lystad, who visited London": the name the relative clause follows.
            if t[j].word == w.comma, j + 1 < k, t[j + 1].word == w.who, let m = doc.mention(at: j - 1), m.kind == .name, isPerson(doc, m.entity) {
                return m.entity
            }
            if t[j].word == w.comma || t[j].word == w.semicolon { break }
            // "Two days later the Brazilian foreign minister flew on to Quito": the one person
            // the description names before [DescribedTitleSpeakers], as a speaker so described is.
            if let m = doc.mention(at: j), m.kind == .title, m.tokens.upperBound == j + 1,
               let p = DescribedTitleSpeakers.person(doc, before: j, limit: r.lowerBound) { return p }
            // "Hamed and his uncle are to travel": a possessive before a noun is not the subject.
            // "her" is an object before a preposition or an article ("taking her on a tour").
            if let m = doc.mention(at: j), m.kind == .pronoun, w.possessives.contains(t[j]), j + 1 < k,
               t[j + 1].kind == .word, !t[j + 1].isCapitalized, !w.afterObject.contains(t[j + 1]) { j -= 1; continue }
            if let m = doc.mention(at: j), m.entity >= 0, isPerson(doc, m.entity) || (m.kind == .name && ["country", "organization"].contains(doc.entities[m.entity].type) && isVerb && j == k - 1) {
                // "Troy Quarnby of Slate Magazine ventured to …": the person the body is named after.
                let link = m.tokens.lowerBound - 1
                let known = KnownWords.shared
                if !isPerson(doc, m.entity), link - 1 >= r.lowerBound,
                   t[link].word == known.of || t[link].word == known.from,
                   let p = doc.mention(at: link - 1), p.kind == .name, isPerson(doc, p.entity) { return p.entity }
                return m.entity
            }
            j -= 1
        }
        // "his visit": the possessor.
        if k >= 1, let m = doc.mention(at: k - 1), m.kind == .pronoun, isPerson(doc, m.entity) { return m.entity }
        // "Rourke, who arrived in …" and "Rourke, who …, will travel to …": the sentence's subject.
        let mentions = doc.mentions
        let s = Int(doc.sentenceOf[k])
        let inSentence = doc.mentionRange(sentence: s)
        if let m = inSentence.first(where: { mentions[$0].tokens.lowerBound < k }),
           mentions[m].kind == .name || mentions[m].kind == .pronoun, isPerson(doc, mentions[m].entity) {
            return mentions[m].entity
        }
        return nil
    }

    /// "During his visit to Kenya on Monday, Foreign Minister X met …": a possessive pronoun in a
    /// phrase opening the sentence (no person named before it) stands for the person the main
    /// clause opens with, after the phrase's comma (past titles and people's adjectives); nil
    /// when no person opens it, or when the clause makes that person the host (a host verb right
    /// after the name, or "him"/"her" later in the clause).
    static func forwardSubject(_ doc: Document, pronoun: Int, trigger k: Int, _ r: Range<Int>) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        let mentions = doc.mentions
        let s = Int(doc.sentenceOf[pronoun])
        for m in doc.mentionRange(sentence: s) where mentions[m].tokens.lowerBound < pronoun {
            if mentions[m].kind == .name && isPerson(doc, mentions[m].entity) { return nil }
        }
        guard let comma = (k + 1..<r.upperBound).first(where: { t[$0].word == w.comma || t[$0].word == w.semicolon }),
              t[comma].word == w.comma else { return nil }
        var j = comma + 1
        while j < r.upperBound, let m = doc.mention(at: j) {
            if m.kind == .name {
                guard isPerson(doc, m.entity) else { return nil }
                // "During his visit to China, President Xi told him …", "…, President Ruto hosted a
                // dinner": the subject is the host, and the pronoun keeps its antecedent.
                let after = m.tokens.upperBound
                if after < r.upperBound, w.hostVerbs.contains(t[after]) { return nil }
                if (after..<r.upperBound).contains(where: { w.visitorObjects.contains(t[$0]) }) { return nil }
                return m.entity
            }
            guard m.kind == .title || m.kind == .demonym else { return nil }
            j = max(j + 1, m.tokens.upperBound)
        }
        return nil
    }

    /// Where a visit goes: "visit (the) X", "visit to X", "trip to X", "arrived in X" (see `stop`
    /// for organizations and venues); `end` is where the destination's words end.
    static func destination(_ doc: Document, _ k: Int, _ r: Range<Int>, isVerb: Bool) -> (destination: Int, place: Int, end: Int)? {
        let w = Words.shared
        let t = doc.tokens
        var j = k + 1
        // "travelled back to", "ventured over to".
        while isVerb && j < r.upperBound && j <= k + 2 && w.motionParticles.contains(t[j]) { j += 1 }
        // "his first foreign trip will be to Zagreb".
        if !isVerb, j + 2 < r.upperBound, t[j].word == w.will || t[j].word == w.would, t[j + 1].word == w.be, t[j + 2].word == w.to { j += 2 }
        let back = j > k + 1 && w.backFrom.contains(t[j - 1])
        if j < r.upperBound, w.toOrIn.contains(t[j]) || ((w.returnVerbs.contains(t[k]) || back) && t[j].word == w.from) { j += 1 }
        else if !isVerb { return nil }
        if j < r.upperBound, t[j].word == w.the { j += 1 }
        guard let m = doc.mention(at: j) else {
            return isVerb && w.siteVerbs.contains(t[k]) ? sitePlace(doc, from: j, r) : nil
        }
        return stop(doc, m, r)
    }

    /// Adds one more stop of a journey: a visit of its own, unless the same visitor's visit to
    /// the same place on the same date (or an undated one) is known.
    static func addStop(_ events: inout [Event], _ e: Event) {
        guard !e.participants.isEmpty else { return }
        var compared = 0
        for i in events.indices.reversed() where events[i].family == "visit" {
            compared += 1
            if compared > ExtractionLimits.eventMergeWindow { break }
            guard events[i].participants == e.participants, events[i].destination == e.destination else { continue }
            if events[i].date == nil || e.date == nil || events[i].date == e.date {
                if events[i].date == nil { events[i].date = e.date; events[i].dateSentence = e.dateSentence }
                return
            }
        }
        events.append(e)
    }

    /// "in Tokyo" after a talks trigger, in its clause.
    static func placeAfter(_ doc: Document, _ k: Int, _ r: Range<Int>, _ segments: Segments) -> Int {
        let w = Words.shared
        let t = doc.tokens
        var j = k + 1
        let seg = segments.id[k - r.lowerBound]
        while j + 1 < r.upperBound && segments.id[j - r.lowerBound] == seg {
            if t[j].word == w.in || t[j].word == w.at {
                var m = j + 1
                if t[m].word == w.the && m + 1 < r.upperBound { m += 1 }
                if let mention = doc.mention(at: m), mention.kind == .name, mention.entity >= 0,
                   ["place", "country"].contains(doc.entities[mention.entity].type) { return mention.entity }
            }
            j += 1
        }
        return -1
    }

    /// A trigger's date: its own clause first, else the nearest in a main clause; never the
    /// date of a speech verb ("said Wednesday").
    static func eventDate(_ doc: Document, _ k: Int, _ r: Range<Int>, _ segments: Segments) -> DateValue? {
        let w = Words.shared
        let t = doc.tokens
        let s = Int(doc.sentenceOf[k])
        let seg = segments.id[k - r.lowerBound]
        var best: (distance: Int, date: DateValue)?
        var own: (distance: Int, date: DateValue)?
        for i in doc.timesBySentence[s] {
            let tm = doc.times[i]
            let start = tm.tokens.lowerBound
            var before = start - 1
            if before >= r.lowerBound && t[before].word == w.on { before -= 1 }
            if before >= r.lowerBound && SpeechExtractor.isSpeechVerb(t, before) { continue }
            let tseg = segments.id[start - r.lowerBound]
            if tseg != seg, opensWithSince(doc, tseg, r, segments) { continue }
            // In its own clause a date after the trigger wins ("agreed to meet … in late March").
            let distance = start > k ? start - k : (k - start) + 1000
            if tseg == seg {
                if own == nil || distance < own!.distance { own = (distance, tm.date) }
            } else if !segments.subordinate[tseg] {
                if best == nil || distance < best!.distance { best = (distance, tm.date) }
            }
        }
        return own?.date ?? best?.date
    }

    /// "which lasted about 30 minutes", "30-minute talks", "for an hour".
    static func duration(_ doc: Document, _ k: Int, _ r: Range<Int>) -> String? {
        let w = Words.shared
        let t = doc.tokens
        if k > r.lowerBound, t[k - 1].has(.hyphenated), durationUnits.contains(where: { t[k - 1].lower.hasSuffix("-" + $0) }) {
            return t[k - 1].text.replacingASCII("-", with: " ") + "s"
        }
        var j = k + 1
        while j < r.upperBound && j < k + 10 {
            if w.durationLead.contains(t[j]) {
                var e = j + 1
                while e < r.upperBound && e < j + 5 && !w.durationUnits.contains(t[e]) { e += 1 }
                if e < r.upperBound, w.durationUnits.contains(t[e]), e > j + 1 { return doc.text((j + 1)..<(e + 1)) }
            }
            j += 1
        }
        return nil
    }

    /// Adds an event, or merges it into an earlier one it continues. Events are read and
    /// updated in place (an event holds several strings and arrays: copies are not free).
    static func merge(_ events: inout [Event], _ e: Event, definite: Bool, caption: Bool, _ s: Int, today: DateValue? = nil) {
        var target = -1
        // Only the latest events of the family are candidates: an article names few, and a
        // generated one with thousands must not compare each with all.
        var compared = 0
        for i in events.indices.reversed() where events[i].family == e.family {
            compared += 1
            if compared > ExtractionLimits.eventMergeWindow { break }
            if e.family == "visit" {
                let sameVisitor = !e.participants.isEmpty && events[i].participants == e.participants
                let destinationFits = e.destination < 0 || events[i].destination < 0 || e.destination == events[i].destination
                // "X landed on a three-day visit. X is expected to visit Osaka": a planned (or
                // denied) stop is no destination of a visit held, nor the reverse.
                // Two statuses for one destination are never one visit: "did not attend the funeral
                // in Kisumu" held and denied in one sentence is denied (the denial is the more
                // specific reading); in different sentences they stay apart.
                if sameVisitor && e.destination >= 0 && e.destination == events[i].destination && events[i].status != e.status {
                    if events[i].sentence == s && (e.status == "denied" || events[i].status == "denied") {
                        events[i].status = "denied"
                        return
                    }
                    continue
                }
                let statusFits = events[i].status == e.status || e.destination < 0
                if sameVisitor && destinationFits && statusFits && dateFits(events[i].date, e.date) { target = i; break }
                continue
            }
            var overlap = 0
            for p in e.participants where events[i].participants.contains(p) { overlap += 1 }
            let need = min(2, e.participants.count, events[i].participants.count)
            let statusFits = events[i].status == e.status || caption
            if e.participants.isEmpty ? (definite && statusFits) : (overlap >= max(need, 1) && statusFits && dateFits(events[i].date, e.date) && (overlap == e.participants.count || definite || caption)) {
                target = i; break
            }
        }
        if target < 0 {
            if caption || e.family == "talks" && e.participants.count < 2 && !(e.participants.count == 1 && e.place >= 0) { return }
            if e.family == "visit" && e.participants.isEmpty { return }
            events.append(e)
            return
        }
        func after(_ d: DateValue) -> Bool { today.map { d.firstDay > $0.lastDay } ?? false }
        func update(_ ev: inout Event) {
            for p in e.participants
                where ev.participants.count < ExtractionLimits.maxEventParticipants && !ev.participants.contains(p) {
                ev.participants.append(p); ev.participantSentences.append(s)
            }
            if ev.date == nil, let d = e.date { ev.date = d; ev.dateSentence = s }
            // "Ruiz paid a visit to Lima this month. … Ruiz's visit to Lima on March 6 ended with
            // an accord": a visit told again with a finer date inside the one known took place then.
            // Not for a held visit when the finer date is still to come: another trip, planned.
            else if ev.family == "visit", let d = e.date, !e.dateInferred, let old = ev.date, d.precision > old.precision,
                    old.firstDay <= d.firstDay, d.lastDay <= old.lastDay, ev.status != "held" || !after(d) {
                ev.date = d; ev.dateSentence = s; ev.dateInferred = false
            }
            if ev.place < 0 && e.place >= 0 { ev.place = e.place; ev.placeSentence = s }
            if ev.destination < 0 { ev.destination = e.destination }
            if ev.medium == nil { ev.medium = e.medium }
            if ev.host < 0 { ev.host = e.host }
            if ev.duration == nil { ev.duration = e.duration }
            if e.kind.count > ev.kind.count && e.kind.hasSuffix(ev.kind) { ev.kind = e.kind }
        }
        update(&events[target])
    }

    static func dateFits(_ a: DateValue?, _ b: DateValue?) -> Bool {
        guard let a, let b else { return true }
        return a.firstDay <= b.lastDay && b.firstDay <= a.lastDay
    }

    static func emit(_ doc: Document, _ events: [Event]) {
        var counters: [String: Int] = [:]
        // Room for the events' entities at once, rather than growing the index as they come.
        doc.entities.reserveCapacity(doc.entities.count + events.count)
        doc.entityIndex.reserveCapacity(doc.entityIndex.count + events.count)
        for e in events {
            if doc.cancellation.poll() { return }
            let slug = e.kind.utf8.contains(UInt8(ascii: " ")) ? e.kind.replacingASCII(" ", with: "-") : e.kind
            let n = counters[slug, default: 0] + 1
            counters[slug] = n
            let name = "\(slug)#\(n)@\(doc.article.id)"
            let idx = doc.entity(named: name, type: "event", sentence: e.sentence)
            doc.entities[idx].sentence = e.sentence
            let subject = Term.entity(name)
            let r = e.tokens
            doc.addFact(subject, "kind", .text(e.kind), sentence: e.sentence, tokens: r, rule: "event-trigger")
            for (p, s) in zip(e.participants, e.participantSentences) {
                doc.addFact(subject, "participant", .entity(doc.entities[p].name), sentence: s, tokens: nil, rule: "event-participant")
            }
            if let d = e.date {
                doc.addFact(subject, "date", .date(d), e.dateInferred ? [Qualifier("inferred", .text("true"))] : [],
                            sentence: e.dateSentence, tokens: nil, rule: e.dateInferred ? "event-date-article" : "event-date")
            }
            if e.place >= 0 { doc.addFact(subject, "place", .entity(doc.entities[e.place].name), sentence: e.placeSentence, tokens: nil, rule: "event-place") }
            if e.destination >= 0 { doc.addFact(subject, "destination", .entity(doc.entities[e.destination].name), sentence: e.sentence, tokens: nil, rule: "event-destination") }
            if e.country >= 0 { doc.addFact(subject, "destination", .entity(doc.entities[e.country].name), sentence: e.sentence, tokens: nil, rule: "event-destination-country") }
            if let m = e.medium { doc.addFact(subject, "medium", .text(m), sentence: e.sentence, tokens: nil, rule: "event-medium") }
            if let d = e.duration { doc.addFact(subject, "duration", .text(d), sentence: e.sentence, tokens: nil, rule: "event-duration") }
            // "I am going to Italy in November", written in October: not held yet, whatever the verb's form.
            var status = e.status
            if status == "held", let d = e.date, let today = doc.article.date, d.firstDay > today.lastDay { status = "planned" }
            doc.addFact(subject, "status", .text(status), sentence: e.sentence, tokens: r, rule: "event-status")
        }
    }
}
