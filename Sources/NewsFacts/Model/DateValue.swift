/// A calendar date as precise as the text allowed: a decade, a year, a month or a day.
///
/// For example:
///
///     DateValue(iso: "2021-01-27")   // day precision
///     DateValue(iso: "2021-02")      // month precision ("mid-February")
///     DateValue(iso: "1970s")        // decade precision
///
/// Dates of different precision compare by their first day, then by precision, so a sorted
/// timeline puts "2021-02" before "2021-02-15".
///
/// Years run from 0000 to 9999, the years ISO text has four digits for: a date computed past
/// either end ("yesterday" in an article dated 0000-01-01) stops at that end, so every date
/// prints as text that `init(iso:)` reads back (the store, its snapshot and the query
/// language all rely on that).
public struct DateValue: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case decade, year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?
    public let precision: Precision

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        var (year, month, day) = (year, month, day)
        if year < 0 { (year, month, day) = (0, month.map { _ in 1 }, day.map { _ in 1 }) }
        if year > 9999 { (year, month, day) = (9999, month.map { _ in 12 }, day.map { _ in 31 }) }
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.precision = day != nil && month != nil ? .day : (month != nil ? .month : .year)
    }

    public init(decade: Int) {
        let decade = min(max(decade, 0), 9999)
        year = decade - decade % 10
        month = nil
        day = nil
        precision = .decade
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a decade `YYYYs`; nil for anything else,
    /// including impossible months and days (2021-02-30).
    public init?(iso text: String) {
        var text = text
        guard let value = text.withUTF8(DateValue.parse) else { return nil }
        self = value
    }

    /// The date `init(iso:)` reads from these UTF-8 bytes, or nil (without making a string:
    /// a snapshot's open checks every date term so).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> DateValue? {
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var n = 0
            for b in bytes[range] {
                guard b >= 48 && b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard bytes.count >= 4, let y = number(0..<4) else { return nil }
        switch bytes.count {
        case 4:
            return DateValue(year: y)
        case 5 where bytes[4] == UInt8(ascii: "s") && y % 10 == 0:
            return DateValue(decade: y)
        case 7 where bytes[4] == UInt8(ascii: "-"):
            guard let m = number(5..<7), (1...12).contains(m) else { return nil }
            return DateValue(year: y, month: m)
        case 10 where bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-"):
            guard let m = number(5..<7), (1...12).contains(m), let d = number(8..<10),
                d >= 1, d <= DateValue.daysIn(month: m, year: y)
            else { return nil }
            return DateValue(year: y, month: m, day: d)
        default:
            return nil
        }
    }

    /// The ISO 8601 text at this date's precision (`1970s` for a decade), which `init(iso:)`
    /// reads back: the year always has four digits (0957, not 957).
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let digits = String(year)
        let y = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        switch precision {
        case .decade: return "\(y)s"
        case .year: return y
        case .month: return "\(y)-\(two(month!))"
        case .day: return "\(y)-\(two(month!))-\(two(day!))"
        }
    }

    public var description: String { iso }

    /// Days since 0000-03-01 of the first day this date covers (proleptic Gregorian).
    public var firstDay: Int { DateValue.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// Days since 0000-03-01 of the last day this date covers.
    public var lastDay: Int {
        switch precision {
        case .day: return firstDay
        case .month:
            return DateValue.dayNumber(year: year, month: month!, day: DateValue.daysIn(month: month!, year: year))
        case .year: return DateValue.dayNumber(year: year, month: 12, day: 31)
        case .decade: return DateValue.dayNumber(year: year + 9, month: 12, day: 31)
        }
    }

    /// The day-precision date `days` days after this one's first day.
    public func adding(days: Int) -> DateValue { DateValue.fromDayNumber(firstDay + days) }

    /// Day of the week, 1 = Monday … 7 = Sunday, of the first day covered.
    public var weekday: Int {
        // 0000-03-01 (day number 0) was a Wednesday.
        let w = (firstDay % 7 + 7) % 7 // 0 = Wednesday
        return (w + 2) % 7 + 1
    }

    public static func < (a: DateValue, b: DateValue) -> Bool {
        a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.precision < b.precision
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from civil (Howard Hinnant's algorithm), counted from 0000-03-01.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe
    }

    static func fromDayNumber(_ z: Int) -> DateValue {
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return DateValue(year: y, month: m, day: d)
    }
}
