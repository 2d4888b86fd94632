import Foundation
import XCTest

@testable import NewsqCLI

/// `.timer on`: every statement's time, whatever it printed and in every format.
final class TimerTests: XCTestCase {
    /// Statements whose table answer has no `N rows` footer: a card, `why`, `explain`, a rule.
    static let unfooted = [
        "who is Kishi?", "why Kishi title ?t", "explain find ?p where ?p alias Kishi", "rule r(?p) :- ?p alias Kishi.",
    ]

    func testTheTimerTimesEveryStatementOfATable() throws {
        let f = try ShellFixture()
        let script = ".format table\n.timer on\n" + TimerTests.unfooted.joined(separator: "\n") + "\n"
        XCTAssertEqual(f.shell.runScript(script, sourceName: "t.nq", stopAtFirstError: true), 0, f.errors)
        let times = f.output.split(separator: "\n").filter { $0.hasPrefix("time: ") && $0.hasSuffix(" ms") }
        XCTAssertEqual(times.count, TimerTests.unfooted.count, f.output)
        XCTAssertEqual(f.errors, "")
    }

    func testATableWithAFooterShowsItsTimeThereOnly() throws {
        let f = try ShellFixture()
        let script = ".format table\n.timer on\nfind ?p where ?p alias Kishi\n"
        XCTAssertEqual(f.shell.runScript(script, sourceName: "t.nq", stopAtFirstError: true), 0, f.errors)
        let lines = f.output.split(separator: "\n")
        XCTAssertTrue(lines.last?.hasPrefix("1 row · ") == true, f.output)
        XCTAssertFalse(f.output.contains("time: "), f.output)
    }

    func testMachineFormatsWriteEveryTimeToStandardErrorAfterTheData() throws {
        for format in ["csv", "tsv", "json", "markdown"] {
            let f = try ShellFixture()
            let statements = TimerTests.unfooted + ["find ?p where ?p alias Kishi"]
            let script = ".format \(format)\n.timer on\n" + statements.joined(separator: "\n") + "\n"
            XCTAssertEqual(f.shell.runScript(script, sourceName: "t.nq", stopAtFirstError: true), 0, f.errors)
            let times = f.errors.split(separator: "\n").filter { $0.hasPrefix("time: ") }
            XCTAssertEqual(times.count, statements.count, "\(format): \(f.errors)")
            XCTAssertFalse(f.output.contains("time: "), "\(format): \(f.output)")
        }
    }
}
