import NewsFacts

/// A time expression found in a sentence and the date it resolves to.
public struct TimeMention: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Written with a month, a day or a year ("Jan. 20", "March 2020", "in 2019").
        case absolute
        /// A weekday resolved against the article date ("on Sunday").
        case weekday
        /// "last month", "yesterday", "earlier this year".
        case relative
        /// A month without a year ("in March", "mid-February").
        case month
        case decade
    }

    /// Token indices (into the article's tokens) the expression covers.
    public var tokens: Range<Int>
    public var date: DateValue
    public var kind: Kind
    /// "mid", "early" or "late" when written ("mid-February").
    public var part: String?
}

/// Finds time expressions in token sequences and resolves them against the article date.
///
/// For example, in an article dated 2021-01-27 (a Wednesday):
///
///     "on Sunday"          → 2021-01-24      "Jan. 20"        → 2021-01-20
///     "possibly in mid-February" → 2021-02   "in the 1970s"   → 1970s
///     "will expire in March"     → 2021-03   "last month"     → 2020-12
public enum TimeResolver {
    /// The words the rules below test tokens against, by id (see `WordSet`), looked up once.
    final class Words: Sendable {
        static let shared = Words()
        private let classes = Lexicon.shared.classes
        let comma, semicolon, colon, last, next, this, past, earlier, later, month, year, week, to: Int32
        /// Words before a month name that make it a date ("in March", "until May", "last June").
        let beforeMonth = WordSet(.timeBeforeMonth)
        let partOfMonth = WordSet(.timePartOfMonth)
        let articles = WordSet(.timeArticles)
        /// Words that start "last month", "next year", "earlier this year".
        let beforeUnit = WordSet(.timeBeforeUnit)
        let beforeThis = WordSet(.timeBeforeThis)
        /// "night", "evening": after "last" the day before the article's, after "this" its own.
        let nightUnits = WordSet(.timeNightUnits)
        /// Words before a bare year that make it a date ("in 2019"); without an article date, fewer.
        let beforeYear = WordSet(.timeBeforeYear)
        let beforeYearUndated = WordSet(.timeBeforeYearUndated)
        /// "1979, when …": a clause about the year before it.
        let yearClause = WordSet(.timeYearClause)
        let `for` = Lexicon.shared.id(.for)
        let weekend = Lexicon.shared.id(.weekend)
        /// "speaking", "talked": before these "to" is a preposition ("speaking to reporters").
        let toAsPreposition = WordSet(.timeToAsPreposition)
        /// "was able to", "managed to": a past achievement before "to" (`achievedTo`).
        let achievedTo = WordSet(.eventAchievedTo)
        let pastBe = WordSet(.eventPastBe)
        /// "not", "n't": may stand between "was" and "able".
        let negation = WordSet(.eventNegation)
        /// "who", "which": open a relative clause after a comma (`RelativeClauseTense`).
        let relativeOpeners = WordSet(.timeRelativeOpener)

        private init() {
            let id: (KnownWord) -> Int32 = Lexicon.shared.id
            (comma, semicolon, colon, last, next, this) = (id(.comma), id(.semicolon), id(.colon), id(.last), id(.next), id(.this))
            (past, earlier, later, month, year, week, to) = (id(.past), id(.earlier), id(.later), id(.month), id(.year), id(.week), id(.to))
        }

        @inline(__always) func classes(of t: Token) -> WordClass { t.word >= 0 ? classes[Int(t.word)] : [] }

        /// `classes(of:)` by word id (-1: none).
        @inline(__always) func classes(ofWord word: Int32) -> WordClass { word >= 0 ? classes[Int(word)] : [] }
    }

