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

    func testWeekdayOfKnownDates() {
        XCTAssertEqual(DateValue(iso: "2021-01-27")?.weekday, 3)  // a Wednesday
        XCTAssertEqual(DateValue(iso: "2021-01-24")?.weekday, 7)  // a Sunday
        XCTAssertEqual(DateValue(iso: "2000-01-01")?.weekday, 6)  // a Saturday
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
