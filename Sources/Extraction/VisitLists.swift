import NewsFacts

/// Where a visit goes when the text names more than one place, or a venue in a place.
extension EventExtractor {
    /// One more stop of a journey after the first: its destination, the place of that
    /// destination when it is an organization (or -1), the date written after it, and whether it
    /// comes after the first.
    struct Stop {
        var destination: Int
        var place: Int
        var date: DateValue?
        var later: Bool
    }

    /// A visit's destination from the name at `m`: a country itself; a place or an organization,
    /// with the place after it ("the WHO headquarters in Geneva") as the visit's place; any
    /// other name (an event, a show: "the Lena Marsh Revue in Eureka Springs") only
    /// through the place after it [event-destination].
    static func stop(_ doc: Document, _ m: Mention, _ r: Range<Int>) -> (destination: Int, place: Int, end: Int)? {
        guard m.kind == .name, m.entity >= 0 else { return nil }
        let venue = venuePlace(doc, after: m.tokens.upperBound, r)
        switch doc.entities[m.entity].type {
        case "country": return (m.entity, -1, m.tokens.upperBound)
        case "place", "organization": return (m.entity, venue?.place ?? -1, venue?.end ?? m.tokens.upperBound)
        case "person": return nil
        default:
            guard let venue else { return nil }
            return (venue.place, -1, venue.end)
        }
    }

    /// "visited the factory in Shenzhen", "toured a hospital in Lagos": after a visit verb, an
    /// unnamed site (an article and at most `maxSiteWords` lower-case words) and "in" a named
    /// place or country: the visitor went to that place.
    static func sitePlace(_ doc: Document, from j: Int, _ r: Range<Int>) -> (destination: Int, place: Int, end: Int)? {
        let w = Words.shared
        let t = doc.tokens
        var k = j
        if k < r.upperBound, t[k].word == w.a || t[k].word == KnownWords.shared.an { k += 1 }
        let first = k
        while k < r.upperBound && k - first < maxSiteWords && t[k].kind == .word && !t[k].isCapitalized
            && t[k].word != w.in && !w.toOrIn.contains(t[k]) && !isPlaceOf(t, k) && !doc.hasMention(at: k) { k += 1 }
        // "visited the southern city of Marseille": a place noun closing the site, then "of".
        guard k > first, k + 1 < r.upperBound, t[k].word == w.in || isPlaceOf(t, k) else { return nil }
        var p = k + 1
        if t[p].word == w.the && p + 1 < r.upperBound { p += 1 }
        guard let m = doc.mention(at: p), m.kind == .name, m.entity >= 0,
            ["place", "country"].contains(doc.entities[m.entity].type)
        else { return nil }
        return (m.entity, -1, m.tokens.upperBound)
    }

    /// Whether "of" at `k` follows a noun of a kind of place ("the city of", "the province of";
    /// not "the mayor of", a person's).
    static func isPlaceOf(_ t: [Token], _ k: Int) -> Bool {
        guard k > 0, t[k].word == KnownWords.shared.of, t[k - 1].kind == .word, t[k - 1].word >= 0 else { return false }
        let lex = Lexicon.shared
        return lex.classes(of: t[k - 1]).contains(.placeNoun) && lex.roleOf[Int(t[k - 1].word)] != "person"
    }

    /// Most lower-case words of an unnamed site between a visit verb and "in PLACE".
    static let maxSiteWords = 4

    /// "in Las Vegas" right after a name: the place it is in.
    static func venuePlace(_ doc: Document, after k: Int, _ r: Range<Int>) -> (place: Int, end: Int)? {
        let w = Words.shared
        let t = doc.tokens
        var k = k
        // "the Harbour Festival of Song in Oregon": past the rest of a name cut at "of".
        if k + 1 < r.upperBound, t[k].word == KnownWords.shared.of, t[k + 1].isCapitalized {
            k += 1
            while k < r.upperBound && t[k].isCapitalized && t[k].kind == .word { k += 1 }
        }
        guard k + 1 < r.upperBound, t[k].word == w.in, let m = doc.mention(at: k + 1), m.kind == .name,
              m.entity >= 0, ["place", "country"].contains(doc.entities[m.entity].type) else { return nil }
        return (m.entity, m.tokens.upperBound)
    }

