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
        var place = -1
        var placeSentence = 0
        var destination = -1
        var medium: String?
        var duration: String?
        var status: String
        var sentence: Int
        var tokens: Range<Int>
    }

    static let nounTriggers: [String: (kind: String, family: String)] = [
        "talks": ("talks", "talks"), "meeting": ("meeting", "talks"), "meetings": ("meeting", "talks"),
        "summit": ("summit", "talks"), "conversation": ("call", "talks"), "discussions": ("talks", "talks"),
        "negotiations": ("talks", "talks"), "call": ("call", "talks"), "visit": ("visit", "visit"), "trip": ("trip", "visit"),
        "tour": ("trip", "visit"), "confirmation": ("confirmation", "confirmation"), "inauguration": ("inauguration", "inauguration"),
    ]
    static let verbTriggers: [String: (kind: String, family: String)] = [
        "met": ("meeting", "talks"), "meet": ("meeting", "talks"), "meets": ("meeting", "talks"),
        "visit": ("visit", "visit"), "visits": ("visit", "visit"), "visited": ("visit", "visit"), "visiting": ("visit", "visit"),
        "inaugurated": ("inauguration", "inauguration"), "sworn": ("inauguration", "inauguration"), "expire": ("expiry", "expiry"), "expires": ("expiry", "expiry"),
        "expired": ("expiry", "expiry"), "expiring": ("expiry", "expiry"),
        "traveled": ("trip", "visit"), "travelled": ("trip", "visit"), "travel": ("trip", "visit"), "travels": ("trip", "visit"),
        "arrived": ("trip", "visit"), "arrives": ("trip", "visit"), "arriving": ("trip", "visit"),
        "flying": ("trip", "visit"), "flew": ("trip", "visit"), "fly": ("trip", "visit"), "flies": ("trip", "visit"),
        "traveling": ("trip", "visit"), "travelling": ("trip", "visit"), "heading": ("trip", "visit"), "headed": ("trip", "visit"),
    ]
    /// Verbs of acts done together, in person: a meeting of their subjects.
    static let jointVerbs: Set<String> = ["signed", "sign", "signs", "sealed", "shook", "shake", "shakes", "pose", "posed", "poses",
                                          "exchange", "exchanged", "embraced", "embrace"]
    static let plannedWords: Set<String> = ["will", "would", "to", "plans", "plan", "planned", "planning", "scheduled", "expected",
                                            "possibly", "could", "may", "might", "should", "upcoming", "proposed", "arranging",
                                            "arrange", "prepare", "preparing", "preparations", "set", "slated", "possible", "next",
                                            "seeks", "hopes", "want", "wants", "eager", "intends", "aims"]

    static func extract(_ doc: Document) {
        var events: [Event] = []
        let t = doc.tokens
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline {
            let r = span.tokens
            let segments = segment(doc, r)
            var k = r.lowerBound
            while k < r.upperBound {
                defer { k += 1 }
                let w = t[k].lower
                guard t[k].kind == .word, !t[k].isCapitalized || k == r.lowerBound else { continue }
                var trigger: (kind: String, family: String)?
                var isVerb = false
                // "visit" after "to"/"will"/a subject is a verb; after "a"/"the"/"'s" a noun.
                if let v = verbTriggers[w] {
                    let prev = k > r.lowerBound ? t[k - 1].lower : ""
                    let nounContext = ["a", "the", "his", "her", "their", "its", "'s", "first", "official", "state", "planned", "possible", "upcoming"].contains(prev) || t[max(k - 1, 0)].kind == .possessive
                    if !(nounTriggers[w] != nil && nounContext) { trigger = v; isVerb = true }
                }
                if trigger == nil, let n = nounTriggers[w] {
                    if w == "call" && !(k > r.lowerBound && ["phone", "telephone", "video"].contains(t[k - 1].lower)) { continue }
                    trigger = n
                }
                // Acts two people do together ("X and Y signed the deal", "X shakes hands with Y"):
                // a meeting when at least two people are its subject or joined by "with".
                var joint = false
                if trigger == nil, jointVerbs.contains(w), !(k > r.lowerBound && ["the", "a", "its", "their"].contains(t[k - 1].lower)) {
                    trigger = ("meeting", "talks"); isVerb = true; joint = true
                }
                guard var trig = trigger else { continue }
                // "meets the press", "met reporters" are not meetings.
                if isVerb && trig.kind == "meeting", k + 1 < r.upperBound,
                   ["reporters", "journalists", "press", "media", "the"].contains(t[k + 1].lower),
                   t[k + 1].lower != "the" || (k + 2 < r.upperBound && ["press", "media", "reporters"].contains(t[k + 2].lower)) { continue }
                if w == "expire" || w == "expires" || w == "expired" || w == "expiring" {
                    // Only agreements, treaties, deals and terms expire as events worth keeping.
                    let before = t[max(r.lowerBound, k - 6)..<k].map(\.lower)
                    if !before.contains(where: { ["agreement", "deal", "treaty", "term", "pact", "contract", "accord", "sanctions", "visa", "mandate", "lease"].contains($0) }) { continue }
                }
                // Kind modifiers: "phone talks", "telephone talks", "video call", "ministerial talks".
                var medium: String?
                var j = k - 1
                while j >= r.lowerBound && k - j <= 3 && t[j].kind == .word && !t[j].isCapitalized {
                    if ["phone", "telephone"].contains(t[j].lower) { medium = "phone" }
                    if ["video", "virtual", "online"].contains(t[j].lower) { medium = "video" }
                    j -= 1
                }
                if let after = (k + 1..<min(k + 5, r.upperBound)).first(where: { ["phone", "telephone", "videoconference", "video"].contains(t[$0].lower) }),
                   after > k + 1, ["by", "over", "via"].contains(t[after - 1].lower) || t[after - 1].lower == "the" {
                    medium = t[after].lower == "telephone" ? "phone" : (t[after].lower.hasPrefix("video") ? "video" : "phone")
                }
                if medium == "phone" && trig.family == "talks" && trig.kind != "call" { trig.kind = "phone talks" }
                if medium == "phone" && trig.kind == "call" { trig.kind = "phone call" }
                if medium == "video" && trig.family == "talks" { trig.kind = "video \(trig.kind)" }
                if trig.family == "visit" && isVerb && (w.hasPrefix("travel") || w.hasPrefix("fl") || w.hasPrefix("head")) && !(k + 1 < r.upperBound && t[k + 1].lower == "to") { continue }
                if w.hasPrefix("arriv") && !(k + 1 < r.upperBound && t[k + 1].lower == "in") { continue }

                var e = Event(kind: trig.kind, family: trig.family, status: status(doc, k, r), sentence: s, tokens: k..<k + 1)
                e.medium = medium
                let seg = segments.id[k - r.lowerBound]
                // Participants.
                switch trig.family {
                case "visit":
                    if let p = visitor(doc, k, r, isVerb: isVerb) { e.participants = [p] }
                    e.destination = destination(doc, k, r, isVerb: isVerb)
                case "talks" where joint:
                    e.participants = jointParticipants(doc, k, r, segments)
                    if e.participants.count < 2 { continue }
                    e.place = placeAfter(doc, k, r, segments)
                case "talks":
                    e.participants = talkParticipants(doc, r, segments)
                    e.place = placeAfter(doc, k, r, segments)
                case "inauguration", "confirmation":
                    if let p = nearestPerson(doc, before: k, in: r, segment: seg, segments: segments) ?? firstPerson(doc, after: k, in: r) { e.participants = [p] }
                default:
                    break
                }
                e.participantSentences = e.participants.map { _ in s }
                if let d = eventDate(doc, k, r, segments) { e.date = d; e.dateSentence = s }
                e.duration = duration(doc, k, r)
                let definite = (k - 1 >= r.lowerBound && ["the", "those", "these", "that"].contains(t[max(r.lowerBound, j)].lower)) || (j >= r.lowerBound && t[j].lower == "the")
                merge(&events, e, definite: definite, caption: span.isCaption && !joint, s)
            }
        }
        // Held talks with no date happened on the article's day, as far as the text tells.
        if let d = doc.article.date, d.precision == .day {
            for i in events.indices where events[i].date == nil && events[i].family == "talks" && events[i].status == "held" {
                events[i].date = d; events[i].dateSentence = events[i].sentence; events[i].dateInferred = true
            }
        }
        presences(doc, &events)
        occurrences(doc, &events)
        emit(doc, events)
    }

    /// The country a place or country entity belongs to, when known.
    static func countryOf(_ doc: Document, _ e: Int) -> String? {
        let ent = doc.entities[e]
        if ent.type == "country" { return ent.name }
        if let c = Lexicon.shared.homeCountry[ent.name] { return c }
        if let p = Lexicon.shared.phrases[Tokenizer.tokenize(ent.name).map(\.lower).joined(separator: " ")], p.kind == .capital { return p.canonical }
        for f in doc.facts where f.predicate == "located_in" && f.subject == .entity(ent.name) { return f.object.lexical }
        return nil
    }

    /// A person who serves one country, named acting "in" a place of another (or of no
    /// known country), is visiting it: "Australian Defence Minister Callum Rourke … agreed
    /// Tuesday in Jakarta" [event-presence].
    static func presences(_ doc: Document, _ events: inout [Event]) {
        let t = doc.tokens
        // Talks held in a place: each participant from another country visits it.
        for ev in events where ev.family == "talks" && ev.place >= 0 {
            let placeCountry = countryOf(doc, ev.place)
            for p in ev.participants {
                guard let home = doc.entities[p].country, home != placeCountry, doc.entities[ev.place].name != home else { continue }
                var e = Event(kind: "visit", family: "visit", status: ev.status, sentence: ev.placeSentence, tokens: ev.tokens)
                e.participants = [p]; e.participantSentences = [ev.placeSentence]
                e.destination = ev.place
                e.date = ev.date; e.dateSentence = ev.dateSentence
                merge(&events, e, definite: false, caption: false, ev.placeSentence)
            }
        }
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            let r = span.tokens
            var k = r.lowerBound
            while k + 1 < r.upperBound {
                defer { k += 1 }
                guard t[k].lower == "in" else { continue }
                guard let m = doc.mention(at: k + 1), m.kind == .name, m.entity >= 0, ["place", "country"].contains(doc.entities[m.entity].type) else { continue }
                // The acting person: the sentence's first person mention before "in".
                var person = -1
                for pm in doc.mentions where pm.sentence == s && pm.tokens.upperBound <= k {
                    if (pm.kind == .name || pm.kind == .pronoun) && isPerson(doc, pm.entity) { person = pm.entity; break }
                }
                guard person >= 0, let home = doc.entities[person].country else { continue }
                let placeCountry = countryOf(doc, m.entity)
                if placeCountry == home { continue }
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

    /// Every date the text gives belongs to something that happened: a time expression no
    /// event took becomes an event of its own, named after the verb it goes with ("statement"
    /// after a speech verb), with the people and organizations of its clause.
    static func occurrences(_ doc: Document, _ events: inout [Event]) {
        let t = doc.tokens
        var used = Set<String>()
        for e in events { if let d = e.date { used.insert("\(e.dateSentence)|\(d.iso)") } }
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline {
            let r = span.tokens
            var segments: Segments?
            for i in doc.timesBySentence[s] {
                let tm = doc.times[i]
                guard !used.contains("\(s)|\(tm.date.iso)") else { continue }
                used.insert("\(s)|\(tm.date.iso)")
                if segments == nil { segments = segment(doc, r) }
                // The verb it goes with: the nearest verb-like word before it.
                var k = tm.tokens.lowerBound - 1
                var kind = "occurrence"
                var speaker = -1
                while k >= r.lowerBound && tm.tokens.lowerBound - k <= 8 {
                    let w = t[k].lower
                    if SpeechExtractor.isSpeechVerb(t, k) {
                        kind = "statement"
                        speaker = SpeechExtractor.speakerBefore(doc, verb: k, limit: r.lowerBound)
                        if speaker < 0, let (e, _) = SpeechExtractor.appositionSpeaker(doc, verb: k, limit: r.lowerBound) { speaker = e }
                        break
                    }
                    if t[k].kind == .word && !t[k].isCapitalized && w.count > 3 && (w.hasSuffix("ed") || ["met", "held", "won", "lost", "took", "began", "begins", "ends", "ended", "left", "became", "signed", "rose", "fell", "set", "expires", "closes", "opens", "meets", "visits"].contains(w)) {
                        kind = w; break
                    }
                    if [";", "."].contains(w) { break }
                    k -= 1
                }
                var e = Event(kind: kind, family: "occurrence", status: tm.date.lastDay < (doc.article.date?.firstDay ?? Int.max) ? "held" : "planned",
                              sentence: s, tokens: tm.tokens)
                e.date = tm.date
                e.dateSentence = s
                if speaker >= 0 { e.participants = [speaker] }
                else {
                    let seg = segments!.id[tm.tokens.lowerBound - r.lowerBound]
                    var people: [Int] = []
                    for m in doc.mentions where m.sentence == s && m.entity >= 0 && m.kind == .name {
                        let type = doc.entities[m.entity].type
                        guard ["person", "organization", "country"].contains(type) else { continue }
                        let mseg = segments!.id[m.tokens.lowerBound - r.lowerBound]
                        if (mseg == seg || !segments!.subordinate[mseg]) && !people.contains(m.entity) && people.count < 3 { people.append(m.entity) }
                    }
                    e.participants = people
                }
                e.participantSentences = e.participants.map { _ in s }
                events.append(e)
            }
        }
    }

    /// Whether the words before a trigger make it planned or held.
    static func status(_ doc: Document, _ k: Int, _ r: Range<Int>) -> String {
        let t = doc.tokens
        var j = k - 1
        var steps = 0
        while j >= r.lowerBound && steps < 8 {
            let w = t[j].lower
            if [",", ";", "that"].contains(w) && steps > 1 { break }
            if plannedWords.contains(w) { return "planned" }
            if ["held", "had", "after", "during", "in", "since", "following", "last"].contains(w) { return "held" }
            j -= 1; steps += 1
        }
        if k + 2 < r.upperBound, ["next", "later"].contains(t[k + 1].lower) { return "planned" }
        return "held"
    }

    /// Segments of a sentence split at commas, brackets, dashes and subordinators; a
    /// subordinate segment ("since Biden was inaugurated Jan. 20") keeps its own dates.
    struct Segments {
        var id: [Int]
        var subordinate: [Bool]
        /// People inside "since …" clauses or after "by": not participants of the main event.
        var excluded: Set<Int>
    }

    static func segment(_ doc: Document, _ r: Range<Int>) -> Segments {
        let s = Int(doc.sentenceOf[r.lowerBound])
        if let cached = doc.segmentCache[s] { return cached }
        let computed = computeSegments(doc, r)
        doc.segmentCache[s] = computed
        return computed
    }

    static func computeSegments(_ doc: Document, _ r: Range<Int>) -> Segments {
        let t = doc.tokens
        var ids = [Int](repeating: 0, count: r.count)
        var sub: [Bool] = [false]
        var excluded = Set<Int>()
        var inTime = Set<Int>()
        for i in doc.timesBySentence[Int(doc.sentenceOf[r.lowerBound])] { for k in doc.times[i].tokens { inTime.insert(k) } }
        var current = 0
        var excluding = false
        for k in r {
            let w = t[k].lower
            let boundary = (([",", ";", ":", "(", ")"].contains(w) || (t[k].kind == .dash && t[k].has(.spaceBefore))) && !inTime.contains(k))
            let opensSub = Lexicon.shared.classes(of: t[k]).contains(.subordinator) && k > r.lowerBound
                || (w == "as" && k + 1 < r.upperBound && t[k + 1].lower.hasSuffix("ed"))
            if boundary || opensSub {
                current += 1
                sub.append(opensSub)
                excluding = w == "since" || (w == "as" && opensSub)
            }
            if w == "by" { excluding = true }
            ids[k - r.lowerBound] = current
            if excluding, let m = doc.mention(at: k), m.entity >= 0 { excluded.insert(k) }
        }
        return Segments(id: ids, subordinate: sub, excluded: excluded)
    }

    static func isPerson(_ doc: Document, _ e: Int) -> Bool { e >= 0 && doc.entities[e].type == "person" }

    /// The people a talks sentence names (and "they"/"them"), except excluded ones.
    static func talkParticipants(_ doc: Document, _ r: Range<Int>, _ segments: Segments) -> [Int] {
        var out: [Int] = []
        var plural = false
        var k = r.lowerBound
        var insideQuote = false
        while k < r.upperBound {
            if doc.tokens[k].kind == .quote { insideQuote.toggle() }
            if !insideQuote, let m = doc.mention(at: k), !segments.excluded.contains(k) {
                if m.kind == .pronoun && m.type == "plural" && ["they", "them"].contains(m.name) { plural = true }
                else if m.kind == .role && doc.tokens[k + 1 < r.upperBound ? k + 1 : k].lower == "two" { plural = true }
                else if isPerson(doc, m.entity), !out.contains(m.entity) { out.append(m.entity) }
                k = max(k + 1, m.tokens.upperBound)
                continue
            }
            if doc.tokens[k].lower == "two" && k > r.lowerBound && doc.tokens[k - 1].lower == "the" { plural = true }
            k += 1
        }
        if plural && out.count < 2 {
            // "they", "the two": the people of the previous sentence too.
            let s = Int(doc.sentenceOf[r.lowerBound])
            if s > 0 {
                for m in doc.mentions where m.sentence == s - 1 && isPerson(doc, m.entity) && !out.contains(m.entity) { out.append(m.entity) }
            }
        }
        return out
    }

    /// The people of a joint act: its subject ("X (L) and Y sign …", before the verb, back to
    /// the clause start) and "with Y" right after ("shakes hands with Y").
    static func jointParticipants(_ doc: Document, _ k: Int, _ r: Range<Int>, _ segments: Segments) -> [Int] {
        let t = doc.tokens
        var out: [Int] = []
        var j = k - 1
        var subject: [Int] = []
        while j >= r.lowerBound {
            let w = t[j].lower
            if [";", ":"].contains(w) || t[j].kind == .quote || SpeechExtractor.isSpeechVerb(t, j) { break }
            if let m = doc.mention(at: j), m.tokens.upperBound == j + 1 {
                if isPerson(doc, m.entity), !segments.excluded.contains(m.tokens.lowerBound) { subject.insert(m.entity, at: 0) }
                j = m.tokens.lowerBound - 1; continue
            }
            // Only names, titles, "and", commas and bracketed (L)/(R) make up the subject.
            if t[j].kind == .word && !t[j].isCapitalized && w != "and" && w.count > 1 { break }
            j -= 1
        }
        for p in subject where !out.contains(p) { out.append(p) }
        var a = k + 1
        while a < r.upperBound && a < k + 4 && t[a].lower != "with" { a += 1 }
        if a + 1 < r.upperBound, t[a].lower == "with" {
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

    /// Who visits: "X's visit", "a visit by X", or the subject before "(plans to) visit".
    static func visitor(_ doc: Document, _ k: Int, _ r: Range<Int>, isVerb: Bool) -> Int? {
        let t = doc.tokens
        if k >= 2, t[k - 1].kind == .possessive, let m = doc.mention(at: k - 2), isPerson(doc, m.entity) { return m.entity }
        if k + 2 < r.upperBound, t[k + 1].lower == "by", let m = doc.mention(at: k + 2), isPerson(doc, m.entity) { return m.entity }
        var j = k - 1
        while j >= r.lowerBound && k - j <= 10 {
            if t[j].lower == "," || t[j].lower == ";" { break }
            if let m = doc.mention(at: j), m.entity >= 0, isPerson(doc, m.entity) || (m.kind == .name && ["country", "organization"].contains(doc.entities[m.entity].type) && isVerb && j == k - 1) {
                return m.entity
            }
            j -= 1
        }
        // "his visit": the possessor.
        if k >= 1, let m = doc.mention(at: k - 1), m.kind == .pronoun, isPerson(doc, m.entity) { return m.entity }
        // "Rourke, who arrived in …" and "Rourke, who …, will travel to …": the sentence's subject.
        for m in doc.mentions where m.sentence == Int(doc.sentenceOf[k]) && m.tokens.lowerBound < k {
            if (m.kind == .name || m.kind == .pronoun) && isPerson(doc, m.entity) { return m.entity }
            break
        }
        return nil
    }

    /// Where a visit goes: "visit (the) X", "visit to X", "trip to X", "arrived in X".
    static func destination(_ doc: Document, _ k: Int, _ r: Range<Int>, isVerb: Bool) -> Int {
        let t = doc.tokens
        var j = k + 1
        if j < r.upperBound, ["to", "in"].contains(t[j].lower) { j += 1 }
        else if !isVerb { return -1 }
        if j < r.upperBound, t[j].lower == "the" { j += 1 }
        if let m = doc.mention(at: j), m.kind == .name, m.entity >= 0, ["country", "place", "organization"].contains(doc.entities[m.entity].type) {
            return m.entity
        }
        return -1
    }

    /// "in Tokyo" after a talks trigger, in its clause.
    static func placeAfter(_ doc: Document, _ k: Int, _ r: Range<Int>, _ segments: Segments) -> Int {
        let t = doc.tokens
        var j = k + 1
        let seg = segments.id[k - r.lowerBound]
        while j + 1 < r.upperBound && segments.id[j - r.lowerBound] == seg {
            if t[j].lower == "in" || t[j].lower == "at" {
                var m = j + 1
                if t[m].lower == "the" && m + 1 < r.upperBound { m += 1 }
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
        let t = doc.tokens
        let s = Int(doc.sentenceOf[k])
        let seg = segments.id[k - r.lowerBound]
        var best: (distance: Int, date: DateValue)?
        var own: (distance: Int, date: DateValue)?
        for i in doc.timesBySentence[s] {
            let tm = doc.times[i]
            let start = tm.tokens.lowerBound
            var before = start - 1
            if before >= r.lowerBound && t[before].lower == "on" { before -= 1 }
            if before >= r.lowerBound && SpeechExtractor.isSpeechVerb(t, before) { continue }
            let tseg = segments.id[start - r.lowerBound]
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
        let t = doc.tokens
        let units = ["minute", "minutes", "hour", "hours", "day", "days"]
        if k > r.lowerBound, t[k - 1].has(.hyphenated), units.contains(where: { t[k - 1].lower.hasSuffix("-" + $0) }) {
            return t[k - 1].text.replacingASCII("-", with: " ") + "s"
        }
        var j = k + 1
        while j < r.upperBound && j < k + 10 {
            if ["lasted", "lasting", "for"].contains(t[j].lower) {
                var e = j + 1
                while e < r.upperBound && e < j + 5 && !units.contains(t[e].lower) { e += 1 }
                if e < r.upperBound, units.contains(t[e].lower), e > j + 1 { return doc.text((j + 1)..<(e + 1)) }
            }
            j += 1
        }
        return nil
    }

    static func merge(_ events: inout [Event], _ e: Event, definite: Bool, caption: Bool, _ s: Int) {
        var target = -1
        for i in events.indices.reversed() where events[i].family == e.family {
            let ev = events[i]
            if e.family == "visit" {
                let sameVisitor = !e.participants.isEmpty && ev.participants == e.participants
                let destinationFits = e.destination < 0 || ev.destination < 0 || e.destination == ev.destination
                if sameVisitor && destinationFits && dateFits(ev.date, e.date) { target = i; break }
                continue
            }
            let overlap = e.participants.filter { ev.participants.contains($0) }.count
            let need = min(2, e.participants.count, ev.participants.count)
            let statusFits = ev.status == e.status || caption
            if e.participants.isEmpty ? (definite && statusFits) : (overlap >= max(need, 1) && statusFits && dateFits(ev.date, e.date) && (overlap == e.participants.count || definite || caption)) {
                target = i; break
            }
        }
        if target < 0 {
            if caption || e.family == "talks" && e.participants.count < 2 && !(e.participants.count == 1 && e.place >= 0) { return }
            if e.family == "visit" && e.participants.isEmpty { return }
            events.append(e)
            return
        }
        var ev = events[target]
        for p in e.participants where !ev.participants.contains(p) { ev.participants.append(p); ev.participantSentences.append(s) }
        if ev.date == nil, let d = e.date { ev.date = d; ev.dateSentence = s }
        if ev.place < 0 && e.place >= 0 { ev.place = e.place; ev.placeSentence = s }
        if ev.destination < 0 { ev.destination = e.destination }
        if ev.medium == nil { ev.medium = e.medium }
        if ev.duration == nil { ev.duration = e.duration }
        if e.kind.count > ev.kind.count && e.kind.hasSuffix(ev.kind) { ev.kind = e.kind }
        events[target] = ev
    }

    static func dateFits(_ a: DateValue?, _ b: DateValue?) -> Bool {
        guard let a, let b else { return true }
        return a.firstDay <= b.lastDay && b.firstDay <= a.lastDay
    }

    static func emit(_ doc: Document, _ events: [Event]) {
        var counters: [String: Int] = [:]
        for e in events {
            let slug = e.kind.replacingASCII(" ", with: "-")
            counters[slug, default: 0] += 1
            let name = "\(slug)#\(counters[slug]!)@\(doc.article.id)"
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
            if let m = e.medium { doc.addFact(subject, "medium", .text(m), sentence: e.sentence, tokens: nil, rule: "event-medium") }
            if let d = e.duration { doc.addFact(subject, "duration", .text(d), sentence: e.sentence, tokens: nil, rule: "event-duration") }
            doc.addFact(subject, "status", .text(e.status), sentence: e.sentence, tokens: r, rule: "event-status")
        }
    }
}
