import NewsFacts

/// The place a wire story is filed from, opening its first body sentence:
///
///     "KARVIA CITY, Oct. 2 (Nordpress) — …"      the place, a comma, a date, the agency, a dash
///     "Quito [Ecuador], Oct. 2 (Andes): …"        a country in brackets after it, a colon
///     "LIMA (Nordpress) — …", "LIMA — …"          the agency alone; a dash only after capitals
///     "Quito: …"                                  a colon right after the place
///
/// Only that shape: a place or country mention opening a paragraph among the story's first
/// sentences (no caption, ending with a full stop), then nothing but a bracketed country, a date
/// and a bracketed agency before the dash or colon. A place and a dash with words after it in
/// ordinary case ("Chile - Peru ties warm") is no dateline, and a line with no full stop reads
/// as a headline.
enum Datelines {
    /// Tokens the date and the agency may take between the place and the closing mark.
    static let maxDatelineTokens = 10

    /// Sentences from the text's start searched for the dateline (a caption or a headline line
    /// may come first).
    static let maxOpeningSentences = 5

    /// The dateline's place (a place or country entity), the country it lies in (the one in
    /// brackets after it, else `EventExtractor.countryOfPlace`) and its sentence: the first of
    /// the opening sentences that opens a paragraph, ends with a full stop (a headline line has
    /// none) and has a dateline's shape; nil without one.
    static func place(_ doc: Document) -> (entity: Int, country: String?, sentence: Int)? {
        let known = KnownWords.shared
        let t = doc.tokens
        for s in doc.sentences.indices.prefix(maxOpeningSentences) {
            let span = doc.sentences[s]
            if span.isExcluded || span.isCaption { continue }
            let r = span.tokens
            guard !r.isEmpty else { continue }
            let last = t[r.upperBound - 1].kind == .quote && r.count > 1 ? r.upperBound - 2 : r.upperBound - 1
            guard t[last].word == known.period, t[r.lowerBound].has(.paragraphBefore), let found = dateline(doc, r) else { continue }
            return (found.entity, found.country ?? EventExtractor.countryOfPlace(doc, found.entity), s)
        }
        return nil
    }

    /// Days a dateline's date may lie before the article's: a paper prints the next morning
    /// what its correspondent filed the day before, a weekly a few days later.
    static let maxDatelineLag = 3

    /// The day a wire story was filed, its dateline's date ("NEW DELHI, July 26 — …", "Lima,
    /// 4 December - …", also with nothing after the date: "Karvia City, May 3 Talks on the port …"),
    /// when it lies one to `maxDatelineLag` days before the article's date: the day undated
    /// held talks took place, the story's "today" [event-date-article]. A dateline's place
    /// opening one of the opening sentences (a paragraph's first), a comma and a written day
    /// and month right after it; else the article's date.
    static func day(_ doc: Document) -> DateValue? {
        guard let today = doc.article.date, today.precision == .day else { return doc.article.date }
        let t = doc.tokens
        let known = KnownWords.shared
        for s in doc.sentences.indices.prefix(maxOpeningSentences) {
            let span = doc.sentences[s]
            if span.isExcluded || span.isCaption || span.isHeadline { continue }
            let r = span.tokens
            guard r.count > 3, t[r.lowerBound].has(.paragraphBefore), let m = doc.mention(at: r.lowerBound), m.kind == .name,
                  m.entity >= 0, ["place", "country"].contains(doc.entities[m.entity].type) else { continue }
            let j = m.tokens.upperBound
            guard j < r.upperBound, t[j].word == known.comma,
                  let time = doc.timesBySentence[s].first(where: { doc.times[$0].tokens.lowerBound == j + 1 }).map({ doc.times[$0] }),
                  time.kind == .absolute, time.date.precision == .day else { continue }
            let lag = today.firstDay - time.date.firstDay
            return (1...maxDatelineLag).contains(lag) ? time.date : today
        }
        return today
    }

