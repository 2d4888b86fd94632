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
    static let futureWords: Set<String> = ["will", "would", "to", "plans", "plan", "planned", "planning", "scheduled",
                                            "expected", "next", "possibly", "could", "may", "might", "should",
                                            "upcoming", "shall", "aims", "hopes", "intends", "set", "slated", "due"]
    static let pastWords: Set<String> = ["was", "were", "had", "did", "ago", "last", "earlier", "previously", "since"]

    /// All time expressions in `tokens[range]`.
    public static func find(in tokens: [Token], range: Range<Int>, articleDate: DateValue?) -> [TimeMention] {
        var out: [TimeMention] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if let m = match(tokens, i, end, articleDate, sentenceStart: range.lowerBound) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private static func number(_ t: Token) -> Int? {
        guard t.kind == .number else { return nil }
        var s = t.lower
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s.removeLast(2) }
        guard !s.isEmpty, s.utf8.count <= 4, s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(s)
    }

    private static func year(_ t: Token) -> Int? {
        guard let n = number(t), t.text.utf8.count == 4, (1800...2199).contains(n) else { return nil }
        return n
    }

    /// Splits "mid-February" into ("mid", 2).
    private static func monthWord(_ lower: String) -> (part: String?, month: Int)? {
        if let m = Lexicon.months[lower] { return (nil, m) }
        for part in ["mid-", "early-", "late-", "end-"] where lower.hasPrefix(part) {
            if let m = Lexicon.months[String(lower.dropFirst(part.count))] { return (String(part.dropLast()), m) }
        }
        return nil
    }

    /// Whether the words before `i` in the sentence speak of the future (+1), the past (-1) or neither.
    static func tense(_ tokens: [Token], before i: Int, sentenceStart: Int) -> Int {
        var k = i - 1
        var steps = 0
        while k >= sentenceStart && steps < 10 {
            let w = tokens[k].lower
            if futureWords.contains(w) { return 1 }
            if pastWords.contains(w) { return -1 }
            if tokens[k].kind == .word && w.hasSuffix("ed") && w.count > 4 && !futureWords.contains(w) { return -1 }
            if tokens[k].kind == .punct && (w == ";" || w == ":") { break }
            k -= 1; steps += 1
        }
        return 0
    }

    static let relativeWords: Set<String> = ["today", "tonight", "yesterday", "tomorrow", "last", "this", "next", "earlier", "later", "past"]

    private static func match(_ t: [Token], _ i: Int, _ end: Int, _ article: DateValue?, sentenceStart: Int) -> TimeMention? {
        let w = t[i].lower
        // Most words cannot start a time expression.
        guard t[i].kind == .number || t[i].isCapitalized || t[i].has(.hyphenated) || relativeWords.contains(w) else { return nil }
        func at(_ k: Int) -> Token? { k < end ? t[k] : nil }

        // ISO date written in the text: 2021-01-27.
        if t[i].kind == .number, w.utf8.count == 10, let d = DateValue(iso: w) {
            return TimeMention(tokens: i..<i + 1, date: d, kind: .absolute)
        }
        // Decades: "1970s", "the 1980s".
        if t[i].kind == .number, w.utf8.count == 5, w.hasSuffix("0s"), let y = Int(w.prefix(4)), (1800...2190).contains(y) {
            return TimeMention(tokens: i..<i + 1, date: DateValue(decade: y), kind: .decade)
        }
        // Months: "Jan. 20", "Jan. 20, 2021", "January 2021", "mid-February", "in March".
        if t[i].isCapitalized || t[i].has(.hyphenated), let (part, month) = monthWord(w), t[i].isCapitalized || (part != nil && t[i].text.contains("-") && t[i].text.split(separator: "-").last?.first?.isUppercase == true) {
            // "May" is also a verb: require a day, a year, or a preposition before it.
            if let dayToken = at(i + 1), let day = number(dayToken), (1...31).contains(day), dayToken.text.utf8.count <= 4 {
                var j = i + 2
                var y = article?.year
                var explicitYear = false
                if let comma = at(j), comma.lower == ",", let yt = at(j + 1), let yy = year(yt) { y = yy; j += 2; explicitYear = true }
                else if let yt = at(j), let yy = year(yt) { y = yy; j += 1; explicitYear = true }
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
            if let yt = at(i + 1), let yy = year(yt) {
                return TimeMention(tokens: i..<i + 2, date: DateValue(year: yy, month: month), kind: .absolute, part: part)
            }
            let prev = i > sentenceStart ? t[i - 1].lower : ""
            let prepositional = ["in", "by", "until", "since", "from", "through", "early", "late", "mid", "of", "before",
                                 "after", "during", "last", "next", "this", "end", "till"].contains(prev)
            if w == "may" && part == nil && !prepositional { return nil }
            if part == nil && !prepositional && w.count <= 4 { return nil }  // "Jan" alone is rarely a date
            guard let a = article else { return nil }
            var start = i
            var partWord = part
            if ["early", "late", "mid"].contains(prev) && i > sentenceStart { start = i - 1; partWord = prev }
            let when = tense(t, before: start, sentenceStart: sentenceStart)
            var y = a.year
            let am = a.month ?? 1
            if prev == "last" { y = month < am ? a.year : a.year - 1 }
            else if prev == "next" { y = month > am ? a.year : a.year + 1 }
            else if when > 0 && month < am { y = a.year + 1 }
            else if when < 0 && month > am { y = a.year - 1 }
            if prev == "last" || prev == "next" { start = i - 1 }
            return TimeMention(tokens: start..<i + 1, date: DateValue(year: y, month: month), kind: .month, part: partWord)
        }
        // Day before month: "27 January 2021".
        if let day = number(t[i]), (1...31).contains(day), let mt = at(i + 1), let month = Lexicon.months[mt.lower], mt.isCapitalized {
            var j = i + 2
            var y = article?.year
            if let yt = at(j), let yy = year(yt) { y = yy; j += 1 }
            guard let year = y, day <= DateValue.daysIn(month: month, year: year) else { return nil }
            return TimeMention(tokens: i..<j, date: DateValue(year: year, month: month, day: day), kind: .absolute)
        }
        // Weekdays: "Sunday", "on Sunday", "last Sunday", "next Friday".
        if let wd = Lexicon.weekdays[w], t[i].isCapitalized, let a = article, a.precision == .day {
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
            if let comma = at(i + 1), comma.lower == ",", let mt = at(i + 2), Lexicon.months[mt.lower] != nil { return nil }
            return TimeMention(tokens: start..<i + 1, date: date, kind: .weekday)
        }
        guard let a = article else {
            if let y = year(t[i]), i > sentenceStart, ["in", "since", "by", "until", "of", "early", "late", "mid", "from", "through"].contains(t[i - 1].lower) {
                return TimeMention(tokens: i..<i + 1, date: DateValue(year: y), kind: .absolute)
            }
            return nil
        }
        // Relative days.
        switch w {
        case "today", "tonight": return a.precision == .day ? TimeMention(tokens: i..<i + 1, date: a, kind: .relative) : nil
        case "yesterday": return a.precision == .day ? TimeMention(tokens: i..<i + 1, date: a.adding(days: -1), kind: .relative) : nil
        case "tomorrow": return a.precision == .day ? TimeMention(tokens: i..<i + 1, date: a.adding(days: 1), kind: .relative) : nil
        default: break
        }
        // "last month", "next year", "earlier this year", "later this month".
        if ["last", "this", "next", "earlier", "later", "past"].contains(w), let unit = at(i + 1) {
            var start = i, u = unit.lower, j = i + 2, direction = w == "last" || w == "past" ? -1 : (w == "next" ? 1 : 0)
            if (w == "earlier" || w == "later"), u == "this", let u2 = at(i + 2) { u = u2.lower; j = i + 3; direction = 0 }
            if i > sentenceStart, ["earlier", "later", "early", "late"].contains(t[i - 1].lower), w == "this" { start = i - 1 }
            let am = a.month ?? 1
            switch u {
            case "month":
                var y = a.year, m = am + direction
                if m < 1 { m = 12; y -= 1 } else if m > 12 { m = 1; y += 1 }
                return a.month == nil ? nil : TimeMention(tokens: start..<j, date: DateValue(year: y, month: m), kind: .relative)
            case "year":
                return TimeMention(tokens: start..<j, date: DateValue(year: a.year + direction), kind: .relative)
            default: break
            }
        }
        // A bare year after a preposition: "in 2019", "since 2015".
        if let y = year(t[i]), i > sentenceStart,
           ["in", "since", "by", "until", "of", "early", "late", "mid", "from", "through", "before", "after"].contains(t[i - 1].lower) {
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
            if tokens[m.tokens].contains(where: { year($0) != nil }) { return m.date }
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
            full.append((m, tokens[m.tokens].contains { year($0) != nil }))
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
