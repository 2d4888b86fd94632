import NewsFacts
import XCTest

@testable import NewsqCLI

/// `.sql STATEMENT` at the prompt and in scripts.
final class ShellSQLTests: XCTestCase {
    func testSQLCommandPrintsTheSQLWithTheSessionsRules() throws {
        let f = try ShellFixture()
        let failed = f.shell.runScript(
            "rule met(?a, ?b) :- ?e participant ?a, ?e participant ?b.\n.sql find ?x where met(Motegi, ?x)\n",
            sourceName: "t.nq", stopAtFirstError: true)
        XCTAssertEqual(failed, 0, f.errors)
        XCTAssertTrue(f.output.contains("WITH rule_met AS (\n"), f.output)
        XCTAssertTrue(f.output.contains("FROM rule_met AS r1"), f.output)
    }

    func testSQLCommandTakesTheSparkDialect() throws {
        let f = try ShellFixture()
        XCTAssertEqual(
            f.shell.runScript(
                ".sql --spark find ?p where ?p alias Kishi\n", sourceName: "t.nq", stopAtFirstError: true), 0)
        XCTAssertTrue(f.output.hasPrefix("SELECT f1.subject AS `p`\n"), f.output)
    }

    func testSQLCommandNamesWhatItRefusesAndFails() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".sql who is Motegi?\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertTrue(f.errors.contains("not translated: who is Motegi?"), f.errors)
    }

    func testSQLCommandWithoutAStatementShowsItsUsage() throws {
        let f = try ShellFixture()
        XCTAssertEqual(f.shell.runScript(".sql\n", sourceName: "t.nq", stopAtFirstError: false), 1)
        XCTAssertEqual(f.errors, "t.nq:1: error: usage: .sql [--spark] STATEMENT\n 1 │ .sql\n")
    }
}
