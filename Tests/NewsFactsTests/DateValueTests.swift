import XCTest

@testable import NewsFacts

final class DateValueTests: XCTestCase {
    func testParsesEachPrecision() {
        XCTAssertEqual(DateValue(iso: "2021-01-27")?.precision, .day)
        XCTAssertEqual(DateValue(iso: "2021-02")?.precision, .month)
        XCTAssertEqual(DateValue(iso: "2021")?.precision, .year)
        XCTAssertEqual(DateValue(iso: "1970s")?.precision, .decade)
        XCTAssertEqual(DateValue(iso: "1970s")?.iso, "1970s")
    }

    func testRejectsImpossibleDates() {
        XCTAssertNil(DateValue(iso: "2021-02-30"))
        XCTAssertNil(DateValue(iso: "2021-13"))
        XCTAssertNil(DateValue(iso: "1975s"))
        XCTAssertNil(DateValue(iso: "21-01-27"))
        XCTAssertNil(DateValue(iso: ""))
        XCTAssertNotNil(DateValue(iso: "2024-02-29"))
        XCTAssertNil(DateValue(iso: "2023-02-29"))
    }

    /// A year before 1000 was written with fewer than four digits ("957-01-27"), which the
    /// parser refused: a store holding such a date wrote a snapshot it could not read back
    /// (found by the facts and snapshot fuzz harnesses).
    func testEveryDateReadsBackFromItsISOText() {
        XCTAssertEqual(DateValue(iso: "0957-01-27")?.iso, "0957-01-27")
        XCTAssertEqual(DateValue(iso: "0263-06")?.iso, "0263-06")
        XCTAssertEqual(DateValue(iso: "0007")?.iso, "0007")
        XCTAssertEqual(DateValue(iso: "0950s")?.iso, "0950s")
        let samples = [
            DateValue(year: 0), DateValue(year: 5, month: 2), DateValue(year: 99, month: 12, day: 31),
            DateValue(year: 957, month: 1, day: 27), DateValue(decade: 950), DateValue(decade: 0),
            DateValue(year: 2021, month: 1, day: 27), DateValue(year: 9999, month: 12, day: 31),
            DateValue(iso: "0000-01-01")!.adding(days: -1), DateValue(iso: "9999-12-31")!.adding(days: 1),
            DateValue(year: -44, month: 3, day: 15), DateValue(year: 12_345, month: 6), DateValue(decade: -10),
        ]
        for date in samples {
            XCTAssertEqual(DateValue(iso: date.iso), date, date.iso)
        }
    }

    func testADateComputedPastYear0000Or9999StopsThere() {
        XCTAssertEqual(DateValue(iso: "0000-01-03")!.adding(days: -7).iso, "0000-01-01")
        XCTAssertEqual(DateValue(iso: "9999-12-30")!.adding(days: 7).iso, "9999-12-31")
        XCTAssertEqual(DateValue(year: 10_000).iso, "9999")
        XCTAssertEqual(DateValue(year: -1, month: 5).iso, "0000-01")
        XCTAssertNil(DateValue(iso: "957-01-27"))
    }

    func testWeekdayOfKnownDates() {
        XCTAssertEqual(DateValue(iso: "2021-01-27")?.weekday, 3) // a Wednesday
        XCTAssertEqual(DateValue(iso: "2021-01-24")?.weekday, 7) // a Sunday
        XCTAssertEqual(DateValue(iso: "2000-01-01")?.weekday, 6) // a Saturday
    }

    func testAddingDaysCrossesMonthAndYearEnds() {
        XCTAssertEqual(DateValue(iso: "2021-01-27")!.adding(days: -3).iso, "2021-01-24")
        XCTAssertEqual(DateValue(iso: "2020-12-31")!.adding(days: 1).iso, "2021-01-01")
        XCTAssertEqual(DateValue(iso: "2024-03-01")!.adding(days: -1).iso, "2024-02-29")
    }

    func testMonthCoversItsDaysAndSortsBeforeThem() {
        let month = DateValue(iso: "2021-02")!, day = DateValue(iso: "2021-02-15")!
        XCTAssertTrue(month.firstDay <= day.firstDay && day.lastDay <= month.lastDay)
        XCTAssertEqual(month.lastDay - month.firstDay, 27)
        XCTAssertLessThan(month, day)
        XCTAssertLessThan(DateValue(iso: "2021-01-31")!, month)
    }
}