    /// The dateline opening the sentence `r`: its place and the country in brackets after it.
    static func dateline(_ doc: Document, _ r: Range<Int>) -> (entity: Int, country: String?)? {
        let t = doc.tokens
        let known = KnownWords.shared
        guard let m = doc.mention(at: r.lowerBound), m.kind == .name, m.entity >= 0,
              ["place", "country"].contains(doc.entities[m.entity].type) else { return nil }
        var j = m.tokens.upperBound
        var country: String?
        // "Quito [Ecuador]": the country it lies in.
        if j < r.upperBound, t[j].word == known.openBracket {
            guard let c = (j + 1..<min(r.upperBound, j + 5)).first(where: { t[$0].word == known.closeBracket }) else { return nil }
            if let n = doc.mention(at: j + 1), n.kind == .name, n.entity >= 0, doc.entities[n.entity].type == "country" {
                country = doc.entities[n.entity].name
            }
            j = c + 1
        }
        guard j < r.upperBound else { return nil }
        let capitals = t[m.tokens.lowerBound].has(.allCaps)
        func closes(_ k: Int) -> Bool { k < r.upperBound && (t[k].word == known.colon || t[k].kind == .dash) }
        func pastAgency(_ k: Int) -> Int {
            guard k < r.upperBound, t[k].word == known.open,
                  let c = (k + 1..<min(r.upperBound, k + 5)).first(where: { t[$0].word == known.close }) else { return k }
            return c + 1
        }
        let found = (entity: m.entity, country: country)
        if t[j].word == known.colon { return found }
        if t[j].kind == .dash { return capitals ? found : nil }
        if t[j].word == known.open { return closes(pastAgency(j)) ? found : nil }
        let s = Int(doc.sentenceOf[r.lowerBound])
        guard t[j].word == known.comma,
              let time = doc.timesBySentence[s].first(where: { doc.times[$0].tokens.lowerBound == j + 1 }).map({ doc.times[$0] }),
              time.tokens.upperBound - j <= maxDatelineTokens else { return nil }
        return closes(pastAgency(time.tokens.upperBound)) ? found : nil
    }
}

extension EventExtractor {
    /// "KARVIA CITY, Oct. 2 (Nordpress) — Brazilian Trade Minister Lena Varga held talks with
    /// Karvian counterpart Otto Brell on Friday": held talks the dateline's sentence tells of,
    /// with no place of their own, were held where the story was filed, and each participant who
    /// serves another country than the dateline's was visiting it, dated by the talks
    /// [event-presence]. Only when the other side is at home or of no known country: a sentence
    /// naming people of two countries other than the dateline's ("WASHINGTON — Chinese President
    /// X held talks with Brazilian President Y") tells of talks elsewhere. Not talks planned (a
    /// home dateline announces its own leader's trips), by phone or video, at an occasion ("on
    /// the sidelines of a summit", "at a conference"), nor when the sentence tells a trip of its
    /// own ("…, when he travels to India"); never the host.
    static func datelinePresences(_ doc: Document, _ events: inout [Event]) {
        guard let dateline = Datelines.place(doc), let home = dateline.country else { return }
        let w = Words.shared
        let t = doc.tokens
        let r = doc.sentences[dateline.sentence].tokens
        // "… on the sidelines of a summit", "… at the climate conference": talks at an
        // occasion, which may be anywhere (a gathering's noun other than the talks' own, or
        // `event.occasionMargins`).
        func atOccasion(_ trigger: Range<Int>) -> Bool {
            r.contains { !trigger.contains($0) && (w.gatheringNouns.contains(t[$0]) || w.occasionMargins.contains(t[$0])) }
        }
        // A trip the sentence tells itself says where its people go ("will meet X next week,
        // when he travels to India").
        if events.contains(where: { $0.family == "visit" && $0.sentence == dateline.sentence }) { return }
        for i in events.indices where events[i].family == "talks" && events[i].sentence == dateline.sentence {
            let ev = events[i]
            guard ev.place < 0, ev.medium == nil, ev.status == "held", !atOccasion(ev.tokens) else { continue }
            let people = ev.participants.filter { isPerson(doc, $0) }
            var abroad = Set<String>()
            for p in people { if let c = doc.entities[p].country, c != home { abroad.insert(c) } }
            guard abroad.count == 1 else { continue }
            for p in people where p != ev.host && doc.entities[p].country.map(abroad.contains) == true {
                var e = Event(kind: "visit", family: "visit", status: ev.status, sentence: ev.sentence, tokens: ev.tokens)
                e.participants = [p]; e.participantSentences = [ev.sentence]
                e.destination = dateline.entity
                e.date = ev.date; e.dateSentence = ev.dateSentence; e.dateInferred = ev.dateInferred
                merge(&events, e, definite: false, caption: false, ev.sentence)
            }
        }
    }
}