    /// All time expressions in `tokens[range]`.
    public static func find(in tokens: [Token], range: Range<Int>, articleDate: DateValue?) -> [TimeMention] {
        let w = Words.shared
        var out: [TimeMention] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // Most words cannot start a time expression: they are passed over here, without a call.
            guard mayStart(tokens, i, w) else { i += 1; continue }
            if var m = match(tokens, i, end, articleDate, sentenceStart: range.lowerBound, w) {
                if let prev = out.last { m = inOrder(m, after: prev, tokens, range.lowerBound, articleDate, w) }
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// "I am going to Las Vegas next month, Italy in November, …, Tennessee in March, and the
    /// FFFF in April": a bare month no tense word near it tells of comes, in a list of dates that
    /// runs into the future, after the month before it (next year's March, not last March).
    static func inOrder(_ m: TimeMention, after prev: TimeMention, _ t: [Token], _ sentenceStart: Int,
                        _ article: DateValue?, _ w: Words) -> TimeMention {
        guard m.kind == .month, let a = article, let month = m.date.month, prev.date.firstDay > a.lastDay,
              m.date.lastDay < prev.date.firstDay, m.date.year == a.year,
              tense(t, before: m.tokens.lowerBound, sentenceStart: sentenceStart) == 0 else { return m }
        let start = m.tokens.lowerBound
        if t[start].word == w.last || t[start].word == w.next { return m }
        var out = m
        out.date = DateValue(year: a.year + 1, month: month)
        return out
    }

    /// Whether a time expression may start at token `i` (`match`'s first test): a number, a
    /// capitalised or hyphenated word, or a word of relative time ("yesterday", "last"). Read in
    /// place, so no token is copied for the question.
    @inline(__always) private static func mayStart(_ t: [Token], _ i: Int, _ w: Words) -> Bool {
        t.withUnsafeBufferPointer { b in
            precondition(i >= 0 && i < b.count, "token index out of range")
            return b[i].kind == .number || b[i].flags.contains(.capitalized) || b[i].flags.contains(.hyphenated)
                || w.classes(ofWord: b[i].word).contains(.relativeTimeWord)
        }
    }

    /// The value of the number token at `k` if it has at most four digits, after an ordinal
    /// suffix ("20th"). Takes an index: most tokens asked about are not numbers, rejected
    /// without copying them.
    private static func number(_ t: [Token], _ k: Int) -> Int? {
        t[k].kind == .number ? value(ofNumber: t[k].lower) : nil
    }

    private static func value(ofNumber text: String) -> Int? {
        var text = text
        return text.withUTF8 { b -> Int? in
            // Suffixes are dropped one after another, each if the text still ends with it.
            var n = b.count
            func drop(_ x: Unicode.Scalar, _ y: Unicode.Scalar) {
                if n >= 2 && b[n - 2] == UInt8(ascii: x) && b[n - 1] == UInt8(ascii: y) { n -= 2 }
            }
            drop("s", "t"); drop("n", "d"); drop("r", "d"); drop("t", "h")
            guard n >= 1, n <= 4 else { return nil }
            var value = 0
            for k in 0..<n {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                value = value * 10 + Int(b[k] - 48)
            }
            return value
        }
    }

    private static func year(_ t: [Token], _ k: Int) -> Int? {
        guard t[k].kind == .number, t[k].text.utf8.count == 4, let n = value(ofNumber: t[k].lower), (1800...2199).contains(n) else { return nil }
        return n
    }

    /// Splits "mid-February" into ("mid", 2).
    /// Takes the token's index: most tokens asked about are names, rejected without a copy.
    private static func monthWord(_ t: [Token], _ i: Int, _ classes: WordClass) -> (part: String?, month: Int)? {
        if classes.contains(.calendar), let m = Lexicon.months[t[i].lower] { return (nil, m) }
        // Only a hyphenated word ("mid-February") can start with a part.
        guard t[i].has(.hyphenated) else { return nil }
        let lower = t[i].lower
        for part in ["mid-", "early-", "late-", "end-"] where lower.hasPrefix(part) {
            if let m = Lexicon.months[String(lower.dropFirst(part.count))] { return (String(part.dropLast()), m) }
        }
        return nil
    }

    /// Count words and units of time (`timecounts.tsv`): "two" → 2; "weeks" → 7 (days).
    static let counts: [String: Int] = timeCounts("count")
    static let units: [String: Int] = timeCounts("unit")

    private static func timeCounts(_ kind: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for row in LexiconData.timecounts where row.kind == kind { out[row.word] = row.number }
        return out
    }

    /// "two years ago" → the article's year less two; "three months ago" → a month; "five days
    /// ago" → a day; "two weeks ago" → the month, when the days around it (three either side)
    /// lie in one. The count is a number or a count word right before the unit, and a hedge
    /// before it ("nearly three years ago") changes no year. `k` is "ago".
    static func ago(_ t: [Token], _ k: Int, sentenceStart: Int, _ a: DateValue) -> TimeMention? {
        guard k - 2 >= sentenceStart, let unit = units[t[k - 1].lower] else { return nil }
        let n: Int
        if let c = counts[t[k - 2].lower] { n = c } else if let c = number(t, k - 2), t[k - 2].kind == .number { n = c } else { return nil }
        // "a year ago" but not "a few years ago": a singular unit after "a"/"one", a plural after more.
        guard n >= 1, (n == 1) == !t[k - 1].lower.hasSuffix("s") else { return nil }
        let tokens = k - 2..<k + 1
        switch unit {
        case 365:
            return TimeMention(tokens: tokens, date: DateValue(year: a.year - n), kind: .relative)
        case 30:
            guard let am = a.month else { return nil }
            let months = a.year * 12 + (am - 1) - n
            return TimeMention(tokens: tokens, date: DateValue(year: months / 12, month: months % 12 + 1), kind: .relative)
        case 7:
            guard a.precision == .day else { return nil }
            let (early, late) = (a.adding(days: -7 * n - 3), a.adding(days: -7 * n + 3))
            guard early.year == late.year, early.month == late.month, let m = early.month else { return nil }
            return TimeMention(tokens: tokens, date: DateValue(year: early.year, month: m), kind: .relative)
        default:
            guard a.precision == .day else { return nil }
            return TimeMention(tokens: tokens, date: a.adding(days: -unit * n), kind: .relative)
        }
    }

    /// Whether the words before `i` in the sentence speak of the future (+1), the past (-1) or neither.
    static func tense(_ tokens: [Token], before i: Int, sentenceStart: Int) -> Int {
        let w = Words.shared
        var k = i - 1
        var steps = 0
        while k >= sentenceStart && steps < 16 {
            // A capitalised word inside the sentence is a name or a month, never a tense: "May 7",
            // "Mohamed", "Ahmed".
            if tokens[k].isCapitalized && k > sentenceStart { k -= 1; continue }
            // "will meet Ruiz, who took office last week, on Tuesday": the clause's tense is not the verb's.
            if let open = RelativeClauseTense.opening(tokens, closingComma: k, sentenceStart: sentenceStart) { k = open - 1; continue }
            let classes = w.classes(of: tokens[k])
            // "to" marks the future before a verb ("to meet"), not before a name ("spoken to Ekdahl")
            // nor after a speech verb ("speaking to reporters … on Tuesday").
            let preposition = tokens[k].word == w.to && k + 1 < tokens.count && (tokens[k + 1].isCapitalized || w.articles.contains(tokens[k + 1])
                || k > sentenceStart && w.toAsPreposition.contains(tokens[k - 1]))
            // "was able to visit Mombasa on Monday": the "to" of a past achievement tells of the past.
            if tokens[k].word == w.to && achievedTo(tokens, to: k, from: sentenceStart) { return -1 }
            if classes.contains(.futureWord) && !preposition { return 1 }
            // Further back only a future word counts ("will travel to X … before flying to Y for
            // talks with Z on Thursday"): a participle there may be passive ("must be ratified").
            if steps < 10 {
                if classes.contains(.pastWord) && !isOrdinalLast(tokens, k, from: sentenceStart) { return -1 }
                if tokens[k].kind == .word && tokens[k].endsInEd(longerThan: 4) { return -1 }
            }
            if tokens[k].kind == .punct && (tokens[k].word == w.semicolon || tokens[k].word == w.colon) { break }
            // Names and titles carry no tense: "for talks with Defence Minister Lim Wei Shan on Thursday".
            if !tokens[k].isCapitalized || k == sentenceStart { steps += 1 }
            k -= 1
        }
        return 0
    }

    /// "was able to", "were not able to", "managed to": whether the "to" at `j` follows a past
    /// achievement (`event.achievedTo`; "able" only after a past "be", `event.pastBe`), so what
    /// follows it happened.
    static func achievedTo(_ tokens: [Token], to j: Int, from start: Int) -> Bool {
        let w = Words.shared
        guard j - 1 >= start, w.achievedTo.contains(tokens[j - 1]) else { return false }
        if tokens[j - 1].endsInEd(longerThan: 3) { return true }
        // "was not able to", "wasn't able to": a negation may stand between.
        let be = j - 2 >= start && w.negation.contains(tokens[j - 2]) ? j - 3 : j - 2
        return be >= start && w.pastBe.contains(tokens[be])
    }

    /// Whether the words after `i` (up to twelve, within the clause) speak of the future (+1),
    /// the past (-1) or neither: the first tense word met decides.
    static func tense(_ tokens: [Token], after i: Int, end: Int) -> Int {
        let w = Words.shared
        var k = i
        while k < end && k < i + 12 {
            // Names and months carry no tense ("Hamed and his uncle are to travel").
            if tokens[k].isCapitalized { k += 1; continue }
            let classes = w.classes(of: tokens[k])
            if tokens[k].kind == .punct && (tokens[k].word == w.semicolon || tokens[k].word == w.colon) { break }
            let preposition = tokens[k].word == w.to && k + 1 < end && (tokens[k + 1].isCapitalized || w.articles.contains(tokens[k + 1]))
            if classes.contains(.futureWord) && !preposition { return 1 }
            if classes.contains(.pastWord) && !isOrdinalLast(tokens, k, from: i)
                || (tokens[k].kind == .word && tokens[k].endsInEd(longerThan: 4)) { return -1 }
            k += 1
        }
        return 0
    }

    /// "the last ballot", "the probe's last test", "its last flight": "last" after an article,
    /// a possessive pronoun or "'s" orders things and says nothing of the past ("last week" does).
    static func isOrdinalLast(_ tokens: [Token], _ k: Int, from start: Int) -> Bool {
        let w = Words.shared
        guard tokens[k].word == w.last, k > start else { return false }
        return w.articles.contains(tokens[k - 1]) || tokens[k - 1].kind == .possessive
    }

    private static func match(_ t: [Token], _ i: Int, _ end: Int, _ article: DateValue?, sentenceStart: Int, _ w: Words) -> TimeMention? {
        let classes = w.classes(of: t[i])
        // Most words cannot start a time expression.
        guard t[i].kind == .number || t[i].isCapitalized || t[i].has(.hyphenated) || classes.contains(.relativeTimeWord) else { return nil }
        let lower = t[i].lower
        /// The year written at `k`, if `k` is in the sentence.
        func yearAt(_ k: Int) -> Int? { k < end ? year(t, k) : nil }

        // ISO date written in the text: 2021-01-27.
        if t[i].kind == .number, lower.utf8.count == 10, let d = DateValue(iso: lower) {
            return TimeMention(tokens: i..<i + 1, date: d, kind: .absolute)
        }
        // Decades: "1970s", "the 1980s".
        if t[i].kind == .number, lower.utf8.count == 5, lower.hasSuffix("0s"), let y = Int(lower.prefix(4)), (1800...2190).contains(y) {
            return TimeMention(tokens: i..<i + 1, date: DateValue(decade: y), kind: .decade)
        }
        // Months: "Jan. 20", "Jan. 20, 2021", "January 2021", "mid-February", "in March".
        if t[i].isCapitalized || t[i].has(.hyphenated), let (part, month) = monthWord(t, i, classes), t[i].isCapitalized || (part != nil && t[i].text.contains("-") && t[i].text.split(separator: "-").last?.first?.isUppercase == true) {
            // "May" is also a verb: require a day, a year, or a preposition before it.
            if i + 1 < end, let day = number(t, i + 1), (1...31).contains(day), t[i + 1].text.utf8.count <= 4 {
                var j = i + 2
                var y = article?.year
                var explicitYear = false
                if j < end, t[j].word == w.comma, let yy = yearAt(j + 1) { y = yy; j += 2; explicitYear = true }
                else if let yy = yearAt(j) { y = yy; j += 1; explicitYear = true }
                guard let year = y, day <= DateValue.daysIn(month: month, year: year) else { return nil }
                var date = DateValue(year: year, month: month, day: day)
                // Without a year: a date far after the article date in a past context is last year's.
                if !explicitYear, let a = article, date.firstDay > a.firstDay + 60,
                   tense(t, before: i, sentenceStart: sentenceStart) < 0 {
                    date = DateValue(year: year - 1, month: month, day: day)
                }
                // "will be sworn in on March 11" written in December: next year's.
                if !explicitYear, let a = article, date.lastDay < a.firstDay - 60,
                   tense(t, before: i, sentenceStart: sentenceStart) > 0, day <= DateValue.daysIn(month: month, year: year + 1) {
                    date = DateValue(year: year + 1, month: month, day: day)
                }
                return TimeMention(tokens: i..<j, date: date, kind: .absolute, part: part)
            }
            if let yy = yearAt(i + 1) {
                return TimeMention(tokens: i..<i + 2, date: DateValue(year: yy, month: month), kind: .absolute, part: part)
            }
            let hasPrev = i > sentenceStart
            let prepositional = hasPrev && w.beforeMonth.contains(t[i - 1])
            if lower == "may" && part == nil && !prepositional { return nil }
            if part == nil && !prepositional && lower.count <= 4 { return nil }  // "Jan" alone is rarely a date
            guard let a = article else { return nil }
            var start = i
            var partWord = part
            if hasPrev && w.partOfMonth.contains(t[i - 1]) { start = i - 1; partWord = t[i - 1].lower }
            let when = tense(t, before: start, sentenceStart: sentenceStart)
            let prev = hasPrev ? t[i - 1].word : -1
            var y = a.year
            let am = a.month ?? 1
            if prev == w.last { y = month < am ? a.year : a.year - 1 }
            else if prev == w.next { y = month > am ? a.year : a.year + 1 }
            else if when > 0 && month < am { y = a.year + 1 }
            else if when < 0 && month > am { y = a.year - 1 }
            if prev == w.last || prev == w.next { start = i - 1 }
            return TimeMention(tokens: start..<i + 1, date: DateValue(year: y, month: month), kind: .month, part: partWord)
        }
        // Day before month: "27 January 2021".
        if let day = number(t, i), (1...31).contains(day), i + 1 < end, w.classes(of: t[i + 1]).contains(.calendar),
           let month = Lexicon.months[t[i + 1].lower], t[i + 1].isCapitalized {
            var j = i + 2
            var y = article?.year
            if let yy = yearAt(j) { y = yy; j += 1 }
            guard let year = y, day <= DateValue.daysIn(month: month, year: year) else { return nil }
            return TimeMention(tokens: i..<j, date: DateValue(year: year, month: month, day: day), kind: .absolute)
        }
        // Weekdays: "Sunday", "on Sunday", "last Sunday", "next Friday".
        if classes.contains(.calendar), let wd = Lexicon.weekdays[lower], t[i].isCapitalized, let a = article, a.precision == .day {
            let prev = i > sentenceStart ? t[i - 1].lower : ""
            var start = i
            var forward = false
            if prev == "next" { forward = true; start = i - 1 }
            else if prev == "last" || prev == "this" || prev == "on" || prev == "since" || prev == "until" || prev == "by" || prev == "from" {
                start = prev == "on" ? i : i - 1
                if prev != "last" && prev != "since" && tense(t, before: start, sentenceStart: sentenceStart) > 0 { forward = true }
            } else if tense(t, before: i, sentenceStart: sentenceStart) > 0 && !isSpeechVerb(prev) {
                forward = true
            }
            // "On Wednesday, Hamed and his uncle are to travel …": opening the sentence, the
            // weekday takes the tense of the clause after it.
            let opens = start == sentenceStart || (prev == "on" && i - 1 == sentenceStart)
            if !forward, opens, prev != "last", prev != "since", tense(t, after: i + 1, end: end) > 0 {
                forward = true
            }
            let today = a.weekday
            let date: DateValue
            if forward {
                var delta = (wd - today + 7) % 7
                if prev == "next" && delta == 0 { delta = 7 }
                date = a.adding(days: delta)
            } else {
                var delta = (today - wd + 7) % 7
                if prev == "last" && delta == 0 { delta = 7 }
                date = a.adding(days: -delta)
            }
            // "Sunday, Jan. 24": the written date wins; skip the weekday.
            if i + 2 < end, t[i + 1].word == w.comma, Lexicon.months[t[i + 2].lower] != nil { return nil }
            return TimeMention(tokens: start..<i + 1, date: date, kind: .weekday)
        }
        guard let a = article else {
            if let y = year(t, i), i > sentenceStart, w.beforeYearUndated.contains(t[i - 1]) {
                return TimeMention(tokens: i..<i + 1, date: DateValue(year: y), kind: .absolute)
            }
            return nil
        }
        if classes.contains(.relativeTimeWord) {
            // Relative days.
            if lower == "ago" { return ago(t, i, sentenceStart: sentenceStart, a) }
            switch lower {
            case "today", "tonight": return a.precision == .day ? TimeMention(tokens: i..<i + 1, date: a, kind: .relative) : nil
            case "yesterday": return a.precision == .day ? TimeMention(tokens: i..<i + 1, date: a.adding(days: -1), kind: .relative) : nil
            case "tomorrow": return a.precision == .day ? TimeMention(tokens: i..<i + 1, date: a.adding(days: 1), kind: .relative) : nil
            default: break
            }
            // "last month", "next year", "earlier this year", "later this month".
            let word = t[i].word
            if w.beforeUnit.contains(t[i]), i + 1 < end {
                var start = i, unit = i + 1, j = i + 2, direction = word == w.last || word == w.past ? -1 : (word == w.next ? 1 : 0)
                if (word == w.earlier || word == w.later), t[i + 1].word == w.this, i + 2 < end { unit = i + 2; j = i + 3; direction = 0 }
                if i > sentenceStart, w.beforeThis.contains(t[i - 1]), word == w.this { start = i - 1 }
                // "last night", "last evening": yesterday's; "this evening": today's.
                // Not "on the last night of his visit", "his last evening in Lagos": one of several.
                if w.nightUnits.contains(t[unit]), start == i, word == w.last || word == w.this,
                   !(i > sentenceStart && w.articles.contains(t[i - 1])) {
                    guard a.precision == .day else { return nil }
                    return TimeMention(tokens: i..<i + 2, date: word == w.last ? a.adding(days: -1) : a, kind: .relative)
                }
                let am = a.month ?? 1
                if t[unit].word == w.month {
                    var y = a.year, m = am + direction
                    if m < 1 { m = 12; y -= 1 } else if m > 12 { m = 1; y += 1 }
                    return a.month == nil ? nil : TimeMention(tokens: start..<j, date: DateValue(year: y, month: m), kind: .relative)
                }
                if t[unit].word == w.year {
                    return TimeMention(tokens: start..<j, date: DateValue(year: a.year + direction), kind: .relative)
                }
                // "last week", "this week", "next week": the month, when the whole week (Monday to
                // Sunday) lies in one; a week across two months gives no date.
                // "this weekend": the month, when the weekends before and after the article's day
                // both lie in it (whichever one the text means).
                if t[unit].word == w.weekend, word == w.this, start == i, a.precision == .day {
                    let saturdayBefore = a.adding(days: -((a.weekday + 1) % 7))
                    let sundayAfter = saturdayBefore.adding(days: 8)
                    guard saturdayBefore.year == sundayAfter.year, saturdayBefore.month == sundayAfter.month, let m = saturdayBefore.month
                    else { return nil }
                    return TimeMention(tokens: start..<j, date: DateValue(year: saturdayBefore.year, month: m), kind: .relative)
                }
                if t[unit].word == w.week, a.precision == .day {
                    let monday = a.adding(days: 1 - a.weekday + 7 * direction)
                    let sunday = monday.adding(days: 6)
                    guard monday.year == sunday.year, monday.month == sunday.month, let m = monday.month else { return nil }
                    return TimeMention(tokens: start..<j, date: DateValue(year: monday.year, month: m), kind: .relative)
                }
            }
        }
        // A bare year after a preposition: "in 2019", "since 2015".
        if let y = year(t, i), i > sentenceStart, w.beforeYear.contains(t[i - 1]) {
            return TimeMention(tokens: i..<i + 1, date: DateValue(year: y), kind: .absolute)
        }
        // "go back to 1984, when I enlisted": a year a "when" clause is about.
        if let y = year(t, i), i + 2 < end, t[i + 1].word == w.comma, w.yearClause.contains(t[i + 2]) {
            return TimeMention(tokens: i..<i + 1, date: DateValue(year: y), kind: .absolute)
        }
        // "a second visit planned hopefully for 2017", "scheduled for 2016": a plan's year (not "to
        // pay for 2000 workers": no "to", and no word after the year).
        if let y = year(t, i), i - 2 >= sentenceStart, t[i - 1].word == w.for,
           i + 1 >= end || t[i + 1].kind != .word,
           (max(sentenceStart, i - 4)..<(i - 1)).contains(where: { w.classes(of: t[$0]).contains(.futureWord) && t[$0].word != w.to }) {
            return TimeMention(tokens: i..<i + 1, date: DateValue(year: y), kind: .absolute)
        }
        // A year naming an occasion: "a 2003 interview", "the 1991 Hajj", "1998 World Cup, we lost".
        if let y = year(t, i), i + 1 < end, t[i + 1].kind == .word,
           i == sentenceStart || w.articles.contains(t[i - 1]) || t[i - 1].kind == .possessive {
            return TimeMention(tokens: i..<i + 1, date: DateValue(year: y), kind: .absolute)
        }
        return nil
    }

    static func isSpeechVerb(_ w: String) -> Bool { Lexicon.shared.speechLemma[w] != nil }

    // MARK: - Dates in metadata and the article date

    /// Parses a date as written in a header or a JSON field: ISO dates and datetimes
    /// ("2021-01-27T08:00:00Z" keeps the day), "2021/01/27", "January 27, 2021", "27 Jan 2021",
    /// "Wed, 27 Jan 2021 08:00:00 GMT".
    public static func parseDateText(_ text: String) -> DateValue? {
        let s = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= bytes.count else { return nil }
            var n = 0
            for b in bytes[r] { guard b >= 48 && b <= 57 else { return nil }; n = n * 10 + Int(b - 48) }
            return n
        }
        if bytes.count >= 10, let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
           bytes[4] == bytes[7], bytes[4] == 45 || bytes[4] == 47 || bytes[4] == 46,
           (1...12).contains(m), d >= 1, d <= DateValue.daysIn(month: m, year: y) {
            return DateValue(year: y, month: m, day: d)
        }
        if bytes.count == 7, let y = digits(0..<4), let m = digits(5..<7), (1...12).contains(m) { return DateValue(year: y, month: m) }
        if bytes.count == 4, let y = digits(0..<4) { return DateValue(year: y) }
        let tokens = Tokenizer.tokenize(s)
        for m in find(in: tokens, range: 0..<tokens.count, articleDate: nil) where m.kind == .absolute && m.date.precision == .day {
            if m.tokens.contains(where: { year(tokens, $0) != nil }) { return m.date }
        }
        return nil
    }

    /// Infers the publication date from the text: a dateline ("TOKYO, Jan. 27 (Kyodo) —",
    /// "March 4, 2026 —"), else a full date that agrees with a weekday the text uses
    /// ("said Wednesday"), else the latest full date.
    public static func inferArticleDate(_ text: String) -> DateValue? {
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        let all = find(in: tokens, range: 0..<tokens.count, articleDate: nil)
        var full: [(TimeMention, Bool)] = []  // (mention, has an explicit year)
        for m in all where m.kind == .absolute && m.date.precision == .day {
            full.append((m, m.tokens.contains { year(tokens, $0) != nil }))
        }
        // Dateline: a date among the first tokens of the text followed by a dash.
        let limit = min(tokens.count, 40)
        for (m, hasYear) in full where m.tokens.upperBound < limit {
            var k = m.tokens.upperBound
            var steps = 0
            while k < limit && steps < 6 {
                if tokens[k].kind == .dash && tokens[k].has(.spaceBefore) { break }
                k += 1; steps += 1
            }
            guard k < limit, tokens[k].kind == .dash else { continue }
            if hasYear { return m.date }
            if let y = full.first(where: { $0.1 })?.0.date.year {
                return DateValue(year: y, month: m.date.month, day: m.date.day)
            }
        }
        let withYear = full.filter { $0.1 }.map { $0.0.date }
        guard !withYear.isEmpty else { return nil }
        var mentioned = Set<Int>()
        for (k, t) in tokens.enumerated() {
            if let wd = Lexicon.weekdays[t.lower], t.isCapitalized, k > 0 {
                mentioned.insert(wd)
            }
        }
        let agreeing = withYear.filter { mentioned.contains($0.weekday) }
        if let best = agreeing.max() { return best }
        return withYear.max()
    }
}