    /// The stops listed after the first destination, which ends at `end`: "visited Lima and
    /// Santiago", "I have been to X in Eureka Springs, Arkansas, Y in Las Vegas and Z in London",
    /// "going to Denver next month, Spain in May, back to Denver in June". A date
    /// after a stop dates it and the stops joined to it by "and" before it ("Las Vegas and Los
    /// Angeles next month"); `firstDate` is the first stop's own date when the list dates it. The
    /// list ends at the first thing that is not a stop, a date, a comma or "and"; a name that
    /// names no place ("Magi-Fest in February") is passed over; a person or a possessive ends it.
    static func stops(_ doc: Document, from end: Int, _ r: Range<Int>) -> (stops: [Stop], firstDate: DateValue?) {
        let w = Words.shared
        let t = doc.tokens
        var out: [Stop] = []
        var group: [Int] = [-1]  // stops joined by "and" since the last comma; -1 is the first stop
        var firstDate: DateValue?
        var latest: DateValue?
        var j = end
        var later = false
        var added = false
        /// A capitalised word no stage made a name of ("Magi-Fest", "Cavalcade").
        let unnamed = { (k: Int) in
            k < r.upperBound && t[k].isCapitalized && t[k].kind == .word && (doc.mention(at: k).map { $0.entity < 0 } ?? true)
        }
        while j < r.upperBound && out.count < ExtractionLimits.maxEventParticipants {
            // "Harbour Festival of Song in March": past the rest of a name the stop opens.
            while unnamed(j) { j += 1 }
            // A date after the stop(s); a month without a year comes after the stops before it
            // ("Italy in November, Mexico in January": next January).
            if let tm = doc.timesBySentence[Int(doc.sentenceOf[j])].lazy.map({ doc.times[$0] })
                .first(where: { $0.tokens.lowerBound == j || ($0.tokens.lowerBound == j + 1 && (w.toOrIn.contains(t[j]) || t[j].word == w.on)) }) {
                var date = tm.date
                if tm.kind == .month, let last = latest, date.lastDay < last.firstDay, let m = date.month {
                    date = DateValue(year: date.year + 1, month: m)
                }
                latest = date
                for i in group { if i < 0 { firstDate = date } else if out[i].date == nil { out[i].date = date } }
                group = []
                j = tm.tokens.upperBound
            }
            guard j < r.upperBound else { break }
            if t[j].word == w.comma {
                group = []
                j += 1
                if j < r.upperBound, t[j].word == w.and { j += 1 }
            } else if t[j].word == w.and {
                j += 1
            } else {
                // "visited Paris and Rome officials": a stop must end its phrase ("… and Santiago
                // twice each" does).
                if added, t[j].isCapitalized || t[j].kind == .possessive || t[j].kind == .number
                    || doc.hasMention(at: j) || Words.shared.groupNouns.contains(t[j]) { out.removeLast() }
                break
            }
            added = false
            if j < r.upperBound, t[j].word == w.then || t[j].word == w.later { later = true; j += 1 }
            while j < r.upperBound && w.motionParticles.contains(t[j]) { j += 1 }
            if j < r.upperBound, w.toOrIn.contains(t[j]) { j += 1 }
            if j < r.upperBound, t[j].word == w.the { j += 1 }
            guard let m = doc.mention(at: j), m.kind == .name, m.entity >= 0 else {
                // A name no stage kept ("Magi-Fest in February"): passed over like one.
                guard unnamed(j) else { break }
                while unnamed(j) { j += 1 }
                j = venuePlace(doc, after: j, r)?.end ?? j
                continue
            }
            // "… to Tokyo and Seoul's officials": the name must end the phrase.
            if m.tokens.upperBound < r.upperBound, t[m.tokens.upperBound].kind == .possessive { break }
            if let s = stop(doc, m, r) {
                out.append(Stop(destination: s.destination, place: s.place, date: nil, later: later))
                group.append(out.count - 1)
                added = true
                j = s.end
            } else if doc.entities[m.entity].type == "person" {
                break
            } else {
                j = venuePlace(doc, after: m.tokens.upperBound, r)?.end ?? m.tokens.upperBound
            }
        }
        return (out, firstDate)
    }

    /// "After I was inducted in July, I have been to …": a held visit the sentence does not date
    /// happened between the date of an "after"/"since" clause before it and the article's date;
    /// the month or year both share, if any.
    static func sinceBound(_ doc: Document, _ k: Int, _ r: Range<Int>, _ segments: Segments) -> DateValue? {
        guard let today = doc.article.date else { return nil }
        let s = Int(doc.sentenceOf[k])
        for i in doc.timesBySentence[s] {
            let tm = doc.times[i]
            guard tm.tokens.lowerBound < k, tm.date.lastDay <= today.firstDay else { continue }
            let seg = segments.id[tm.tokens.lowerBound - r.lowerBound]
            guard seg != segments.id[k - r.lowerBound], opensWithSince(doc, seg, r, segments) else { continue }
            guard tm.date.year == today.year else { return nil }
            if let m = tm.date.month, m == today.month { return DateValue(year: today.year, month: m) }
            return DateValue(year: today.year)
        }
        return nil
    }

    /// Whether segment `seg` opens with "after" or "since": its dates bound what the sentence
    /// tells next rather than date it.
    static func opensWithSince(_ doc: Document, _ seg: Int, _ r: Range<Int>, _ segments: Segments) -> Bool {
        guard let open = r.first(where: { segments.id[$0 - r.lowerBound] == seg }) else { return false }
        return Words.shared.sinceWords.contains(doc.tokens[open])
    }
}
